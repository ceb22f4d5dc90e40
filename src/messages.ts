/** Catalog of build warnings and errors: stable ids, text, hint (vfile-reporter style). */

export type Severity = 'error' | 'warning' | 'info';

export interface Message {
  id: keyof typeof CATALOG;
  severity: Severity;
  file?: string;
  line?: number;
  column?: number;
  /** Specific detail appended to the catalog text. */
  detail?: string;
}

/** The catalog: one entry per kind of problem the build can report. */
export const CATALOG = {
  'load/no-input': { text: 'Input folder not found or not a folder', hint: 'Pass an existing folder with --input DIR.' },
  'load/empty-input': { text: 'No articles (.txt, .md, .markdown) in the input folder', hint: 'Add articles or point --input at another folder.' },
  'load/unreadable': { text: 'File could not be read', hint: 'Check the file permissions.' },
  'load/empty-file': { text: 'File is empty; skipped', hint: 'Remove the file or give it a headline and text.' },
  'load/draft': { text: 'Draft (draft: true in front matter); left out of the site', hint: 'Remove "draft: true" to publish it.' },
  'load/binary': { text: 'File looks binary (NUL bytes); skipped', hint: 'Only text articles are read.' },
  'load/invalid-utf8': { text: 'File is not valid UTF-8; bad bytes shown as �', hint: 'Save the file as UTF-8.' },
  'load/utf16': { text: 'File is UTF-16; read as such', hint: 'UTF-8 is preferred.' },
  'load/future-date': { text: 'Date is long after every other article', hint: 'Check the year: a typo makes the timeline stretch.' },
  'load/bad-front-matter': { text: 'Front matter is not valid YAML', hint: 'Fix the YAML between the --- lines.' },
  'load/front-matter-not-mapping': { text: 'Front matter is not a mapping of keys to values', hint: 'Write front matter as `key: value` lines.' },
  'load/unknown-key': { text: 'Unknown front-matter key', hint: 'Known keys: title, date, published, source, url, author.' },
  'load/bad-date': { text: 'Front-matter date is not a date', hint: 'Write dates as YYYY-MM-DD.' },
  'load/bad-url': { text: 'Front-matter url is not an http(s) URL; ignored', hint: 'Only http and https links are kept.' },
  'extract/no-date': { text: 'No publication date found', hint: 'Add `date:` front matter or a "Published:" line.' },
  'clean/removed': { text: 'Removed boilerplate', hint: '' },
  'resolve/uncertain-merge': { text: 'Uncertain alias merge', hint: 'Check the two spellings name the same entity.' },
  'write/unsafe-output': { text: 'Refusing to write to this output folder', hint: 'Choose a dedicated output folder such as dist/.' },
  'config/invalid': { text: 'storyline.config.json is not valid JSON', hint: 'Fix the JSON at the place shown.' },
  'config/unknown-key': { text: 'Unknown key in storyline.config.json', hint: 'See the README for the keys.' },
  'config/bad-value': { text: 'Bad value in storyline.config.json', hint: 'See the README for what each key takes.' },
  'overrides/invalid': { text: 'Bad editorial override', hint: 'See the README section "Editorial overrides".' },
  'overrides/applied': { text: 'Override applied', hint: '' },
  'overrides/unmatched': { text: 'Override matches nothing', hint: 'Check the name or id against data/timeline.json.' },
  'build/strict': { text: 'Warnings with --strict: nothing written', hint: 'Fix the warnings or build without --strict.' },
  'build/failed': { text: 'Build failed', hint: 'The previous output was left as it was.' },
} as const;

/** Formats one message as `file:line:column severity text [id]`. */
export function formatMessage(m: Message): string {
  const where = m.file ? `${m.file}${m.line ? `:${m.line}${m.column ? `:${m.column}` : ''}` : ''}` : 'storyline';
  const entry = CATALOG[m.id];
  const text = m.detail ? `${entry.text}: ${m.detail}` : entry.text;
  return `${where} ${m.severity.padEnd(7)} ${text}  [${m.id}]`;
}

/** Error thrown for a problem that stops the build; carries its message. */
export class BuildError extends Error {
  constructor(public readonly report: Message, public readonly messages: Message[] = []) {
    super(formatMessage(report));
  }
}
