import type { Mention, QuoteRecord, Sentence } from '../model.js';
import { DATELINE_START } from '../clean/clean-article.js';
import { AP_TITLES, IRREGULAR_PAST, KIN_NOUNS, PAST_FORM, MONTH, ORG_HEADS, ROLE_NOUNS, SPEECH_VERBS, WEEKDAY } from './lexicon.js';
import { DEMONYMS } from './demonyms.js';
import { isEnglishWord, wordTags } from './word-tags.js';

interface Span {
  start: number; end: number; text: string;
  /** Opens here and runs past the paragraph's end. */
  open?: boolean;
  /** A two-word phrase in single quotes: a quote only when someone is said to have said it ('made mistakes'), else a scare quote ('foreign agents'). */
  scare?: boolean;
}

const VERB = `(?:${SPEECH_VERBS}|say|saying|quoted)`;
/** After a quote only a finite verb attributes it: "…," adding that … continues the sentence. */
const FINITE = `(?:${SPEECH_VERBS.split('|').filter((v) => !v.endsWith('ing')).join('|')}|say|quoted)`;
const AFTER_PRONOUN = new RegExp(`^[,.!?]?["”»]?\\s*(he|she|they)\\s+(?:also\\s+)?${FINITE}\\b`, 'i');
// (A full stop of "U.S." or "Lt." ends no name: "said Assistant U.S. Attorney Jane Roe.")
const AFTER_SAID_NAME = new RegExp(`^[,.!?]?["”»]?\\s*${FINITE}\\s+(?!that\\b)(.{2,120}?)(?:[,;]|(?<!\\b(?:[A-Z]|${AP_TITLES}|Mr|Mrs|Ms|Jr|Sr))\\.|$)`, 'i');
const AFTER_NAME_SAID = new RegExp(`^[,.!?]?["”»]?\\s*(.{2,140}?)\\s+(?:also\\s+)?${FINITE}\\b`, 'i');
const BEFORE_SAID = new RegExp(`\\b${VERB}\\b`, 'i');
const PARAPHRASE = new RegExp(`^(.{0,160}?)\\s*(?:,[^,]{2,90},\\s*|\\s[—–]\\s[^—–]{2,90}\\s[—–]\\s*)?\\b(said|says|(?<!\\b(?:to|not|would|could|will|did|does|do|can|may|might|must|should|shall)\\s|\\b(?:who|which|that|whom)\\s(?:[A-Za-z'’-]+\\s){0,3})say|told [a-z' ]{2,30}?(?=\\s+that\\s)|told [a-z' ]{2,30}?|told (?:the\\s+)?[A-Z][\\w.&'’-]*(?:\\s+[A-Z][\\w.&'’-]*){0,3}(?=\\s+that\\s)|added|announced|warned|stressed|claimed|insisted|(?:noted|argued|explained|acknowledged|admitted|confirmed|wrote|posted|tweeted|revealed|conceded|stated|declared|predicted|reported|disclosed)(?=\\s+(?:(?:on|in)\\s+[^,]{1,40}?\\s+)?that\\s))\\s+(?:that\\s+)?(.{12,})$`);

