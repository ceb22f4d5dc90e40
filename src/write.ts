import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
