import { escapeHtml, SafeHtml } from './escape.js';

/** A compiled template: `{{name}}` is escaped, `{{{name}}}` inserts SafeHtml as is. */
export type Template = (values: Record<string, string | SafeHtml>) => string;

/**
 * Compiles a template once into parts, so rendering a page is a join, not a regex run.
 * Raw slots accept only SafeHtml, so article text can never reach them unescaped.
 */
export function compileTemplate(source: string, name: string): Template {
  const parts = source.split(/(\{\{\{?\s*[\w-]+\s*\}?\}\})/);
  return (values) => parts.map((part) => {
    const m = /^\{\{(\{)?\s*([\w-]+)\s*\}?\}\}$/.exec(part);
    if (!m) return part;
    const value = values[m[2]];
    if (value === undefined) throw new Error(`template ${name}: no value for {{${m[2]}}}`);
    if (m[1]) {
      if (!(value instanceof SafeHtml)) throw new Error(`template ${name}: {{{${m[2]}}}} needs SafeHtml`);
      return value.value;
    }
    return escapeHtml(value instanceof SafeHtml ? value.value : value);
  }).join('');
}
