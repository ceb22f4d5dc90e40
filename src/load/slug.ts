/** Turns any text into a URL- and file-safe slug; never empty, never a reserved name. */
const RESERVED = new Set(['con', 'prn', 'aux', 'nul', 'index', 'com1', 'lpt1']);

export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  if (!slug) return fallback;
  return RESERVED.has(slug) ? `${slug}-page` : slug;
}

/** Makes every slug in a list unique by suffixing -2, -3… in order of appearance. */
export function uniqueSlugs(slugs: string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(slugs);
  return slugs.map((slug) => {
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    if (count === 0) return slug;
    let n = count + 1;
    while (taken.has(`${slug}-${n}`)) n++;
    taken.add(`${slug}-${n}`);
    return `${slug}-${n}`;
  });
}
