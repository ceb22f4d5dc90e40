import { memoize } from '../memoize.js';
/**
 * Spelling-insensitive keys for names. Romanisations of Cyrillic names differ in
 * predictable ways (Navalnyy/Navalny/Navalniy, Kadyrov/Kadirov, Grodno/Hrodna,
 * Lvov/Lviv): folding those differences gives variants one key.
 */

/** Lower-case, strip accents and anything that is not a letter or digit. */
export const plainKey = memoize((name: string): string =>
  name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ''));

/** Key that folds common romanisation variants; used to find merge candidates. */
export const romanisationKey = memoize((name: string): string =>
  plainKey(name)
    .replace(/kh/g, 'h')
    .replace(/g/g, 'h') // Russian Г = g, Ukrainian/Belarusian Г = h
    .replace(/y/g, 'i')
    .replace(/j/g, 'i')
    .replace(/w/g, 'v')
    .replace(/ie/g, 'e')
    .replace(/i+/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/(?<=.)i$/, ''));
