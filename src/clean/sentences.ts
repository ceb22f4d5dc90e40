import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Loaded once per process: the model takes ~0.1 s to load and is read-only afterwards.
const nlp = winkNLP(model);

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
  for (const raw of nlp.readDoc(paragraph).sentences().out()) {
    const text = raw.trim();
    if (!text) continue;
    const at = paragraph.indexOf(text, cursor);
    const offset = at >= 0 ? at : cursor;
    spans.push({ text: at >= 0 ? text : paragraph.slice(offset, offset + text.length), offset });
    cursor = offset + text.length;
  }
  return mergeDanglingQuoteCloser(spans, paragraph);
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
