import type { Claim, Entity, IsoDate, ResolvedCorpus } from '../model.js';
import { plainKey } from '../resolve/alias-key.js';
import { PUBLIC_SERVICE_HEADS } from '../extract/lexicon.js';
import { isTitleQuote, titleKey } from '../extract/work-titles.js';
import { countIndependent, independentSources } from './corroboration.js';

/** Finds the entity a speaker's name refers to: the same spelling in the article, else any name or alias. */
interface SpeakerIndex {
  /** article → mention text → entity id (people and organizations only). */
  inArticle: Map<string, Map<string, string>>;
  /** plain key of any name or alias → entity id. */
  anywhere: Map<string, string>;
  /** article → a word of a person's role ("minister") → the people of that article holding it. */
  officeHolders: Map<string, Map<string, Set<string>>>;
}

function speakerIndex(corpus: ResolvedCorpus): SpeakerIndex {
  const inArticle = new Map<string, Map<string, string>>();
  for (const r of corpus.articles) {
    const names = new Map<string, string>();
    r.mentions.forEach((m, k) => {
      // Speakers are people or organizations; "Germany said" keeps the name, not the place.
      const id = corpus.mentionEntity[r.id][k];
      if (id && m.kind !== 'place' && !names.has(m.text)) names.set(m.text, id);
    });
    inArticle.set(r.id, names);
  }
  const anywhere = new Map<string, string>();
  for (const e of corpus.entities) {
    if (e.kind === 'place') continue;
    for (const n of [e.name, ...e.aliases]) if (!anywhere.has(plainKey(n))) anywhere.set(plainKey(n), e.id);
  }
  const officeHolders = new Map<string, Map<string, Set<string>>>();
  for (const e of corpus.entities) {
    if (e.kind !== 'person') continue;
    const words = new Set(e.roles.map(officeWord).filter((w) => w.length > 2));
    for (const article of new Set(e.mentions.map((m) => m.article))) {
      if (!officeHolders.has(article)) officeHolders.set(article, new Map());
      const byWord = officeHolders.get(article)!;
      for (const w of words) {
        if (!byWord.has(w)) byWord.set(w, new Set());
        byWord.get(w)!.add(e.id);
      }
    }
  }
  return { inArticle, anywhere, officeHolders };
}

/** "state ", "the oil giant ": lower-case words before a body's name that describe it ("the head of " does not). */
const LOWER_QUALIFIER = /^(?:(?!(?:of|for|at|in|to|from|with|by|on)\s)\p{Ll}+\s+){1,2}(?=\p{Lu})/u;

