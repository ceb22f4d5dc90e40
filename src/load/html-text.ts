import { decodeHTMLStrict } from 'entities';

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
    .map((part) => decodeHTMLStrict(part.replace(/<!--[\s\S]*?-->/g, ' ').replace(INLINE_TAG, '').replace(/<[^<>]*>/g, ' ')).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
