import type { CleanArticle, Mention } from '../model.js';
import { DATELINE_ONLY, PUBLISHER_THEN_DATE } from '../clean/boilerplate.js';
import { DATELINE_OUTLET, outletOf, OUTLET_WORDS, pageTitleSite } from '../clean/clean-article.js';
import { NEWS_AGENCIES } from './lexicon.js';

export interface SourceInfo {
  source: string;
  credits: string[];
  byline: string | null;
}

const OUTLET_PATTERNS: RegExp[] = [
  // "ABC's live blog", "For all of ABC's coverage"
  /\b([A-Z][A-Za-z]*[A-Z][A-Za-z/&.-]*)['’]s (?:live briefing|live blog|coverage|reporting|correspondent|newsletter)/i,
  // "NEWSWIRE learnt", "XYZ has learned"
  /\b([A-Z][A-Z0-9/&.-]{2,})(?: has| have)? learn(?:t|ed)\b/,
  // "© 2022 Outlet", "Copyright Outlet. All rights reserved."
  /(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:\d{4}\s+)?(\p{Lu}[\w&/-]*(?:\.\w[\w&/-]*)*(?: \p{Lu}[\w&/-]*(?:\.\w[\w&/-]*)*){0,3})/u,
  // A dateline naming its outlet: "PORTO (Harbour Times) - …", "SETUBAL, Sept 11 (Harbour Times) - …",
  // or on a line of its own: "Porto, 11 September 2025 (Harbour Times)".
  DATELINE_OUTLET,
  DATELINE_ONLY,
];
const AGENCY_SET = new Set(NEWS_AGENCIES);
const CREDIT_SPLIT = /\s*(?:,|\/|\band\b|\bvia\b)\s*/;

/** Credits in one line: "With reporting by Wire, AP and AFP", "Handout/Harbour Agency via Getty Images", "(… Credit: Jane Roe/AFP)". */
function creditsInLine(line: string): string[] {
  const body = line.replace(/^(with )?(additional )?reporting by\s*/i, '').replace(/\.$/, '');
  return body.split(CREDIT_SPLIT).map((p) => p.trim().replace(/[)\]]+$/, '').replace(/\s+Photos?$/, ''))
    .filter((p) => AGENCY_SET.has(p) || /^[A-Z][\w-]*(?: [A-Z][\w-]*)* (Agency|Images|Photo|Press|News)$/.test(p));
}

const OUTLET_NAME = String.raw`\p{Lu}[\w&.-]*(?: \p{Lu}[\w&.-]*){0,3}`;
/** A whole line or part that is written like an outlet's name. */
const WHOLE_OUTLET_NAME = new RegExp(`^${OUTLET_NAME}$`, 'u');
/** Named like an outlet: ends in "Times", "Herald" … or is a news agency. */
const namedLikeOutlet = (text: string): boolean => OUTLET_WORDS.test(text) || AGENCY_SET.has(text);

/**
 * "By Jane Roe, Harbour Times": the outlet after the writer's name. "By Jane Roe, Harbour
 * News, Lisbon" adds where she files from: a part named like an outlet wins over the last part.
 */
function bylineOutlet(byline: string): string | null {
  const afterCapitals = CAPITALS_THEN_OUTLET.exec(byline.replace(BY, ''))?.[2];
  if (afterCapitals && WHOLE_OUTLET_NAME.test(afterCapitals)) return afterCapitals;
  // "By Jane Roe, Legal Affairs Correspondent": her job, not an outlet.
  // ("By Jane Roe | Harbour Gazette": after a bar too.)
  const parts = byline.split(/,\s*|\s+[|·•]\s+/).slice(1).filter((p) => WHOLE_OUTLET_NAME.test(p) && !JOB_TITLE.test(p));
  return parts.find(namedLikeOutlet) ?? parts[parts.length - 1] ?? null;
}
/**
 * The writers a byline line names, as front matter's author does: "By Jane Roe | Published: …",
 * "By Jane Roe, Harbour Times", "BY JANE ROE" and "Jane Roe contributed to this report." each
 * give "Jane Roe"; a line with no "By" (a name and its beat) stays as written.
 */
