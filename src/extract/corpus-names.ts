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
  // Each name's kinds, with the first mention of that kind and how many mentions gave it.
  const kindsOf = new Map<string, Map<EntityKind, { first: Mention; count: number }>>();
  for (const p of parts) {
    for (const m of p.mentions) {
      if (!m.text.includes(' ') || m.tentative) continue;
      const kinds = kindsOf.get(m.text) ?? kindsOf.set(m.text, new Map()).get(m.text)!;
      const kind = kinds.get(m.kind);
      if (kind) kind.count++;
      else kinds.set(m.kind, { first: m, count: 1 });
    }
  }
  const settled = (text: string): Mention | null => {
    const [top, next] = [...(kindsOf.get(text)?.values() ?? [])].sort((a, b) => b.count - a.count);
    return top && (!next || top.count > next.count) ? top.first : null;
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
