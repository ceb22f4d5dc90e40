import type { CleanArticle, Entity, ResolvedCorpus, Timeline } from '../model.js';
import type { Message } from '../messages.js';
import { plainKey } from '../resolve/alias-key.js';
import type { Override } from './parse-overrides.js';

export interface Applied<T> {
  value: T;
  messages: Message[];
}

const note = (file: string, o: Override, ok: boolean, what: string): Message => (ok
  ? { id: 'overrides/applied', severity: 'info', file, line: o.line, detail: what }
  : { id: 'overrides/unmatched', severity: 'warning', file, line: o.line, detail: what });

/** Outlet, publication date and URL of articles, set before dates are resolved. */
export function applyArticleOverrides(articles: CleanArticle[], overrides: Override[], file: string): Applied<CleanArticle[]> {
  const messages: Message[] = [];
  let value = articles;
  for (const o of overrides) {
    if (o.kind !== 'article') continue;
    const hit = value.some((a) => a.id === o.id);
    messages.push(note(file, o, hit, `article ${o.id}`));
    value = value.map((a) => (a.id !== o.id ? a : {
      ...a,
      frontMatter: { ...a.frontMatter, ...(o.source ? { source: o.source } : {}), ...(o.date ? { date: o.date } : {}), ...(o.url ? { url: o.url } : {}) },
    }));
  }
  return { value, messages };
}

const named = (entities: Entity[], name: string): Entity | undefined =>
  entities.find((e) => [e.name, ...e.aliases].some((n) => plainKey(n) === plainKey(name)));

/** Merge two entities, keep two spellings apart, rename: corrections to the resolver. */
export function applyEntityOverrides(corpus: ResolvedCorpus, overrides: Override[], file: string): Applied<ResolvedCorpus> {
  const messages: Message[] = [];
  let entities = corpus.entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [...e.mentions] }));
  const mentionEntity = Object.fromEntries(Object.entries(corpus.mentionEntity).map(([k, v]) => [k, [...v]]));
  const remap = (from: string, to: string): void => { for (const ids of Object.values(mentionEntity)) ids.forEach((id, i) => { if (id === from) ids[i] = to; }); };
  for (const o of overrides) {
    if (o.kind === 'merge') {
      const [a, b] = [named(entities, o.names[0]), named(entities, o.names[1])];
      messages.push(note(file, o, Boolean(a && b), `merge ${o.names.join(' + ')}${a && a === b ? ' (already one)' : ''}`));
      if (!a || !b || a === b) continue;
      a!.aliases = [...new Set([...a!.aliases, b!.name, ...b!.aliases])].filter((n) => n !== a!.name).sort();
      a!.roles = [...new Set([...a!.roles, ...b!.roles])];
      a!.mentions = [...a!.mentions, ...b!.mentions];
      entities = entities.filter((e) => e !== b);
      remap(b!.id, a!.id);
    } else if (o.kind === 'keep-apart') {
      const whole = named(entities, o.names[0]);
      const ok = Boolean(whole && [whole.name, ...whole.aliases].some((n) => plainKey(n) === plainKey(o.names[1])) && plainKey(whole.name) !== plainKey(o.names[1]));
      messages.push(note(file, o, ok, `keep apart ${o.names.join(' / ')}`));
      if (!ok) continue;
      // The second spelling becomes its own entity, with the mentions written that way.
      const spelled = (article: string, sentence: number, offset?: number): boolean => corpus.articles.find((r) => r.id === article)?.mentions
        .some((m) => m.sentence === sentence && m.offset === offset && plainKey(m.text) === plainKey(o.names[1])) ?? false;
      const split: Entity = { ...whole!, id: `${whole!.id}-${plainKey(o.names[1])}`, name: o.names[1], aliases: [], roles: [], mentions: whole!.mentions.filter((m) => spelled(m.article, m.sentence, m.offset)) };
      whole!.aliases = whole!.aliases.filter((n) => plainKey(n) !== plainKey(o.names[1]));
      whole!.mentions = whole!.mentions.filter((m) => !spelled(m.article, m.sentence, m.offset));
      entities.push(split);
      for (const r of corpus.articles) r.mentions.forEach((m, i) => { if (mentionEntity[r.id][i] === whole!.id && plainKey(m.text) === plainKey(o.names[1])) mentionEntity[r.id][i] = split.id; });
    } else if (o.kind === 'rename') {
      const e = named(entities, o.from);
      messages.push(note(file, o, Boolean(e), `rename ${o.from} → ${o.to}`));
      if (!e) continue;
      e.aliases = [...new Set([...e.aliases, e.name])].filter((n) => n !== o.to).sort();
      e.name = o.to;
    }
  }
  return { value: { ...corpus, entities, mentionEntity }, messages };
}

/** Event dates and titles, hidden claims, figures the editors mark as disputed. */
export function applyTimelineOverrides(tl: Timeline, overrides: Override[], file: string): Applied<Timeline> {
  const messages: Message[] = [];
  let { events, claims, discrepancies } = tl;
  for (const o of overrides) {
    if (o.kind === 'event') {
      const hit = events.some((e) => e.id === o.id);
      messages.push(note(file, o, hit, `event ${o.id}`));
      events = events.map((e) => (e.id === o.id ? { ...e, ...(o.date ? { date: o.date } : {}), ...(o.title ? { title: o.title } : {}) } : e));
    } else if (o.kind === 'hide-claim') {
      const hit = claims.some((c) => c.id === o.id);
      messages.push(note(file, o, hit, `hide claim ${o.id}`));
      claims = claims.filter((c) => c.id !== o.id);
      events = events.map((e) => ({ ...e, claims: e.claims.filter((c) => c !== o.id) }));
    } else if (o.kind === 'disputed-figure') {
      const c = claims.find((x) => x.id === o.id && x.kind === 'figure');
      messages.push(note(file, o, Boolean(c), `disputed figure ${o.id}`));
      if (!c) continue;
      discrepancies = [...discrepancies, { id: `editors-${c.id}`, topic: `${c.text} (disputed by the editors)`, values: [{ value: c.text, article: c.article, sentence: c.sentence }], event: events.find((e) => e.claims.includes(c.id))?.id ?? null }];
    }
  }
  events = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { value: { ...tl, events, claims, discrepancies }, messages };
}
