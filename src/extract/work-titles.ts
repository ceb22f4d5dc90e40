import type { Mention, QuoteRecord, Sentence } from '../model.js';

/**
 * Titles of works (films, books, songs, shows) the story names: "The Salt Road", a film, is
 * neither a road nor anyone's quote. A title is a name in Title Case that the sentence calls a
 * work: in quotation marks after a work's noun or an award ("won best actor for "Ninth Round""),
 * or, quoted or not, with a work's noun in apposition ("Glass Houses, the studio's biopic, …").
 */

/** Nouns that name a work whatever the sentence: "a low-budget drama", "Netflix's biopic". */
const WORK_NOUNS = String.raw`films?|movies?|books?|novels?|memoirs?|biograph(?:y|ies)|songs?|albums?|series|sitcoms?|documentar(?:y|ies)|dramas?|comed(?:y|ies)|thrillers?|biopics?|musicals?|operas?|paintings?|poems?|podcasts?|best-?sellers?`;
/** …and nouns that name one only right before its quoted title ("the talk show "…"", "the hit "…""): elsewhere they are verbs or bodies. */
const WORK_NOUNS_BEFORE = String.raw`${WORK_NOUNS}|shows?|plays?|programmes?|programs?|games?|singles?|tracks?|pictures?|features?|hits?`;
/** A work's noun (or an award or a role) just before the quoted title: "the film "…"", "best actress for "…"", "starring in "…"". */
const WORK_BEFORE = new RegExp(String.raw`\b(?:(?:${WORK_NOUNS_BEFORE})|best [a-z ]{3,30}?\s+for|(?:role|roles|starring|starred|appeared|appearing)\s+in|(?:role|part)\s+[a-z ]{0,40}?\s+in|for|in)\s+$`, 'i');
/** An appositive right after a title that says what work it is: ", a low-budget drama about …", ", Netflix's biopic". */
const WORK_APPOSITIVE = new RegExp(String.raw`^["”’']?,\s+(?:an?|the|\p{Lu}[\p{L}.]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:${WORK_NOUNS})\b`, 'iu');
/** Title Case words: every word capitalised but the small ones, at most eight. */
const TITLE_CASE = /^(?:The |A |An )?\p{Lu}[\p{L}'’-]*(?:\s(?:of|the|and|in|on|at|to|for|a|an|\p{Lu}[\p{L}'’-]*|\d+)){0,7}$/u;
/** A sentence about awards or performances, where "for" and "in" before a quoted title point to the work. */
const AWARD_SENTENCE = /\b(?:won|wins|winning|award(?:s|ed)?|prize|oscars?|nominat\w+|starr\w+|best (?:actor|actress|picture|film|director|album|song|novel))\b/i;

export interface WorkTitles {
  /** The titles, as written (without quotation marks). */
  titles: string[];
  /** Mentions that are (inside) a title: not people, places or bodies. */
  inTitles: Set<Mention>;
}

/** Finds the titles of works in an article's sentences and the mentions they cover. */
export function workTitles(sentences: Sentence[], mentions: Mention[]): WorkTitles {
  const titles = new Set<string>();
  const spans: { sentence: number; start: number; end: number }[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(/["“'‘]([^"“”'‘’]{2,80}?)[,.]?["”'’]/gu)) {
      const title = m[1].replace(/[,.]$/, '');
      if (!TITLE_CASE.test(title) || !/\s/.test(title) && title.length < 4) continue;
      const before = s.text.slice(0, m.index);
      // ("The Salt Road," a drama: American style keeps the appositive's comma inside the quotes.)
      const after = `${/,["”'’]$/.test(m[0]) ? ',' : ''}${s.text.slice(m.index! + m[0].length)}`;
      const workBefore = WORK_BEFORE.test(before) && (!/\b(?:for|in)\s+$/i.test(before) || AWARD_SENTENCE.test(s.text));
      if (!workBefore && !WORK_APPOSITIVE.test(after)) continue;
      titles.add(title);
      spans.push({ sentence: s.index, start: m.index!, end: m.index! + m[0].length });
    }
  }
  // Unquoted, a name is a title only when an appositive says so.
  const inTitles = new Set<Mention>();
  for (const m of mentions) {
    const s = sentences[m.sentence];
    if (!s) continue;
    const inSpan = spans.some((sp) => sp.sentence === m.sentence && m.offset >= sp.start && m.offset < sp.end);
    const apposed = !inSpan && TITLE_CASE.test(m.text) && WORK_APPOSITIVE.test(s.text.slice(m.offset + m.text.length)) && m.kind !== 'person';
    if (inSpan || apposed) inTitles.add(m);
    if (apposed) titles.add(m.text);
  }
  return { titles: [...titles].sort(), inTitles };
}

/** "The Salt Road" and "Salt Road" are one title: the key to compare names by. */
export const titleKey = (text: string): string => text.replace(/^(?:The|A|An)\s+/, '').toLowerCase();

/** A quote that is only a title of a work ("The Salt Road"), said by no one: not a quote. `keys`: the titles' keys. */
export function isTitleQuote(q: QuoteRecord, keys: Set<string>): boolean {
  return q.kind === 'quote' && !q.speakerName && keys.has(titleKey(q.text.replace(/[,.]$/, '')));
}