/** ", Jane Roe" right after an office: the name in apposition. */
/** ", while …", ", whereas …": a conjunction after a comma opens another clause. */
const NEW_CLAUSE = /^["”»]?\s*,\s*(?:while|whereas|but|and)\s/i;
const NAME_AFTER_OFFICE = /^,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u;

/** "…said. "We are ready.": a quote that opens and runs past the paragraph's end. */
const OPEN_AT_END = /(?:^|[\s(\[—-])(["“])([^"“”]{2,})$/;
/** "…are ready," she said.": a paragraph that closes a quote opened before it. */
const CLOSING_START = /^([^"“”]{2,}?)[”"](?=[\s,.;:!?]|$)/;

/** Quoted spans in a paragraph, with straight quotes paired in order. */
function quoteSpans(text: string, continuing = false, whole = false): Span[] {
  // A paragraph wholly inside a quote broken across paragraphs is all quote.
  if (whole) return [{ start: 0, end: text.length, text: text.trim().replace(/[,.]$/, ''), open: true }];
  const spans: Span[] = [];
  // "…for years. / This strain is new," said Roe.": a quote run on from the paragraph
  // before closes here, before any mark opens one (scraped pages break quotes at sentences).
  const closing = continuing ? CLOSING_START.exec(text) : null;
  if (closing) spans.push({ start: 0, end: closing[0].length, text: closing[1].replace(/^[\s,;:]+/, '') });
  // Curly quotes, and the guillemets and low-high quotes of French, German and other papers.
  for (const m of text.matchAll(/“([^”]{2,})”|«\s?([^»]{2,}?)\s?»|„([^“”]{2,})[“”]/g)) spans.push({ start: m.index!, end: m.index! + m[0].length, text: m[1] ?? m[2] ?? m[3] });
  for (const m of text.matchAll(/(^|[\s(\[—-])"([^"]{2,})"/g)) {
    const start = m.index! + m[1].length;
    if (closing && start < closing[0].length) continue;
    spans.push({ start, end: start + m[2].length + 2, text: m[2] });
  }
  // A quote that runs on into the next paragraph opens here and closes nowhere in this one:
  // ""… our best grounds." / "Nobody asked us."" — it reaches the paragraph's end.
  const open = OPEN_AT_END.exec(text);
  if (open && !spans.some((sp) => sp.end > open.index)) {
    const start = open.index + open[0].indexOf(open[1]);
    spans.push({ start, end: text.length, text: open[2].trim(), open: true });
  }
  // Single quotes, where some outlets use them: only after a colon or closed by a comma before
  // the attribution, so apostrophes ("won't", "the Taliban's") are never taken for quotes.
  if (!spans.length) {
    for (const m of text.matchAll(SINGLE_QUOTED)) {
      const start = m.index! + m[0].indexOf("'");
      spans.push({ start, end: start + m[1].length + 2, text: m[1] });
    }
    // "warned of 'one of the most difficult weeks' ahead", "had 'made mistakes'": a quoted phrase of two words or more.
    for (const m of text.matchAll(SINGLE_QUOTED_PHRASE)) {
      if (!spans.some((sp) => m.index! < sp.end && m.index! + m[0].length > sp.start)) spans.push({ start: m.index!, end: m.index! + m[0].length, text: m[1], scare: m[1].split(/\s+/).length === 2 });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const SINGLE_QUOTED_PHRASE = /(?<=[\s(])'(\p{L}(?:[^'\n\s]|(?<=\p{L})['’](?=\p{L}))*(?:\s(?:[^'\n\s]|(?<=\p{L})['’](?=\p{L}))+){1,})'(?=[\s,.;:!?)]|$)/gu;
const SINGLE_QUOTED = /(?::\s*|^|(?<=[.!?]\s))'((?:[^'\n]|(?<=\p{L})['’](?=\p{L})){2,}?[.,?!])'(?=\s|$)/gu;

/** Person mentions by sentence index. */
export type PeopleBySentence = Map<number, Mention[]>;

export interface QuoteContext {
  /** Sentences of one paragraph. */
  sentences: Sentence[];
  paragraphText: string;
  /** Person mentions of the article, by sentence. */
  people: PeopleBySentence;
  /** The speaker of the previous sentence that had one: "he said" points there. */
  lastSubject: string | null;
  /** A person named in a sentence ending "… said:" just before this paragraph. */
  introducedBy?: string | null;
  /** The speaker of the quote that ended the previous paragraph, if it ended with one. */
  quoting?: string | null;
  /** The previous paragraph ended inside a quote that never closed there. */
  continuing?: boolean;
  /** This paragraph lies wholly inside such a quote. */
  whole?: boolean;
}

const personIn = (people: PeopleBySentence, s: Sentence, from: number, to: number, last = false, sureOnly = false, closing = false): Mention | undefined => {
  const all = (people.get(s.index) ?? []).filter((p) => p.offset >= from && p.offset < to && !(sureOnly && p.tentative));
  // A lone capitalised word only guessed to be a person ("Korvane's chief executive, Jane Roe,
  // said") gives way to a name the sentence states in full.
  const sure = all.filter((p) => !p.tentative);
  // "Jane Roe's successor, John Doe, said": the owner of an office is not who speaks.
  const owns = (p: Mention): boolean => /^['’]s\b/.test(s.text.slice(p.offset + p.text.length));
  const speakers = (sure.length ? sure : all).filter((p) => !owns(p));
  const hits = speakers.length ? speakers : sure.length ? sure : all;
  const hit = last ? hits[hits.length - 1] : hits[0];
  // A closing attribution ("…, the head of Velmar's space agency said", "…, Velmar space chief says")
  // is spoken by no name that only owns the speaker or, guessed to be a name, describes it.
  const rest = hit ? s.text.slice(hit.offset + hit.text.length, to) : '';
  return closing && hit && (owns(hit) || (hit.tentative && DESCRIBES_NOUN.test(rest))) ? undefined : hit;
};
/** A word guessed to be a name, then a plain lower-case word ("Velmar space chief says"): it describes that noun. */
const DESCRIBES_NOUN = new RegExp(`^\\s+(?!(?:at|of|from|in|for|with|on|and|or|who|whose|which|the|a|an)\\b)(?!${VERB}\\b)\\p{Ll}{2,}`, 'u');

/** Finds quotes in one paragraph and their speakers, in reading order. */
export function quotesInParagraph(ctx: QuoteContext): { quotes: QuoteRecord[]; lastSubject: string | null; introducedBy: string | null; quoting: string | null; endsOpen: boolean } {
  const quotes: QuoteRecord[] = [];
  let lastSubject = ctx.lastSubject;
  const text = ctx.paragraphText;
  const sentenceAt = (pos: number): Sentence => {
    // Sentences are in offset order: binary search for the last one starting at or before pos.
    let lo = 0;
    let hi = ctx.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ctx.sentences[mid].offset <= pos) lo = mid; else hi = mid - 1;
    }
    return ctx.sentences[lo];
  };
  const spans = quoteSpans(text, ctx.continuing, ctx.whole);
  const local = (sent: Sentence, from: number, to: number, last = false, sureOnly = false, closing = false): string | undefined =>
    personIn(ctx.people, sent, from - sent.offset, to - sent.offset, last, sureOnly, closing)?.text;
  let introducedBy: string | null = ctx.introducedBy ?? null;
  for (const s of ctx.sentences) {
    const inSentence = spans.filter((sp) => sp.start >= s.offset && sp.start < s.offset + s.text.length);
    for (const span of inSentence) {
      // ("Berg: "We followed the procedure."": an interview's answer under the name of someone the article names.)
      const label = SPEAKER_LABEL.exec(text.slice(s.offset, span.start));
      let speaker = (label ? namedAs(ctx.people, label[1]) : undefined) ?? speakerOf(span, s, sentenceAt(Math.max(span.start, span.end - 1)), text, local, lastSubject);
      // "it said", "we said" name no one: keep the claim unattributed rather than guess.
      if (speaker && /^(it|they|we|i|you)$/i.test(speaker)) speaker = null;
      // A quote that opens its sentence right after "X said:" belongs to X.
      if (!speaker && span.start === s.offset && introducedBy) speaker = introducedBy;
      // A paragraph that is one more quote after a paragraph ending in X's quote goes on quoting X.
      if (!speaker && span.start === 0 && ctx.quoting && span.end >= text.trimEnd().length - 1) speaker = ctx.quoting;
      // "…," said Jane Roe, a resident. "Nobody told us anything.": a sentence that is all quote
      // goes on quoting whoever spoke the quote before it in the paragraph.
      const previous = quotes[quotes.length - 1];
      if (!speaker && span.start === s.offset && span.end >= s.offset + s.text.trimEnd().length - 1 && previous?.kind === 'quote' && previous.speakerName) speaker = previous.speakerName;
      // "the ministry said: …" is no one "she" can be next; "a resident said" is.
      if (speaker && !(/^(?:the|a|an)\s/i.test(speaker) && ORG_HEADS.has(speaker.split(/\s+/).pop()!.toLowerCase()))) lastSubject = speaker;
      if (span.scare && !speaker) continue;
      quotes.push({ text: span.text.replace(/[,.]$/, '').trim(), kind: 'quote', speakerName: speaker, sentence: s.index });
    }
    const insideQuote = spans.some((sp) => s.offset > sp.start && s.offset < sp.end);
    const para = !inSentence.length && !insideQuote ? paraphrase(s, ctx.people, lastSubject) : null;
    if (para) quotes.push(para, ...sourceWentOn(s, para));
    // "Roe talked about the days at sea:": a sentence whose subject is a person introduces the quote after its colon, speech verb or not.
    introducedBy = /:\s*$/.test(s.text) ? (BEFORE_SAID.test(s.text) ? local(s, s.offset, s.offset + s.text.length) : openingPerson(s, local)) ?? null : null;
    const outside = (ctx.people.get(s.index) ?? []).filter((p) => !spans.some((sp) => p.offset + s.offset >= sp.start && p.offset + s.offset < sp.end));
    // "An inquiry led by Ola Brenn will report in June, Tessaly said. "…," she told …": the one who said it
    // is who "she" is next; else "Korvane's president, Jane Roe, said …": a name stated in full
    // outranks a lone word only guessed to be one.
    const sayer = para?.speakerName ? outside.find((p) => p.text === para.speakerName) : undefined;
    if (sayer) lastSubject = sayer.text;
    else if (outside.length && !inSentence.length) lastSubject = (outside.find((p) => !p.tentative) ?? outside[0]).text;
  }
  // The paragraph ends in a quote when its last quoted span closes at (or just before) its end.
  const lastSpan = spans[spans.length - 1];
  // ("…," said Jane Roe, the harbour master at Velmar.: a name and an office may follow the verb.)
  const endsQuoted = lastSpan && /^[\s.,”"']*(?:(?:\S+\s+){1,5}(?:said|says|added)|(?:said|says|added)(?:\s+[^"“”.!?]{1,120})?)?[.\s]*$/.test(text.slice(lastSpan.end));
  const quoting = endsQuoted ? quotes.filter((q) => q.kind === 'quote').pop()?.speakerName ?? null : null;
  return { quotes, lastSubject, introducedBy, quoting, endsOpen: Boolean(lastSpan?.open) };
}

/** "Jane Roe's mother", "Roe's lawyer": a name's possessive, then up to three lower-case words, right before the verb. */
const OWNED_NOUN = /(\S[^,]*?)['’]s\s+((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))$/u;
/** Who may speak for the one who owns them: kin, staff, an office ("Roe's letter" is her own words). */
const SPEAKS_FOR_OWNER = new RegExp(`^(?:${KIN_NOUNS}|parents|family|office|lawyers?|attorneys?|aides?|campaign|camp|team)$`);
/** The owned speaker a phrase ends with, by the owner's name: "Brandl's mother" → owner "Brandl", speaker "mother". */
function ownedSpeaker(phrase: string, owner: string): string | null {
  const m = OWNED_NOUN.exec(phrase.trimEnd());
  return m && m[1].endsWith(owner) && (SPEAKS_FOR_OWNER.test(m[3]) || ROLE_NOUNS.test(m[3])) ? `${owner}'s ${m[2]}` : null;
}

/** The person a sentence opens with ("Roe talked about …"), if one does. */
// ("The developer's chief executive, Jane Roe, was blunt: "…"": the name set off after an opening office is the subject.)
const openingPerson = (s: Sentence, local: Local): string | undefined => {
  const office = OPENING_OFFICE.exec(s.text);
  return local(s, s.offset, s.offset + 2) ?? (office ? local(s, s.offset + office[0].length, s.offset + office[0].length + 2) : undefined);
};
/** "The developer's chief executive, ": an office opening a sentence, set off before the name it describes. */
const OPENING_OFFICE = /^(?:the|a|an|its|his|her|their)\s[^,"“]{2,60},\s+/i;

type Local = (sent: Sentence, from: number, to: number, last?: boolean, sureOnly?: boolean, closing?: boolean) => string | undefined;

/** The speaker of one quote: named after it, before it, or a pronoun for the last subject. */
/** "Berg: ", "Jane Roe: ": a name and a colon, all that stands before a quote. */
const SPEAKER_LABEL = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*:\s*$/u;
/** The person of the article a label names: in full, or by the last word of the name. */
function namedAs(people: PeopleBySentence, label: string): string | undefined {
  for (const ms of people.values()) for (const m of ms) if (!m.tentative && (m.text === label || m.text.endsWith(` ${label}`))) return m.text;
  return undefined;
}

function speakerOf(span: Span, s: Sentence, endS: Sentence, text: string, local: Local, lastSubject: string | null): string | null {
  const after = text.slice(span.end, endS.offset + endS.text.length + 1);
  const before = text.slice(s.offset, span.start);
  // A quote closed by a comma (or ? !) is attributed right after it: “…,” Novak said.
  const according = /^[”"]?,?\s*according to (.{3,100}?)(?:[.,;]|$)/i.exec(after);
  // ("Berg told Varga that they were "neighbours", according to Harbour TV": the one who said it before the
  // quote speaks; the broadcaster only reports it.)
  if (according && !(BEFORE_SAID.test(before) && local(s, s.offset, span.start))) {
    const at = span.end + after.indexOf(according[1]);
    // "according to a statement from the ministry": the ministry speaks.
    return local(endS, at, at + according[1].length, true) ?? according[1].trim().replace(STATEMENT_FROM, '');
  }
  const attributedAfter = /[,?!]$/.test(span.text.trim()) || /^\s*,/.test(after);
  if (attributedAfter) {
    if (AFTER_PRONOUN.test(after)) return lastSubject;
    const saidName = AFTER_SAID_NAME.exec(after);
    if (saidName) {
      // "…," said the town's mayor, Jane Roe. / said Velmar's chief negotiator, Jane Roe.: the name set off after the office speaks.
      const named = /^(?:the|a|an|his|her|their|its)\s|^\p{Lu}[\p{L}.]*['’]s\s/iu.test(saidName[1]) ? NAME_AFTER_OFFICE.exec(after.slice(saidName[0].length - 1)) : null;
      const end = span.end + saidName[0].length + (named ? named[0].length - 1 : 0);
      return (named ? local(endS, end - named[1].length, end, true) : null) ?? local(endS, span.end, span.end + saidName[0].length, true) ?? saidName[1].trim();
    }
    // "…", while Mr Berg said …: a conjunction opens another clause with its own saying, not this quote's.
    // ("…," and stressed that …: a conjunction, no name, joins the saying to the sentence's subject.)
    const nameSaid = NEW_CLAUSE.test(after) || /^[”"]?,?\s*(?:and|but|then|also)\s/i.test(after) ? null : AFTER_NAME_SAID.exec(after);
    // "…," Roe, 54, said: the age set off after the name is no part of it.
    if (nameSaid) {
      const who = local(endS, span.end, span.end + nameSaid[0].length, false, false, true);
      // ("…," Jane Roe's lawyer said: the lawyer.)
      // ('"…," the minister, speaking in Tarvo, told reporters': nor is a participle's aside.)
      return (who ? ownedSpeaker(nameSaid[1], who) : null) ?? who ?? nameSaid[1].replace(/^[,\s"”]+/, '').replace(/,\s*(?:aged\s+)?\d{1,3},?$/, '').replace(/,\s*\p{Ll}+ing\b[^,]*,?\s*$/u, '').trim();
    }
  }
  // "According to Jane Roe, the plan was "dead on arrival."": the source leads the sentence.
  const lead = ACCORDING_BEFORE.exec(before);
  if (lead) return local(s, s.offset + 13, s.offset + 13 + lead[1].length, true) ?? writtenSubject(lead[1]) ?? lead[1];
  // The speech verb nearest the quote: "Asked about the deal, Roe said: …" is Roe's; "…, according to
  // the union, whose leader Jane Roe called the deal "…"" is who called it so.
  const verbs = [...before.matchAll(new RegExp(BEFORE_SAID.source, 'gi'))];
  const calledAfter = verbs.length > 0 && [...before.matchAll(NAMING_VERB)].some((m) => m.index! > verbs[verbs.length - 1].index!);
  if (verbs.length && !calledAfter) {
    const verbAt = verbs[verbs.length - 1].index!;
    // A participle after a comma says what the sentence's subject said, not its object: "Harlow
    // Inc said it had dismissed Jane Roe, saying she had misled …" (the subject of the first
    // saying), "The mayor has defended the closure, saying 'no risk …'" (whatever the verb).
    if (/ing$/i.test(verbs[verbs.length - 1][0]) && /,\s*$/.test(before.slice(0, verbAt))) {
      // (A first saying's subject is written whole: "The farm would power homes, she said, adding" is hers.)
      const subjectEnd = verbs[0].index!;
      const written = before.slice(0, subjectEnd);
      const subject = local(s, s.offset, s.offset + subjectEnd) ?? writtenSubject(verbs.length > 1 ? written : written.split(/\s+(?:has|have|had|is|are|was|were|will|would)\s/)[0]);
      if (subject) return subject;
    }
    // "…, said Dr Jane Roe at the University of Harlow: "…"": a saying turned round names its
    // speaker after the verb when the quote follows a colon (only verbs of saying: "Roe told Doe:" is Roe's).
    const verb = verbs[verbs.length - 1][0];
    const inverted = /^(?:said|says|added|adds|explained|explains|wrote|writes)$/i.test(verb) && /:\s*$/.test(before) && /^\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}/u.test(before.slice(verbAt + verb.length))
      ? local(s, s.offset + verbAt + verb.length, span.start) : undefined;
    if (inverted) return inverted;
    // "Asked whether people should buy Velmacin, he said: …": a pronoun right before the verb is
    // someone the sentence names in full before it ("While Roe agreed, she argued …"), else the
    // last subject — never a lone word only guessed to be a name.
    if (/\b(?:he|she)\s+(?:also\s+)?$/i.test(before.slice(0, verbAt))) return local(s, s.offset, s.offset + verbAt, true, true) ?? lastSubject;
    const lastComma = before.lastIndexOf(',', verbAt);
    // "…", while Mr Berg said it was "…": a clause a conjunction opens after a comma has its own subject.
    const ownClause = lastComma > 0 && NEW_CLAUSE.test(before.slice(lastComma));
    const clauseAt = verbs.length > 1 || ownClause ? Math.max(0, lastComma + 1) : 0;
    // "Roe, speaking after talks with Jane Doe, said: …": nothing between the aside and "said",
    // so the subject is the name before the aside, not the last name inside it.
    // An aside opens in lower case ("speaking after …", "who led …"); a name set off so is the speaker ("X's chief, Jane Roe, said").
    const firstComma = before.indexOf(',');
    // ("Te Whatu Ora, the health agency, said …": a body named before its description speaks, as written.)
    // ("In Tarvo, the harbour master, Jane Roe, said": a place phrase before the office is no body.)
    const namedFirst = /^(?!(?:In|On|At|After|Before|During|For|From|With|By|As|When|While|Since|The|A|An|Across|Outside|Inside|Near)\s)\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4}$/u.test(before.slice(0, firstComma).trim()) && /^\s*(?:the|a|an)\s/i.test(before.slice(firstComma + 1)) ? before.slice(0, firstComma).trim() : null;
    const aside = lastComma > 0 && !before.slice(lastComma + 1, verbAt).trim() && firstComma < lastComma && /^\s*\p{Ll}/u.test(before.slice(firstComma + 1))
      ? local(s, s.offset, s.offset + firstComma) ?? namedFirst : null;
    // "During talks with Varga on Saturday, Berg said …": a name after the last comma is the subject; one in the phrase before it is not.
    const afterComma = !aside && lastComma > 0 ? local(s, s.offset + lastComma + 1, s.offset + verbAt) : undefined;
    const who = aside ?? afterComma ?? local(s, s.offset + clauseAt, s.offset + verbAt) ?? local(s, s.offset, s.offset + verbAt);
    // "Brandl's mother told local radio …": the one a name owns speaks, not the name.
    return (who ? ownedSpeaker(before.slice(0, verbAt), who) : null) ?? who ?? (/\b(he|she)\b/i.test(before) ? lastSubject : writtenSubject(withoutAuxiliary(before.slice(clauseAt, verbAt))));
  }
  // "Roe talked about the days at sea: "…"": the person the sentence opens with introduces the quote after its colon.
  const opener = /:\s*$/.test(before) ? openingPerson(s, local) : undefined;
  if (opener) return opener;
  if (/\b(he|she) (called|dubbed|described)\b/i.test(before)) return local(s, s.offset, span.start) ?? lastSubject;
  // "The ministry called the report "baseless"": whoever called it so.
  const naming = new RegExp(NAMING_VERB.source).exec(before);
  // "in what Beijing called "punishment"": the one who called it so.
  // "in what the weekly Velmar Review called …": a kind of body may stand before the name.
  const what = naming && /\bwhat\s+((?:the\s+(?:\p{Ll}+\s+){0,2})?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*$/u.exec(before.slice(0, naming.index));
  if (what) return local(s, s.offset + what.index, s.offset + naming.index) ?? what[1];
  // "a ruling her counsel called "absurd"": the counsel speaks, not the man it defends.
  const owned = naming && /\b((?:his|her|their|its)\s+[a-z]+(?:\s+[a-z]+)?)\s*$/.exec(before.slice(0, naming.index));
  if (owned) return owned[1];
  if (naming) {
    // ("…ended without a deal, though both sides described the talks as "constructive"": the namer is in the verb's own clause.)
    const clauseStart = Math.max(0, ...[...before.slice(0, naming.index).matchAll(NAMING_CLAUSE_START)].map((m) => m.index! + m[0].length));
    const subject = before.slice(clauseStart, naming.index).trim();
    if (clauseStart > 0 && subject && !NOT_A_SUBJECT.test(subject)) return local(s, s.offset + clauseStart, s.offset + naming.index) ?? writtenSubject(subject);
    return local(s, s.offset, s.offset + naming.index) ?? writtenSubject(before.slice(0, naming.index));
  }
  // "There were "very strong" plans in place …, he said.": the sentence's closing attribution.
  const closing = new RegExp(`,\\s+(?:(he|she)\\s+${VERB}|${VERB}\\s+(.{2,60})|(.{2,60}?)\\s+${VERB})\\.?["”]?$`, 'i').exec(s.text);
  if (closing && s.offset + closing.index >= span.end) {
    if (closing[1]) return lastSubject;
    const at = s.offset + closing.index;
    // ('… would take "at least five days" to drill, the company said.': the body as written, as for a whole quote.)
    const written = (closing[2] ?? closing[3])?.replace(/[.!?]+$/, '');
    const subjectEnd = closing[3] ? at + closing[0].indexOf(closing[3]) + closing[3].length : s.offset + s.text.length;
    return local(s, at, subjectEnd, true, false, true) ?? (written ? writtenSubject(written) : null);
  }
  return null;
}

/** 'Diplomats have said …', "The government has confirmed that …": the auxiliary before the verb is no part of who. */
const withoutAuxiliary = (subject: string): string => subject.replace(/\s(?:has|have|had)(?:\s+(?:also|long|repeatedly|previously|now))?\s*$/i, '');

/** Verbs that give a thing a name in quotes: "called the deal "a compromise"". */
// ("welcomed the ruling as "a strong message"", "dismissed the claims as "nonsense"": a verb of judging names the thing so, with its "as".)
const NAMING_VERB = /\b(?:called|dubbed|described|branded|labell?ed|(?:welcomed|hailed|praised|condemned|denounced|dismissed|critici[sz]ed|rejected)(?=[^"“”,.;]{1,80}\bas\s*["“']?\s*$))\b/g;
/** Where a clause of its own opens: after a comma or semicolon and any conjunction. */
const NAMING_CLAUSE_START = /[,;]\s*(?:(?:though|although|while|whereas|but|and|as|after|when|because)\s+)?/gi;
/** A phrase of time or circumstance opening a sentence, up to its comma: "A day after …, ", "While Roe spoke, ". */
// ("Speaking to reporters on Monday, the prime minister said": how or where, by a participle.)
const FRONTED_PHRASE = /^(?:(?:a|one|two|three|four|five|several|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)|after|before|when|while|during|following|since|despite|amid|having|speaking|writing|talking|responding|addressing|asked|pressed)\s[^,]{3,120},\s*/i;
/** Words that make a phrase a clause, not a subject: "The port will reopen next week, said …" says what, not who. */
const NOT_A_SUBJECT = /\b(was|were|is|are|has|have|had|will|would|can|could|should|may|might|must|and|but|which|that|this|it|there|he|she|they|we|i|you)\b/i;

/** A live page's entry stamp run into the sentence after it: "Tuesday 3 March 2026 09.12 GMT". */
const LIVE_STAMP = new RegExp(`^(?:(?:${WEEKDAY})\\s+)?\\d{1,2}\\s+(?:${MONTH})\\s+\\d{4}\\s+(?:\\d{1,2}[.:]\\d{2}\\s*(?:\\p{Lu}{2,4}\\s+)?)?`, 'u');

/** "Nevertheless, ", "Further south in the valley, ", "Asked about the plan, ": words that lead into the subject, up to their comma. */
const DISCOURSE_LEAD = /^(?:nevertheless|nonetheless|however|meanwhile|still|indeed|instead|separately|similarly|likewise|moreover|furthermore|elsewhere|overall|finally|as a result|in turn|by contrast|(?:further|farther) (?:north|south|east|west|afield)|asked|encouraged|pressed|given)\b[^,]{0,60},\s*(?=(?:the\s+|a\s+|an\s+)?\p{L})/iu;

/** The subject as written when no person is named: "the general staff of the armed forces". */
function writtenSubject(text: string): string | null {
  // "PORTO, Portugal (AP) — Portuguese authorities": the dateline is not the subject.
  // "Unlike the ministry, which gave seven on Monday, the prosecutor": nor is a body it is set against.
  text = text.replace(DATELINE_START, '').replace(/^(?:in|on|at|by|during|after|before|since|until|within|throughout|across|amid|following|with|later|earlier|unlike|like|despite|as well as|besides|apart from|in addition to)\b[^,]{0,40},(?:\s*(?:which|who)\b[^,]*,)?\s*/i, '');
  // "Work stopped in May, when the ministry said …": the subject is in the last clause.
  // "The figures came as the ministry said …", "Talks stall as Velmar says …": so too without the
  // comma, after "came" or before a name.
  // ("Talks paused on Friday, with European diplomats saying …": the subject of the closing "with" phrase.)
  // ("Police moved in hours after the union demanded …": the subordinate clause's own subject.)
  const clause = text.split(/,\s*(?:but|and|while|as|although|when|after|because|since)\s+|,\s*with\s+(?=[^,]*$)|;\s*|\s+(?:came|comes|come)\s+(?:as|after|when|while)\s+(?=(?:the|a|an)\s|(?:\p{Ll}+\s+)?\p{Ll}+s\s)|\s+(?:as|while)\s+(?=(?:the\s+)?\p{Lu})|\s+(?:after|before|when|because|until|once)\s+(?=(?:the|a|an|its|their)\s[^,]*$)/u).pop() ?? text;
  // "Greenpeace, which has fought the mine since 2015, said": the subject is before the relative clause.
  // "Berg, speaking to reporters in Tarvo, said": nor is a participle's phrase after it.
  // ("The Harlow Union, with some 4,000 members, has said": nor a "with" phrase set off after it.)
  let t = clause.replace(/,\s*(?:which|who)\b[^,]*,?\s*$/i, '').replace(/,\s*with\s.*,\s*$/i, '').replace(/,\s*\p{Ll}+ing\b[^,]*,?\s*$/u, '').replace(/^(but|and|however|meanwhile|earlier|later|also)\b,?\s*/i, '').replace(/\s+(on|in|at)\s+\S+(\s\d+)?\s*$/, '').replace(/[,\s]+$/, '').trim();
  // "On Monday the EU trade commissioner, …": a leading time adverbial is not the subject.
  // ("Late last night the agency": so is one that says how late.)
  t = t.replace(new RegExp(`^(?:(?:early |late )?(?:on|last)|last|earlier|later)\\s+(?:${WEEKDAY}|week|month|year|night|\\p{Lu}\\p{Ll}+ \\d{1,2}),?\\s+`, 'iu'), '');
  // "the EU trade commissioner, Valdis Dombrovskis": the name in apposition speaks.
  const named = /,\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})$/u.exec(t);
  if (named) return named[1];
  // ("Berg, in power since 2013, told …": a name before a lower-case aside speaks.)
  const beforeAside = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}),\s+(?:in|at|for|from|now|still|once|long|by)\s[^,]*$/u.exec(t);
  if (beforeAside && !NOT_A_SUBJECT.test(beforeAside[1])) return beforeAside[1];
  // "China's Global Times, a popular tabloid run by …, said": the name is before the appositive.
  if (t.split(/\s+/).length > 8 && t.includes(',')) t = t.slice(0, t.indexOf(',')).trim();
  // "Tuesday 3 March 2026 09.12 GMT Officials": a live page's time stamp is no part of who either.
  t = t.replace(LIVE_STAMP, '');
  // "The harbour master today": when is no part of who.
  t = t.replace(/\s+(?:today|yesterday|tonight|tomorrow|now|also)$/i, '').replace(/[,;:\s]+$/, '');
  // "Nevertheless, the ministry", "As a result, the envoys": a discourse adverbial before the subject.
  t = t.replace(DISCOURSE_LEAD, '');
  // "In a statement the ministry": how it was said, without a comma.
  t = t.replace(/^(?:in|with)\s+(?:a|an|its|their|his|her|the)\s+(?:[\p{L}-]+\s+)?(?:statement|interview|letter|speech|message|report|post|tweet|note|briefing)\s+(?=(?:the\s+)?\p{Lu})/iu, '');
  // "Clinton flatly", "the agency later": how or when it was said is no part of who.
  t = t.replace(/^(?:but|and)\s+/i, '').replace(/\s+(?:flatly|publicly|privately|separately|repeatedly|previously|recently|firmly|strongly|sharply|bluntly|angrily|openly|directly|reportedly|initially|swiftly|categorically|jointly|later|earlier|once|only|again|too|then)$/, '');
  // "Fri Jun 24", "SA):": a page's stamp or the tail of a ticker code names no one.
  if (/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}*\.?\s+\p{Lu}\p{Ll}{2}/u.test(t) || /[()]/.test(t.replace(/\([^()]*\)/g, ''))) return null;
  // "Having said that, …", "Largely behind the scenes, …": a participle or an adverb opens no subject.
  // ("Harling Street", "Reading Borough Council": a name of capitalised words only is a name.)
  // ("Harling said": a name that only ends like a participle is no participle.)
  const opening = /^\p{Lu}\p{Ll}+(?:ing|ly)\b/u.exec(t)?.[0];
  if (opening && isEnglishWord(opening) && !/^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){1,3}$/u.test(t)) return null;
  // ("Velmar and Tarvo Police": an "and" inside a name of capitalised words is no clause's.)
  // ("Senior diplomats from Britain, France and Germany": nor one in a list of names after "from".)
  const jointName = /\sand\s/.test(t) && (/^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)+$/u.test(t)
    || /^(?:the\s+)?(?:[\p{L}-]+\s+){1,3}(?:from|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:(?:,\s+|\s+and\s+|\s+)\p{Lu}[\p{L}'’-]*)+$/u.test(t));
  if (!t || t.split(/\s+/).length > 8 || (NOT_A_SUBJECT.test(t) && !jointName) || !(/^(the |a |an )?\p{Lu}|^the /u.test(t) || UNNAMED_SPEAKERS.test(t.replace(QUANTIFIER, '')))) return null;
  return t;
}

/** "some activists said", "several witnesses said": how many, before the trade. */
const QUANTIFIER = /^(?:some|many|several|other|most|two|three|four|five|a few|a number of)\s+/i;
/** Speakers news names by their trade alone, without "the": "police in Tarvo said", "officials said". */
// ("people familiar with the plans said", "sources said": the wires' unnamed sources.)
const UNNAMED_SPEAKERS = /^(?:police|officials|authorities|prosecutors|investigators|rescuers|firefighters|witnesses|residents|doctors|medics|organi[sz]ers|analysts|diplomats|activists|lawmakers|scientists|experts|utilities|local media|state media|state television|sources|people (?:familiar with|close to|briefed on|with (?:direct )?knowledge of) [^,"“”]{3,40}?)\b/;

/**
 * "on Twitter that", "in a statement that", "on Monday", "last week", "earlier that": how and
 * when, before what was said. A bare adverb needs its "that": "said earlier talks failed".
 */
const SAYING_FRAME = new RegExp(`^(?:(?:on|in|at|to|during|via|through)\\s+(?:a |an |the )?[\\p{L}\\d'’ -]{1,40}?\\s+that\\s+|(?:on )?(?:${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?:that\\s+)?|(?:(?:earlier|later) )?(?:last|this|that|earlier|later) (?:week|weekend|month|year|morning|afternoon|evening)\\s+(?:that\\s+)?|(?:yesterday|today|tonight|earlier|later|previously|repeatedly|again)\\s+that\\s+|(?:shortly|just|soon|hours|minutes|moments|days)\\s+(?:after|before)\\s+[\\p{L}\\d ]{1,30}?\\s+that\\s+)`, 'u');
/** "truces announced since the war began …": a participle before a time phrase, not a saying. */
/** "since …", and "in a statement:" (a frame that introduces the quote after it, saying nothing itself). */
const NOT_A_SAYING = /^(?:since|until|during|within)\b|^[^.!?"“]{0,40}:\s*$/i;
/** "… said in an email.": how it was said, and nothing after it that was. */
const FRAME_ONLY = /^(?:in|on|at|via|by|through)\s+(?:a|an|the|his|her|its|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\.?$/iu;
/**
 * "…, a senior official told reporters.", "…, lawyer Jane Roe said.", "…, her agent said on
 * Tuesday." The attribution closes the sentence, or a trailing clause after it ("…, a day after …").
 * ("…, the region's police, the Harbour Guard, said": a name in apposition may follow.)
 */
const CLOSING_SAYING = new RegExp(String.raw`^(.{12,}?),\s+((?:a|an|the|his|her|their|its)\s[^,"“”]{3,80}?|(?:\p{Ll}+\s+){0,2}\p{Lu}[^,"“”]{2,60}?|${UNNAMED_SPEAKERS.source.slice(1)})(?:,\s+((?:the\s+)?\p{Lu}[^,"“”]{2,40}),)?\s+(?:(?:has|have)\s+said|said|says|(?:told|tells) (?:reporters|journalists|the [a-z ]{2,30}|(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})|added|adds|understands|has (?:learned|learnt))(?:\s+(?:on|late|early|last|this)\s+\p{L}+)?(?:\s+(?:at|in|outside)\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?)?(?:,\s+[^"“”]{3,})?\.?$`, 'u');

/** What "claimed" takes when it reports a deed: "claimed responsibility", "claimed victory", "claimed the lives of", "claimed £41,200". */
const CLAIMED_DEED = /^(?:[£$€¥₹]|\d|(?:more than|about|nearly|almost|over|some|at least)\s+[£$€¥₹\d]|(?:full |sole )?responsibility|credit|victory|ownership|the (?:lives|life|title|seat|prize|crown|throne|attack|attacks)|(?:his|her|their|its) (?:first|second|third|\d+\w*)|(?:\S+\s+)?lives|(?:at least |more than )?\S+ (?:victims|attacks|seats|medals|titles|wins))\b/i;

/** "added the old town to its heritage list", "added 40 jobs": a thing added, then where to, no verb of a clause between. */
// ("added the council wanted to see …": a verb before "to" makes it a clause, a saying.)
// ("Engineers added 1,200 sensors.": so is a number or a thing with no clause after it.)
const ADDED_THING = new RegExp(String.raw`^(?:the|a|an|its|their|his|her|more|another|some|new|\d[\d,.]*)\b(?:(?!\b(?:would|will|had|has|have|was|were|is|are|could|should|might|may|must|said|says|wants|needs|plans|\w{3,}ed(?!-)|${IRREGULAR_PAST})\b)[^,.;]){0,60}?(?:\b(?:to|into|onto)\s|\.?$)`, 'i');

/** "X said the two sides agreed …" → a paraphrased claim by X. */
function paraphrase(s: Sentence, people: PeopleBySentence, lastSubject: string | null): QuoteRecord | null {
  const lead = accordingLead(s, people);
  if (lead) return lead;
  const inverted = invertedSaying(s, people) ?? accordingTrail(s, people) ?? sayingAside(s, people);
  if (inverted) return inverted;
  const m = PARAPHRASE.exec(s.text);
  // "The carmaker announced the cuts on Wednesday" reports a deed; "announced that …" reports words.
  // …and "claimed responsibility for the attack", "claimed 40 lives" a deed, not a claim.
  // …and "added the old town to its list" a deed too, with no clause after it.
  if (!m || (m[2] === 'announced' && !/\bannounced\s+that\b/.test(m[0])) || (m[2] === 'claimed' && CLAIMED_DEED.test(m[3])) || (m[2] === 'added' && ADDED_THING.test(m[3]))) return closingSaying(s, people) ?? sayingAfterDeed(s, people);
  // "The group's leader, Jane Roe, said": the name in apposition is the speaker.
  // A lone word only guessed to be a person counts when it opens the subject ("Vos said"), not
  // inside it ("The union, which represents 4,000 Korvane workers, said").
  // ("Tarvo residents say": nor one that only modifies the plural noun after it.)
  const guess = (p: Mention | undefined): Mention | undefined => (p && (!p.tentative || (p.offset <= 4 && !/^\s+(?!(?:has|was|is|says|does|adds|warns|tells|thinks|believes|argues|insists|claims|notes|writes)\b)\p{Ll}+s\b/u.test(s.text.slice(p.offset + p.text.length)))) ? p : undefined);
  const verbAt = m.index + m[0].indexOf(m[2], m[1].length);
  // "The man accused … told investigators he blamed the mayor, prosecutors said on Tuesday": a
  // saying that closes the sentence after the first one is its source, and all before it what was said.
  const outer = CLOSING_SAYING.exec(s.text);
  if (outer && outer[1].length > verbAt + m[2].length) {
    const closing = closingSaying(s, people);
    if (closing) return closing;
  }
  // "A day after a jury found Jane Roe guilty, city officials said …": a name in a fronted phrase is no subject.
  // ("Police fired tear gas in Tarvo, where witnesses said …": a clause a conjunction opens has its own subject.)
  // (Not one set off by commas: "In Harlow, where the council has …, said" is Harlow's saying.)
  // ("Although residents say …", "… on Monday but the mayor says …": so does one a conjunction opens without a comma.)
  const opened = [...m[1].matchAll(/(?:,\s+(?:where|when|while|whereas|but|although|though)|(?:^|\s)(?:but|although|though|whereas))\s+(?=[^,]*$)/gi)].pop();
  // ("February 3: Workers at the farm reported …": a list item's label is no part of the subject.)
  const label = ITEM_LABEL.exec(m[1])?.[0].length ?? 0;
  const from = opened ? opened.index! + opened[0].length : label + (FRONTED_PHRASE.exec(m[1].slice(label))?.[0].length ?? 0);
  const inSubject = personIn(people, s, from, m[1].length + 1);
  const beforeVerb = personIn(people, s, from, verbAt);
  // "Vantoria's president, Nadia Brennock, said": a full name in apposition outranks a word only guessed to be one.
  // ("Jane Roe's successor, Tomas Berg, said": the name set off after an office someone owns speaks.)
  const owner = inSubject && /^['’]s\b/.test(s.text.slice(inSubject.offset + inSubject.text.length));
  const subject = (((inSubject?.tentative && !beforeVerb?.tentative) || owner) && beforeVerb && beforeVerb !== inSubject ? beforeVerb : undefined) ?? guess(inSubject) ?? guess(beforeVerb);
  // "Speaking at a briefing, she said that …", "He also said": the pronoun is the subject.
  const pronoun = /(?:^|,\s*)(?:he|she)(?:\s+also)?$/i.test(m[1].trim());
  // ("Jane Roe hinted at it, when she noted that …": the pronoun is the one the sentence opened with.)
  const openedBy = opened && /^(?:he|she)(?:\s+also)?$/i.test(m[1].slice(from).trim()) ? guess(personIn(people, s, 0, opened.index!))?.text ?? lastSubject : undefined;
  // "The country's power company, the Federal Power Board, said": the name in apposition speaks.
  const apposed = APPOSED_NAME.exec(s.text.slice(m[1].length, verbAt))?.[1];
  // ("Lawyers for Jane Roe told the court …": her lawyers speak, not she.)
  const forSomeone = SPEAKS_FOR.exec(m[1].slice(from).trim());
  // ("Roe's lawyer said he would appeal": the lawyer speaks, not Roe; "Roe's office said" speaks for Roe.)
  const owned = subject ? ownedSpeaker(s.text.slice(0, verbAt).replace(/\s+(?:has|have|had|also|later)\s*$/, ''), subject.text) : null;
  const ownedOther = owned && !/['’]s (?:office|campaign|camp|team)$/.test(owned) ? owned : null;
  const speakerName = forSomeone ? forSomeone[0] : ownedOther ?? subject?.text ?? openedBy ?? (pronoun ? lastSubject : apposed ?? writtenSubject(withoutAuxiliary(m[1].slice(from))));
  // "At least 99 people have died, President Jane Roe said on Sunday, warning …": the saying
  // closes the sentence and what was said comes before it.
  const comma = m[1].lastIndexOf(', ');
  // ("…, the agency said Wednesday morning.": when it was said, not what.)
  // ("…, told the governor on Friday, far more than …": whom it was told is no part of what.)
  // ("…, Roe told the BBC in an interview.": nor a named one.)
  // ("told Harbour Times that …": whom it was told, named, is already behind the verb.)
  const toldWhom = m[2].startsWith('told') && !/^told (?:the\s+)?[A-Z]/.test(m[2]);
  const afterWhom = toldWhom ? m[3].replace(/^(?:\p{Ll}+\s+){0,2}\p{Ll}+(?=\s+(?:on|in|at|late|early|last|this)\b|\s*[,.]|\s*$)/u, '').replace(/^\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}(?=\s+(?:on|in|at|late|early|last|this)\b|\s*[,.]|\s*$)/u, '') : m[3];
  const rest = afterWhom.trimStart().replace(new RegExp(`^(?:(?:on |late |early )?(?:${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight|last night|this (?:morning|afternoon|evening))\\b`), '').replace(/^\s*(?:in|on|at|to)\s+[^,]{1,60}/, '');
  // "Harlow will pay $5 a share, the companies said": a subject after the last comma closes the
  // sentence even when a name opens it.
  const closing = comma >= 12 ? writtenSubject(m[1].slice(comma + 2)) : null;
  if ((!speakerName && !closing) || NOT_A_SAYING.test(m[3])) return null;
  if (comma >= 12 && (!subject || subject.offset > comma || closing) && /^\s*(?:,|\.?$)/.test(rest)) {
    // The name inside the closing subject, not its title ("…, Interior Minister Jane Roe told reporters").
    const named = closing ? personIn(people, s, comma + 2, m[1].length + 1, true, true) : undefined;
    // ("…, the region's police, the Harbour Guard, said on Saturday": the name in apposition.)
    const closer = (subject && subject.offset > comma ? subject.text : null) ?? named?.text ?? apposed ?? closing ?? speakerName!;
    return { text: m[1].slice(0, comma).replace(DATELINE_START, ''), kind: 'paraphrase', speakerName: closer, sentence: s.index };
  }
  // "told the BBC that …" names whom it was told; "said Vantoria had …" names what was said.
  // ("told the court she had acted alone": whom, in lower case, before what.)
  const text = (toldWhom ? m[3].replace(TOLD_WHOM, '').replace(/^(?!(?:of|in|on|at|to|for|from|with|by|about|that|if|when|after|before|as|during|over|into)\s)(?:\p{Ll}+\s+)?\p{Ll}+\s+(?=(?:she|he|they|it|we|i|there|the|his|her|their|its)\s)/u, '') : m[3]).replace(SAYING_FRAME, '').replace(/[.]$/, '');
  return speakerName && !FRAME_ONLY.test(m[3]) ? { text, kind: 'paraphrase', speakerName, sentence: s.index } : null;
}

/** "February 3: ", "Update: ", "11.40am: ": a label that opens a list item or a post. */
const ITEM_LABEL = /^[^:"“”,]{1,40}:\s+(?=\p{Lu})/u;

/** "Lawyers for Jane Roe", "a spokeswoman for the port authority": someone speaking for the name after "for". */
const SPEAKS_FOR = /^(?:(?:a|an|the)\s+)?(?:lawyers?|attorneys?|aides?|relatives|family|friends|supporters|representatives?|spokes(?:man|woman|person|people))\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}$/iu;
const APPOSED_NAME = /^\s*,\s*(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}.&'’-]*)){0,6}),\s*$/u;

/** "told the BBC that …", "told Al Jazeera that …", "told state broadcaster HTV that …": whom it was said to, before what was said. */
// ("told the Court of Arbitration for Sport on Tuesday that …": a body's name of several words, and when.)
const TOLD_WHOM = /^(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?\p{Lu}[\p{L}.&'’-]*){0,5}(?:\s+(?:late\s+|early\s+)?on\s+\p{Lu}\p{Ll}+day)?\s+(?:that\s+)?(?=\p{Ll})|^(?:the\s+)?(?:\p{Ll}+\s+){1,2}\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}\s+that\s+/u;
/** "According to Health Minister Jane Roe, the outbreak is under control." */
const ACCORDING_LEAD = /^According to ([^,]{3,80}),\s+(.{12,}?)\.?$/u;
const ACCORDING_BEFORE = /^According to ([^,"“]{3,80}),/u;

/** "a statement from the ministry", "figures released by the agency": the ministry, the agency speaks. */
const STATEMENT_FROM = /^(?:(?:a|an|the)\s+)?(?:statement|report|post|release|letter|filing|memo|figures|data|statistics|estimates|tally)\s+(?:from|by|of|issued by|released by|compiled by|published by)\s+/i;
/** "…, according to the Harbour Savers Association." The source closes the sentence. */
// ("…, according to the agency Harbour Aid, which said it was sending …": what the source went on to say is its too.)
const ACCORDING_TRAIL = /^(.{12,}?),\s+according to ([^,"“”]{3,100}?)(?:,\s+(?:which|who)\s+(?:also\s+)?(?:said|says|added)\s+(?:that\s+)?([^"“”]{12,}?))?\.?$/u;

/** "FlightAware data", "Harlow Bank figures": a named body's numbers, which that body gives. */
const NAMED_DATA = /^((?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})\s+(?:data|figures|statistics|estimates|records|tallies|calculations)$/u;

function accordingTrail(s: Sentence, people: PeopleBySentence): QuoteRecord | null {
  const m = ACCORDING_TRAIL.exec(s.text);
  if (!m) return null;
  const at = m[1].length + m[0].slice(m[1].length).indexOf(m[2]);
  const source = m[2].replace(STATEMENT_FROM, '').replace(NAMED_DATA, '$1');
  // "according to figures released on Monday" names no one: a name or an office must speak.
  // ("…, according to the council": a body by its kind speaks as well as one by its name.)
  // ("according to the coastguard", "according to police": a head run into its noun, or a source news names by its trade alone.)
  const head = source.split(/\s+/).pop()!.toLowerCase();
  const body = (/^(?:the|a|an)\s/i.test(source) && (ORG_HEADS.has(head) || ORG_HEADS.has(head.replace(/^\p{L}+?(?=guard$)/u, '')))) || UNNAMED_SPEAKERS.test(source);
  const speakerName = personIn(people, s, at, at + m[2].length + 1, true)?.text ?? (/^(?:(?:the|a|an)\s+)?\p{Lu}/u.test(source) || ROLE_NOUNS.test(source) || body ? writtenSubject(source) ?? source : null);
  return speakerName ? { text: m[1].replace(DATELINE_START, ''), kind: 'paraphrase', speakerName, sentence: s.index } : null;
}

/** "…, according to Jane Roe, who said more than a million people watched": what the source went on to say. */
function sourceWentOn(s: Sentence, said: QuoteRecord): QuoteRecord[] {
  const m = ACCORDING_TRAIL.exec(s.text);
  return m?.[3] && said.text === m[1].replace(DATELINE_START, '') ? [{ text: m[3], kind: 'paraphrase', speakerName: said.speakerName, sentence: s.index }] : [];
}

function accordingLead(s: Sentence, people: PeopleBySentence): QuoteRecord | null {
  const m = ACCORDING_LEAD.exec(s.text);
  if (!m) return null;
  // "According to a statement from the police, …": the police speak.
  const source = m[1].replace(STATEMENT_FROM, '').replace(NAMED_DATA, '$1');
  const speakerName = personIn(people, s, 13, 13 + m[1].length, true)?.text ?? writtenSubject(source) ?? source;
  return { text: m[2], kind: 'paraphrase', speakerName, sentence: s.index };
}

/** "…, said Jane Roe, a director of the port authority." The speaker comes after the verb. */
const INVERTED_SAYING = /^(.{12,}?),\s+(?:said|says|added|adds)\s+(?=\S)/u;
/** ", would resign": a verb right after a name set off by a comma carries on a clause the name is the subject of. */
const CLAUSE_GOES_ON = /^,\s+(?:would|will|had|has|have|was|were|is|are|could|should|may|might|must|can|did|does)\b/;
/**
 * What may stand between the verb and the name: "city engineer " (up to three lower-case words),
 * "the mayor of Tarvo, ", "Velmar's chief negotiator, ". Not "goodbye to the mayor, ".
 */
const BEFORE_NAME = /^(?:(?:the|a|an|his|her|its|their)\s+[^.;:"“”]{0,60}|\p{Lu}[\p{L}-]*['’]s\s+[^.;:"“”]{0,60}|(?:\p{Ll}[\p{L}-]*\s+){1,3})?$/u;
/**
 * "…, says the port authority.", "…, said a senior official on Friday, adding …": a short
 * description speaks, counted ones too ("…, said one of the people"). Not "…, said the water
 * reached the first floor" (a clause, too long).
 */
const DESCRIBED_AFTER = /^((?:the|a|an|his|her|its|their|one|two|three|four|five|six|several|some|other)(?:\s+[^\s,"“”]+){1,5}?)(?:\s+(?:on|late|early|last|this|in|at)(?:\s+[^\s,]+){1,4})?(?:,\s+(?:a|an|the|who|which|adding|citing)\s[^"“”,]{3,})?\.?$/iu;
/** Headlines drop the article: "Blaze under control, says regional government". */
// ("…, says security firm", "…, says union chief": a firm, a report or a person by their office too.)
const HEADLINE_SPEAKER = /^((?:\p{Ll}[\p{L}-]*\s+){0,2}(?:government|ministry|police|army|military|council|court|officials|authorities|agency|company|firm|group|bank|union|party|department|embassy|committee|commission|board|regulator|watchdog|charity|operator|report|study|survey|poll|chief|boss|minister|president|mayor|governor|leader|official|experts?|analysts|researchers|scientists|prosecutors|lawyers?|sources|spokes(?:man|woman|person)))\.?$/u;
/** "…, says Harlow Bank.": a name in capitals that ends the sentence. */
const NAME_ENDS = /^((?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}&.'’-]*)){0,5})\.?$/u;

function invertedSaying(s: Sentence, people: PeopleBySentence): QuoteRecord | null {
  const m = INVERTED_SAYING.exec(s.text);
  if (!m) return null;
  // "…, the health secretary, Jane Roe, said the agency had …": the name before the comma is the subject.
  if ((people.get(s.index) ?? []).some((p) => p.offset + p.text.length === m[1].length)) return null;
  const text = m[1].replace(DATELINE_START, '');
  const tail = s.text.slice(m[0].length);
  const who = personIn(people, s, m[0].length, m[0].length + 70);
  // The name ends the sentence or opens an appositive or a time: not "said Roe's office".
  // ("The company, Velmar Oruka, said its chief, Jane Roe, would resign": a name set off before a
  // verb is the subject of what was said, and the saying is the company's.)
  const after = who ? s.text.slice(who.offset + who.text.length) : '';
  if (who && !who.tentative && CLAUSE_GOES_ON.test(after)) return null;
  if (who && !who.tentative && BEFORE_NAME.test(s.text.slice(m[0].length, who.offset)) && /^(?:[,.]|\s+(?:on|in|at|late|early)\b|$)/.test(after)) {
    return { text, kind: 'paraphrase', speakerName: who.text, sentence: s.index };
  }
  const described = (DESCRIBED_AFTER.exec(tail)?.[1] ?? HEADLINE_SPEAKER.exec(tail)?.[1] ?? (who ? undefined : NAME_ENDS.exec(tail)?.[1]))?.replace(/\.$/, '');
  if (!described || NOT_A_SUBJECT.test(described)) return null;
  return { text, kind: 'paraphrase', speakerName: described, sentence: s.index };
}

/**
 * "The strike, the union said, would continue until Friday.": a saying set off inside what was
 * said, the verb of what was said right after it (not "…, the agency said, citing …").
 */
const SAYING_ASIDE = /^(\p{Lu}[^,"“”]{2,80}?),\s+((?:the|a|an|his|her|their|its)\s[^,"“”]{2,60}?|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:said|says|added|argued|insisted|warned|told reporters)(?:\s+(?:on|late|early|last|this)\s+\p{L}+)?,\s+((?:would|will|was|were|is|are|had|has|have|could|should|may|might|must|can|did|does|do|remains?|remained|(?!\p{Ll}+ing\b)\p{Ll}+ed)\b[^"“”]{8,}?)\.?$/u;

/** "The minister denied any wrongdoing, saying the payments were legal": the subject's deed, then what it said. */
const SAYING_AFTER_DEED = /^(.{8,}?),\s+saying\s+(?:only\s+)?(?:that\s+)?([^"“”]{12,}?)\.?$/u;
/** The subject before its past deed: "The minister denied", "A government spokesman declined". */
const SUBJECT_BEFORE_DEED = new RegExp(String.raw`^((?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:${PAST_FORM})\b`, 'iu');

function sayingAfterDeed(s: Sentence, people: PeopleBySentence): QuoteRecord | null {
  const m = SAYING_AFTER_DEED.exec(s.text);
  const subject = m ? SUBJECT_BEFORE_DEED.exec(m[1]) : null;
  if (!m || !subject || NOT_A_SUBJECT.test(subject[1])) return null;
  // The deed must be the clause's first verb ("Velmar blames the strike on the union" is no
  // subject), after a noun, not a determiner or a preposition ("The …").
  const words = subject[1].split(/\s+/);
  const last = words[words.length - 1].toLowerCase();
  if (words.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && wordTags(w).has('Verb') && !wordTags(w).has('Noun')) || wordTags(last).has('Determiner') || wordTags(last).has('Preposition')) return null;
  const speakerName = personIn(people, s, 0, subject[1].length + 1, true)?.text ?? writtenSubject(subject[1]);
  return speakerName ? { text: m[2], kind: 'paraphrase', speakerName, sentence: s.index } : null;
}

function sayingAside(s: Sentence, people: PeopleBySentence): QuoteRecord | null {
  const m = SAYING_ASIDE.exec(s.text);
  if (!m || NOT_A_SUBJECT.test(m[2])) return null;
  const at = m[1].length;
  const speakerName = personIn(people, s, at, at + 2 + m[2].length + 1, true)?.text ?? writtenSubject(m[2]) ?? m[2];
  return { text: `${m[1]} ${m[3]}`.replace(DATELINE_START, ''), kind: 'paraphrase', speakerName, sentence: s.index };
}

function closingSaying(s: Sentence, people: PeopleBySentence): QuoteRecord | null {
  const m = CLOSING_SAYING.exec(s.text);
  if (!m) return null;
  const at = m[1].length;
  const described = /^(?:a|an|the|his|her|their|its)\s/i.test(m[2]) && !NOT_A_SUBJECT.test(m[2]) ? m[2] : null;
  // The speaker is in the words before "said", not in a clause after it ("…, police said, when storm Orla hit").
  // "…, the mayor of Tarvo, Jane Roe, said", "…, their charity, Lumen Relief, said": the name in apposition speaks.
  const speakerEnd = m[3] ? s.text.indexOf(m[3], at) + m[3].length : s.text.indexOf(m[2], at) + m[2].length;
  const speakerName = personIn(people, s, at, speakerEnd, true, false, true)?.text ?? (m[3] ? writtenSubject(m[3]) : null) ?? described ?? writtenSubject(m[2]);
  return speakerName ? { text: m[1].replace(DATELINE_START, ''), kind: 'paraphrase', speakerName, sentence: s.index } : null;
}

/**
 * "the official said" after "a senior State Department official told reporters": the same
 * speaker, named the first way. The latest indefinite description with the same head noun.
 */
function resolveDefiniteSpeakers(quotes: QuoteRecord[], sentences: Sentence[], mentions: Mention[]): void {
  const organizations = mentions.filter((m) => m.kind === 'organization').sort((a, b) => a.sentence - b.sentence || a.offset - b.offset);
  // Every "a … official said/told" in the article, quoted or not, in reading order.
  const described: { sentence: number; name: string }[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(INDEFINITE_SPEAKER)) described.push({ sentence: s.index, name: m[1] });
  }
  const people = mentions.filter((m) => m.kind === 'person').sort((a, b) => a.sentence - b.sentence || a.offset - b.offset);
  const resolveDefinite = (q: QuoteRecord): void => {
    // "Berg, the top seed, needed treatment. "…," the 21-year-old Spaniard said.": a description by
    // age or nationality ("the Spaniard said") is the person the nearest sentence before it named
    // first (its subject, as a rule).
    const nationality = /^the (\p{Lu}\p{Ll}+)$/u.exec(q.speakerName ?? '')?.[1];
    if (AGED_DESCRIPTION.test(q.speakerName ?? '') || (nationality && DEMONYMS[nationality])) {
      const nearest = [...people].reverse().find((m) => m.sentence < q.sentence && m.sentence >= q.sentence - AGED_REACH);
      const subject = nearest && people.find((m) => m.sentence === nearest.sentence);
      if (subject) q.speakerName = subject.text;
      return;
    }
    const definite = /^the ((?:[\p{L}.-]+ ){0,2}([\p{L}-]+))$/iu.exec(q.speakerName ?? '');
    if (!definite) return;
    const head = definite[2].toLowerCase();
    // "the shipping source" is the last "a … shipping source", before any other "a … source".
    const before = [...described].reverse().filter((d) => d.sentence <= q.sentence);
    const earlier = before.find((d) => d.name.toLowerCase().endsWith(` ${definite[1].toLowerCase()}`)) ?? before.find((d) => d.name.toLowerCase().endsWith(` ${head}`));
    // "the council said" after "the Supreme Election Council": the organisation named before.
    const named = [...organizations].reverse().find((m) => m.sentence <= q.sentence && m.text.toLowerCase().endsWith(` ${head}`));
    if (earlier) q.speakerName = earlier.name;
    else if (named) q.speakerName = named.text;
  };
  // The quote before, as written and as resolved: a quote going on from it is the same speaker's.
  let previous: { written: string | null; resolved: string | null; sentence: number } | null = null;
  for (const q of quotes) {
    const written = q.speakerName;
    if (previous && written && written === previous.written && q.sentence - previous.sentence <= 1) q.speakerName = previous.resolved;
    else resolveDefinite(q);
    previous = { written, resolved: q.speakerName, sentence: q.sentence };
  }
}
/** "the 21-year-old Spaniard", "the 63-year-old": a person described by age. */
const AGED_DESCRIPTION = /^the \d{1,3}-year-old\b/i;
/** Sentences back within which such a description points to a person named. */
const AGED_REACH = 2;
// ("In a statement the harbour union said": a second determiner starts another phrase, so no "a …" runs across it.)
const INDEFINITE_SPEAKER = /\b(an? (?:(?!(?:the|a|an|its|their|his|her)\s)[\p{L}.'’-]+ ){0,5}[\p{L}-]+)\s+(?:said|says|told|added)\b/giu;

/** "— Jane Roe, harbour master": a dash, then the name of whoever said the quote above. */
const SIGNATURE = /^\s*[—–-]\s*\p{Lu}/u;
/** A signature is a name and an office, not a sentence of its own ("- Jane Roe told reporters that …"). */
const SIGNATURE_WORDS = 12;
/** An interviewer's question is short; a longer paragraph ending in "?" is the story asking. */
const QUESTION_WORDS = 20;

/** Paragraphs a scraped quote runs through with no mark of its own, at most this many. */
const BROKEN_QUOTE_PARAGRAPHS = 3;

/**
 * Paragraphs wholly inside a quote a scraped page broke at its sentences: after one that opens a
 * quote and leaves it open, paragraphs with no quote mark, when one closing it follows. Without
 * that closing paragraph they are the story again (the page lost a closing mark).
 */
function insideBrokenQuotes(texts: string[]): Set<number> {
  const inside = new Set<number>();
  const marks = (t: string): number => (t.match(/["“”]/g) ?? []).length;
  texts.forEach((t, i) => {
    if (marks(t) % 2 !== 1 || !OPEN_AT_END.test(t)) return;
    let j = i + 1;
    while (j < texts.length && j - i <= BROKEN_QUOTE_PARAGRAPHS && !marks(texts[j])) j++;
    if (j > i + 1 && j < texts.length && CLOSING_START.test(texts[j])) for (let k = i + 1; k < j; k++) inside.add(k);
  });
  return inside;
}

/** Every quote and reported statement in an article. */
export function extractQuotes(paragraphs: { sentences: Sentence[]; text: string }[], mentions: Mention[]): QuoteRecord[] {
  const out: QuoteRecord[] = [];
  const people: PeopleBySentence = new Map();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    if (!people.has(m.sentence)) people.set(m.sentence, []);
    people.get(m.sentence)!.push(m);
  }
  let lastSubject: string | null = null;
  let introducedBy: string | null = null;
  let quoting: string | null = null;
  let previous: QuoteRecord[] = [];
  let endsOpen = false;
  // The parts of a quote broken across paragraphs so far, waiting for the speaker named where it closes.
  let broken: QuoteRecord[] = [];
  const inside = insideBrokenQuotes(paragraphs.map((p) => p.text));
  paragraphs.forEach((p, i) => {
    if (!p.sentences.length) return;
    const whole = inside.has(i);
    const r = quotesInParagraph({ sentences: p.sentences, paragraphText: p.text, people, lastSubject, introducedBy, quoting, continuing: endsOpen, whole });
    // The quote's first parts, in the paragraphs before, are the same speaker's.
    const closed = r.quotes[0];
    if (endsOpen && !whole && closed?.kind === 'quote' && closed.sentence === p.sentences[0].index) for (const q of broken) q.speakerName ??= closed.speakerName;
    endsOpen = r.endsOpen;
    broken = endsOpen ? [...(whole ? broken : []), ...r.quotes.slice(-1).filter((q) => q.kind === 'quote' && !q.speakerName)] : [];
    // "> "…" / > — Jane Roe, harbour master": a line that opens with a dash and a name signs the
    // quotes above it, in its paragraph or, opening one, in the paragraph before.
    for (const s of p.sentences) {
      const signer = SIGNATURE.test(s.text) && s.text.split(/\s+/).length <= SIGNATURE_WORDS ? (people.get(s.index) ?? []).find((m) => m.offset <= 3) : undefined;
      if (!signer) continue;
      for (const q of [...previous, ...r.quotes]) if (q.kind === 'quote' && !q.speakerName && q.sentence < s.index) q.speakerName = signer.text;
    }
    out.push(...r.quotes);
    lastSubject = r.lastSubject;
    introducedBy = r.introducedBy;
    // "**Are the hospitals coping?**": an interviewer's question between two answers leaves the answers one voice.
    const question = !r.quotes.length && /\?\W*$/.test(p.text) && p.text.split(/\s+/).length <= QUESTION_WORDS;
    if (!question) quoting = r.quoting;
    previous = r.quotes;
  });
  resolveDefiniteSpeakers(out, paragraphs.flatMap((p) => p.sentences), mentions);
  echoedInHeadline(out, paragraphs[0]?.sentences[0]?.index);
  return out;
}

/**
 * "Fire: 'We ran to the sea'" over '"We ran to the sea and waited," said Jane Roe': a headline
 * quoting part of a quote the story gives in full is that quote's speaker's, whatever the headline's label.
 */
/** Words a headline's quote needs to be the echo of one quote in the story. */
const ECHO_WORDS = 4;
function echoedInHeadline(quotes: QuoteRecord[], headline: number | undefined): void {
  const plain = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (const q of quotes) {
    if (q.sentence !== headline || q.kind !== 'quote') continue;
    const words = plain(q.text);
    // (A word or two in quotes is a scare quote anyone may have used.)
    if (words.split(' ').length < ECHO_WORDS) continue;
    const full = quotes.find((o) => o !== q && o.sentence !== headline && o.kind === 'quote' && o.speakerName && plain(o.text).includes(words));
    if (full) q.speakerName = full.speakerName;
  }
}
