import type { Block, CleanArticle, LoadedArticle, Paragraph, RemovedBlock, Sentence } from '../model.js';
import { cleanBlocks, MENU_LINE, SITE_SUFFIX } from './boilerplate.js';
import { DOTTED_DATELINE, splitSentences } from './sentences.js';

/**
 * A dateline opening a story: "PORTO, Portugal — ", "LAGOS (Harbour Wire) - ",
 * "SETUBAL, Sept 11 (Harbour Wire) - ", "MACON, Ga., Sept 11 (Harbour Wire) - ". The outlet in
 * brackets, if any, is captured.
 */
// ("NEW YORK/LONDON, July 19 (Wire) - ": a story filed from two cities names both.)
/** "March 3 (Harbour Wire) - ": a wire's business story may open with the date and the outlet alone. */
const DATE_ONLY_DATELINE = String.raw`^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s*`;
// ("BRANTBY, 9 June 2025 (Harbour Wire) — ": the day may come before its month, and the year after.)
const DATELINE_PLACE = String.raw`^\p{Lu}[\p{Lu}\p{M} .'’/-]*\p{Lu}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}(?:\s+\d{1,2})?){0,2}(?:,\s*\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?)?\s*`;
const MONTH_WORD = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** "Tarvo (Velmar), Jul 31 (PTI) ": a place, its state, the day and the agency captured, with no dash. */
const AGENCY_DATELINE = String.raw`^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?:\s\(\p{Lu}[\p{L} ]{1,30}\))?,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+\((\p{Lu}{2,6})\)\s+(?=\p{Lu})`;
/**
 * "Frankfurt, 6 November 2025 (dpa) — ", "Paris (Wire) - ": European agencies write the place in
 * ordinary case; the outlet in brackets and the dash after it make it a dateline. The outlet is captured.
 */
const TITLE_CASE_DATELINE = String.raw`^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?:,\s*\d{1,2}\s+${MONTH_WORD}(?:\s+\d{4})?|,\s*${MONTH_WORD}\s+\d{1,2}(?:,?\s+\d{4})?)?\s*\(([^()]{2,40})\)\s+[—–-]{1,2}\s+(?=\p{Lu})`;
// "MUMBAI: The agency …": South Asian papers end a dateline in capitals with a colon.
// "(Harbour TV) — Ferries …" names only the outlet; "Tarvo, Velmar — Ferries …" writes the place
// in ordinary case (with a dash, never a hyphen, so "Jane Roe, Velmar-born …" is no dateline).
// "DES MOINES, Iowa, March 3, 2026 /PRNewswire/ -- ": a press release's dateline, its year and its wire.
export const DATELINE_START = new RegExp(String.raw`${DATELINE_PLACE}(?:,\s*\d{4}\s*)?(?:\(([^()]{2,40})\)|\/[^/\s]{2,30}\/)?\s+[—–-]{1,2}\s+|^\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}:\s+(?=\p{Lu})|${DOTTED_DATELINE.source}`
  // ("TARVO—Negotiators …": a paper may close the place in capitals up to an em dash, no spaces.)
  + String.raw`|^\p{Lu}[\p{Lu}\p{M} .'’]*\p{Lu}(?:,\s*\p{Lu}[\p{L}.]*)?—(?=\p{Lu}\p{Ll})`
  + String.raw`|^\(\p{Lu}[\p{L} .&-]{1,30}\)\s+[—–-]{1,2}\s+(?=\p{Lu})|${DATE_ONLY_DATELINE}\([^()]{2,40}\)\s+[—–-]{1,2}\s+|^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,\s+\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?\s+[—–]\s+(?=\p{Lu})`
  // "Tarvo (Velmar), Jul 31 (PTI) The toll …": Indian agencies' datelines end at the agency, with no dash.
  + `|${AGENCY_DATELINE}|${TITLE_CASE_DATELINE}`, 'u');
/** "PORTO (Harbour Wire) - Lawyers filed …" → "Lawyers filed …": where and by whom, not what. */
export function withoutDateline(text: string): string {
  const m = DATELINE_START.exec(text);
  return m && text.length - m[0].length >= 20 ? text.slice(m[0].length) : text;
}

/** A dateline that names its outlet: the outlet captured. */
// ("(Harbour Wire) - A child …": or the outlet alone, before the story's first word.)
// ("Tarvo (Velmar), Jul 31 (PTI) The toll …": an Indian agency's dateline, with no dash.)
/** The outlet a DATELINE_OUTLET match names, whichever of its forms matched. */
export const outletOf = (m: RegExpExecArray | null): string | undefined => m?.[1] ?? m?.[2] ?? m?.[3];
export const DATELINE_OUTLET = new RegExp(String.raw`(?:${DATELINE_PLACE}|${DATE_ONLY_DATELINE}|^(?=\(\p{Lu}))\(([^()]{2,40})\)\s+[—–-]{1,2}\s+|${AGENCY_DATELINE}|${TITLE_CASE_DATELINE}`, 'u');

/** Words that end newspapers' and sites' names: "Harbour Times", "Coastal Herald". */
export const OUTLET_WORDS = /\b(?:Times|Herald|Post|News|Daily|Tribune|Journal|Gazette|Guardian|Telegraph|Mail|Express|Observer|Chronicle|Standard|Independent|Wire|Press|Review|Monitor|Star|Sun|Today|Courier|Globe|Record|Inquirer|Dispatch|Bulletin|Reporter|Online|Network|Agency|Weekly|Insider|Report|Mirror|Examiner|Sentinel|Leader|Voice|Nation|Argus|Echo|Register|Ledger|Courant|Enquirer|Beacon|Citizen|Advertiser|Statesman|Telegram|Messenger|Radio|Television|Broadcasting)$/;

