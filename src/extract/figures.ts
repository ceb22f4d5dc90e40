import type { Figure, Sentence } from '../model.js';
import { IRREGULAR_PAST, MONTH, MONTH_ABBREVIATIONS, PURCHASE_VERBS } from './lexicon.js';
import { isEnglishWord } from './word-tags.js';

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  dozens: 24, hundreds: 200, thousands: 2000, millions: 2_000_000, billions: 2_000_000_000,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7 };
const SHORT_SCALE: Record<string, string> = { k: 'thousand', m: 'million', mn: 'million', bn: 'billion', tn: 'trillion' };
const BOUNDS: [RegExp, Figure['bound']][] = [
  [/^(at least|no fewer than|no less than)$/i, 'at least'],
  [/^(more than|over|upwards of|in excess of)$/i, 'more than'],
  [/^(nearly|almost|close to|just under)$/i, 'nearly'],
  [/^(about|around|roughly|some|approximately|an estimated|closer to)$/i, 'about'],
  [/^(up to|as many as|no more than|not more than)$/i, 'up to'],
];
/** Currencies named by a word after the amount ("90 million kroner", "300 million yen"), each with one code. */
// (Not "won" or "real", which are words; "kroner" may be Danish or Norwegian, so it keeps its name.)
const CURRENCY_NAMES: Record<string, string> = {
  euro: 'eur', dollar: 'usd', pound: 'gbp', ruble: 'rub', rouble: 'rub', yen: 'jpy', yuan: 'cny', renminbi: 'cny',
  rupee: 'inr', rupiah: 'idr', krone: 'krone', kroner: 'krone', krona: 'sek', kronor: 'sek', peso: 'peso', franc: 'franc',
  rand: 'zar', naira: 'ngn', shilling: 'shilling', lira: 'try', lire: 'try', zloty: 'pln', dirham: 'aed', riyal: 'sar',
  rial: 'rial', dinar: 'dinar', baht: 'thb', ringgit: 'myr', shekel: 'ils', hryvnia: 'uah', forint: 'huf', cedi: 'ghs',
};
const UNITS = new RegExp(`^(percent|per cent|%|kilometers?|kilometres?|km|miles?|meters?|metres?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|tons?|tonnes?|barrels?|(?:${Object.keys(CURRENCY_NAMES).join('|')})s?)$`, 'i');
/** Words before "of N" that share out or place the number rather than say what it counts. */
const NOT_A_NOUN_BEFORE_OF = /^(?:total|number|figure|estimate|count|sum|most|some|all|each|none|any|half|part|majority|minority|rest|lots?|out|instead|ahead|top|because|none|one|both|many|few|age|aged|outskirts)$/;
const PER_CENT = /^\s+per\s+cent\b/i;
const PER_BASE = /^\s+per\s+(?:\d{1,3}(?:,\d{3})+|\d+|hundred|thousand|million|capita|head)\b(?!\s+(?:cent|percent)\b)/i;
const POINTS_AFTER = /^\s+((?:basis|percentage)\s+points?)\b/i;
// ("48.8 degrees Celsius", "120 degrees Fahrenheit": the unit written out.)
const TEMPERATURE_AFTER = /^\s?(?:°\s?|degrees?\s+(?=Celsius|Fahrenheit|C\b|F\b))?([CF])(?:elsius|ahrenheit)?(?![\w-])/;
const RICHTER_AFTER = /^\s+on the Richter scale\b/i;
const SPEEDS = new Set(['m/s', 'km/h', 'mph', 'knots']);
const WIND_BEFORE = /\b(gusts|winds|wind speeds)\b(?:\s+[\w'’-]+){0,3}?\s+(?:reached|hit|topped|of|at|exceeding|over)(?:\s+(?:up to|about|nearly|more than))?\s*$/i;
const CHANGE_NOUN = /^(?:jump|rise|increase|fall|drop|decline|gain|surge|slump|climb)s?$/i;
const CHANGE_VERB = String.raw`(?:rose|fell|climbed|jumped|dropped|increased|decreased|declined|grew|slumped|surged|gained|lost|slid|tumbled|soared|closed\s+(?:up|down)|(?:was|were|is|are)\s+(?:up|down))`;
/** "net income climbed 12%", "Sales rose 7%": the noun that moved, before its verb. */
const MOVED_BEFORE = new RegExp(String.raw`\b(?:(\p{L}{3,})\s+(?:in|of)\s+(?:\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}|the\s+\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Ll}+){0,2})|(\p{L}{3,})(?:,\s+which)?)\s+${CHANGE_VERB}\s+(?:by\s+)?(?:(?:about|around|nearly|almost|more than|over|some)\s+)?$`, 'u');
/** "the vaccine lowered infections by 20%", "cut emissions by 8%": what a deed changed, before "by". */
// ("cut the risk of developing bowel cancer by 21%": the head noun, before what it is "of".)
const CHANGED_OBJECT = /\b(?:slowed|cut|cuts|reduced|reduces|lowered|lowers|raised|raises|boosted|lifted|curbed|trimmed)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{3,})(?:\s+of\s+[^,;.]{1,50}?)?\s+by\s+(?:(?:about|around|nearly|almost|more than|over|some)\s+)?$/u;

/**
 * What a change in per cent is a change of, from the words before the figure or after it; none for
 * a name alone ("Harlow fell 2%" names no thing that moved; "Shares in Harlow fell 2%" does).
 */
function whatMoved(lead: string, after: string): string | null {
  const before = MOVED_BEFORE.exec(lead);
  if (before) return before[1] ? before[1].toLowerCase() : !/^\p{Lu}/u.test(before[2]) || isEnglishWord(before[2]) ? before[2].toLowerCase() : null;
  return (CHANGED_OBJECT.exec(lead)?.[1] ?? MOVED_AFTER.exec(after)?.[1])?.toLowerCase() ?? null;
}
/** "a 7% jump in first-half core sales": the last noun of what jumped, before its preposition or verb. */
// ("a 4.99% rise in council tax and cuts to libraries": the noun ends at "and".)
const MOVED_AFTER = /^\s*(?:jump|rise|increase|fall|drop|decline|gain|surge|slump|climb)\s+in\s+(?:(?:the|its|their)\s+)?(?:(?!(?:and|or|but)\s)[\p{L}-]+\s+){0,3}?(\p{Ll}{3,})(?=\s+(?:on|in|at|to|for|from|of|after|as|was|were|to|this|last|and|or|but)\b|[,.;]|$)/u;
/** "metres per second", "km/h", "mph", "knots" after a number: a speed. */
const SPEED_AFTER = /^\s+(met(?:er|re)s|km\/h|kph|mph|knots)(?:\s+(?:per|a)\s+second)?(?=[\s,.;)]|$)/i;
const STOP = /^(of|in|on|at|to|from|for|by|with|between|and|or|but|that|this|these|those|once|unless|until|although|though|whether|despite|which|who|whom|whose|when|where|if|because|so|had|have|has|was|were|is|are|been|the|a|an|its|their|his|her|as|than|since|during|into|over|across|after|before|while|per|near|outside|toward|towards|around|along|through|inside|within|without|amid|among|against|via|behind|beyond|under|above|off|up|down|out|was|will|would|could|can|according|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last|next|worth|valued|costing|weighing|each|also|again|too|even|annually|yearly|monthly|weekly|daily|apiece|overall|altogether|respectively)$/i;

