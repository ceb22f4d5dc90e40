import { memoize } from '../memoize.js';
/**
 * Spelling-insensitive keys for names. Romanisations of Cyrillic names differ in
 * predictable ways (Navalnyy/Navalny/Navalniy, Kadyrov/Kadirov, Grodno/Hrodna,
 * Lvov/Lviv): folding those differences gives variants one key.
 */

/**
 * Latin letters that Unicode does not decompose into a base letter and an accent, as
 * English-language text writes them: Wrocław is "Wroclaw", Søren "Soren", Đorđe "Djordje".
 */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', đ: 'dj', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd', ħ: 'h' };

/** Lower-case and without accents, its spaces kept: "Kerem Dağtekin" → "kerem dagtekin". */
export const foldedName = memoize((name: string): string =>
  name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[łđøßæœıþðħ]/g, (c) => UNDECOMPOSED[c]));

/** Lower-case, strip accents and anything that is not a letter or digit. */
export const plainKey = memoize((name: string): string => foldedName(name).replace(/[^a-z0-9]+/g, ''));

/** Key that folds common romanisation variants; used to find merge candidates. */
export const romanisationKey = memoize((name: string): string =>
  plainKey(name)
    // Abdulrahman/Abdel Rahman/Abdurrahman/Abd al-Rahman, Abdullah/Abdallah: "servant of" is written many ways.
    .replace(/abd(?:[aeiou]l|[aeiou](?=r))?/g, 'abd')
    .replace(/kh/g, 'h')
    .replace(/g/g, 'h') // Russian Г = g, Ukrainian/Belarusian Г = h
    .replace(/y/g, 'i')
    .replace(/j/g, 'i')
    .replace(/w/g, 'v')
    .replace(/ie/g, 'e')
    .replace(/ei/g, 'e') // Zeinab/Zienab: Arabic and Amharic names swap the two
    .replace(/i+/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/(?<=[^aeiou])iv$/, 'ov') // Ukrainian -iv for Russian -ov: Lviv/Lvov, Zhovkiv/Zholkov
    .replace(/(?<=.)i$/, ''));

/**
 * The consonants of a name after its first letter, vowels and doubled letters folded:
 * romanisations of Arabic and Persian names differ mostly in vowels and doubling
 * (Misrata/Misurata, Benghazi/Banghazi, Tashkent/Tachkent). Coarse: only a merge candidate next to other evidence.
 */
export const skeletonKey = memoize((name: string): string => {
  // French and English spell one sound "ch" and "sh" (Tachkent/Tashkent), "ou" and "u".
  const key = plainKey(name).replace(/ch/g, 'sh');
  return (key.charAt(0) + key.slice(1).replace(/[aeiouwy]/g, '')).replace(/([a-z])\1+/g, '$1').replace(/(?<=.)h$/, '');
});
