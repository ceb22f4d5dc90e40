import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import wordListPath from 'word-list';

const cache = new Map<string, Set<string>>();
// ~275k lower-case English words; proper names are not in it, which is what we need.
const english = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
// compromise builds its lexicon lazily on the first call; do it at load time.
nlp('Warm up with John Smith in Paris.').json();

/**
 * compromise's lexicon tags for one word out of context (FirstName, LastName,
 * Place…), memoised: looking words up alone is far cheaper than tagging sentences
 * and is all the name classifier needs.
 */
export function wordTags(word: string): Set<string> {
  let tags = cache.get(word);
  if (!tags) {
    const terms = nlp(word).json()[0]?.terms ?? [];
    tags = new Set<string>(terms.length === 1 ? terms[0].tags : []);
    cache.set(word, tags);
  }
  return tags;
}

/** A capitalised word that is an ordinary English word ("Earlier", "Satellite"), not a name. */
export function isCommonWord(word: string): boolean {
  const tags = wordTags(word);
  if (tags.has('Person') || tags.has('Place')) return false;
  const lower = word.toLowerCase();
  return english.has(lower) || english.has(lower.replace(/e?s$/, ''));
}

/** compromise knows the word as a given name ("John", "Emmanuel"). */
export const isKnownFirstName = (word: string): boolean => wordTags(word).has('FirstName');
/** compromise knows the word as a family name ("Merkel"). */
export const isKnownLastName = (word: string): boolean => wordTags(word).has('LastName');
/** compromise knows the word as a place its gazetteer-free lexicon has ("Crimea"). */
export const isLexiconPlace = (word: string): boolean => wordTags(word).has('Place');

/** The lower-cased word is in the English word list. */
export const isEnglishWord = (word: string): boolean => english.has(word.toLowerCase());
