import { daysBetween } from '../extract/dates.js';
import type { Discrepancy, DiscrepancyValue, Entity, IsoDate } from '../model.js';
import type { Statement } from './statements.js';

/**
 * Deeds that befall a person once: "was abducted", "were freed", "died", "resigned". Two
 * outlets that date one person's deed differently disagree; "killed" or "clashed" are left
 * out, since a story tells of many such days.
 */
const ONE_OFF = /\b(?:(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?(abducted|kidnapped|taken hostage|freed|released|born|arrested|assassinated|sworn in|elected|sentenced|executed|extradited)|(died|resigned|disappeared|went missing))\b/i;
const SAME_DEED: Record<string, string> = { kidnapped: 'abducted', 'taken hostage': 'abducted', released: 'freed', 'went missing': 'disappeared' };

/** "The couple were kidnapped …": a deed told of the article's people without naming them. */
const THEM = /^(?:the (?:pair|two|three|four|couple|men|women|hostages|captives|victims|workers|brothers|sisters)|they|he|she)\b/i;

/** How far apart two dates of one deed may lie and still be one deed told two ways. */
const SAME_DEED_DAYS = 31;

/**
 * The days articles give one deed or one plan, one value per day from the first article that
 * gives it; null unless they differ by at most SAME_DEED_DAYS. An article that names two days
 * for it tells a sequence, not a rival account, and is left out.
 */
export function rivalDays(group: Statement[]): DiscrepancyValue[] | null {
  const datesOf = new Map<string, Set<IsoDate>>();
  for (const s of group) datesOf.set(s.article, (datesOf.get(s.article) ?? new Set()).add(s.date));
  const told = group.filter((s) => datesOf.get(s.article)!.size === 1);
  const dates = [...new Set(told.map((s) => s.date))].sort();
  if (dates.length < 2 || daysBetween(dates[0], dates[dates.length - 1]) > SAME_DEED_DAYS) return null;
  return dates.map((date) => told.find((s) => s.date === date)!).map((s) => ({ value: s.date, article: s.article, sentence: s.sentence }));
}

/**
 * Outlets that give one person's one-off deed different days ("kidnapped on May 3" against
 * "on May 5"). Statements meet by deed and person, never all pairs; an article that names
 * two days for the deed tells a sequence, not a rival account, and is left out.
 */
export function dateDiscrepancies(statements: Statement[], entities: Entity[]): Discrepancy[] {
  const people = new Map(entities.filter((e) => e.kind === 'person').map((e) => [e.id, e]));
  // How often each article names each person: "the pair" and "they" are about those it names most.
  const named = new Map<string, Map<string, number>>();
  for (const e of people.values()) {
    for (const m of e.mentions) {
      const count = named.get(m.article) ?? named.set(m.article, new Map()).get(m.article)!;
      count.set(e.id, (count.get(e.id) ?? 0) + 1);
    }
  }
  const leadOf = (article: string): string[] => {
    const count = named.get(article) ?? new Map<string, number>();
    return [...count.keys()].filter((id) => count.get(id)! >= 2 || count.size <= 2).sort().slice(0, 2);
  };
  const byKey = new Map<string, Statement[]>();
  for (const s of statements) {
    if (!s.dated || s.future) continue;
    const m = ONE_OFF.exec(s.text);
    if (!m) continue;
    const deed = (m[1] ?? m[2]).toLowerCase();
    const inSentence = s.entities.filter((id) => people.has(id));
    const whom = inSentence.length ? inSentence : THEM.test(s.text) ? leadOf(s.article) : [];
    for (const id of whom) {
      const key = `${SAME_DEED[deed] ?? deed}|${id}`;
      (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(s);
    }
  }
  // One discrepancy per set of rival sentences, naming everyone they are about ("X and Y were abducted").
  const found = new Map<string, { deed: string; ids: string[]; values: DiscrepancyValue[] }>();
  for (const [key, group] of [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const values = rivalDays(group);
    if (!values) continue;
    const [deed, id] = key.split('|');
    const signature = `${deed}|${values.map((v) => `${v.article}:${v.sentence}`).join('|')}`;
    if (found.has(signature)) found.get(signature)!.ids.push(id);
    else found.set(signature, { deed, ids: [id], values });
  }
  return [...found.values()].map(({ deed, ids, values }) => {
    const names = ids.map((id) => people.get(id)!.name);
    const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} were` : `${names[0]} was`;
    return { id: `date-${deed.replace(/\s+/g, '-')}-${ids[0]}`, topic: `date ${who} ${deed}`, values, event: null };
  });
}

/** What news schedules for a day: a court's steps, a vote, a meeting, a launch. */
const SCHEDULED_THINGS = 'sentencing|hearing|trial|retrial|arraignment|verdict|ruling|inquest|vote|ballot|election|referendum|runoff|debate|meeting|summit|talks|session|conference|launch|opening|ceremony|inauguration|funeral|memorial|strike|walkout|deadline|announcement|auction|final|match|release|decision|signing|visit';
/** "Sentencing is scheduled for Dec. 4", "the vote will be held on May 2": the thing, then its day. */
const THING_SCHEDULED = new RegExp(String.raw`\b(?:the\s+|a\s+|its\s+|his\s+|her\s+|their\s+)?((?:[a-z]+\s+)?(?:${SCHEDULED_THINGS}))\s+(?:is|are|was|were|has been|had been|will be|would be)\s+(?:now\s+|tentatively\s+)?(?:(?:scheduled|set|slated|due|planned|expected)\s+(?:to\s+(?:take place|be held|begin|start|open|resume)\s+)?|held\s+)(?:for|on)\b`, 'i');
/** "The judge set sentencing for Dec. 3": a day set for the thing. */
const SET_FOR = new RegExp(String.raw`\b(?:set|scheduled|fixed|called)\s+(?:the\s+|a\s+)?((?:[a-z]+\s+)?(?:${SCHEDULED_THINGS}))\s+(?:date\s+)?for\b`, 'i');
/** A day told as changed is no rival of the old one. */
const RESCHEDULED = /\b(?:postponed|delayed|moved|pushed back|brought forward|rescheduled|adjourned|put off|now|instead|originally|initially)\b/i;
/** Words before the thing that say which of its kind, not what it is: the next vote is the vote. */
// ("the second strike" is not the first: an ordinal stays.)
const WHICH_ONE = /^(?:next|new|planned|scheduled|upcoming|expected|of|for|on|to|in|at|and)$/i;

/**
 * Outlets that give one scheduled thing different days ("set sentencing for Dec. 3" against
 * "Sentencing is scheduled for Dec. 4"). Statements meet by the thing's name, never all pairs;
 * an article that names two days for it, or tells the day changed, is left out.
 */
export function scheduleDiscrepancies(statements: Statement[]): Discrepancy[] {
  const byThing = new Map<string, Statement[]>();
  for (const s of statements) {
    if (!s.dated || RESCHEDULED.test(s.text)) continue;
    const m = THING_SCHEDULED.exec(s.text) ?? SET_FOR.exec(s.text);
    if (!m) continue;
    const words = m[1].toLowerCase().split(/\s+/);
    const thing = (WHICH_ONE.test(words[0]) ? words.slice(1) : words).join(' ');
    (byThing.get(thing) ?? byThing.set(thing, []).get(thing)!).push(s);
  }
  const found: Discrepancy[] = [];
  for (const [thing, group] of [...byThing.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const values = rivalDays(group);
    if (values) found.push({ id: `date-of-${thing.replace(/\s+/g, '-')}`, topic: `date of the ${thing}`, values, event: null });
  }
  return found;
}
