import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import { dropAbsorbed, mostFrequent, type Cluster, type Located } from './group-names.js';
import { foldedName, plainKey, romanisationKey, skeletonKey } from './alias-key.js';
import { isKnownLastName } from '../extract/word-tags.js';
import { isFirstName, SURNAME_PARTICLES } from '../extract/name-runs.js';
import { EAST_ASIAN_FAMILY_NAMES, GIVEN_NAME_TITLES, KIN_NOUNS } from '../extract/lexicon.js';

export interface PeopleResult {
  clusters: Cluster[];
  warnings: string[];
}

/** Key of the family name, particle dropped: "Hassan al-Turabi" and "Turabi" share "turabi". */
const surnameKey = (name: string): string => romanisationKey(surnameOf(name));
/** "Tomas R. Berg Jr." is a Berg: a generational suffix is no part of the family name. */
const SUFFIX = /,?\s+(Jr|Sr|II|III|IV)\.?$/;
const withoutSuffix = (name: string): string => name.replace(SUFFIX, '');
const suffixOf = (name: string): string => SUFFIX.exec(name)?.[1] ?? '';
const surnameOf = (name: string): string => (withoutSuffix(name).split(' ').pop() ?? name).replace(/^(?:al|el|ad|as|at|ar|an|bin|ibn|abu|ben)-/i, '');
// ("Youssef"/"Yusuf", "Mounir"/"Munir": French romanisations of a given name write "ou".)
const givenKey = (word: string): string => romanisationKey(word).replace(/ou/g, 'u');
const firstKey = (name: string): string => (name.includes(' ') ? givenKey(name.split(' ')[0]) : '');
/**
 * The family name of a name written family name first ("Xi Jinping", "Yoon Suk Yeol"): a
 * common Chinese or Korean family name, then one or two short given-name words that are no
 * known surname ("Kim Kardashian" is not one).
 */
function familyNameFirst(name: string): string | null {
  const [family, ...given] = name.split(' ');
  // "Lai Ching-te": a hyphenated romanised given name marks the family name first, listed or not.
  const hyphenatedGiven = given.length === 1 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(given[0]);
  if ((!EAST_ASIAN_FAMILY_NAMES.has(family) && !hyphenatedGiven) || given.length < 1 || given.length > 2) return null;
  return given.every((w) => /^\p{Lu}\p{Ll}{1,7}(?:-\p{Ll}{1,7})?$/u.test(w) && !isKnownLastName(w)) ? family : null;
}
const PARTICLES = /^(?:al|el|ad|as|at|ar|an|bin|ibn|abu|ben|de|da|del|der|van|von|la|le|du)$/i;
/** Middle names, particles left out: "John Paul Smith" → "paul". */
const middleKey = (name: string): string => romanisationKey(withoutSuffix(name).split(' ').slice(1, -1).filter((w) => !PARTICLES.test(w)).join(''));

/** Where a full name files: under its surname, or the family name written first ("Lee Jae-won" under Lee). */
/** The key of the part after the hyphen of a full name's hyphenated family name ("Tarvo-Berg" → "berg"). */
const hyphenPartKey = (name: string): string | null => {
  const m = /^\p{Lu}[\p{L}'’]*-(\p{Lu}[\p{L}'’]+)$/u.exec(withoutSuffix(name).split(' ').pop() ?? '');
  return m && name.includes(' ') ? romanisationKey(m[1]) : null;
};
const fullNameKey = (name: string): string => {
  const family = familyNameFirst(name);
  return family ? romanisationKey(family) : surnameKey(name);
};
/** The given names of a name written family name first, joined: "Jae-won", "Jae Won" and "Jaewon" are one. */
const givenAfterFamily = (name: string): string | null => (familyNameFirst(name) ? romanisationKey(name.split(' ').slice(1).join('')) : null);

/**
 * The first of two family names, which alone is the person too: "García" of "Mariana García
 * Ortiz" (unless it is a given name), "Pinto" of "Ana Clara Pinto da Costa" (the name before a
 * particle and the last, given name or not).
 */