function writersOf(line: string): string {
  const stripped = line.replace(BY, '').split(/\s+[|·•—–]\s+|\s+-\s+/)[0];
  const names = CAPITALS_THEN_OUTLET.exec(stripped)?.[1] ?? stripped;
  // ("Jane Roe, Harbour Times", "Jane Roe, Legal Affairs Correspondent": the parts after her name.)
  const parts = names.split(/,\s*/);
  while (parts.length > 1 && WHOLE_OUTLET_NAME.test(parts[parts.length - 1]) && (namedLikeOutlet(parts[parts.length - 1]) || JOB_TITLE.test(parts[parts.length - 1]))) parts.pop();
  const writers = parts.join(', ').replace(/\s+contributed(?:\s+to)?(?:\s+this)?\s+report(?:ing)?\.?$/i, '').trim();
  // ("BY JANE ROE": a name set in capitals, written as a name.)
  // ("DANA ROE and TOMAS BERG": so are two, joined by a lower-case "and".)
  return /\p{Ll}/u.test(writers.replace(/\band\b/g, '')) ? writers : writers.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
}
/** The "By" a byline opens with. */
const BY = /^\s*by\b[:\s]*/i;
/** "MARIA KELLER Associated Wire", "JANE ROE and TOMAS BERG Harbour Press": names set in capitals, then the outlet in title case. */
const CAPITALS_THEN_OUTLET = /^((?:\p{Lu}[\p{Lu}.'’-]+|and|AND)(?:\s+(?:\p{Lu}[\p{Lu}.'’-]*|and|AND))+)\s+(\p{Lu}\p{Ll}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})\s*$/u;
const JOB_TITLE = /\b(?:Correspondent|Reporter|Editor|Writer|Columnist|Contributor|Chief|Producer|Journalist|Analyst|Staff)$/;
const STAMP_PUBLISHER = /^([\p{L}.&' ]{2,30}?)\s*[|·•]\s*(?:first\s+)?(?:published|posted|updated|last updated)\b/iu;
const DESK = /\b(?:Desk|Bureau|Staff|Team|Online|Web|Digital)$/;
/** "September 16, 2024 | Harbour Public Radio": the publisher after the bar of a stamp that starts with its date. */
const DATE_THEN_PUBLISHER = /^[^|·•]*\b\d{4}\b[^|·•]*[|·•]\s*([\p{L}.&' ]{2,40}?)\s*$/u;
/** "… | World News", "… | Local News": a section of the site, not its name. */
const SECTION_NEWS = /^(?:World|Local|National|International|Business|Breaking|Latest|Top|Sports?|Politics|Health|Science|Tech|US|UK) News$/;
/** " live team", " staff", " newsroom": the outlet's people, after its name. */
const OUTLET_STAFF = /\s+(?:live\s+)?(?:team|staff|desk|newsroom|reporters)$/i;
const SOURCE_LINE = new RegExp(`^Source:\\s+(${OUTLET_NAME})$`, 'u');

/**
 * The outlet a page names by its byline: "By Jane Roe, Harbour Times", the line under the
 * byline ("By Jane Roe" / "Harbour News"), "Source: Harbour Times" near the top, or its masthead.
 */
function outletNearByline(article: CleanArticle): string | null {
  const head = article.blocks.slice(0, 12);
  const at = head.findIndex((b) => article.removed.some((r) => r.reason === 'byline' && r.line === b.start.line));
  if (at >= 0) {
    const own = bylineOutlet(head[at].text);
    if (own) return own;
    // "Harbour Times", "Business reporter, Harbour News" or "Harbour News, Wales" on the line under the byline.
    const next = (head[at + 1]?.text ?? '').split(/,\s*/).filter((part) => WHOLE_OUTLET_NAME.test(part) && namedLikeOutlet(part)).pop();
    if (next) return next;
  }
  for (const b of head) {
    const m = SOURCE_LINE.exec(b.text);
    if (m) return m[1];
  }
  // "Harbour Sport | Posted: 2 May 2025": the name before the bar of a date stamp
  // is the publisher's (an agency's is a credit; a desk's, "Sports Desk |", names no outlet).
  for (const r of article.removed) {
    // ("Evening Post | 12 February 2025": so is the name before the bar of a bare day.)
    const m = r.reason === 'date stamp' && r.line <= 6 ? STAMP_PUBLISHER.exec(r.text) ?? PUBLISHER_THEN_DATE.exec(r.text) : null;
    if (m && WHOLE_OUTLET_NAME.test(m[1]) && !AGENCY_SET.has(m[1]) && !DESK.test(m[1])) return m[1];
    // After the date, only a name that reads like an outlet's: a bare word there is the section.
    const after = r.reason === 'date stamp' && r.line <= 6 ? DATE_THEN_PUBLISHER.exec(r.text) : null;
    if (after && WHOLE_OUTLET_NAME.test(after[1]) && OUTLET_WORDS.test(after[1]) && !SECTION_NEWS.test(after[1])) return after[1];
  }
  // The masthead as a line of its own above the story ("Quayside Herald" under the headline),
  // which the cleaner took off as site furniture.
  // "Harbour Post | Business": the section after a bar is not the outlet's name.
  // ("Harbour Daily live team", "Harbour Post staff": the outlet's own people credited as one.)
  const mastheads = article.removed.filter((r) => r.reason === 'leading site furniture' && r.line <= 4).map((r) => r.text.split(/\s+[|·•]\s+/)[0].replace(OUTLET_STAFF, ''));
  return mastheads.find((text) => WHOLE_OUTLET_NAME.test(text) && OUTLET_WORDS.test(text)) ?? null;
}

/**
 * The outlet (front matter, else the article naming itself) and the agencies it
 * credits (credit lines, photo credits, "CNN reported", "RIA news agency quoted").
 */
export function extractSource(article: CleanArticle, mentions: Mention[]): SourceInfo {
  let source = article.frontMatter.source ?? null;
  const allText = article.blocks.map((b) => b.text);
  if (!source) {
    for (const re of OUTLET_PATTERNS) {
      const hit = allText.map((t) => re.exec(t)).find((m) => m && !AGENCY_SET.has(outletOf(m)!));
      if (hit) { source = outletOf(hit)!.replace(/[.]$/, ''); break; }
    }
  }
  if (!source) source = outletNearByline(article);
  // The site's name after the page title: "Talks resume in Geneva | Harbour Times".
  if (!source && article.format === 'txt') source = pageTitleSite(article.blocks)?.name ?? null;
  const credits: string[] = [];
  const add = (c: string): void => { if (!credits.includes(c) && c !== source) credits.push(c); };
  for (const r of article.removed) {
    // A caption's own credit counts too: "(Photo: … Credit: Jane Roe/Wire)".
    if (r.reason === 'agency credit line' || r.reason === 'photo credit' || r.reason === 'photo caption') creditsInLine(r.text).forEach(add);
  }
  // "NAIROBI, June 20 (Reuters) -": wire copy credits its agency in the dateline.
  for (const b of article.blocks.slice(0, 6)) {
    const wire = DATELINE_OUTLET.exec(b.text);
    const agency = outletOf(wire);
    if (!agency || !AGENCY_SET.has(agency)) continue;
    // (Wire copy that names no other outlet is the agency's own: "TARVO, Dec 3 (Reuters) -".)
    if (source) add(agency); else source = agency;
  }
  for (const m of mentions) {
    if (!m.agency) continue;
    const s = article.sentences[m.sentence].text;
    const after = s.slice(m.offset + m.text.length, m.offset + m.text.length + 40);
    if (/^\s*(?:news agency\s+|agency\s+)?(reported|quoted|said|cited|told|according)/i.test(after) || /according to\s*$/i.test(s.slice(0, m.offset))) add(m.text);
  }
  const line = article.removed.find((r) => r.reason === 'byline')?.text;
  const byline = (line ? writersOf(line) : null) || article.frontMatter.author || null;
  return { source: source ?? 'Unknown source', credits, byline };
}
