import { createRequire } from 'node:module';
import { DEMONYMS } from './demonyms.js';
import { lookupPlace } from './gazetteer.js';
import { isEnglishWord, isLexiconPlace, wordTags } from './word-tags.js';

const require = createRequire(import.meta.url);
// gender-detection-from-name's lists (MIT): ~75,000 given names from birth registers of six
// countries, the US one taking in names of every origin ("Kwame", "Ivo", "Teodora"). compromise
// knows a few thousand, mostly English ones, and a story about Ghana or Estonia names people it
// has never seen.
const LISTS = ['en', 'de', 'es', 'fr', 'it', 'tr'];
let names: Set<string> | undefined;

function load(): Set<string> {
  const out = new Set<string>();
  for (const lang of LISTS) {
    const path = require.resolve(`gender-detection-from-name/names/${lang}.js`);
    for (const name of (require(path) as Map<string, string>).keys()) out.add(name);
    // Only the names are kept: the module's map of genders can go.
    delete require.cache[path];
  }
  return out;
}

/**
 * A word a birth register lists as a given name, and that is not also an English word
 * ("Hope", "Grant"), a place ("Jordan", "Florence") or a nationality: evidence enough that a
 * run of two capitalised words is a person's name, weaker than a name compromise knows.
 * Registers take in family names given as first names ("Thomson") and short words ("Le",
 * "Min"): a word compromise tags as a family name or a function word is left out.
 */
export function isListedGivenName(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
  names ??= load();
  if (!names.has(word.toLowerCase()) || isEnglishWord(word) || isLexiconPlace(word) || DEMONYMS[word]) return false;
  const tags = wordTags(word);
  return !['LastName', 'Determiner', 'Abbreviation', 'Preposition', 'Conjunction', 'Pronoun'].some((t) => tags.has(t)) && !lookupPlace(word, 15_000);
}

/**
 * A word any register lists as a given name, English word or not ("Ray", "Frank", "Rose"):
 * only for places where a name is expected anyway, right after a title ("Fire Chief Ray Tull").
 */
export function isRegisteredGivenName(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  names ??= load();
  return names.has(word.toLowerCase());
}
