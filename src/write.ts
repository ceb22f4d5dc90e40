import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * The only code that writes the site. Everything goes into a fresh folder beside the
 * output, which replaces the output only once complete, so a failed or killed build
 * leaves the previous site exactly as it was.
 */
export function writeSite(outDir: string, files: Map<string, string | Uint8Array>, publicDir: string): void {
  const out = resolve(outDir);
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  recoverInterrupted(out);
  const staging = join(parent, `.${parse(out).base}-staging-${process.pid}`);
  const old = join(parent, `.${parse(out).base}-old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    if (existsSync(publicDir)) cpSync(publicDir, join(staging, 'assets'), { recursive: true });
    for (const path of [...files.keys()].sort()) {
      const target = resolve(staging, path);
      if (!target.startsWith(staging + sep)) throw new Error(`refusing to write outside the output folder: ${path}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, files.get(path)!);
    }
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
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
