import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { BuildError, type Message } from '../messages.js';
import type { InputFile } from './parse-article.js';
import { decodeBytes } from './decode.js';
import { slugify, uniqueSlugs } from './slug.js';

const FORMATS: Record<string, 'txt' | 'md'> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md' };

export interface InputFolder {
  files: InputFile[];
  messages: Message[];
}

/** Skips hidden files, editor backups and lock files (`.#x.md`, `x.md~`, `#x#`). */
function isIgnored(name: string): boolean {
  return name.startsWith('.') || name.startsWith('#') || name.endsWith('~') || name.startsWith('_');
}

/**
 * The only code that reads articles from disk: every .txt/.md/.markdown file under
 * `dir` (nested folders too, symlink loops cut), decoded as UTF-8, sorted by path
 * so the build is deterministic.
 */
export function readInputFolder(dir: string, displayRoot: string): InputFolder {
  let isDir = false;
  try { isDir = statSync(dir).isDirectory(); } catch { /* reported below */ }
  if (!isDir) throw new BuildError({ id: 'load/no-input', severity: 'error', file: dir });
  const messages: Message[] = [];
  const paths: string[] = [];
  const seen = new Set<string>();
  const walk = (folder: string): void => {
    let real: string;
    try { real = realpathSync(folder); } catch { return; }
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (isIgnored(entry.name)) continue;
      const full = join(folder, entry.name);
      let stat;
      try { stat = statSync(full); } catch (err) {
        // A dangling link or a file that vanished: say so rather than skip in silence.
        if (FORMATS[extname(entry.name).toLowerCase()]) messages.push({ id: 'load/unreadable', severity: 'warning', file: relative(displayRoot, full), detail: (err as NodeJS.ErrnoException).code ?? 'error' });
        continue;
      }
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile() && FORMATS[extname(entry.name).toLowerCase()]) paths.push(full);
    }
  };
  walk(dir);
  const ids = uniqueSlugs(paths.map((p) => slugify(basename(p, extname(p)), 'article')));
  const files: InputFile[] = [];
  paths.forEach((full, i) => {
    const file = relative(displayRoot, full).split('\\').join('/');
    let bytes: Buffer;
    try { bytes = readFileSync(full); } catch (err) {
      messages.push({ id: 'load/unreadable', severity: 'warning', file, detail: (err as NodeJS.ErrnoException).code ?? 'error' });
      return;
    }
    const decoded = decodeBytes(bytes);
    if (decoded.problem) {
      const severity = decoded.problem.id === 'load/utf16' ? 'info' : 'warning';
      messages.push({ id: decoded.problem.id, severity, file, line: decoded.problem.line });
    }
    if (decoded.text !== null) files.push({ file, id: ids[i], format: FORMATS[extname(full).toLowerCase()], text: decoded.text });
  });
  if (!files.length && !messages.some((m) => m.severity === 'error')) {
    throw new BuildError({ id: 'load/empty-input', severity: 'error', file: relative(displayRoot, dir) || dir });
  }
  return { files, messages };
}
