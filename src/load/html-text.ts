import { decodeHTMLStrict } from 'entities';

/**
 * "&#8220;We …&#8221;", "BRAC &amp; partners": text scraped from HTML keeps its character
 * references (and at times its tags, which go first). Decoded (strictly: "AT&T" stays), a line's later columns move left by what the
 * references saved, as a Markdown paragraph's later lines do.
 */
export const decodeEntities = (line: string): string => (/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(line) ? decodeHTMLStrict(line) : line);
/** "<p>The bridge reopened …</p>", "<br>": markup a scrape kept in a line of text, by its tag names only ("a < b" stays). */
const MARKUP = /<\/?(?:p|br|div|span|strong|b|i|em|a|h[1-6]|li|ul|ol|blockquote|figure|figcaption|img|section|article|header|footer|small|sup|sub|u|time|mark)\b[^<>]*>/gi;
export const withoutMarkup = (line: string): string => (line.includes('<') ? line.replace(MARKUP, ' ').replace(/\s{2,}/g, ' ') : line);

/** Elements whose content is never article text: scripts, styles, embedded frames. */
const NOT_TEXT = /<(script|style|noscript|iframe|svg|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Tags that end a paragraph of text: "</p>", "<br>", "</li>", "</blockquote>", "</h2>". */
const BLOCK_END = /<\/(?:p|div|li|blockquote|h[1-6]|figcaption|section|article|tr)\s*>|<br\s*\/?>/gi;

/** Tags inside a run of text ("<strong>Jane Roe</strong>,"): dropped without a space. */
const INLINE_TAG = /<\/?(?:strong|b|em|i|u|a|span|mark|small|sup|sub|abbr|cite|q|time)\b[^<>]*>/gi;

/**
 * A block of raw HTML inside a Markdown article ("<p>The mayor, <strong>Jane Roe</strong>,
 * resigned …</p>", an embedded post) → its paragraphs of text: tags dropped, scripts and
 * styles dropped whole, character references decoded.
 */
export function htmlParagraphs(html: string): string[] {
  return html.replace(NOT_TEXT, ' ').split(BLOCK_END)
    .map((part) => decodeEntities(part.replace(/<!--[\s\S]*?-->/g, ' ').replace(INLINE_TAG, '').replace(/<[^<>]*>/g, ' ')).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