/** A street named after a number: the number is the house's. */
const ADDRESS_AFTER = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Dr|Way|Place|Square|Court|Terrace)\b/u;
/** "the bounty for information rose to $8,000", "bail was set at $5,000": a sum that names itself before the amount. */
/** How far back a measure's name may stand: "the number of people killed during the protests in Tarvo has risen to". */
const MEASURE_REACH = 90;
/** A measure named before its number: "magnitude 6.8", "the death toll … rose to 2,012", "the number of ferries in service at 40". */
// ("has risen to", "had grown to": a perfect tense too.)
const TO_A_VALUE = String.raw`(?:(?:rose|risen|climbed|jumped|increased|doubled|grown|grew|fell|fallen|dropped|reached|stood|stands|was|is|has|had|have|hit|passed|topped|put|raised|lowered|set|at|to)\s+)*`;
const SUM_NAMED_BEFORE = new RegExp(String.raw`\b(reward|bounty|ransom|bail|fine|compensation|settlement|budget|cost|price|fee|salary)\b(?:\s+[\w.'’-]+){0,4}?\s+(?:${TO_A_VALUE}(?:at|to)|(?:was|is|were|are|would be|will be))\s*$`, 'i');
const MEASURE_BEFORE = new RegExp(String.raw`\b((?:death )?toll|tally|turnout|crowd|magnitude|temperature|inflation|unemployment|(?:interest |key |exchange )?rate)\b,?(?:\s+[\w.'’-]+){0,6}?\s+${TO_A_VALUE}(?:of\s+)?(?:at|to|of)?\s*$|\b(magnitude)\s*$|\bnumber of ((?:[a-z]+(?:ing|ed)\s+|[a-z]+\s+(?=[a-z]{2,}s\b))?[a-z]{3,}(?:\s+(?:killed|injured|wounded|hurt|missing|infected|displaced|evacuated|arrested|detained|rescued|confirmed|affected))?)\b(?:\s+[\w.'’-]+){0,6}?\s+${TO_A_VALUE}(?:(?:at|to)\s*|(?<=\b(?:was|is|were|are|stood|stands|reached|hit|topped|passed)\s+))$`, 'i');
/** Currency signs and prefixes written before an amount, and the currency each names. */
const CURRENCY_SIGNS: Record<string, string> = {
  $: 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', Rs: 'INR', 'Rs.': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₴': 'UAH',
  'A$': 'AUD', 'C$': 'CAD', 'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD', 'R$': 'BRL',
};
/** A number written in words of several parts: "two hundred and forty-six", "twenty-five", "six hundred". */
const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const BELOW_HUNDRED = String.raw`(?:(?:${TENS_WORDS})-(?:${UNIT_WORDS})\b|(?:${TENS_WORDS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNIT_WORDS})\b)`;
const COMPOUND_WORDS = String.raw`(?:(?:${UNIT_WORDS})\s+hundred(?:\s+(?:and\s+)?${BELOW_HUNDRED})?|(?:${TENS_WORDS})-(?:${UNIT_WORDS})\b)`;
const NUMBER = String.raw`((?:US|A|C|NZ|HK|S|R)\$|\$|€|£|¥|₹|₩|₽|₺|₴|Rs\.?\s?)?(${COMPOUND_WORDS}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:${TENS_WORDS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNIT_WORDS}|dozens|hundreds|thousands|millions)\b)(?:\s+(thousand|million|billion|trillion|lakh|crore)|(?<=[$€£¥₹][\d.,]+)(bn|tn|mn|m|k)\b|(p)\b)?`;
// "hand over 25 soldiers": after a verb that takes it as a particle, "over" bounds nothing.
const FIGURE = new RegExp(String.raw`(?<![\w.,-]|(?<![A-Z])[A-Z]{1,2}(?=\$))(?:(at least|no fewer than|no less than|no more than|not more than|more than|(?<!\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing)\s)over|upwards of|nearly|almost|close to|closer to|about|around|roughly|approximately|some|up to|as many as)\s+)?${NUMBER}(?:-(\w+))?`, 'gi');