function firstFamilyName(name: string): string | null {
  const words = name.split(' ');
  let k = words.length - 2;
  while (k > 0 && /^(?:da|de|do|dos|das|del|della|di|van|von|der|den|la|le)$/.test(words[k])) k--;
  const first = words.length >= 3 && k >= 1 ? words[k] : '';
  return /^\p{Lu}\p{Ll}/u.test(first) && !(isFirstName(first) && k === words.length - 2) ? first : null;
}

/** Two full names can be one person's: compatible given names and, when both have them, middle names. */
function sameNames(a: string, b: string): boolean {
  const [ga, gb] = [givenAfterFamily(a), givenAfterFamily(b)];
  if (ga !== null && gb !== null) return ga === gb || (Math.min(ga.length, gb.length) >= 4 && distance(ga, gb) <= 1);
  if (!sameFirstName(firstKey(a), firstKey(b))) return false;
  // "Tomas Berg Sr" is written so to tell him from his son, suffixed or not; "Jr" and "Sr" differ.
  const [sa, sb] = [suffixOf(a), suffixOf(b)];
  if (sa !== sb && ((sa && sb) || sa === 'Sr' || sb === 'Sr')) return false;
  const [ma, mb] = [middleKey(a), middleKey(b)];
  // "John Paul Smith" is not "John Peter Smithe"; "Luiz Silva" may be "Luiz Inacio Silva".
  return !ma || !mb || sameFirstName(ma, mb);
}

/** Two given names are one person's when their keys match, nearly match or one extends the other. */
function sameFirstName(a: string, b: string): boolean {
  if (!a || !b) return true;
  if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
  return Math.min(a.length, b.length) >= 4 && distance(a, b) <= 1;
}

/**
 * Clusters person mentions across the corpus. Full names group by surname key and a
 * compatible given name (Mykhailo/Mikhail, Davyd/David); a lone surname joins the only
 * full name with that key (in its article first, else in the corpus); a tentative lone
 * word that matches nobody was not a person.
 */
