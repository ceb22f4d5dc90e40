import type { Entity, Timeline } from '../model.js';

/** The gold-file format (as in the project's shared seeds gold). */
export interface Gold {
  articles: Record<string, { published: string | null }>;
  people: { name: string; aliases?: string[] }[];
  places: { name: string; aliases?: string[] }[];
  organizations?: string[];
  quotes?: { speaker: string; text: string; article: string }[];
  numbers?: { value: string; article: string }[];
}

export interface KindScore { precision: number; recall: number; f1: number; found: number; gold: number; output: number }

const norm = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[’'`]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const score = (matchedOut: number, output: number, found: number, gold: number): KindScore => {
  // Nothing to find and nothing found is a perfect score, not a zero.
  const precision = output ? matchedOut / output : gold ? 0 : 1;
  const recall = gold ? found / gold : output ? 0 : 1;
  return { precision, recall, f1: f1(precision, recall), found, gold, output };
};

function entities(gold: { name: string; aliases?: string[] }[], out: Entity[]): KindScore {
  const names = (e: { name: string; aliases?: string[] }): string[] => [e.name, ...(e.aliases ?? [])].map(norm);
  const matched = new Set<Entity>();
  let found = 0;
  for (const g of gold) {
    const gn = names(g);
    const hits = out.filter((o) => names(o).some((n) => gn.includes(n)));
    if (hits.length) found++;
    hits.forEach((h) => matched.add(h));
  }
  return score(matched.size, out.length, found, gold.length);
}

/** Precision, recall and F1 per kind of record, against a hand-made gold file. */
export function scoreAgainstGold(tl: Timeline, gold: Gold): Record<string, KindScore> {
  const of = (k: string): Entity[] => tl.entities.filter((e) => e.kind === k);
  const articleKey = (id: string): string => (tl.articles.find((a) => a.id === id)?.file ?? id).split('/').pop() ?? id;
  const inArticle = (id: string, key: string): boolean => articleKey(id).startsWith(key);
  const out: Record<string, KindScore> = {
    people: entities(gold.people, of('person')),
    places: entities(gold.places, of('place')),
    organizations: entities((gold.organizations ?? []).map((name) => ({ name })), of('organization')),
  };
  const quotes = tl.claims.filter((c) => c.kind === 'quote');
  const goldQuotes = gold.quotes ?? [];
  const speakerNames = (id: string | null, fallback: string | null): string[] => {
    const e = tl.entities.find((x) => x.id === id);
    return e ? [e.name, ...e.aliases].map(norm) : [norm(fallback ?? '')];
  };
  const matchedQ = new Set<string>();
  let foundQ = 0;
  for (const g of goldQuotes) {
    const gt = norm(g.text).slice(0, 40);
    const gSpeaker = [g.speaker, ...(gold.people.find((p) => norm(p.name) === norm(g.speaker))?.aliases ?? [])].map(norm);
    const hits = quotes.filter((c) => inArticle(c.article, g.article) && (norm(c.text).includes(gt) || (norm(c.text).length > 12 && gt.includes(norm(c.text))))
      && speakerNames(c.speaker, c.speakerName).some((n) => gSpeaker.some((s) => n.includes(s) || s.includes(n))));
    if (hits.length) foundQ++;
    hits.forEach((h) => matchedQ.add(h.id));
  }
  out.quotes = score(matchedQ.size, quotes.length, foundQ, goldQuotes.length);
  const figures = tl.claims.filter((c) => c.kind === 'figure');
  const goldNumbers = gold.numbers ?? [];
  const matchedF = new Set<string>();
  let foundF = 0;
  for (const g of goldNumbers) {
    const hits = figures.filter((c) => inArticle(c.article, g.article) && norm(c.text).includes(norm(g.value)));
    if (hits.length) foundF++;
    hits.forEach((h) => matchedF.add(h.id));
  }
  out.figures = score(matchedF.size, figures.length, foundF, goldNumbers.length);
  const goldDates = Object.entries(gold.articles);
  const right = goldDates.filter(([key, g]) => tl.articles.some((a) => articleKey(a.id).startsWith(key) && a.published === g.published)).length;
  out.dates = score(right, tl.articles.length, right, goldDates.length);
  return out;
}
