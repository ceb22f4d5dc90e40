import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every test writes its scratch folders (mkdtemp in os.tmpdir()) under one folder made for
 * this run, removed when the run ends: hundreds of runs must not fill the disk. The test
 * processes, and the builds they spawn, inherit TMPDIR.
 */
export default function setup(): () => void {
  const scratch = mkdtempSync(join(tmpdir(), 'storyline-tests-'));
  process.env.TMPDIR = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