/** "of the 300 beds", "of the catch", "of the Assembly's 60 seats": the whole a number is part of, and its noun. */
const OF_WHOLE = /^of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}.-]+['’]s\s+|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+)?(?:(\d[\d,.]*)\s+)?(?!(?:the|its|their|his|her)\b)(\p{Ll}{3,})\b/u;
/** "nine of the ship's 24 lifeboats": the words before a whole that a part is counted out of. */
const PART_BEFORE = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|most|some|half|none)\s+of\s+(?:the|its|their|his|her)\s+(?:[\p{L}.-]+['’]s\s+)?$/iu;
/** "700 of Harlow Labs' 770 employees": a whole a named owner has. */
const PART_OF_NAMED_BEFORE = /\b(?:\d[\d,.]*|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Aa]ll|[Mm]ost|[Ss]ome|[Hh]alf)\s+of\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+$/u;

/** "bringing the total to", "taking the number of cases since May 1 to": a running total, and what it counts when it says. */
const RUNNING_TOTAL = /\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their)\s+(?:total|tally|count|number|(?:death\s+)?toll)(?:\s+(?:number\s+)?of\s+([a-z]{3,}))?(?:\s+[\w,'’.-]+){0,8}?\s+to\s*$/;

/** A vote's tally after a verb of voting ("voted 7-2", "split 6-3") or before the word vote ("a 51-49 vote"). */
const VOTE_TALLY = /\b(?:voted|split|passed(?: it)?|approved(?: it)?|rejected(?: it)?|ruled)\s+(?:by\s+)?(\d{1,3}[-–]\d{1,3})\b|\b(by|in|the|a)\s+(?:an?\s+)?(\d{1,3}[-–]\d{1,3})\s+(?:vote|decision|ruling|majority|verdict)\b/gi;

const VAGUE: Record<string, number> = { tens: 20, hundreds: 200 };
const VAGUE_SCALE = /\b((tens|hundreds)\s+of\s+(thousands|millions))(?:\s+of)?\b/gi;

/** Past tenses not made with "-ed", which end a counted noun phrase as "-ed" ones do. */
const PAST_VERBS = `${IRREGULAR_PAST}|left|saw`
  // Past participles that follow a counted noun: "9,000 homes built last year", "cars sold".
  + '|built|sold|bought|found|kept|brought|caught|sent|spent|paid|laid|led|known|seen|taken|given|driven|written|shown|drawn|thrown|flown|chosen|stolen|frozen|broken|spoken|hidden';
const PAST_FORM = new RegExp(`^(?:${PAST_VERBS})$`, 'i');
/** Pronouns, which end a counted noun phrase ("the 9% it is seeking"); case matters ("10 US states"). */
const PRONOUN = /^(?:it|they|he|she|we|you|them|him|us|It|They|He|She|We|You|I)$/;
/** Verbs of state a counted noun takes in the present: "households remain", "families face". */
const PRESENT_STATE = /^(?:remains?|stays?|faces?|needs?|lacks?|awaits?|says?)$/i;
/** The states such a verb tells of that count with the noun: "47 others remain missing". */
const STATE_AFTER = /^(missing|trapped|stranded|unaccounted|detained|displaced|homeless|hospitali[sz]ed)\b/i;

/** The noun phrase after a number, up to three words: "352 civilians died" → "civilians". */
function subjectAfter(words: string[]): string {
  const subject: string[] = [];
  for (const [k, w] of words.entries()) {
    const clean = w.replace(/[,.;:!?)"”]+$/, '');
    // ("the 9% it is seeking": a pronoun, in lower case, since "10 US states" counts states.)
    // ("150 people on board": who were aboard.)
    if (clean === 'on' && subject.length && /^board\b/.test(words[k + 1] ?? '')) { subject.push('aboard'); break; }
    if (STOP.test(clean) || PRONOUN.test(clean) || !clean || /^[\d"“(]/.test(clean) || !/^\p{L}/u.test(clean)) break;
    // "352 civilians died", "24 boats left the harbour": a past-tense verb after the noun ends the subject.
    if (subject.length && (/ed$/.test(clean) || PAST_FORM.test(clean))) break;
    // "1.8 million households remain without power": so does a verb of state in the present,
    // though the state it tells of counts with the noun ("47 others remain missing").
    if (subject.length && PRESENT_STATE.test(clean)) {
      const state = STATE_AFTER.exec(words[k + 1] ?? '');
      if (state) subject.push(state[1]);
      break;
    }
    subject.push(clean);
    if (clean !== w || subject.length >= 3) break;
  }
  return subject.join(' ');
}

/**
 * "Nine carriages came off the track", "three people were killed": a small number in words counts
 * when what it counts is the subject of a deed right after it; "the two sides met" counts no news.
 */
const COUNTED_DOER = new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:\\p{Ll}{2,}s|people|men|women|children)\\s+(?:were|was|have|had|\\p{Ll}{3,}ed|${PAST_VERBS})\\b`, 'u');
/** "expelled six Russian diplomats", "rescued nine miners": …or the people a deed was done to. */
const DEED_ON = /\b(?:expelled|ordered|killed|arrested|detained|rescued|evacuated|injured|wounded|freed|released|deported|dismissed|sacked|charged|convicted|summoned|captured|abducted|kidnapped|executed|sentenced|hired|recalled)\s+(?:at least\s+|about\s+|some\s+)?$/;
const COUNTED_PEOPLE = /^\s+(?:[\p{L}-]+\s+)?(?:\p{Ll}{2,}s|people|men|women|children)\b/u;

/** "nine of the ship's 24 lifeboats": a small number in words that is part of a counted whole. */
const PART_OF_COUNT = /^\s+of\s+(?:the|its|their|his|her)\s+(?:[\p{L}.-]+['’]s\s+)?\d/u;

/** A word-number or digits → number ("4,500" → 4500, "five" → 5). */
function toNumber(raw: string): number {
  const lower = raw.toLowerCase();
  if (/^[a-z]+(?:[\s-]+[a-z]+)+$/.test(lower)) {
    // "two hundred and forty-six": hundreds, then tens and units.
    return lower.split(/[\s-]+/).filter((w) => w !== 'and').reduce((n, w) => (w === 'hundred' ? n * 100 : n + (WORD_NUMBERS[w] ?? NaN)), 0);
  }
  return WORD_NUMBERS[lower] ?? Number(raw.replace(/,/g, ''));
}

/**
 * Quantities with their bound, unit and subject ("at least 352 Ukrainian civilians",
 * "a 25-kilometer convoy", "$630 billion foreign reserves", "20 percent"). Dates, times,
 * years and ordinals are not figures.
 */
export function figuresInSentence(s: Sentence): Figure[] {
  const out: Figure[] = [];
  const position = new Map<Figure, number>();
  // "hundreds of thousands of people": one vague quantity, not "hundreds" of "thousands".
  const vague: [number, number][] = [];
  for (const m of s.text.matchAll(VAGUE_SCALE)) {
    const subject = subjectAfter(s.text.slice(m.index! + m[0].length).split(/\s+/).filter(Boolean));
    vague.push([m.index!, m.index! + m[0].length]);
    const figure: Figure = { text: m[1], value: VAGUE[m[2].toLowerCase()] * SCALE[m[3].toLowerCase().replace(/s$/, '')], unit: '', bound: 'about', subject, sentence: s.index };
    position.set(figure, m.index!);
    out.push(figure);
  }
  // "voted 7-2", "by a 51-49 vote": a tally, counted by the votes for.
  for (const m of s.text.matchAll(VOTE_TALLY)) {
    const text = m[1] ?? m[3];
    const at = m.index! + m[0].indexOf(text);
    vague.push([at, at + text.length]);
    const figure: Figure = { text, value: Number(text.split(/[-–]/)[0]), unit: 'votes', bound: 'exact', subject: 'vote', sentence: s.index };
    position.set(figure, at);
    out.push(figure);
  }
  for (const m of s.text.matchAll(FIGURE)) {
    if (vague.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
    const [written, boundWord, currency, num, wordScale, shortScale, pence, hyphenUnit] = m;
    // "nine and a half years": a half more, written out after the number.
    const half = !wordScale && !shortScale && !hyphenUnit ? /^\s+and\s+a\s+half\b/i.exec(s.text.slice((m.index ?? 0) + written.length))?.[0] ?? '' : '';
    const whole = written + half;
    // "£2.1bn", "$5m": a short scale only after a currency sign ("5m" alone is five metres).
    const scale = wordScale ?? (shortScale ? SHORT_SCALE[shortScale] : undefined);
    const at = m.index ?? 0;
    const before = s.text.slice(Math.max(0, at - 12), at);
    const after = s.text.slice(at + whole.length);
    if (/^\d{4}$/.test(num) && !currency && Number(num) > 1900 && Number(num) < 2100) continue;
    // "a one-off payment", "a one-sided deal": idioms, not counts.
    if (/^one-(?:off|time|sided|way|on|man|stop|size|liner|shot|party)$/i.test(whole.trim())) continue;
    // "a 52-year-old captain": an age describes a person; it counts nothing in the story.
    if (hyphenUnit && /^(?:year|month|week|day)s?$/i.test(hyphenUnit) && /^-old\b/.test(after)) continue;
    if (MONTH_BEFORE.test(before)) continue;
    // "raised wages by 25% over four years", "nine hours over two days": the span of the figure
    // before it, no count of years or days.
    if (/^over$/i.test(boundWord ?? '') && /^\s*(?:years?|months?|weeks?|days?|decades?)\b/i.test(after) && /(?:\d\s*%|\d\s*(?:per\s*cent|percent)|\b(?:increase|rise|raise|cut|increases|rises|raises|cuts|growth|decline|deal|contract)|(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many))\s+(?:hours?|days?|weeks?|months?))\s+$/i.test(s.text.slice(Math.max(0, at - 40), at))) continue;
    // "the 380 XL, …": a model's number before its name in capitals counts nothing ("the 91 US cases" does).
    if (/\bthe\s+$/i.test(before) && !currency && !hyphenUnit && /^\s+\p{Lu}{2,}(?:\s*[,.;)]|\s+(?:and|or)\b|\s*$)/u.test(after)) continue;
    if (MONTH_AFTER.test(after)) continue;
    if (/^\s*(a\.m\.|p\.m\.|am\b|pm\b|:\d)/i.test(after) || /:$/.test(before)) continue;
    // "voters under 30", "people over 65", "those aged 18 to 24": an age that marks out a group.
    if (/\b(?:(?:voters|people|children|adults|those|men|women|anyone|everyone|residents|patients|workers|drivers)\s+(?:under|over|above|below|aged)|aged|ages)\s+$/i.test(s.text.slice(Math.max(0, at - 30), at + Math.max(0, whole.indexOf(num)))) && !currency && !/^\s*(?:%|per\s*cent|percent)/i.test(after)) continue;
    // "eight times a year", "three times the target", "2.5 times more": how often or how many fold,
    // not how many of anything ("discharged sewage 900 times" does count discharges).
    if (/^\s+times\s+(?:a|an|per|each|every|the|as|more|less|higher|lower|greater|larger|bigger|smaller|faster|normal|earnings|what|that|this|its|their|his|her|our)\b/i.test(after)) continue;
    // "a man in his 70s", "prices of the 90s": a decade of life or of a century, no count.
    if (/^['’]?s\b/.test(after) && !currency) continue;
    // "twenty to midnight", "ten past three": a clock time told in words ("three to four in every
    // hundred" is a range).
    if (/^(?:five|ten|twenty|twenty-five)$/i.test(num) && /^\s+(?:minutes\s+)?(?:to|past)\s+(?:midnight|midday|noon|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(after)) continue;
    // A clock time before a time zone ("10.40 BST", "0900 GMT") is not a quantity.
    if (/^\s*(?:BST|GMT|UTC|EDT|EST|CDT|CST|PDT|PST|CET|CEST|EET|EEST|MSK|IST|JST)\b/.test(after)) continue;
    // "400 Grant Avenue", "12 Lock Street": a house number, part of an address.
    if (!currency && ADDRESS_AFTER.test(after)) continue;
    // "about one in ten of its workers", "1 in 4 children": a ratio, neither number a count.
    // ("at least 150 in 12 towns" is a count in places: a ratio's first number is small, its second larger.)
    const ratioOf = /^\s+in\s+(\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|a thousand)\b/i.exec(after);
    const ratioTo = /\b(one|two|three|four|five|[1-9]|10)\s+in\s+$/i.exec(before);
    const small = (w: string): number => toNumber(w.replace(/^a\s+/i, 'one '));
    if (!currency && ((ratioOf && toNumber(num) <= 10 && small(ratioOf[1]) > toNumber(num)) || (ratioTo && toNumber(num) > small(ratioTo[1])))) continue;
    // "call 999 immediately", "dial 911", "ring 101": a telephone number, not a quantity.
    // ("will call 300 workers back" counts them.)
    if (!currency && /\b(?:call|calls|calling|dial|dialled|dialed|dialling|dialing|ring|phone|text)\s+$/i.test(before) && /^(?:\s*$|\s*[.,;:)"”]|\s+(?:immediately|now|or|and|if|for|on|at|to|from|in)\b)/i.test(after)) continue;
    // "2nd", and model numbers ("Nord Stream 2", "Boeing 737") — but not "Only 120" at a sentence start.
    const capitalBefore = /\p{Lu}\p{Ll}+\s$/u.test(before) && s.text.slice(0, at).trim().split(/\s+/).length > 1;
    // ("gave the People's Party 31.5% of the vote": a share after a name is no model number.)
    if (/^(st|nd|rd|th)\b/.test(after) || (capitalBefore && !boundWord && !currency && !wordScale && !/^\s?(?:%|per\s*cent\b|percent\b)/i.test(after))) continue;
    // "the death toll has climbed to nine", "taking the tally to ten": a small number a measure names counts.
    const named = (): boolean => MEASURE_BEFORE.test(s.text.slice(Math.max(0, at - MEASURE_REACH), at)) || RUNNING_TOTAL.test(s.text.slice(Math.max(0, at - 80), at));
    if (/^[a-z]+$/i.test(num) && toNumber(num) <= 12 && !boundWord && !scale && !hyphenUnit && !UNITS.test(after.trim().split(/\s+/)[0]?.replace(/[,.;)]$/, '') ?? '') && !PER_CENT.test(after) && !named()
      && !(toNumber(num) >= 2 && (COUNTED_DOER.test(after) || PART_OF_COUNT.test(after) || (DEED_ON.test(before) && COUNTED_PEOPLE.test(after))) && !/\bthe\s+$/i.test(before))) continue;
    const value = (toNumber(num) + (half ? 0.5 : 0)) * (scale ? SCALE[scale.toLowerCase()] : 1);
    if (!Number.isFinite(value)) continue;
    const words = after.replace(/^\s*\([^)]*\)/, '').split(/\s+/).filter(Boolean);
    let unit = currency ? CURRENCY_SIGNS[currency.trim()] : pence ? 'pence' : '';
    if (hyphenUnit && UNITS.test(hyphenUnit)) unit = hyphenUnit;
    // "4,120 per 100,000", "12 per capita": a rate, in a unit of its own.
    else if (!unit && PER_BASE.test(after)) {
      const per = PER_BASE.exec(after)!;
      unit = per[0].trim().toLowerCase();
      if (/^[,;.]/.test(after.slice(per[0].length))) words.length = 0; else words.splice(0, 2);
    }
    // "44C", "44 °C", "104F": a temperature, whatever follows it.
    else if (!unit && TEMPERATURE_AFTER.test(after)) { unit = `°${TEMPERATURE_AFTER.exec(after)![1]}`; words.length = 0; }
    // "4 per cent": the one unit of two words.
    // (A comma after it ends the figure's phrase: "to 6.5 per cent, caught analysts off guard".)
    else if (!unit && PER_CENT.test(after)) { if (/,$/.test(words[1] ?? '')) words.length = 0; else words.splice(0, 2); unit = 'per cent'; }
    // "50 basis points", "1.5 percentage points": a change in a rate, in points.
    else if (!unit && POINTS_AFTER.test(after)) { const points = POINTS_AFTER.exec(after)!; unit = points[1].toLowerCase(); if (/^,/.test(after.slice(points[0].length))) words.length = 0; else words.splice(0, 2); }
    // "30 metres per second", "70 mph": a speed, not a length.
    else if (!unit && SPEED_AFTER.test(after)) {
      const speed = SPEED_AFTER.exec(after)!;
      words.splice(0, speed[0].trim().split(/\s+/).length);
      unit = speed[0].trim();
      if (/^[,;.]/.test(after.slice(speed[0].length))) words.length = 0;
    }
    else if (!unit && words[0] && UNITS.test(words[0].replace(/[,.;)]$/, ''))) {
      const word = words.shift()!;
      unit = word.replace(/[,.;)]$/, '');
      // "a raise over three years, the union said": a comma after the unit ends the figure's phrase
      // (a bracket does not: "$12m (£9 million) cash deal" is a conversion, then its subject).
      if (/[,;.]$/.test(word)) words.length = 0;
      // ("4.2 billion euro ($4.6 billion) acquisition": the conversion in brackets, then the subject.)
      else if (/^\(/.test(words[0] ?? '')) { const close = words.findIndex((w) => /\)$/.test(w)); if (close >= 0 && close < 4) words.splice(0, close + 1); }
    }
    if (/^(hundreds|thousands|dozens|millions)$/i.test(num) && words[0] === 'of') words.shift();
    // "12 of the 300 beds", "40 percent of the catch": the part counts what the whole does.
    const partOf = !subjectAfter(words) ? OF_WHOLE.exec(words.join(' ')) : null;
    // ("far above the 120 reported by police": a number another source gave, of what the sentence counts already.)
    const givenBy = !unit && GIVEN_BY.test(s.text.slice(Math.max(0, at - 5), at + whole.length) + after.slice(0, 40));
    // ("three days of national mourning", "4% of their global annual turnover": the whole's noun phrase, to its head.)
    const wholeNoun = partOf && (unit || partOf[1]) ? subjectAfter(words.join(' ').slice(partOf.index + partOf[0].length - partOf[2].length).split(/\s+/)) || partOf[2] : null;
    const subject = givenBy ? [] : (wholeNoun ?? subjectAfter(words)).split(' ').filter(Boolean);
    // "40 cars derailed, including 11 carrying chemicals": a part of the count before it, its noun
    // left out before a participle, counts what that count did.
    const partOfBefore = !unit && /^\p{Ll}{3,}ing$/u.test(subject[0] ?? '') && /\b(?:including|among them|of (?:them|which|whom))\s+$/i.test(s.text.slice(Math.max(0, at - 30), at))
      ? [...out].reverse().find((f) => !f.unit && f.subject) : undefined;
    if (partOfBefore) subject.splice(0, subject.length, partOfBefore.subject);
    // "costs $5.20, up from $3.70 last week": an earlier value of what the figure before it measures.
    const earlierOf = !subject.length && /\b(?:up|down)\s+from\s+$/i.test(s.text.slice(Math.max(0, at - 12), at)) ? [...out].reverse().find((f) => f.unit === normaliseUnit(unit) && f.subject) : undefined;
    if (earlierOf) subject.push(earlierOf.subject);
    // "magnitude 6.8", "the death toll rose to 2,012": the noun before the number says what it measures.
    const measured = MEASURE_BEFORE.exec(s.text.slice(Math.max(0, at - MEASURE_REACH), at));
    // (A distance or a sum is none of those: "temperature about 20 miles before" measures no temperature.)
    const measuredHere = measured && (!unit || (!subject.length && /^(?:percent|°|per )/.test(normaliseUnit(unit))));
    // ("put the turnout at 120,000": a turnout or a crowd told as a count counts people.)
    if (measuredHere) subject.splice(0, subject.length, !unit && /^(?:turnout|crowd)$/i.test(measured[1] ?? '') ? 'people' : (measured[1] ?? measured[2] ?? measured[3]).toLowerCase());
    // "turnout among voters under 30 was 52%": a measure of a group within the whole.
    const ofGroup = Boolean(measuredHere && measured[1] && /^\s+among\b/i.test(measured[0].slice(measured[0].toLowerCase().indexOf(measured[1].toLowerCase()) + measured[1].length)));
    // Money says what it is for around it: "bribes worth €2 million", "1.8 million euros in bribes".
    if (!subject.length && CURRENCY_WORDS[normaliseUnit(unit)]) {
      // "in bribes" says what for; "in bitcoin" only how it is paid.
      const afterAmount = after.slice(unit && !currency && !hyphenUnit ? after.indexOf(unit) + unit.length : 0);
      // ("in central assistance", "in lost sales": the noun after its adjective.)
      const inWhat = /^\s+in\s+(?!(?:the|a|an|its|their|his|her|our|your|my|this|that)\b)(?:(?:central|federal|state|foreign|lost|new|fresh|emergency|additional|extra|direct|public|private|annual|military|humanitarian|financial)\s+)?([a-z]{3,})/.exec(afterAmount);
      const lead = s.text.slice(Math.max(0, at - 40), at);
      // "$40 million for school repairs": what it pays for ("for violating …" says why, not what).
      const forWhat = /^\s+for\s+(?:the\s+)?(?!(?:the|a|an|his|her|its|their|our|this|that|each|every|all|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|several|many|more|less|about|around|over|nearly|almost|up)\b)([a-z]{3,})\b(?<!ing)/.exec(afterAmount);
      // A sum that names itself or the thing it values ("contracts worth €40m for equipment",
      // "a reward of $8,000 for information") is that, whatever it pays for.
      const moved = MONEY_VERB.exec(lead);
      const what = (inWhat && !PAYMENT_MEDIUM.test(inWhat[1]) ? inWhat : null) ?? SUM_NAMED_BEFORE.exec(lead) ?? WORTH_OF_BETWEEN.exec(s.text.slice(Math.max(0, at - 90), at)) ?? WORTH_BEFORE.exec(lead) ?? SUM_REACHED.exec(lead) ?? VALUED_IN_CLAUSE.exec(lead) ?? forWhat ?? moved ?? COST_OF.exec(lead) ?? WORTH_SUBJECT.exec(s.text.slice(0, at));
      // ("85,000 kronor in consulting fees": the noun phrase after "in", to its head.)
      if (what === inWhat && inWhat) subject.push(subjectAfter(afterAmount.slice(inWhat.index + inWhat[0].length - inWhat[1].length).split(/\s+/).filter(Boolean)) || inWhat[1]);
      else if (what) subject.push(what === moved && /^sav/.test(what[1]) ? 'savings' : what[1].toLowerCase());
      // ("agreed to buy rival Quillwork for $4.2 billion": the price of a purchase is the deal's.)
      else if (DEAL_PRICE.test(s.text.slice(Math.max(0, at - 90), at))) subject.push('deal');
      // "claimed more than £40,000 in expenses" and "claimed £38,500 for the flat": the deed names the sum too.
      const deed = moved?.[1];
      if (what && deed && what[1] !== deed) subject.push(deed);
    }
    // "flew for about 52 minutes", "travelled for 40 minutes": how long a missile, a rocket or a plane was in the air.
    if (!subject.length && ELAPSED_UNIT.test(normaliseUnit(unit)) && IN_FLIGHT_BEFORE.test(s.text.slice(Math.max(0, at - 50), at))) subject.push('flight');
    // "winds hit 30 metres per second": a speed says what moved that fast before it.
    if (!subject.length && SPEEDS.has(normaliseUnit(unit))) {
      const wind = WIND_BEFORE.exec(s.text.slice(Math.max(0, at - 40), at));
      if (wind) subject.push(wind[1].toLowerCase());
    }
    // "net income climbed 12%", "a 7% jump in sales": a change in per cent is a change of what moved.
    if (normaliseUnit(unit) === 'percent' && (!subject.length || CHANGE_NOUN.test(subject[0]) || /ed$/.test(subject[0]))) {
      const lead = s.text.slice(Math.max(0, at - 90), at);
      const moved = whatMoved(lead, after.replace(/^\s*(?:%|per\s*cent|percent)/i, ''));
      // ("Consumer prices rose 2.6% in the year to August": that is inflation.)
      if (moved) subject.splice(0, subject.length, moved === 'prices' && /\bconsumer\s+prices\s+\S+\s+(?:by\s+)?(?:(?:about|around|nearly|almost|more than|over|some)\s+)?$/i.test(lead) ? 'inflation' : moved);
    }
    // "pay rises of 4 per cent", "a fine of $5m": the noun before "of" when none follows.
    if (!subject.length) {
      // "Winds of up to 30 m/s" opening a sentence: the noun capitalised.
      const of = /\b(\p{L}\p{Ll}{2,})\s+of\s+$/u.exec(s.text.slice(Math.max(0, at - 30), at));
      if (of && !STOP.test(of[1]) && !NOT_A_NOUN_BEFORE_OF.test(of[1].toLowerCase())) subject.push(of[1].toLowerCase());
    }
    // "12 new cases …, bringing the total to 90": a running total counts what the figure before it did.
    if (!subject.length && !unit) {
      const total = RUNNING_TOTAL.exec(s.text.slice(Math.max(0, at - 80), at));
      const counted = total && (total[1] ?? [...out].reverse().find((f) => f.subject)?.subject);
      if (counted) subject.push(...counted.split(' ').slice(-1));
    }
    // "by 312 votes to 279", "311 in favour and 278 against": the other side of a vote counts votes too.
    if (!subject.length && !unit && (/\bvotes?\s+to\s+$/i.test(s.text.slice(Math.max(0, at - 20), at)) || /^\s+(?:against|in favou?r|abstentions?|abstained)\b/i.test(after))) subject.push('votes');
    // "and 20 are missing", "12 were killed": the fate after the verb says what the number counts.
    if (!subject.length && !unit) {
      const fate = FATE_AFTER.exec(after);
      if (fate) subject.push(/hospital$/.test(fate[1]) ? 'hospitalised' : fate[1]);
      // "killing 14 people and injuring 21": the number a deed to people is done to counts people.
      else if (HARMING_BEFORE.test(s.text.slice(Math.max(0, at - 40), at)) && /^\s*(?:[,.;]|(?:and|or|but)\b|$)/.test(after)) subject.push('people');
    }
    // "watched by 1.6 million people", "employed 3,400 people": people the verb before them names.
    const verbBefore = s.text.slice(Math.max(0, at - 30), at).replace(BOUND_TAIL, '');
    const renamed = unit ? undefined : RENAMED_BY_VERB.find((r) => r.subject.test(subject.join(' ')) && r.before.test(verbBefore));
    if (renamed) subject.splice(0, 1, renamed.as);
    // "Nurses voted by 91% to strike": a share of the nurses, as "89% of nurses backed a strike" is.
    const votersBefore = /\b(\p{Ll}{3,}s)\s+(?:have\s+|had\s+)?voted\s+(?:by\s+)?$/iu.exec(s.text.slice(Math.max(0, at - 40), at));
    if (votersBefore && /^(?:percent|per cent|%)$/.test(unit) && !subject.length) subject.push(votersBefore[1].toLowerCase());
    // "250mm of rain", "5cm across": a measure written short is the measure written long ("300 millimetres of rain").
    if (!unit && subject.length === 1 && SHORT_MEASURE[subject[0]]) subject.splice(0, 1, SHORT_MEASURE[subject[0]]);
    // "312 lawmakers voting against her", "265 MPs voted for it": votes cast, as "by 311 votes to 265" counts them.
    if (!unit && /^(?:lawmakers|legislators|mps|deputies|senators|members|councillors|councilors|delegates|representatives)(?: voting| voted)?$/i.test(subject.join(' ')) && /^\s+\S+\s+(?:voted|voting|vote)\b/i.test(after)
      // ("a majority of its 40 members voted": the whole body, not its votes.)
      && !/\bof\s+(?:(?:its|the|their|all)\s+)?$/i.test(before)) subject.splice(0, subject.length, 'votes');
    // "licensed to carry 50 people", "can seat 180 passengers": how many it may hold, not how many it held.
    if (!unit && CAPACITY_BEFORE.test(s.text.slice(Math.max(0, at - 40), at))) subject.splice(0, subject.length, 'capacity');
    // A bare number needs a bound to count ("closer to 1,600"); "the 500" alone is not a figure.
    if (unit.startsWith('°')) subject.splice(0, subject.length, 'temperature');
    // "measured 6.8 on the Richter scale": a magnitude.
    if (!subject.length && RICHTER_AFTER.test(after)) subject.push('magnitude');
    // "…, while the ministry put the number at 250": a bare number named as "the number" counts what came before.
    if (!unit && !subject.length && !boundWord && !THE_FIGURE.test(s.text.slice(Math.max(0, at - 40), at)) && !elliptical(s.text, at, whole.length)) continue;
    // "Five years later", "two weeks earlier", "three days ago": when, counted from a moment, not how long anything lasted.
    if (/^(?:minute|hour|day|week|month|year)$/.test(normaliseUnit(unit)) && !hyphenUnit && /^\s+\p{L}+\s+(?:later|earlier|ago|afterwards|previously)\b/iu.test(after)) continue;
    const bound = boundWord ? BOUNDS.find(([re]) => re.test(boundWord))?.[1] ?? 'exact' : /^(dozens|hundreds|thousands|millions)$/i.test(num) ? 'about' : 'exact';
    const figure: Figure = { text: whole.trim() + (unit && !hyphenUnit && !currency && !pence ? ` ${unit}` : ''), value, unit: normaliseUnit(unit), bound, subject: subject.join(' '), sentence: s.index };
    // The whole a part is counted out of is no rival to counts of the part: 24 lifeboats, 9 launched.
    if (PART_BEFORE.test(s.text.slice(Math.max(0, at - 40), at)) || PART_OF_NAMED_BEFORE.test(s.text.slice(Math.max(0, at - 40), at))) figure.whole = true;
    if (partOfBefore || ofGroup) figure.part = true;
    position.set(figure, m.index!);
    out.push(figure);
  }
  // In the order written: a figure and its conversion in brackets are neighbours.
  for (const f of out) f.offset = position.get(f)!;
  return joinHoursAndMinutes(out.sort((a, b) => a.offset! - b.offset!), s.text);
}

/** "four hours and 41 minutes": one length of time, in minutes, not two figures. */
// ("2 hours, 0 minutes and 35 seconds", "four minutes and 10 seconds": down to seconds too.)
function joinHoursAndMinutes(figures: Figure[], text: string): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const prev = out[out.length - 1];
    const next = prev ? NEXT_UNIT[prev.unit] : undefined;
    if (next && f.unit === next && /^\S+(?:\s+\S+)*?\s+(?:hours?|minutes?)(?:,\s+|,?\s+and\s+)$/i.test(text.slice(prev.offset!, f.offset!)) && f.offset! - prev.offset! < 40) {
      out[out.length - 1] = { ...prev, text: text.slice(prev.offset!, f.offset! + f.text.length), value: prev.value * 60 + f.value, unit: f.unit, subject: prev.subject || f.subject };
    } else out.push(f);
  }
  return out;
}
/** The unit a length of time is told in after each: hours, then minutes, then seconds. */
const NEXT_UNIT: Record<string, string> = { hour: 'minute', minute: 'second' };

const FATE_AFTER = /^\s+(?:are|were|have been|had been|remain|remained)\s+(?:still\s+)?(missing|dead|killed|injured|hurt|wounded|detained|arrested|hospitali[sz]ed|displaced|unaccounted|(?:taken|rushed|admitted) to hospital)\b/;
/** "killing 14 people and injuring 21", "wounded at least 40": a deed done to people, then their number. */
const HARMING_BEFORE = /\b(?:killing|injuring|wounding|hurting|killed|injured|wounded)\s+(?:(?:at least|about|some|nearly|more than|another)\s+)?$/i;
/** A day of a month, not a quantity: "March 4", "Sept. 11", "4 March". */
const MONTH_BEFORE = new RegExp(`(?:${MONTH}|\\b(?:${MONTH_ABBREVIATIONS})\\.?)\\s*$`);
const MONTH_AFTER = new RegExp(`^\\s*(?:${MONTH})\\b`);
/** "bribes worth", "pieces were worth": the thing valued, past a verb "to be" between it and "worth". */
// (Not a noun a preposition governs: in "the contracts he steered to associates were worth", the contracts are.)
// ("the deal, valued at 4.4 billion euros": set off by a comma too.)
// ("stolen from the museum are worth": a noun after a preposition and its article is no subject either.)
const WORTH_BEFORE = /(?<!\b(?:to|for|from|with|by|of|on|in|at)\s(?:(?:the|a|an|its|their)\s)?)\b(?!(?:which|that|who|they|she|he|we|it|is|are|was|were|been)\b)([a-z]{3,})(?:\s+(?:(?:is|are|was|were|be|been)\s+)?|,\s+)(?:worth|totalling|totaling|valued at|amounting to)(?:\s+an?)?(?:\s+estimated)?\s+$/;
/** "Trade between the two countries was worth": the noun before a phrase that says between or of whom. */
// (The clause's own subject, no participle: "The jewels stolen from the museum are worth" is the jewels'.)
const WORTH_OF_BETWEEN = /(?:^|[,;]\s+)(?:(?:the|its|their)\s+)?(?:[a-z]+\s+)?(?!(?:which|that|who|they|it)\b|[a-z]+(?:ed|en)\b)(\p{L}[a-z]{2,})\s+(?:between|among|from|with)\s+[^,;]{3,50}?\s(?:is|are|was|were)\s+(?:worth|valued at)(?:\s+an?)?(?:\s+estimated)?\s+$/iu;
/** "Bilateral trade reached $52 billion", "sales topped": the noun whose sum reached the value. */
// ("The bill for repairs reached": a noun after a preposition is not what reached it.)
const SUM_REACHED = /(?<!\b(?:of|for|on|in|to|from|by|with)\s)\b(?!(?:which|that|who|they|it|this|he|she|we|and|also|still|then|now|could|would|will|may|might|can|should|must|have|has|had|was|were|been)\b)([a-z]{3,})\s+(?:reached|hit|totalled|totaled|topped|amounted to|stood at|rose to|fell to|grew to|climbed to|dropped to)\s+$/;
/** "the paintings, which the insurer valued at": the thing valued is the noun the clause is about. */
const VALUED_IN_CLAUSE = /\b([a-z]{3,}),?\s+(?:which|that)\s+(?:\p{L}+\s+){0,2}(?:valued|estimated|put)\s+at\s+$/u;
/** Units a flight's length is told in, and the verbs that say a thing was in the air that long. */
const ELAPSED_UNIT = /^(?:second|minute|hour|day)$/;
const IN_FLIGHT_BEFORE = /\b(?:flew|flown|flying|travel(?:l)?ed|orbited|hovered|drifted|airborne)\s+(?:for\s+)?(?:(?:about|around|some|nearly|almost|roughly|more than|over|at least|just over|just under)\s+)?$/;

/** "The paintings taken from the gallery last week are worth": the sentence's subject, said to be worth it. */
const WORTH_SUBJECT = /(?:^|,\s+)(?:The|the|Its|its|Their|their|His|his|Her|her)\s+([a-z]{3,})\b[^,;]*\s(?:is|are|was|were)\s+(?:worth|valued at)(?:\s+an?)?(?:\s+estimated)?\s+$/;
const PAYMENT_MEDIUM = /^(?:bitcoin|cryptocurrency|crypto|cash|gold|shares|stock|bonds|cheques?|checks?)$/;
/** "demanded $5m", "paid $2m": the deed says what the money is, when nothing else does ("a ransom of $2m" says it by its noun). */
// ("will save €800 million a year": a saving.)
const MONEY_VERB = /\b(demanded|claimed|paid|offered|pledged|sought|requested|raised|spent|spend|invest|invested|allocated|earmarked|lost|owed|fined|awarded|save|saves|saved|saving)\s+$/;
/** "buy rival Harlow Labs for ", "sold its stake in Tarvo Mining for about ": a purchase, then its price. */
const DEAL_PRICE = new RegExp(String.raw`\b(?:${PURCHASE_VERBS}|sell|sold|selling)\s+(?:[\w'’.&-]+\s+){1,6}?for\s+(?:(?:about|some|nearly|around|roughly|almost)\s+)?$`, 'i');
/** "will cost the city €4m", "cost the league 3 million pounds": what a deed costs someone. */
const COST_OF = /\b(cost)s?\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:\p{L}[\p{L}'’-]*\s+)?(?:(?:about|around|some|nearly|almost|up to|more than|at least)\s+)?$/u;
/** Currency words and codes → one code per currency ("1.8 million euros" and "€2 million" meet). */
const CURRENCY_WORDS: Record<string, string> = {
  ...CURRENCY_NAMES,
  // (Each code as itself too: a figure's unit is its code once normalised.)
  ...Object.fromEntries(Object.values(CURRENCY_NAMES).map((code) => [code, code])),
  ...Object.fromEntries(Object.values(CURRENCY_SIGNS).map((code) => [code.toLowerCase(), code.toLowerCase()])),
};

/** A sum of money's unit (as normaliseUnit spells it): a currency's code, or pence. */
export const isMoneyUnit = (unit: string): boolean => unit === 'pence' || MONEY_CODES.has(unit);
const MONEY_CODES = new Set(Object.values(CURRENCY_WORDS));

/** One spelling per unit so that figures can be compared. */
export function normaliseUnit(unit: string): string {
  const u = unit.toLowerCase();
  if (/^(percent|per cent|%)$/.test(u)) return 'percent';
  if (/^(kilomet(er|re)s?|km)$/.test(u)) return 'km';
  if (/^miles?$/.test(u)) return 'mile';
  if (/^(?:basis|percentage) points?$/.test(u)) return u.replace(/s$/, '');
  if (/^(met(er|re)s?)$/.test(u)) return 'm';
  if (/^met(er|re)s (?:per|a) second$/.test(u)) return 'm/s';
  if (/^(km\/h|kph)$/.test(u)) return 'km/h';
  if (/^(hours?|minutes?|seconds?|days?|weeks?|months?|years?)$/.test(u)) return u.replace(/s$/, '');
  // "1.8 million euros" and "€2 million" are one currency.
  const currency = CURRENCY_WORDS[u.replace(/s$/, '')];
  return currency ?? u;
}

/** "The union said the figure was 3.5 per cent": a figure named only as "the figure". */
// ("Police gave a figure of 38,000", "organisers put the number at 150,000": so named after a verb too.)
export const THE_FIGURE = /\bthe (?:figure|number|total|rate|amount|sum|count|tally|toll)\s+(?:was|is|stood at|stands at|at|to)\s*$|\b(?:gave|give|gives|put|puts|cited|offered|estimated|reported|reports|than)\s+(?:a|the|its|their)\s+(?:(?:lower|higher|new|revised|different|official|final|first|earlier|initial|previous)\s+)?(?:figure|number|count|estimate|tally)\s+(?:of|at)\s*$/i;
/** "Organisers said 200,000.", "The company said it sold 11,800.": a count that leaves out what it counts, said last in its clause. */
const ELLIPTICAL_BEFORE = /\b(?:said|says|estimated|estimates|counted|counts|reported|reports)\s+(?:it\s+(?:had\s+)?\p{Ll}{3,}\s+)?$/u;
// ("The union said 3,400 had joined the walkout", "organisers said 200,000 marched": or that opens its clause as the doer.)
const elliptical = (text: string, at: number, length: number): boolean => (ELLIPTICAL_BEFORE.test(text.slice(Math.max(0, at - 40), at))
  && (/^\s*(?:[.;]|,(?!\d)|$)/.test(text.slice(at + length)) || ELIDED_DOER_AFTER.test(text.slice(at + length))))
  || GIVEN_BY.test(text.slice(Math.max(0, at - 5), at + length + 40));
/** A bound word right before a number ("about", "more than"), to look past it. */
const BOUND_TAIL = /(?:about|around|some|nearly|almost|more than|over|up to|roughly)\s+$/i;
/**
 * Counts of people the verb before them renames: an audience is viewers ("watched by 1.6 million
 * people"), a body's staff its employees ("employed 3,400 people", as "our 3,100 employees").
 */
const RENAMED_BY_VERB: { subject: RegExp; before: RegExp; as: string }[] = [
  { subject: /^people$/, before: /\b(?:watched|viewed)\s+(?:online\s+)?by\s+$/i, as: 'viewers' },
  { subject: /^(?:people|staff|workers)$/, before: /\bemploy(?:s|ed|ing)?\s+$/i, as: 'employees' },
];
const SHORT_MEASURE: Record<string, string> = { mm: 'millimetres', cm: 'centimetres', kg: 'kilograms', kgs: 'kilograms', ml: 'millilitres', g: 'grams' };
/** Verbs that tell whose number it is, before "by": "the 120 reported by police". Also read by timeline/discrepancies.ts. */
export const GIVEN_BY_VERBS = 'reported|given|cited|counted|announced|estimated|claimed|put forward';
/** "the 120 reported by police", "the 40 given by the ministry": a count another source gave, of what the sentence counts. */
// ("fewer than the 120,000 first reported.": an earlier count, its source unsaid.)
const GIVEN_BY = new RegExp(String.raw`\bthe\s+[\d,.]+\s+(?:(?:${GIVEN_BY_VERBS})\s+by\b|(?:first|initially|originally|previously|earlier)\s+(?:${GIVEN_BY_VERBS})\b)`, 'i');
/** "licensed to carry", "designed to hold", "can seat": a capacity, before its number. */
const CAPACITY_BEFORE = /\b(?:(?:licen[cs]ed|designed|built|allowed|permitted|authori[sz]ed|certified|rated|able|approved)\s+to|can|could|will)\s+(?:carry|hold|seat|take|accommodate|house)\s+(?:(?:up to|about|around|some|more than|over|nearly|almost)\s+)?$/i;
const ELIDED_DOER_AFTER = new RegExp(`^\\s+(?:(?:had|have|has|were|had been|have been)\\s+)?(?:\\p{Ll}{3,}ed|${PAST_VERBS})\\b`, 'u');

/**
 * Every figure in an article. One named only as "the figure" counts what the article's last
 * figure in the same unit counted: "a 4 per cent rise, the ministry said. The union said the
 * figure was 3.5 per cent." One that leaves it out ("Organisers said 200,000.") counts what a
 * figure of its sentence or the one before did.
 */
export function extractFigures(sentences: Sentence[]): Figure[] {
  const out: Figure[] = [];
  for (const s of sentences) {
    for (const f of figuresInSentence(s)) {
      const at = s.text.indexOf(f.text);
      const before = s.text.slice(0, at);
      // A count that leaves out what it counts takes it from a figure of this sentence or the one before.
      const elided = !f.subject && !f.unit && elliptical(s.text, at, f.text.length);
      const near = elided ? (x: Figure): boolean => x.sentence >= s.index - 1 : () => THE_FIGURE.test(before);
      const earlier = !f.subject && near(f) ? [...out].reverse().find((x) => x.unit === f.unit && x.subject && near(x)) : undefined;
      // Nothing near to count: a bare number says nothing.
      if (elided && !earlier) continue;
      out.push(earlier ? { ...f, subject: earlier.subject } : f);
    }
  }
  return out;
}
