/** Escaping for every context article text can reach. Everything from an article is untrusted. */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value → safe HTML. */
export function escapeHtml(value: unknown): string {
  const text = String(value ?? '');
  // Most values (ids, dates, counts, plain words) need no escaping: testing first skips the copy.
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => HTML[c]) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;

/** Only http(s) URLs survive; anything else (javascript:, data:) becomes "#". */
export function safeUrl(value: unknown): string {
  const url = String(value ?? '').trim();
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : '#';
}

/** JSON for a `<script type="application/ld+json">` block: no `</script>`, no `<!--`. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Markup that is already safe (built by our own render functions), as opposed to text. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Tagged template: interpolated values are escaped unless they are SafeHtml (or arrays of it). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return new SafeHtml(out);
}

function render(v: unknown): string {
  if (typeof v === 'string') return escapeHtml(v);
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === null || v === undefined || v === false) return '';
  return escapeHtml(v);
}

/** Wraps trusted markup so `html` does not escape it. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);
