import type { Block } from '../model.js';

/**
 * General patterns for scraped page furniture. None of them names an outlet or a
 * story: they describe the *shape* of boilerplate (all-caps teasers, credit lines,
 * player fallbacks, short trailing link labels).
 */
const VIDEO_FALLBACK = /\b(your browser (doesn[’']?t|does not) support|enable javascript|video (is )?unavailable)\b/i;
const ALL_CAPS_FURNITURE = /^[A-Z]{3,}(?:[\s-]+[A-Z]{3,})*$/;
const TEASER_LEAD = /^(?:[A-Z][A-Z .&'’-]{2,}|(?:[Rr]elated|[Rr]ead more|[Aa]lso [Rr]ead|[Ss]ee also|[Mm]ore on this|[Rr]ecommended|[Ww]atch|[Ll]isten)(?: stories| coverage| articles?)?)\s*:(?:\s|$)/;
/**
 * "MUMBAI: The agency on Tuesday arrested …": a dateline in capitals with a colon, as South Asian
 * papers write it, opens the lead; a teaser's label in capitals ("WATCH:", "READ MORE:") opens a line
 * that points elsewhere, and is a short one.
 */
const CAPS_DATELINE_LEAD = /^(?!(?:WATCH|LISTEN|READ|ALSO|SEE|MORE|RELATED|RECOMMENDED|LIVE|VIDEO|PHOTOS?|GALLERY|ANALYSIS|OPINION|EXCLUSIVE|BREAKING|UPDATE|EXPLAINER|FACTBOX|PODCAST|SUBSCRIBE)\b)[A-Z][A-Z .'’-]{2,}:\s+(?:\S+\s+){11,}/;
/** A label standing alone where an advertisement was cut out of the page. */
const AD_LABEL = /^(?:advertisement|advertising|sponsored( content)?|story continues below( advertisement)?|continue reading( below| the main story)?|(?:advertisement\s*[-–—:]?\s*)?scroll to continue(?: reading)?)$/i;
/** A page's own lines that read like sentences: rights, disclaimers, players, prompts to follow or print. */
const PAGE_LINE = /^(?:all rights reserved\.?|this material may not be published, broadcast, rewritten,? or redistributed\.?|the views expressed (?:in this (?:article|piece) )?are (?:the author'?s own|those of the author)\.?|follow \p{Lu}[\p{L}'’ -]{1,40} on (?:twitter|x|facebook|instagram|bluesky|threads|linkedin)\b.{0,40}|listen to this article\b.{0,30}|video duration\b.{0,40}|loading(?:\.{3}|…)?|enable notifications|print this (?:page|article))$/iu;
/** "© 2023 Harbour Times. All rights reserved." */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i;
const PROMO = /\b(click here|sign up|subscribe (now|to)|newsletter|follow us|download (our|the) app|share this|all (of )?the latest developments)\b/i;
const PHOTO_CREDIT = /(\bvia Getty Images\b|\bGetty Images\b|\bAP Photo\b|\bHandout\b|^(Photo|Photograph|Image|Credit|Picture)s?:|^Image source,)/i;
/** "Updated: Mar 3, 2026", "PTI | Updated: 3 March": when the page was touched, after a desk's credit or not. */
const STAMP = /^\s*(?:(?!by\s)[\p{L}.&' ]{1,30}\s*[|·•]\s*)?(published|first published|posted|updated|last updated|last modified|date)\s*:?\s*(?:on\s+)?(\d|[A-Z][a-z]+\.? \d)/iu;
/** The most lines a newsletter sign-up box set inside a story runs to. */
const NEWSLETTER_BOX_LINES = 6;
/** "An earlier version of this article misstated …": the page's own history, not the story's. */
const CORRECTION_NOTE = /^(?:this (?:article|story|report) (?:was|has been) (?:amended|corrected|updated|edited)\b|an earlier version of this (?:article|story)\b)/i;
/** A menu: three or more short items between bars or bullets, "Home | World | Weather". */
export const MENU_LINE = /^[^|•·.!?]{1,25}(?:\s[|•·]\s[^|•·.!?]{1,25}){2,}$/;
/** "Photo: Rescuers on the quay at dawn. (Harbour Photos)": a caption, though a sentence; also set in brackets, "(Photo: … Credit: …)". */
const CAPTION_LEAD = /^[([]?(?:Photo|Photograph|Image|Picture|Caption)s?\s*:\s/;
/** A gallery's caption: "[1/3] …", "Item 1 of 3 …". */
const GALLERY_CAPTION = /^(?:\[\d{1,2}\/\d{1,2}\]|Item \d{1,2} of \d{1,2})\s/;
/** A short line that sends the reader to an address: "Follow our coverage at https://…". */
const LINK_POINTER = /^(?:follow|read|see|find|get|watch|listen|more)\b.{0,120}\bhttps?:\/\/\S+$/i;
/** "[File: Wire]", "[Jane Roe/Wire]", "[Photo: Harlow Press]": a caption's credit closing its line. */
const BRACKETED_CREDIT = /\[(?:(?:File|Photo|Image|Handout)(?: photo)?\s*:\s*[^\]]{2,60}|[^\]\s][^\]]{0,40}\/[^\]]{2,30})\]$/i;
/** "(Adds analyst comment, share price)": a wire's note on what an update changed. */
// ("(This story has been corrected to show the board voted 6-1, not 5-2, in paragraph 2)": a correction note too.)
const UPDATE_NOTE = /^\((?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Refiles|Repeats|Writes through|Moves|Fixes|Removes|Inserts|This (?:story|article|version|report) (?:has been|was|is being) (?:corrected|updated|amended|refiled|changed))\b[^()]{0,200}\)$/;
/** "FILE PHOTO: The bank in Tarvo, June 5, 2024. WIRE/Jane Roe/File Photo": a wire photo's caption, labelled before or credited after. */
const WIRE_CAPTION = /^(?:FILE PHOTO|PHOTO|FILE)\s*:\s|\b\p{Lu}{2,}\/\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'’-]+){1,3}(?:\/(?:File Photo|Pool|Handout))?\.?$/u;
/** "Reporting by …; Editing by …", "(Writing by …)": the wire's sign-off, whose names report, not act. */
const CREDIT_LINE = /^\(?(?:(?:with )?(?:additional )?reporting|writing|editing|compiled|graphics) by\b/i;
/** A cookie banner's text: "We use cookies to improve your experience." */
const COOKIE_NOTICE = /\b(?:we use cookies|cookies? (?:on this (?:site|website)|policy|settings|preferences)|(?:accept|reject|allow) (?:all )?cookies|use of cookies)\b/i;
/** A heading over a list of links to other stories: the short lines under it are their headlines. */
const LINKS_HEADINGS = String.raw`related(?: stor(?:y|ies)| articles?| coverage| content| links?)?|more on this story|top stories|most read|read more|read next|recommended(?: for you| stories| reading)?|you may also like|more stories|explore more on these topics|related topics`;
const LINKS_HEADING = new RegExp(`^(?:${LINKS_HEADINGS})$`, 'i');
const BY_LINE = /^(?:By|BY)\s+\p{Lu}[^.]{0,90}$/u;
/** "John Roe in Santiago" alone on a line at the top: a correspondent's byline. */
const DATELINED_BYLINE = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2}(?: and \p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2})? in \p{Lu}[\p{L}'’ -]{2,30}$/u;
/** "Environment Correspondent", "Senior political reporter, Harbour News": a writer's beat on its own line under the byline. */
const BEAT_LINE = /^(?:\p{Lu}\p{Ll}+\s+){0,3}(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]olumnist)(?:,\s+[\p{L} ]{2,40})?$/u;
/** "Jane Roe Transport correspondent", "John Roe Business reporter, Harbour News": a writer and her beat, without "By". */
const TITLED_BYLINE = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2}(?: \p{Lu}?\p{Ll}+){0,3} (?:correspondent|reporter|editor|writer|columnist)(?:,\s+[\p{L} ]{2,40})?$/u;
/** Buttons and labels of a news page, whole lines: general UI words, no outlet's own. */
const PAGE_LABEL = new RegExp(String.raw`^(?:share(?: this(?: article| story| page)?)?(?: (?:on|via) [a-z]+)?|copy link|link copied!?|save(?: article)?|print|listen(?: to this article)?|\d+\s*min(?:ute)?s?(?: read| listen)?|comments?|follow(?: us)?(?: on .{1,30})?:?|email|facebook|twitter|whatsapp|linkedin|reddit|telegram|image caption,?|ad feedback|reuse this content|most viewed|skip to (?:main )?content|toggle navigation|menu|search|accept(?: all)?|reject all|manage (?:cookies|preferences)|list(?: \d+)? of \d+(?: items?)?|(?:enter )?your email(?: address)?|enter (?:your )?email(?: address)?|${LINKS_HEADINGS})$`, 'i');
/** A Markdown pipe table read as one paragraph: "| Country | Pledge | |---|---| …". Its cells are not sentences. */
/** "Share on Facebook Share on Twitter", "Email · WhatsApp", "Share on X Copy link": a row of share buttons, however many. */
const SHARE_BUTTONS = /^(?:(?:(?:share|post|tweet|send)(?: (?:this|it))?(?: (?:on|via|to|by))? )?(?:facebook|twitter|x|whatsapp|linkedin|reddit|telegram|e-?mail|pinterest|messenger|bluesky|threads|flipboard|copy link|print)\b[\s|·•,/]*){2,}$/i;

const PIPE_TABLE = /^\|.*\|\s*\|?\s*:?-{3,}:?\s*\|/;
/** A live blog's entry time alone on a line: "17.15 CEST", "2:05 p.m. ET". */
const TIME_LINE = /^\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?$/i;
/** A day written out with its year: "Wed 7 Feb 2024", "March 4, 2024". */
const WRITTEN_DATE = String.raw`(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?)\s+\d{4}`;
/**
 * A line that is only a date, perhaps with a weekday and a time, and when the page was
 * touched since: "Wed 7 Feb 2024 18.02 GMT", "March 4, 2024 10:12 AM GMT+2 Updated 5 hours ago".
 */
const DATE_LINE = new RegExp(String.raw`^${WRITTEN_DATE}(?:\s*[,|·•-]?\s*\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?(?:\s+(?:last\s+)?updated\b[^.!?]{0,40})?$`, 'i');
/**
 * A date, then a bar, slash or dash and a time or "Updated …", perhaps after the agency's name:
 * "March 4, 2024 / 10:12 AM / Updated 2 hours ago", "HARBOUR NEWS - May 9, 2025 - 08:15 | World".
 */
const DATE_THEN_STAMP = new RegExp(String.raw`^(?:\p{Lu}[\p{L}&.' ]{1,30}?\s+[-–|]\s+)?${WRITTEN_DATE}\s*[/|·•–-]\s*[^.!?]{0,60}$`, 'iu');
/** "Evening Post | 12 February 2025": a publisher's name, a bar, and the day (and time) alone. */
export const PUBLISHER_THEN_DATE = new RegExp(String.raw`^(\p{Lu}[\p{L}&.' ]{1,30}?)\s+[|·•]\s+${WRITTEN_DATE}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$`, 'u');
/** "Harlow, 22 April 2025 (Velmar Wire)": a dateline on a line of its own, its outlet captured. */
/** "Jane Roe is a health reporter at the Harbour Times.", "… is the paper's Europe correspondent": a writer's note. */
// ("… is the paper's environment correspondent. She has covered weather for 12 years.": a sentence or two more of it.)
const AUTHOR_BIO = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}\s(?:is|was)\s(?:a|an|the)\s[^.]{0,80}?\b(?:reporter|correspondent|editor|writer|columnist|journalist|producer|contributor)\b[^.]{0,80}\.?(?:\s+(?:She|He|They)\s[^.]{0,160}\.?){0,2}$/u;
/** "Jane Roe reported from Tarvo.", "Jane Roe and Tomas Berg contributed reporting.": who reported it, at the foot. */
const FOOT_CREDIT = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}(?:(?:,|,? and)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3})*\s(?:reported from|contributed reporting|contributed to this (?:report|article|story))\b[^.]{0,120}\.?$/u;
/** The last lines of a page before any furniture after it, where such a note sits. */
const BIO_LINES = 3;
/** "About Harlow Foods", "About the Tarvo Port Authority:": a press release's closing section heading. */
const ABOUT_HEADING = /^About (?:the )?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:of|and|&|for|the|\p{Lu}[\p{L}&.,'’-]*)){0,6}:?$/u;
/** What such a section says: when and where the company was founded, what kind of company it is, whom to call. */
const COMPANY_BOILERPLATE = /^(?:founded|established|headquartered|based) in\b|^\p{Lu}[^.]{0,80}\b(?:is|are) (?:a|an|the)\b[^.]{0,80}\b(?:company|provider|producer|maker|manufacturer|firm|leader|organi[sz]ation|developer|supplier|group|operator)\b|^(?:media |press )?contacts?:?$/iu;
/** "Tarvo, January 09, 2026 12:15 IST": a place and a stamp on a line of their own. */
const PLACE_DATE_LINE = new RegExp(String.raw`^\p{Lu}[\p{L} .'’-]{1,30},\s+${WRITTEN_DATE}(?:[,\s]+\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?$`, 'u');
export const DATELINE_ONLY = new RegExp(String.raw`^\p{Lu}[\p{L} .'’-]{1,30},\s+${WRITTEN_DATE}\s*\(([^()]{2,40})\)$`, 'u');
/** A line that is only a date in numbers: "14/09/2023", "09.14.2023 14:02", "14-09-2023". */
export const NUMERIC_DATE_LINE = /^(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?:[,\s]+\d{1,2}[:.]\d{2}.*)?$/;
/** "Jane Roe contributed to this report.", "Harbour Wire's John Roe contributed reporting from Oslo." */
const BYLINE = /^\p{Lu}[^.!?"“]{2,150}? contributed(?: reporting)?(?: to this (?:report|story|article))?(?: from [^.!?]{2,60})?\.?$/u;

/** Lines under the headline where a byline may sit. */
const TOP_BLOCKS = 6;
const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const endsLikeSentence = (text: string): boolean => /[.!?"”’)]$/.test(text.trim());
/** A short unpunctuated line (a link label, a menu item) where the story has not begun or has ended. */
const isFurniture = (text: string): boolean => wordsOf(text).length <= 5 && !endsLikeSentence(text);
/** " | Harbour Times", " - Harbour Times" at the end of a page title. */
export const SITE_SUFFIX = /\s+([|–—-])\s+([^|–—-]{2,40})$/;

/** Title Case: almost every word of four letters or more starts with a capital. */
export function isTitleCase(text: string): boolean {
  const long = wordsOf(text).filter((w) => /^\p{L}{4,}/u.test(w));
  if (long.length < 2) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.8;
}

export type BlockVerdict = { keep: true } | { keep: false; reason: string };

/** Judges one block on its own text; context rules live in `cleanBlocks`. */
export function judgeBlock(text: string, atTop = false): BlockVerdict {
  if (VIDEO_FALLBACK.test(text)) return { keep: false, reason: 'video fallback' };
  if (AD_LABEL.test(text.trim())) return { keep: false, reason: 'advertisement label' };
  if (COPYRIGHT.test(text.trim())) return { keep: false, reason: 'copyright line' };
  if (ALL_CAPS_FURNITURE.test(text.trim())) return { keep: false, reason: 'all-caps page furniture' };
  if (TEASER_LEAD.test(text) && !CAPS_DATELINE_LEAD.test(text)) return { keep: false, reason: 'teaser' };
  if (PROMO.test(text)) return { keep: false, reason: 'promo' };
  // "___", "* * *": a rule between the story and its notes.
  if (/^[\s_*\-–—=~#.•]{3,}$/.test(text)) return { keep: false, reason: 'separator' };
  // "Follow the agency's coverage of climate at https://…": a pointer to more pages, not the story.
  if (LINK_POINTER.test(text.trim()) && wordsOf(text).length <= 25) return { keep: false, reason: 'promo' };
  if (CORRECTION_NOTE.test(text.trim())) return { keep: false, reason: 'correction note' };
  if (COOKIE_NOTICE.test(text) && wordsOf(text).length <= 40) return { keep: false, reason: 'cookie notice' };
  if (STAMP.test(text) || DATE_LINE.test(text.trim()) || NUMERIC_DATE_LINE.test(text.trim()) || DATE_THEN_STAMP.test(text.trim()) || PUBLISHER_THEN_DATE.test(text.trim())) return { keep: false, reason: 'date stamp' };
  if (TIME_LINE.test(text.trim())) return { keep: false, reason: 'time stamp' };
  if (DATELINE_ONLY.test(text.trim()) || PLACE_DATE_LINE.test(text.trim())) return { keep: false, reason: 'dateline' };
  if (PIPE_TABLE.test(text.trim())) return { keep: false, reason: 'table' };
  if (MENU_LINE.test(text.trim())) return { keep: false, reason: 'menu' };
  if (PAGE_LABEL.test(text.trim()) || SHARE_BUTTONS.test(text.trim()) || PAGE_LINE.test(text.trim())) return { keep: false, reason: 'page label' };
  if (CREDIT_LINE.test(text)) return { keep: false, reason: 'agency credit line' };
  if (UPDATE_NOTE.test(text.trim())) return { keep: false, reason: 'update note' };
  if (BYLINE.test(text.trim()) || BY_LINE.test(text.trim())) return { keep: false, reason: 'byline' };
  if (atTop && (DATELINED_BYLINE.test(text.trim()) || TITLED_BYLINE.test(text.trim()) || BEAT_LINE.test(text.trim()))) return { keep: false, reason: 'byline' };
  if (PHOTO_CREDIT.test(text) && wordsOf(text).length <= 16 && !endsLikeSentence(text)) return { keep: false, reason: 'photo credit' };
  // "Contact the author at jroe@example.org", "Got a tip? Email tips@example.org": whom to write to, not the story.
  if (/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/.test(text) && wordsOf(text).length <= 20) return { keep: false, reason: 'contact line' };
  // "Image caption, Relatives wait at the port": a screen reader's label, then the caption, on one line.
  if (/^(?:image|photo|video|media) caption,\s+\S/i.test(text.trim()) && wordsOf(text).length <= 40) return { keep: false, reason: 'photo caption' };
  // "Passengers wait at the station on Friday. (Photo: Jane Roe/Harbour Wire)": a caption closed by its labelled credit.
  if (/\((?:photo|photograph|image|picture|credit|pictured)s?:\s*[^()]{2,60}\)$/i.test(text.trim()) && wordsOf(text).length <= 40) return { keep: false, reason: 'photo caption' };
  // "The rebuilt bridge at dawn on Monday. Photograph: Jane Roe/Harbour Wire": closed by its credit after a full stop.
  if (/[.!?]\s+(?:photo|photograph|picture|image)s?(?:\s+credit)?\s*:\s*[^.!?]{2,60}$/i.test(text.trim()) && wordsOf(text).length <= 40) return { keep: false, reason: 'photo caption' };
  // Short, and closed by its credit: a caption line, not a story paragraph a credit was glued to.
  if (CAPTION_LEAD.test(text) && wordsOf(text).length <= 30 && /[)\]]$/.test(text.trim())) return { keep: false, reason: 'photo caption' };
  // "[1/3] Dockers march in Harlow. WIRE/Jane Roe", "Item 1 of 3 …": a gallery's numbered caption.
  if (GALLERY_CAPTION.test(text.trim()) && wordsOf(text).length <= 60) return { keep: false, reason: 'photo caption' };
  if (WIRE_CAPTION.test(text.trim()) && wordsOf(text).length <= 60) return { keep: false, reason: 'photo caption' };
  // "Purchase Licensing Rights, opens new tab": a link's label, with the screen reader's note.
  if (/,\s*opens new (?:tab|window)\.?$/i.test(text.trim()) && wordsOf(text).length <= 60) return { keep: false, reason: 'page label' };
  // "Soldiers in Port Harlow [File: Jane Roe/Wire]": a caption closed by its credit in brackets.
  if (BRACKETED_CREDIT.test(text.trim()) && wordsOf(text).length <= 40) return { keep: false, reason: 'photo caption' };
  return { keep: true };
}

export interface Judged {
  block: Block;
  verdict: BlockVerdict;
}

/**
 * Applies the block rules plus the ones that need neighbours: a Title Case line right
 * after a video fallback is the video's title, one right before a promo is the promo's
 * heading; a line that repeats an earlier one (a caption, the headline) goes; short
 * unpunctuated lines at the very end are site navigation.
 */
export function cleanBlocks(blocks: Block[]): Judged[] {
  const judged: Judged[] = blocks.map((block, i) => ({ block, verdict: judgeBlock(block.text, i > 0 && i <= TOP_BLOCKS) }));
  const seen = new Set<string>();
  // A page's <title> carries the site's name ("… | Harbour Times"): the headline printed again
  // under it, without the name, is the same line.
  const site = blocks[0] ? SITE_SUFFIX.exec(blocks[0].text) : null;
  if (site) seen.add(blocks[0].text.slice(0, site.index).toLowerCase());
  judged.forEach((j, i) => {
    const key = j.block.text.toLowerCase();
    if (j.verdict.keep && seen.has(key)) j.verdict = { keep: false, reason: 'repeated line' };
    seen.add(key);
    if (i === 0 || !j.verdict.keep) return;
    const prev = judged[i - 1];
    const next = judged[i + 1];
    const title = isTitleCase(j.block.text) && !endsLikeSentence(j.block.text);
    if (title && !prev.verdict.keep && prev.verdict.reason === 'video fallback') j.verdict = { keep: false, reason: 'video title' };
    if (title && next && !next.verdict.keep && next.verdict.reason === 'promo') j.verdict = { keep: false, reason: 'promo heading' };
  });
  // "By Jane Roe" then "Environment Correspondent": the writer's beat under her byline, wherever it stands.
  judged.forEach((j, i) => {
    const prev = judged[i - 1]?.verdict;
    if (j.verdict.keep && prev && !prev.keep && prev.reason === 'byline' && BEAT_LINE.test(j.block.text.trim())) j.verdict = { keep: false, reason: 'byline' };
  });
  // "Image caption," then the caption on the next line.
  judged.forEach((j, i) => {
    if (!j.verdict.keep && /^image caption,?$/i.test(j.block.text.trim()) && judged[i + 1]?.verdict.keep) judged[i + 1].verdict = { keep: false, reason: 'photo caption' };
  });
  // Under a "Read more:" or "Related" heading, the short lines are the linked headlines, questions included.
  judged.forEach((j, i) => {
    if (j.verdict.keep) return;
    const heading = (j.verdict.reason === 'teaser' && /:$/.test(j.block.text.trim())) || LINKS_HEADING.test(j.block.text.trim());
    if (!heading) return;
    // Lines already removed between them ("list of 4 items") do not end the list.
    for (let k = i + 1; k < judged.length; k++) {
      if (!judged[k].verdict.keep) continue;
      if (wordsOf(judged[k].block.text).length > 10 || /\.["”’]?$/.test(judged[k].block.text.trim())) break;
      judged[k].verdict = { keep: false, reason: 'teaser' };
    }
  });
  // "Sign up to …" … "after newsletter promotion": a sign-up box set in the story, whatever it says.
  judged.forEach((j, i) => {
    if (!/^after newsletter promotion$/i.test(j.block.text.trim())) return;
    const start = judged.slice(0, i).map((x) => !x.verdict.keep && x.verdict.reason === 'promo').lastIndexOf(true);
    if (start >= 0 && i - start <= NEWSLETTER_BOX_LINES) for (const k of judged.slice(start + 1, i)) k.verdict = { keep: false, reason: 'promo' };
  });
  // Between the headline and the story: menus, share buttons, breadcrumbs, "4 min read". The
  // headline is the first line kept ("Skip to main content" above it is the page's).
  for (let i = Math.max(1, judged.findIndex((j) => j.verdict.keep) + 1); i < judged.length; i++) {
    const j = judged[i];
    if (!j.verdict.keep) continue;
    if (j.block.kind !== 'paragraph' || !isFurniture(j.block.text)) break;
    j.verdict = { keep: false, reason: 'leading site furniture' };
  }
  // A press release ends with "About <company>" and the company's standard paragraph ("Founded in
  // 1962, …", "… is a leading producer of …"): the sender's boilerplate, not the news.
  const about = judged.findIndex((j, i) => i >= 2 && j.verdict.keep && ABOUT_HEADING.test(j.block.text.trim())
    && judged.slice(i + 1, i + 4).some((k) => COMPANY_BOILERPLATE.test(k.block.text.trim())));
  if (about > 0) for (const j of judged.slice(about)) if (j.verdict.keep) j.verdict = { keep: false, reason: 'press release boilerplate' };
  // "Jane Roe is a health reporter at the Harbour Times.": the writer's note at the foot of the page.
  // "Jane Roe reported from Tarvo, and Tomas Berg from Harlow.": the reporters' credit at the foot.
  // (Lines already dropped at the very end do not count: a copyright line and a "Most read" list may follow the note.)
  let end = judged.length;
  while (end > 0 && !judged[end - 1].verdict.keep) end--;
  for (const j of judged.slice(Math.max(0, end - BIO_LINES), end)) {
    if (!j.verdict.keep) continue;
    if (AUTHOR_BIO.test(j.block.text.trim())) j.verdict = { keep: false, reason: 'author bio' };
    else if (FOOT_CREDIT.test(j.block.text.trim())) j.verdict = { keep: false, reason: 'agency credit line' };
  }
  // The story ends with its credit line ("Reporting by …; Editing by …"): short lines after it
  // are the site's ("Our Standards: …").
  const credit = judged.findIndex((j) => !j.verdict.keep && j.verdict.reason === 'agency credit line');
  if (credit > 0) {
    for (const j of judged.slice(credit + 1)) if (j.verdict.keep && wordsOf(j.block.text).length <= 12) j.verdict = { keep: false, reason: 'trailing site furniture' };
  }
  for (let i = judged.length - 1; i > 0; i--) {
    const j = judged[i];
    if (!j.verdict.keep) continue;
    if (isFurniture(j.block.text)) j.verdict = { keep: false, reason: 'trailing site furniture' };
    else break;
  }
  return judged;
}
