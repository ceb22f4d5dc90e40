import type { Claim, IsoDate, ResolvedCorpus } from '../model.js';
import { plainKey } from '../resolve/alias-key.js';
import { countIndependent, independentSources } from './corroboration.js';

/** Finds the entity a speaker's name refers to: the same spelling in the article, else any name or alias. */
function speakerEntity(corpus: ResolvedCorpus, article: string, name: string | null): string | null {
  if (!name) return null;
  const r = corpus.articles.find((a) => a.id === article)!;
  // Speakers are people or organizations; "Germany said" keeps the name, not the place.
  const i = r.mentions.findIndex((m, k) => m.text === name && m.kind !== 'place' && corpus.mentionEntity[article][k]);
  if (i >= 0) return corpus.mentionEntity[article][i];
  const key = plainKey(name);
  const hit = corpus.entities.find((e) => e.kind !== 'place' && [e.name, ...e.aliases].some((n) => plainKey(n) === key));
  return hit?.id ?? null;
}

/** Quotes, paraphrases and figures of every article as claims with resolved speakers and dates. */
export function buildClaims(corpus: ResolvedCorpus, dateOf: (article: string, sentence: number) => IsoDate | null): Claim[] {
  const claims: Claim[] = [];
  for (const r of corpus.articles) {
    let n = 0;
    for (const q of r.quotes) {
      const speaker = speakerEntity(corpus, r.id, q.speakerName);
      const entity = speaker ? corpus.entities.find((e) => e.id === speaker) : undefined;
      claims.push({
        id: `${r.id}-c${++n}`, speaker, speakerName: entity?.name ?? q.speakerName, text: q.text, kind: q.kind,
        article: r.id, sentence: q.sentence, date: dateOf(r.id, q.sentence),
      });
    }
    for (const f of r.figures) {
      claims.push({
        id: `${r.id}-c${++n}`, speaker: null, speakerName: null, text: `${f.text}${f.subject ? ` ${f.subject}` : ''}`, kind: 'figure',
        article: r.id, sentence: f.sentence, date: dateOf(r.id, f.sentence),
        value: f.value, unit: f.unit, bound: f.bound, subject: f.subject,
      });
    }
  }
  // A quote or figure told by several outlets: count the independent ones behind each claim.
  const groups = independentSources(corpus.articles);
  const byText = new Map<string, string[]>();
  for (const c of claims) {
    const key = `${c.kind}|${c.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()}`;
    if (!byText.has(key)) byText.set(key, []);
    byText.get(key)!.push(c.article);
  }
  for (const c of claims) {
    c.outlets = countIndependent(byText.get(`${c.kind}|${c.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()}`)!, groups);
  }
  return claims;
}
