import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Loaded once per process: the model takes ~0.1 s to load. Only sentence boundaries are
// needed, and the sentence-boundary pipe alone reads twice as fast as the default pipes
// while drawing the same boundaries.
const nlp = winkNLP(model, ['sbd']);

/** Every whitespace-separated chunk this process has given wink-nlp (see `readSentences`). */
const seenChunks = new Set<string>();

/**
 * wink-nlp learns each new word into its lexicon while reading, and the document that
 * introduces a word can be split differently from every later one ("in mid-Quintober... Then"
 * breaks after the word only the first time). So a paragraph with a word new to this process
 * is read once to learn it and again for the answer: an article's sentences never depend on
 * which articles the process, or a worker, happened to read before.
 */
function readSentences(paragraph: string): string[] {
  let fresh = false;
  for (const chunk of paragraph.split(/\s+/)) {
    if (!seenChunks.has(chunk)) { seenChunks.add(chunk); fresh = true; }
  }
  if (fresh) nlp.readDoc(paragraph);
  return nlp.readDoc(paragraph).sentences().out();
}

export interface SentenceSpan {
  text: string;
  offset: number;
}

/**
 * Splits a paragraph into sentences with their character offsets. wink-nlp keeps
 * "p.m.", "U.S." and "Mr." inside a sentence, which simpler splitters do not.
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  for (const raw of readSentences(paragraph)) {
    const text = raw.trim();
    if (!text) continue;
    const at = paragraph.indexOf(text, cursor);
    const offset = at >= 0 ? at : cursor;
    spans.push({ text: at >= 0 ? text : paragraph.slice(offset, offset + text.length), offset });
    cursor = offset + text.length;
  }
  return mergeDanglingQuoteCloser(mergeUnspacedBreak(mergeDottedDateline(spans, paragraph)), paragraph);
}

/**
 * "Nordavia (NDAV.OL) filed …": a full stop with no space after it, before a short run of
 * capitals, is inside a ticker or code, not between sentences; so is one between digits.
 */
function mergeUnspacedBreak(spans: SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    // ("…at 2.15pm on Sunday": a full stop between digits is a clock time or a decimal point.)
    const unspaced = prev && prev.offset + prev.text.length === span.offset;
    if (unspaced && ((/[\p{L}\d]\.$/u.test(prev.text) && /^[\p{Lu}\d]{1,4}(?![\p{L}\d])/u.test(span.text)) || (/\d\.$/.test(prev.text) && /^\d/.test(span.text)))) {
      prev.text += span.text;
    } else out.push({ ...span });
  }
  return out;
}

/** "VELMORA, March 14. Norrland on …": some agencies end a dated dateline with a full stop. */
export const DOTTED_DATELINE = new RegExp(String.raw`^\p{Lu}[\p{Lu}\p{M} '’-]*\p{Lu},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\.\s+(?=\p{Lu})`, 'u');

/** "VELMORA, March 14." read as a sentence of its own is the dateline of the sentence after it. */
function mergeDottedDateline(spans: SentenceSpan[], paragraph: string): SentenceSpan[] {
  if (spans.length < 2 || !DOTTED_DATELINE.test(`${spans[0].text} ${spans[1].text}`)) return spans;
  return [{ text: paragraph.slice(spans[0].offset, spans[1].offset + spans[1].text.length), offset: spans[0].offset }, ...spans.slice(2)];
}

/** A sentence that is only a closing quote mark or bracket belongs to the one before. */
function mergeDanglingQuoteCloser(spans: SentenceSpan[], paragraph: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && /^[”"’')\]]+$/.test(span.text)) {
      prev.text = paragraph.slice(prev.offset, span.offset + span.text.length);
    } else out.push({ ...span });
  }
  return out;
}
