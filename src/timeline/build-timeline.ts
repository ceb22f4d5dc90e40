import type { IsoDate, ResolvedCorpus, Timeline } from '../model.js';
import { buildClaims } from './claims.js';
import { dateDiscrepancies, scheduleDiscrepancies } from './date-discrepancies.js';
import { detectDiscrepancies } from './discrepancies.js';
import { buildEvents, weighByRelevance } from './events.js';
import { detectRounds } from './rounds.js';
import { buildStatements, newsDay } from './statements.js';
import { OFF_TOPIC_RELEVANCE, topicRelevance } from './off-topic.js';

/** The story model: claims, events, rounds of talks and discrepancies over the resolved corpus. */
export function buildTimeline(corpus: ResolvedCorpus): Timeline {
  // Off-topic articles keep their pages but tell the timeline nothing; the others count as much as they belong.
  const relevance = topicRelevance(corpus.articles);
  const offTopic = new Set(corpus.articles.filter((a) => relevance.get(a.id)! < OFF_TOPIC_RELEVANCE).map((a) => a.id));
  const statements = buildStatements({ ...corpus, articles: corpus.articles.filter((a) => !offTopic.has(a.id)) });
  // A claim is made by the day its article is published: "said the strike would go ahead on June 16"
  // is a claim of the day it was said, not of June 16.
  const publishedOn = new Map(corpus.articles.map((a) => [a.id, a.published]));
  const firstDate = new Map<string, IsoDate>();
  for (const s of statements) {
    const key = `${s.article}#${s.sentence}`;
    const published = publishedOn.get(s.article);
    if (!firstDate.has(key) && (!published || s.date <= published)) firstDate.set(key, s.date);
  }
  const days = new Map(corpus.articles.map((a) => [a.id, newsDay(a)]));
  const claims = buildClaims(corpus, (article, sentence) => firstDate.get(`${article}#${sentence}`) ?? days.get(article) ?? null);
  const { rounds, members, announcements } = detectRounds(statements, corpus);
  const events = buildEvents({ statements, corpus, claims, roundMembers: members });
  weighByRelevance(events, relevance);
  // "A memorial will be held on April 6", reported only in March: what was expected, not what happened.
  const published = new Map(corpus.articles.map((a) => [a.id, a.published]));
  for (const e of events) if (e.sources.every((s) => (published.get(s) ?? e.date) < e.date)) e.expected = true;
  for (const round of rounds) {
    round.events = events.filter((e) => e.round === round.number).map((e) => e.id);
    const eventSources = events.filter((e) => e.round === round.number).flatMap((e) => e.sources);
    round.sources = [...new Set([...round.sources, ...eventSources])].sort();
  }
  const discrepancies = [...detectDiscrepancies(corpus.articles, rounds, statements, members, announcements, corpus.mentionEntity), ...dateDiscrepancies(statements, corpus.entities), ...scheduleDiscrepancies(statements)];
  // Events by the sentences they cite, in event order: a discrepancy looks up its own sentences
  // instead of scanning every event's provenance.
  const eventsAt = new Map<string, number[]>();
  events.forEach((e, i) => {
    for (const p of e.provenance) {
      const key = `${p.article}#${p.sentence}`;
      const list = eventsAt.get(key);
      if (!list) eventsAt.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  for (const d of discrepancies) {
    // The first event citing one of the values, preferring one dated as that value's sentence.
    let reporting = Infinity;
    let citing = Infinity;
    for (const v of d.values) {
      const key = `${v.article}#${v.sentence}`;
      for (const i of eventsAt.get(key) ?? []) {
        citing = Math.min(citing, i);
        if (firstDate.get(key) === events[i].date) reporting = Math.min(reporting, i);
      }
    }
    const hit = (d.round !== undefined ? events.find((e) => e.round === d.round) : undefined) ?? events[reporting] ?? events[citing];
    d.event = hit?.id ?? null;
  }
  return { ...corpus, claims, events, rounds, discrepancies, offTopic: [...offTopic].sort() };
}
