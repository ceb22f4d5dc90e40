import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Message } from '../messages.js';

/** One editorial correction, with the line it was written on. */
export type Override =
  | { kind: 'merge'; names: [string, string]; line: number }
  | { kind: 'keep-apart'; names: [string, string]; line: number }
  | { kind: 'rename'; from: string; to: string; line: number }
  | { kind: 'article'; id: string; source?: string; date?: string; url?: string; line: number }
  | { kind: 'event'; id: string; date?: string; title?: string; line: number }
  | { kind: 'hide-claim'; id: string; line: number }
  | { kind: 'disputed-figure'; id: string; line: number };

const KEYS = ['merge', 'keepApart', 'rename', 'articles', 'events', 'hideClaims', 'disputedFigures'];

/** Parses `_overrides.yml`; problems are messages with the file's line and column. */
export function parseOverrides(file: string, text: string): { overrides: Override[]; messages: Message[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const messages: Message[] = [];
  const at = (node: Node | null | undefined): { line: number; column: number } => {
    const pos = lines.linePos(node?.range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
  if (doc.errors.length) {
    const e = doc.errors[0];
    return { overrides: [], messages: [{ id: 'overrides/invalid', severity: 'error', file, line: e.linePos?.[0].line ?? 1, column: e.linePos?.[0].col ?? 1, detail: e.message.split('\n')[0] }] };
  }
  if (doc.contents === null) return { overrides: [], messages };
  if (!isMap(doc.contents)) return { overrides: [], messages: [{ id: 'overrides/invalid', severity: 'error', file, line: 1, column: 1, detail: 'expected a mapping of sections' }] };
  const overrides: Override[] = [];
  const bad = (node: Node | null | undefined, detail: string): void => { messages.push({ id: 'overrides/invalid', severity: 'error', file, ...at(node), detail }); };
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? '');
    const value = pair.value as Node | null;
    if (!KEYS.includes(key)) { bad(pair.key as Node, `unknown section "${key}" (known: ${KEYS.join(', ')})`); continue; }
    const json = value?.toJSON?.() as unknown;
    if (key === 'merge' || key === 'keepApart' || key === 'hideClaims' || key === 'disputedFigures') {
      if (!isSeq(value)) { bad(value, `${key} takes a list`); continue; }
      value.items.forEach((item, i) => {
        const v = (json as unknown[])[i];
        const { line } = at(item as Node);
        if (key === 'merge' || key === 'keepApart') {
          if (!Array.isArray(v) || v.length !== 2 || !v.every((x) => typeof x === 'string')) { bad(item as Node, `${key} items are pairs of names: [A, B]`); return; }
          overrides.push({ kind: key === 'merge' ? 'merge' : 'keep-apart', names: [v[0], v[1]], line });
        } else if (typeof v !== 'string') bad(item as Node, `${key} items are ids`);
        else overrides.push({ kind: key === 'hideClaims' ? 'hide-claim' : 'disputed-figure', id: v, line });
      });
      continue;
    }
    if (!isMap(value)) { bad(value, `${key} takes a mapping`); continue; }
    for (const item of value.items) {
      const id = String((item.key as { value?: unknown })?.value ?? '');
      const v = (item.value as Node | null)?.toJSON?.() as unknown;
      const { line } = at(item.key as Node);
      if (key === 'rename') {
        if (typeof v !== 'string') bad(item.value as Node, 'rename maps a name to a new name');
        else overrides.push({ kind: 'rename', from: id, to: v, line });
      } else {
        if (!v || typeof v !== 'object') { bad(item.value as Node, `${key} entries are mappings`); continue; }
        const fields = v as Record<string, unknown>;
        const date = fields.date instanceof Date ? fields.date.toISOString().slice(0, 10) : typeof fields.date === 'string' ? fields.date : undefined;
        if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) { bad(item.value as Node, 'date must be YYYY-MM-DD'); continue; }
        const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
        if (key === 'articles') overrides.push({ kind: 'article', id, source: str(fields.source), date, url: str(fields.url), line });
        else overrides.push({ kind: 'event', id, date, title: str(fields.title), line });
      }
    }
  }
  return { overrides, messages };
}