/** The entity a speaker's name refers to: the same spelling in the article, else any name or alias. */
function speakerEntity(ix: SpeakerIndex, article: string, name: string | null): string | null {
  if (!name) return null;
  const found = ix.inArticle.get(article)?.get(name) ?? ix.anywhere.get(plainKey(name));
  if (found) return found;
  // "Mr Tamez", "Dr. Brennock", "President Tamez", "The Harbour Safety Board (HSB)": the name
  // without its courtesy title, office, article or bracketed acronym.
  const bare = name.replace(/^the\s+/i, '').replace(SPEAKER_TITLE, '').replace(/\s*\([^)]*\)$/, '');
  const lookup = (n: string): string | null => (n !== name && n ? ix.inArticle.get(article)?.get(n) ?? ix.anywhere.get(plainKey(n)) ?? null : null);
  // (What is left after a trade is named in this article: "Libyan state TV" is no other story's "TV".)
  const lookupHere = (n: string): string | null => (n !== name && n ? ix.inArticle.get(article)?.get(n) ?? null : null);
  // "Taiwan's Ministry of National Defense": the body its owner's name was written before.
  // "Chipmaker Harlow Inc", "Copper miner Harlow": a trade opening the sentence before the company's name.
  // "The state Department of Roads", "the federal Harlow Agency": a lower-case qualifier before the body's name.
  return lookup(bare) ?? lookup(bare.replace(/^.*['’]s\s+(?=\p{Lu})/u, '')) ?? lookupHere(bare.replace(/^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,2}\s+(?=\p{Lu})/u, ''))
    ?? lookupHere(bare.replace(LOWER_QUALIFIER, '')) ?? officeHolder(ix, article, name);
}

/**
 * The office a role names: its head noun, the last word before any "of" or "to" ("minister"
 * in "foreign minister" and "minister of defence"). "union president" is a president, so
 * "the union said" is not that person.
 */
function officeWord(role: string): string {
  const head = role.toLowerCase().split(/\s+(?:of|to|for|at|in|on)\s+/)[0].split(/[^a-z-]+/).filter(Boolean);
  return head[head.length - 1] ?? '';
}

/** "the minister said": the one person of the article whose role names that office, if only one does. */
function officeHolder(ix: SpeakerIndex, article: string, name: string): string | null {
  const office = /^the\s+(?:[a-z-]+\s+)?([a-z-]{3,})$/.exec(name)?.[1];
  const holders = office ? ix.officeHolders.get(article)?.get(office) : undefined;
  return holders?.size === 1 ? [...holders][0] : null;
}

/** "the company said", "the ministry said": a body the article named just before, by the kind of body. */
const BODY_REFERENCE = /^the\s+(company|firm|group|airline|carrier|utility|operator|insurer|lender|retailer|manufacturer|(?:car|chip|drug|auto|plane|steel|toy)maker|developer|broadcaster|charity|bank|ministry|union|party|council|club|regulator|agency|department|authority|commission|board)$/i;
/** A government agency's name, whatever its head: "the agency said" after "the Department of Roads". */
const AGENCY_NAME = /\b(?:Agency|Department|Authority|Administration|Commission|Service|Bureau|Office|Board|Directorate|Inspectorate|Regulator)\b/;
/** Kinds told by the body's own name ("the ministry" is a Ministry); the others are companies, or any group. */
const NAMED_KINDS = new Set(['bank', 'ministry', 'union', 'party', 'council', 'club', 'regulator', 'agency', 'department', 'authority', 'commission', 'board']);
const kindInName = (kind: string): RegExp => (kind === 'agency' ? AGENCY_NAME : new RegExp(`\\b${kind}\\b`, 'i'));
/** Public bodies, which neither "the company" nor "the group" means. */
const PUBLIC_BODY = new RegExp(`\\b(?:${PUBLIC_SERVICE_HEADS}|Government|Parliament|Senate|Congress|Assembly|Army|Navy|Administration|Regulator|Superintendency|Inspectorate|Prosecutors?|Committee)\\b`);
/** Movements, societies and schools, which "the company" does not mean either ("the group" may). */
const NOT_A_COMPANY = /\b(?:Party|Union|Front|Movement|Coalition|Alliance|Association|Federation|Foundation|Observatory|Watch|Institute|Society|University|College|School|Church|Organi[sz]ation)\b/;
/** How many sentences back "the company" may reach for its name. */
const REFERENCE_REACH = 3;

/**
 * The organization "the company said" stands for: of the sentences before it (up to the reach),
 * the nearest that names a body of that kind, and in it the first such body named, as a
 * sentence's subject comes first ("The line is run by Tarvo Grid, a unit of Velmar Power. The
 * company said …" is Tarvo Grid); further back, the one the article is about, named more often
 * than any other of its kind and more than once. News agencies are never it. One finder per
 * article, its lookups made once per kind of body: an article may say "the ministry said" a
 * thousand times.
 */
function bodyReferents(r: ResolvedCorpus['articles'][number], ids: string[], entityById: Map<string, Entity>): (sentence: number, name: string | null) => string | null {
  // ("ASLEF leader Jane Roe", "the drivers' union ASLEF": a body the article calls a union or gives a leader is no company.)
  // (Judged once per name, on the article's text joined only when a reference asks.)
  let text: string | undefined;
  const movements = new Map<string, boolean>();
  const ledAsMovement = (name: string): boolean => {
    if (!movements.has(name)) {
      text ??= r.sentences.map((s) => s.text).join(' ');
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      movements.set(name, new RegExp(`\\b(?:union|party|movement|campaign|charity)\\s+${escaped}\\b|\\b${escaped}\\s+(?:leader|general secretary|members)\\b`).test(text));
    }
    return movements.get(name)!;
  };
  const byKind = new Map<string, { firstIn: Map<number, string>; topic: string | null }>();
  const index = (kind: string): { firstIn: Map<number, string>; topic: string | null } => {
    // ("Investigators examined the Boeing jet as Velmar Air grounded its fleet. The airline said …":
    // a company whose name says its trade is the one its trade names; "airline:named" looks for those only.)
    const [trade, named] = kind.split(':');
    const fits = (e: Entity | undefined): e is Entity => Boolean(e && e.kind === 'organization' && !e.agency
      && (NAMED_KINDS.has(trade) ? kindInName(trade).test(e.name) : !PUBLIC_BODY.test(e.name) && (trade === 'group' || (!NOT_A_COMPANY.test(e.name) && !ledAsMovement(e.name))))
      && (!named || TRADE_IN_NAME[trade].test(e.name)));
    const firstIn = new Map<number, { offset: number; id: string }>();
    const counts = new Map<string, number>();
    r.mentions.forEach((m, k) => {
      const e = entityById.get(ids[k]);
      if (!fits(e)) return;
      const seen = firstIn.get(m.sentence);
      if (!seen || m.offset < seen.offset) firstIn.set(m.sentence, { offset: m.offset, id: e.id });
      counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    });
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    const topic = first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
    return { firstIn: new Map([...firstIn].map(([n, x]) => [n, x.id])), topic };
  };
  return (sentence, name) => {
    const kind = name ? BODY_REFERENCE.exec(name)?.[1].toLowerCase() : undefined;
    if (!kind) return null;
    const nearest = (key: string): string | null => {
      if (!byKind.has(key)) byKind.set(key, index(key));
      const { firstIn, topic } = byKind.get(key)!;
      // (Not the quote's own sentence: a body named after the saying there is someone else.)
      for (let back = sentence - 1; back >= Math.max(0, sentence - REFERENCE_REACH); back--) {
        const id = firstIn.get(back);
        if (id) return id;
      }
      return topic;
    };
    return (TRADE_IN_NAME[kind] ? nearest(`${kind}:named`) : null) ?? nearest(kind);
  };
}

/** Words a company's name may say its trade with: "Velmar Air" is an airline, "Harlow Bank" a bank. */
const TRADE_IN_NAME: Record<string, RegExp> = {
  airline: /\b(?:Air|Airlines?|Airways|Aviation|Jet|Wings)\b/,
  carrier: /\b(?:Air|Airlines?|Airways|Aviation|Jet|Wings|Telecom|Mobile|Rail|Railways?|Shipping|Lines?)\b/,
  broadcaster: /\b(?:TV|Television|Radio|Broadcasting|Media)\b/,
  utility: /\b(?:Power|Energy|Electric|Gas|Water|Grid)\b/,
};

const SPEAKER_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|President|Prime Minister|Minister|Senator|Sen|Rep|Gen|General|Judge|Mayor|Governor|Chancellor)\.?\s+/;

/** Claims with this key say the same words: kind plus text without case or punctuation. */
const sameWords = (c: Claim): string => `${c.kind}|${c.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()}`;

/** Quotes, paraphrases and figures of every article as claims with resolved speakers and dates. */
export function buildClaims(corpus: ResolvedCorpus, dateOf: (article: string, sentence: number) => IsoDate | null): Claim[] {
  const claims: Claim[] = [];
  const speakers = speakerIndex(corpus);
  const entityById = new Map(corpus.entities.map((e) => [e.id, e]));
  // A title one article calls a work's ("the film "The Salt Road"") is no quote in another's headline.
  const works = new Set(corpus.articles.flatMap((r) => r.works.map(titleKey)));
  for (const r of corpus.articles) {
    let n = 0;
    const referentOf = bodyReferents(r, corpus.mentionEntity[r.id], entityById);
    for (const q of r.quotes) {
      if (isTitleQuote(q, works)) continue;
      const speaker = speakerEntity(speakers, r.id, q.speakerName) ?? referentOf(q.sentence, q.speakerName);
      const entity = speaker ? entityById.get(speaker) : undefined;
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
    const key = sameWords(c);
    if (!byText.has(key)) byText.set(key, []);
    byText.get(key)!.push(c.article);
  }
  const counts = new Map([...byText].map(([key, articles]) => [key, countIndependent(articles, groups)]));
  for (const c of claims) c.outlets = counts.get(sameWords(c))!;
  return claims;
}
