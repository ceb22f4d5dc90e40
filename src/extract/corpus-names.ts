import type { EntityKind, Mention } from '../model.js';
import type { ArticleParts } from './extract-articles.js';

/**
 * "The mine is run by Minera Altiplano, a company …" in one article, "Minera Altiplano faces
 * lawsuits" in another: a name of two words or more that some article reads by a rule is that
 * same kind of thing where another article writes it with nothing around it to tell. The kind
 * is the one most articles' rules gave it; a tie tells nothing. Guessed people ("tentative")
 * vouch for no one. Each article's mentions come back with the names it gains added at the end,
 * so the indexes of the mentions it had stay as they were.
 */
export function withCorpusNames(parts: ArticleParts[]): Mention[][] {
  const votes = new Map<string, Map<EntityKind, Mention>>();
  const counts = new Map<string, Map<EntityKind, number>>();
  for (const p of parts) {
    for (const m of p.mentions) {
      if (!m.text.includes(' ') || m.tentative) continue;
      if (!votes.has(m.text)) { votes.set(m.text, new Map()); counts.set(m.text, new Map()); }
      if (!votes.get(m.text)!.has(m.kind)) votes.get(m.text)!.set(m.kind, m);
      counts.get(m.text)!.set(m.kind, (counts.get(m.text)!.get(m.kind) ?? 0) + 1);
    }
  }
  const settled = (text: string): Mention | null => {
    const ranked = [...(counts.get(text) ?? [])].sort((a, b) => b[1] - a[1]);
    return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? votes.get(text)!.get(ranked[0][0])! : null;
  };
  return parts.map((p) => {
    const gained = (p.unread ?? []).flatMap((u): Mention[] => {
      const text = u.text.replace(/^The /, '');
      const known = settled(text);
      if (!known) return [];
      const at = { text, sentence: u.sentence, offset: u.offset + u.text.length - text.length };
      return [known.kind === 'place' ? { kind: 'place', ...at, placeKind: known.placeKind, canonical: known.canonical, lat: known.lat, lon: known.lon, population: known.population } : { kind: known.kind, ...at }];
    });
    return gained.length ? [...p.mentions, ...gained] : p.mentions;
  });
}
