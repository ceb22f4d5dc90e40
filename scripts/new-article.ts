// npm run new -- "Headline" [--input DIR] [--date YYYY-MM-DD]: a new Markdown article with front matter.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { slugify } from '../src/load/slug.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const headline = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!headline) {
  console.error('usage: npm run new -- "Headline" [--input DIR] [--date YYYY-MM-DD]');
  process.exit(2);
}
const date = opt('--date') ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) { console.error('--date takes YYYY-MM-DD'); process.exit(2); }
const dir = resolve(process.cwd(), opt('--input') ?? 'seeds');
mkdirSync(dir, { recursive: true });
let file = join(dir, `${date}-${slugify(headline)}.md`);
for (let n = 2; existsSync(file); n++) file = join(dir, `${date}-${slugify(headline)}-${n}.md`);
writeFileSync(file, `---\ntitle: ${JSON.stringify(headline)}\ndate: ${date}\nsource: ""\nurl: ""\nauthor: ""\n---\n\nWrite the article here.\n`);
console.log(file);