export function clusterPeople(mentions: Located[]): PeopleResult {
  const warnings: string[] = [];
  const clusters: Cluster[] = [];
  const bySurname = new Map<string, Cluster[]>();
  const full = mentions.filter((m) => m.mention.text.includes(' ') && !m.mention.aliasOf);
  // Each cluster's distinct full names: a person named a thousand times has a handful.
  const spellings = new Map<Cluster, Set<string>>();
  for (const m of full) {
    const key = fullNameKey(m.mention.text);
    const group = bySurname.get(key) ?? [];
    // Compatible with every full name already there, so "John Smith" cannot bridge two people.
    const compatible = (g: Cluster[], text: string): Cluster | undefined => g.find((c) => spellings.get(c)!.has(text) || [...spellings.get(c)!].every((name) => sameNames(name, text))) ?? tailOf(g, text, spellings);
    // ("Ines Tarvo-Berg" is "Ines Tarvo Berg" too: a hyphen joins two family names some write apart.)
    const part = hyphenPartKey(m.mention.text);
    const home = compatible(group, m.mention.text) ?? (part ? compatible(bySurname.get(part) ?? [], m.mention.text.replace(/-(?=\p{Lu}[\p{L}'’]+$)/u, ' ')) : undefined);
    if (home) { home.members.push(m); spellings.get(home)!.add(m.mention.text); }
    else {
      const c: Cluster = { kind: 'person', members: [m] };
      spellings.set(c, new Set([m.mention.text]));
      group.push(c);
      clusters.push(c);
      // (Filed under its last word too, where a longer spelling ending in the name finds it: "Harbour chief Lee Min-jun";
      // and under the last part of a hyphenated family name.)
      for (const other of new Set([surnameKey(m.mention.text), part ?? key])) if (other !== key) bySurname.set(other, [...(bySurname.get(other) ?? []), c]);
    }
    bySurname.set(key, group);
  }
  // "Xi Jinping", "Kim Jong Un": Chinese and Korean names put the family name first, and a
  // lone "Xi" or "Kim" is that person. They are found under their first word as well.
  for (const c of clusters) {
    const family = familyNameFirst(c.members[0].mention.text);
    if (!family) continue;
    const key = romanisationKey(family);
    const group = bySurname.get(key) ?? [];
    if (!group.includes(c)) bySurname.set(key, [...group, c]);
  }
  dropSecondFamilyName(clusters, spellings, bySurname);
  // "Mariana García Ortiz" … "García said": Spanish and Portuguese names carry two family names,
  // and the first of them alone is the person too. Indexed under it (firstFamilyName).
  for (const c of clusters) {
    const first = firstFamilyName(c.members[0].mention.text);
    if (!first) continue;
    const key = romanisationKey(first);
    const group = bySurname.get(key) ?? [];
    if (!group.includes(c)) bySurname.set(key, [...group, c]);
  }
  const clusterOf = new Map<Located, Cluster>();
  for (const c of clusters) for (const x of c.members) clusterOf.set(x, c);
  const byFirstName = new Map<string, Set<Cluster>>();
  for (const x of full) {
    const key = firstKey(x.mention.text);
    if (!byFirstName.has(key)) byFirstName.set(key, new Set());
    byFirstName.get(key)!.add(clusterOf.get(x)!);
  }
  const bySkeleton = new Map<string, Set<Cluster>>();
  for (const c of clusters) {
    const key = skeletonKey(surnameOf(c.members[0].mention.text));
    if (!bySkeleton.has(key)) bySkeleton.set(key, new Set());
    bySkeleton.get(key)!.add(c);
  }
  // Full names by article: a lone name looks only among its own article's.
  const fullIn = new Map<string, Located[]>();
  for (const x of full) {
    if (!fullIn.has(x.article)) fullIn.set(x.article, []);
    fullIn.get(x.article)!.push(x);
  }
  // A nickname joins the person it was given to, and stands for them wherever else it appears.
  for (const m of mentions.filter((x) => x.mention.aliasOf)) {
    const owner = (fullIn.get(m.article) ?? []).find((x) => x.mention.text === m.mention.aliasOf);
    const c = owner && clusterOf.get(owner);
    if (!c) continue;
    c.members.push(m);
    bySurname.set(surnameKey(m.mention.text), [c]);
  }
  // One warning per lone name and set of candidates, naming its articles: a surname shared by
  // a family can be left unlinked in thousands of articles, and one line says it.
  const unlinked = new Map<string, Set<string>>();
  for (const m of mentions.filter((x) => !x.mention.text.includes(' ') && !x.mention.aliasOf)) {
    // "Many said", "Moon said": an ordinary word joins only a name it spells exactly, never a romanisation.
    const exact = (c: Cluster): boolean => c.members.some((x) => surnameOf(x.mention.text) === m.mention.text || familyNameFirst(x.mention.text) === m.mention.text || firstFamilyName(x.mention.text) === m.mention.text);
    // "his mother Lesley": a lone given name only guessed to be a surname joins no "Leslie" either.
    const strict = m.mention.wordAsName || (m.mention.tentative && isFirstName(m.mention.text) && !isKnownLastName(m.mention.text));
    const group = (bySurname.get(surnameKey(m.mention.text)) ?? []).filter((c) => !strict || exact(c));
    if (m.mention.wordAsName && !group.length) continue;
    const target = lonelySurnameTarget(group, m);
    if (target) { target.members.push(m); continue; }
    if (group.length > 1) {
      const key = `"${m.mention.text}" in \0 could be ${group.map((c) => c.members[0].mention.text).join(' or ')}; left unlinked`;
      if (!unlinked.has(key)) unlinked.set(key, new Set());
      unlinked.get(key)!.add(m.article);
      continue;
    }
    const known = group.length ? undefined : firstNameTarget(m, fullIn.get(m.article) ?? [], clusterOf, byFirstName) ?? respelledTarget(m, bySkeleton);
    if (known) { known.members.push(m); continue; }
    if (m.mention.tentative) continue;
    const c: Cluster = { kind: 'person', members: [m] };
    clusters.push(c);
    bySurname.set(surnameKey(m.mention.text), [...group, c]);
  }
  for (const [text, articles] of unlinked) warnings.push(text.replace('\0', listShort([...articles])));
  const variants = nearMisses(clusters);
  warnings.push(...variants.warnings);
  const kept = clusters.filter((c) => !variants.absorbed.has(c));
  for (const c of kept) {
    // ("Van der Velde" is a family name alone: "Anna van der Velde" is the full one.)
    const fullNames = c.members.map((m) => m.mention.text).filter((t) => t.includes(' ') && !SURNAME_PARTICLES.has(t.split(' ')[0].toLowerCase()));
    if (fullNames.length) c.name = mostFrequent(fullNames);
  }
  return { clusters: kept, warnings };
}

/**
 * "Inés Ramírez" beside "Inés Ramírez Luna": a two-word name that is the one longer name without
 * its last word (a second family name left out) is that person. Only when exactly one longer
 * name starts so; keyed by those words, so never all pairs.
 */
function dropSecondFamilyName(clusters: Cluster[], spellings: Map<Cluster, Set<string>>, bySurname: Map<string, Cluster[]>): void {
  const byStart = new Map<string, Set<Cluster>>();
  for (const c of clusters) {
    for (const name of spellings.get(c)!) {
      const words = name.split(' ');
      if (words.length < 3) continue;
      const key = romanisationKey(words.slice(0, -1).join(' '));
      if (!byStart.has(key)) byStart.set(key, new Set());
      byStart.get(key)!.add(c);
    }
  }
  const absorbed = new Set<Cluster>();
  for (const c of clusters) {
    const names = [...spellings.get(c)!];
    if (!names.every((n) => n.split(' ').length === 2)) continue;
    const targets = new Set(names.flatMap((n) => [...(byStart.get(romanisationKey(n)) ?? [])]).filter((t) => t !== c && !absorbed.has(t)));
    if (targets.size !== 1) continue;
    const [target] = targets;
    target.members.push(...c.members);
    for (const n of names) spellings.get(target)!.add(n);
    absorbed.add(c);
    const key = surnameKey(names[0]);
    bySurname.set(key, (bySurname.get(key) ?? []).filter((x) => x !== c));
  }
  dropAbsorbed(clusters, absorbed);
}

/** Words of a role that say nothing of which office: "the", "of", "former". */
const ROLE_FILLER = /^(?:the|of|in|for|and|former|acting|deputy|based|its|his|her|their)$/;
const roleWords = (role: string | undefined): string[] => (role ?? '').toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4 && !ROLE_FILLER.test(w));

/**
 * A lone surname spelled another way than the only full name whose surname has its
 * consonants ("Mr Karimeh, the prime minister" after "Prime Minister Hadi Omar Karimah"):
 * the same person when both hold an office in common words. Vowels alone never merge
 * people ("Hassan" and "Hussein" have one skeleton): the office is the other evidence.
 */
function respelledTarget(m: Located, bySkeleton: Map<string, Set<Cluster>>): Cluster | undefined {
  const candidates = bySkeleton.get(skeletonKey(surnameOf(m.mention.text)));
  if (!candidates || candidates.size !== 1) return undefined;
  const [c] = candidates;
  const words = new Set(roleWords(m.mention.role));
  return words.size && c.members.some((x) => roleWords(x.mention.role).some((w) => words.has(w))) ? c : undefined;
}

/**
 * "Maung Oo" after "Tin Maung Oo": a name that is the last words of the one longer name
 * with its surname (or whose last words are that name) is the same person's short form.
 */
function tailOf(group: Cluster[], name: string, spellings: Map<Cluster, Set<string>>): Cluster | undefined {
  // Compared without accents: "Selim Kerem Dagtekin" ends in "Kerem Dağtekin".
  const extends_ = (long: string, short: string): boolean => foldedName(long).endsWith(` ${foldedName(short)}`);
  const hits = group.filter((c) => [...spellings.get(c)!].some((x) => extends_(x, name) || extends_(name, x)));
  return hits.length === 1 ? hits[0] : undefined;
}

/** Honorifics that some naming traditions put before a given name: "Dr Anurak", "Ms Sari". */
const HONORIFIC = /^(?:dr|mr|mrs|ms|miss|prof|professor|sir|dame)\.?$/i;

/** Titles that go with a given name alone: "Prince Harun", "Sheikh Nasser", "Queen Amira". */
const FIRST_NAME_TITLES = new RegExp(`\\b(?:${GIVEN_NAME_TITLES})$`, 'i');
/** Names built on "son of": "Harun bin Zayed" is called Harun. */
const PATRONYMIC = / (?:bin|ibn|bint|ben) /i;

/**
 * Whom a lone given name means: "Prince Harun" after "Foreign Minister Prince Harun bin
 * Zayed", or "Harun" after a "bin" name. Only the one full name with that given name
 * introduced earlier in the same article.
 */
function firstNameTarget(m: Located, sameArticle: Located[], clusterOf: Map<Located, Cluster>, byFirstName: Map<string, Set<Cluster>>): Cluster | undefined {
  // Where a surname matched nobody, an honorific before a given name follows that name's tradition.
  const titled = FIRST_NAME_TITLES.test(m.mention.role ?? '') || HONORIFIC.test(m.mention.role ?? '');
  const key = givenKey(m.mention.text);
  // "Haile Tesema … Haile wrote": where a given name is a person's name alone (Ethiopian,
  // Icelandic, Thai usage), a sure lone name that is nobody's surname is the one person of
  // that given name the article introduced.
  const candidates = new Set(sameArticle
    .filter((x) => x.mention.sentence <= m.mention.sentence && firstKey(x.mention.text) === key && (titled || !m.mention.tentative || PATRONYMIC.test(x.mention.text)))
    .map((x) => clusterOf.get(x)!));
  if (candidates.size === 1) return [...candidates][0];
  // "Mr Haile" in an article that never names him in full: the story's one Haile. So is
  // "Ines said" of a family's story, where one Ines is named in full elsewhere.
  const inStory = (titled || isFirstName(m.mention.text)) && !candidates.size ? byFirstName.get(key) : undefined;
  return inStory?.size === 1 ? [...inStory][0] : undefined;
}

/** How far into its sentence "His son Jan Roe" may stand and still open it. */
const OPENING_KIN = 24;
/** A role that makes someone a relative of another in the story: "son", "his wife", "widow". */
const KIN_ROLE = new RegExp(`^(?:(?:his|her|their)\\s+)?(?:(?:elder|older|younger|eldest|youngest|late)\\s+)?(?:${KIN_NOUNS})$`, 'i');

/**
 * Whom a lone surname means: the full name introduced last before it in the same
 * article (news introduces "Hassan al-Turabi" then writes "Turabi"), else the only
 * candidate in the story, else one that outnumbers every other three to one.
 */
function lonelySurnameTarget(group: Cluster[], m: Located): Cluster | undefined {
  if (group.length <= 1) return group[0];
  const before = (c: Cluster): number => Math.max(-1, ...c.members
    .filter((x) => x.article === m.article && x.mention.text.includes(' ') && x.mention.sentence <= m.mention.sentence)
    .map((x) => x.mention.sentence * 10_000 + x.mention.offset));
  const introduced = group.map((c) => [c, before(c)] as const).filter(([, at]) => at >= 0).sort((a, b) => b[1] - a[1]);
  // "Tomas Varga visited with Ines Varga Roe. Varga said …": one whose last name it is
  // outranks one with it among two family names, however recently named.
  const key = surnameKey(m.mention.text);
  const lastNamed = introduced.filter(([c]) => c.members.some((x) => x.mention.text.includes(' ') && surnameKey(x.mention.text) === key));
  // "Ines Varga … confirmed by her son, Mateo Varga, … Varga studied": a relative named in passing
  // goes by his given name after; the surname alone is the one the story is about. ("His son
  // Tomas Varga took over in 2000. Varga said …": a relative who opens his sentence is its subject.)
  const kin = (c: Cluster): boolean => c.members.some((x) => x.article === m.article && KIN_ROLE.test(x.mention.role ?? '') && x.mention.offset > OPENING_KIN);
  const pick = (xs: (readonly [Cluster, number])[]): Cluster => (xs.find(([c]) => !kin(c)) ?? xs[0])[0];
  if (lastNamed.length) return pick(lastNamed);
  if (introduced.length) return pick(introduced);
  const sizes = group.map((c) => c.members.length).sort((a, b) => b - a);
  return sizes[0] >= 3 * sizes[1] ? group.find((c) => c.members.length === sizes[0]) : undefined;
}

/**
 * Full names that sound alike but did not merge ("Ali Hussain" / "Ali Hassan"):
 * reported, not merged, because a wrong merge is worse than a missed one — unless the
 * names agree word for word in three words or more and the surnames differ only in a vowel
 * or a doubled letter ("Yusuf Omar Benali" / "Yusuf Omar Benaly"): one person, two
 * transliterations. Candidates are blocked by the surname's phonetic key, so this never
 * compares every pair of people.
 */
function nearMisses(clusters: Cluster[]): { warnings: string[]; absorbed: Set<Cluster> } {
  const absorbed = new Set<Cluster>();
  const byPhone = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const full = c.members.find((m) => m.mention.text.includes(' '))?.mention.text;
    if (!full) continue;
    const key = doubleMetaphone(full.split(' ').pop()!)[0];
    if (!byPhone.has(key)) byPhone.set(key, []);
    byPhone.get(key)!.push(c);
  }
  const warnings: string[] = [];
  for (const group of byPhone.values()) {
    for (let i = 0; i < group.length && i < 20; i++) {
      for (let j = i + 1; j < group.length && j < 20; j++) {
        const a = group[i].members.find((m) => m.mention.text.includes(' '))!.mention.text;
        const b = group[j].members.find((m) => m.mention.text.includes(' '))!.mention.text;
        const sa = plainKey(a.split(' ').pop()!);
        const sb = plainKey(b.split(' ').pop()!);
        if (sa === sb || distance(sa, sb) > 2 || !sameFirstName(firstKey(a), firstKey(b)) || absorbed.has(group[i]) || absorbed.has(group[j])) continue;
        if (sameButVowels(a, b) || (sameButVoicing(a, b) && !sharesArticle(group[i], group[j]))) {
          group[i].members.push(...group[j].members);
          absorbed.add(group[j]);
        } else warnings.push(`"${a}" and "${b}" may be one person spelled two ways; kept apart`);
      }
    }
  }
  return { warnings, absorbed };
}

/** Consonants transliterations swap for one sound: "Kapanadze"/"Kapanadse", "Wojtek"/"Wojdek". */
const VOICING_PAIRS = new Set(['zs', 'sz', 'dt', 'td', 'gk', 'kg', 'bp', 'pb', 'vf', 'fv', 'ck', 'kc']);

/**
 * "Levan Kapanadze" and "Levan Kapanadse": the same given names and a long surname that differs
 * in one consonant a transliteration voices or unvoices. Only across articles (one article does
 * not spell one person two ways), so two relatives named alike in one story stay apart.
 */
function sameButVoicing(a: string, b: string): boolean {
  const [wa, wb] = [a.split(' '), b.split(' ')];
  if (wa.length < 2 || wa.length !== wb.length || wa.slice(0, -1).some((w, k) => plainKey(w) !== plainKey(wb[k]))) return false;
  const [sa, sb] = [plainKey(wa[wa.length - 1]), plainKey(wb[wb.length - 1])];
  if (sa.length < 6 || sa.length !== sb.length) return false;
  const diffs = [...sa].flatMap((c, k) => (c === sb[k] ? [] : [`${c}${sb[k]}`]));
  return diffs.length === 1 && VOICING_PAIRS.has(diffs[0]);
}

const sharesArticle = (x: Cluster, y: Cluster): boolean => {
  const articles = new Set(x.members.map((m) => m.article));
  return y.members.some((m) => articles.has(m.article));
};

function sameButVowels(a: string, b: string): boolean {
  const [wa, wb] = [a.split(' '), b.split(' ')];
  if (wa.length < 3 || wa.length !== wb.length) return false;
  if (wa.slice(0, -1).some((w, k) => plainKey(w) !== plainKey(wb[k]))) return false;
  return skeletonKey(wa[wa.length - 1]) === skeletonKey(wb[wb.length - 1]);
}

/** "a, b and c", or the first three and how many more. */
function listShort(items: string[], shown = 3): string {
  if (items.length <= shown) return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  const more = items.length - shown;
  return `${items.slice(0, shown).join(', ')} and ${more} more article${more === 1 ? '' : 's'}`;
}
