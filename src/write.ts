import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, parse, relative, resolve, sep } from 'node:path';
import { BuildError } from './messages.js';

/** Refuses output folders whose replacement would destroy input or anything outside the site. */
export function checkOutputFolder(outDir: string, inputDir: string, projectRoot: string): void {
  const out = resolve(outDir);
  const input = resolve(inputDir);
  const inside = (child: string, parent: string): boolean => child === parent || child.startsWith(parent + sep);
  const reason =
    out === parse(out).root ? 'it is the file-system root'
      : out === resolve(projectRoot) ? 'it is the project root'
        : inside(input, out) ? 'it is or contains the input folder'
          : out === resolve(process.env.HOME ?? '/nonexistent') ? 'it is the home folder' : null;
  if (reason) throw new BuildError({ id: 'write/unsafe-output', severity: 'error', file: relative(projectRoot, out) || out, detail: reason });
}

/** A file the last build wrote, as the output folder should still hold it. */
export interface WrittenFile { size: number; mtimeMs: number; sha: string }

export const contentHash = (content: string | Uint8Array): string => createHash('sha1').update(content).digest('hex');

/**
 * The only code that writes the site. Everything goes into a fresh folder beside the
 * output, which replaces the output only once complete, so a failed or killed build
 * leaves the previous site exactly as it was. A page whose content is what the last build
 * wrote (same hash, file untouched since) is hard-linked from the current output instead
 * of written again: cheaper, and its modification time stays, so deploy tools that sync
 * by time upload only what changed. Returns the hash of every file written.
 */
export function writeSite(outDir: string, files: Map<string, string | Uint8Array>, publicDir: string, previous: Map<string, WrittenFile> = new Map()): Map<string, string> {
  const out = resolve(outDir);
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  recoverInterrupted(out);
  const staging = join(parent, `.${parse(out).base}-staging-${process.pid}`);
  const old = join(parent, `.${parse(out).base}-old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const hashes = new Map<string, string>();
  const made = new Set<string>();
  try {
    if (existsSync(publicDir)) cpSync(publicDir, join(staging, 'assets'), { recursive: true });
    for (const path of [...files.keys()].sort()) {
      const target = resolve(staging, path);
      if (!target.startsWith(staging + sep)) throw new Error(`refusing to write outside the output folder: ${path}`);
      const dir = dirname(target);
      if (!made.has(dir)) { mkdirSync(dir, { recursive: true }); made.add(dir); }
      const content = files.get(path)!;
      const sha = contentHash(content);
      hashes.set(path, sha);
      if (!(previous.get(path)?.sha === sha && linkUnchanged(join(out, path), target, previous.get(path)!))) writeFileSync(target, content);
    }
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
  return hashes;
}

/** Links the current output's file into staging when it is untouched since the last build. */
function linkUnchanged(current: string, target: string, was: WrittenFile): boolean {
  try {
    const now = statSync(current);
    if (now.size !== was.size || now.mtimeMs !== was.mtimeMs) return false;
    linkSync(current, target);
    return true;
  } catch {
    return false;
  }
}

/**
 * A build killed between its two renames leaves the previous site as ".dist-old-PID" and no
 * "dist": put it back. Staging folders of killed builds are only ever partial: remove them.
 */
export function recoverInterrupted(out: string): void {
  const parent = dirname(out);
  const base = parse(out).base;
  let names: string[] = [];
  try { names = readdirSync(parent); } catch { return; }
  const olds = names.filter((n) => n.startsWith(`.${base}-old-`)).sort();
  if (!existsSync(out) && olds.length) renameSync(join(parent, olds[olds.length - 1]), out);
  for (const n of names) {
    if (!n.startsWith(`.${base}-staging-`) && !n.startsWith(`.${base}-old-`)) continue;
    const pid = Number(n.split('-').pop());
    if (pid !== process.pid && isAlive(pid)) continue; // another build is running right now
    rmSync(join(parent, n), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}
