import type { Timeline } from '../model.js';

const dateParts = (iso: string): { year: string; month: string; day: string } => {
  const [year, month, day] = iso.split('-');
  return { year, month: String(Number(month)), day: String(Number(day)) };
};

/** The model in Knight Lab TimelineJS's JSON format: one slide per event, one era per held round. */
export function timelinejsJson(tl: Timeline): string {
  const data = {
    title: { text: { headline: 'Storyline', text: `${tl.events.length} events from ${tl.articles.length} articles` } },
    events: tl.events.map((e) => ({
      unique_id: e.id,
      start_date: dateParts(e.date),
      text: { headline: e.title, text: e.summary },
      group: e.round ? `Round ${e.round}` : undefined,
    })),
    eras: tl.rounds.filter((r) => r.date).map((r) => ({
      start_date: dateParts(r.date!),
      end_date: dateParts(r.date!),
      text: { headline: `Round ${r.number} of talks`, text: r.outcome },
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