/**
 * The site's name after a scraped page title: " | Harbour Times" always; " - Coastal Herald"
 * when it reads like an outlet's name or the page prints it on a line of its own.
 */
export function pageTitleSite(blocks: Block[]): { name: string; index: number; text: string } | null {
  const title = blocks[0]?.text ?? '';
  const m = SITE_SUFFIX.exec(title);
  if (!m) return null;
  // "Home | News | World": a menu of one- and two-word items above the headline names no site.
  if (MENU_LINE.test(title) && title.split(/\s[|•·]\s/).every((item) => item.trim().split(/\s+/).length <= 2)) return null;
  const name = m[2].trim();
  const printed = blocks.slice(1, 12).some((b) => b.text === name);
  if (m[1] !== '|' && !OUTLET_WORDS.test(name) && !printed) return null;
  if (!/^\p{Lu}/u.test(name)) return null;
  return { name, index: m.index, text: m[0].trim() };
}

/** A date stamp glued to the front of a scraped headline (" date 2022-03-01 Headline"). */
const HEADLINE_STAMP = /^\s*(?:date|published|posted)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?\s+/i;

/** A wire's version tag on its headline: "UPDATE 2-", "RPT-", "EXCLUSIVE-", "CORRECTED-". */
const WIRE_TAG = /^(?:UPDATE(?:\s\d{1,2})?|WRAPUP(?:\s\d{1,2})?|RPT|REFILE|CORRECTED|EXCLUSIVE|URGENT|BREAKING|BRIEF)\s?-\s?(?=\p{Lu}|\d)/u;

/** A wire stamp's date after its bar, captured: "| Mon Jun 6, 2011". Also read by extract/publication-date.ts. */
export const WIRE_STAMP_DATE = String.raw`\|\s*((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})`;

/**
 * A wire stamp glued to the front of the lead, with whatever credits and bylines precede it:
 * "Credit: … By Jane Roe NAIROBI | Tue Mar 22, 2016 3:31 pm EDT " before "NAIROBI (Reuters) - …".
 */
const LEAD_STAMP = new RegExp(`^.{0,300}?${WIRE_STAMP_DATE}(?:\\s+\\d{1,2}:\\d{2}\\s*(?:am|pm)?)?(?:\\s+[A-Z]{2,4}\\b)?\\s+(?=\\S)`, 'u');
/** Paragraphs at the top where such a stamp may sit. */
const LEAD_PARAGRAPHS = 4;
/** Longer than this, a first kept line is a lead paragraph, not a headline. */
const HEADLINE_WORDS = 30;

/** Removes boilerplate and splits the story text into positioned sentences. */
export function cleanArticle(article: LoadedArticle): CleanArticle {
  const removed: RemovedBlock[] = [];
  const paragraphs: Paragraph[] = [];
  let title = article.title;
  // "… | Harbour Times": the site's name after a page title is not part of the headline.
  const site = article.format === 'txt' ? pageTitleSite(article.blocks) : null;
  if (site) {
    title = title.slice(0, site.index);
    removed.push({ text: site.text, line: article.blocks[0]?.start.line ?? 1, reason: 'site name' });
  }
  const dateStamp = HEADLINE_STAMP.exec(title);
  // "UPDATE 2-Carrier files for bankruptcy": a wire's version tag, only where the headline is the first line.
  const wireTag = !dateStamp && title === article.blocks[0]?.text ? WIRE_TAG.exec(title) : null;
  const stamp = dateStamp ?? wireTag;
  if (stamp) {
    title = title.slice(stamp[0].length).trim();
    removed.push({ text: stamp[0].trim(), line: article.blocks[0]?.start.line ?? 1, reason: dateStamp ? 'date stamp' : 'wire tag' });
  }
  cleanBlocks(article.blocks).forEach(({ block, verdict }, i) => {
    if (!verdict.keep) {
      removed.push({ text: block.text, line: block.start.line, reason: verdict.reason });
      return;
    }
    if (i === 0 && (stamp || site)) {
      const cut = stamp ? block.text.indexOf(title) : 0;
      paragraphs.push({ text: title, kind: block.kind, start: { line: block.start.line, column: block.start.column + cut } });
      return;
    }
    const lead = paragraphs.length < LEAD_PARAGRAPHS && block.kind !== 'heading' ? LEAD_STAMP.exec(block.text) : null;
    if (lead && lead[0].length < block.text.length) {
      removed.push({ text: lead[0].trim(), line: block.start.line, reason: 'date stamp' });
      paragraphs.push({ text: block.text.slice(lead[0].length), kind: block.kind, start: { line: block.start.line, column: block.start.column + lead[0].length } });
      return;
    }
    paragraphs.push({ text: block.text, kind: block.kind, start: block.start });
  });
  // "Skip to main content" above the headline: a scraped page's first line was furniture, and
  // the headline is the first line the cleaner kept.
  const furnitureFirst = title === article.blocks[0]?.text && removed.some((r) => r.line === article.blocks[0].start.line && r.text === title);
  if (article.format === 'txt' && furnitureFirst && paragraphs[0] && paragraphs[0].text.split(/\s+/).length <= HEADLINE_WORDS) {
    title = paragraphs[0].text;
  }
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    const spans = p.kind === 'heading' ? [{ text: p.text, offset: 0 }] : splitSentences(p.text);
    for (const span of spans) {
      const index = sentences.length;
      sentences.push({
        index,
        anchor: `s${index + 1}`,
        text: span.text,
        paragraph,
        offset: span.offset,
        // Blocks are single lines (.txt) or a paragraph's first line (.md): the column shifts by the offset.
        start: { line: p.start.line, column: p.start.column + span.offset },
      });
    }
  });
  return { ...article, title, paragraphs, sentences, removed };
}
