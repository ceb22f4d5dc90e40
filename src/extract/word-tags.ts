import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import wordListPath from 'word-list';

const require = createRequire(import.meta.url);
const cache = new Map<string, Set<string>>();
type Nlp = ((text: string) => { docs: { tags: Set<string> }[][] }) & { world: () => { hooks: string[] } };
// Loaded on first use, so a build whose extraction is all cached never loads the models.
let nlpModel: Nlp | undefined;
let englishWords: Set<string> | undefined;
const nlp = (text: string): ReturnType<Nlp> => (nlpModel ??= lexiconOnly(require('compromise') as Nlp))(text);

/**
 * compromise's last two steps read a word's neighbours, and a lone word has none: the
 * post-tagger's context patterns take two thirds of the time of tagging one word and only
 * turn a lone "go"/"well"/"okay" into an imperative or an interjection ("well" stays the
 * adverb it is in a sentence); the chunker groups tagged words into phrases and sets no tag.
 */
function lexiconOnly(model: Nlp): Nlp {
  const world = model.world();
  world.hooks = world.hooks.filter((hook) => hook !== 'postTagger' && hook !== 'chunks');
  return model;
}
// ~275k lower-case English words; proper names are not in it, which is what we need.
const english = (): Set<string> => (englishWords ??= new Set(readFileSync(wordListPath, 'utf8').split('\n')));

/**
 * compromise's lexicon tags for one word out of context (FirstName, LastName,
 * Place…), memoised: looking words up alone is far cheaper than tagging sentences
 * and is all the name classifier needs.
 */
export function wordTags(word: string): Set<string> {
  let tags = cache.get(word);
  if (!tags) {
    const terms = nlp(word).docs[0] ?? [];
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
  return english().has(lower) || english().has(lower.replace(/e?s$/, ''));
}

/** compromise knows the word as a given name ("John", "Emmanuel"). */
export const isKnownFirstName = (word: string): boolean => wordTags(word).has('FirstName');
/** compromise knows the word as a family name ("Merkel"). */
export const isKnownLastName = (word: string): boolean => wordTags(word).has('LastName');
/** compromise knows the lower-case word as one person's noun ("rapper", "supervisor", "survivor"). */
export const isPersonNoun = (word: string): boolean => /^\p{Ll}+$/u.test(word) && !ANYONE.has(word) && wordTags(word).has('Actor') && !wordTags(word).has('Plural');
/** Nouns for anyone at all: "the young man Jane Roe" states no role. */
const ANYONE = new Set(['man', 'woman', 'person', 'boy', 'girl', 'child', 'lady', 'gentleman', 'kid', 'baby']);
/** compromise knows the word as a place its gazetteer-free lexicon has ("Crimea"). */
export const isLexiconPlace = (word: string): boolean => wordTags(word).has('Place');

/** The lower-cased word is in the English word list. */
export const isEnglishWord = (word: string): boolean => english().has(word.toLowerCase());
