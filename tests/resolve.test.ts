import { describe, expect, it } from 'vitest';
import { romanisationKey } from '../src/resolve/alias-key.js';
import { resolveEntities } from '../src/resolve/resolve-entities.js';
import { extractTexts, timelineOf } from './helpers.js';

const resolved = (texts: Record<string, string>) => resolveEntities(extractTexts(texts));
const dated = (body: string) => `Headline\n\nPublished: 3 March 2022\n\n${body}`;
/** Each organisation's name, aliases and number of mentions. */
const orgRows = (texts: Record<string, string>) => resolved(texts).entities.filter((e) => e.kind === 'organization').map((o) => [o.name, o.aliases, o.mentions.length]);

describe('resolve', () => {
  it('keeps a small town its sentence puts on the map ("north of Harlow") apart from a company named after it', () => {
    const kinds = resolved({ a: dated('A wildfire north of Harlow burned 8,500 acres.\n\nEvacuations near Harlow began on Monday.\n\nHarlow Power said it had reported a fault on a line.') }).entities.map((e) => [e.kind, e.name, e.mentions.length]);
    expect(kinds).toContainEqual(['place', 'Harlow', 2]);
    expect(kinds).toContainEqual(['organization', 'Harlow Power', 1]);
  });

  it('joins "People\'s Party" to "Velmar People\'s Party" where one article names both, and not where it names only the short one', () => {
    const rows = orgRows({
      a: dated('Velmar coalition talks begin after People\'s Party win\n\nFinal results gave the Velmar People\'s Party a lead.'),
      b: dated('The People\'s Party of Harlow held a rally.'),
    });
    expect(rows).toContainEqual(["Velmar People's Party", ["People's Party"], 2]);
    expect(rows).toContainEqual(["People's Party of Harlow", [], 1]);
  });

  it('links a surname that is also a word to the person when an age in apposition vouches for it ("Roe, 51, previously ran …")', () => {
    const people = resolved({ a: dated('Harlow Shipping named Jane Roe as its chief executive on Tuesday.\n\nRoe, 51, previously ran the container business.') }).entities.filter((e) => e.kind === 'person');
    expect(people.map((p) => [p.name, p.aliases, p.mentions.length])).toEqual([['Jane Roe', ['Roe'], 2]]);
  });

  it('takes a name read as a place for its last word ("Grey Basin") for the group another sentence says goes by it', () => {
    const texts = { a: dated('A group calling itself Grey Basin claimed the attack on Tuesday.\n\nGrey Basin, which first appeared in 2023, has struck at least 40 hospitals.') };
    expect(orgRows(texts)).toEqual([['Grey Basin', [], 2]]);
    expect(resolved(texts).entities.filter((e) => e.kind === 'place')).toEqual([]);
  });

  it('writes an acronym no gazetteer knows as written ("VGMS hospital"), and a shouted dateline of a known town in title case', () => {
    const places = resolved({ a: dated('The minister visited the injured at VGMS hospital in Tarvo on Thursday.') }).entities.filter((e) => e.kind === 'place').map((e) => e.name);
    expect(places).toContain('VGMS');
    const known = resolved({ a: dated('BEIRUT: Talks between the two sides began on Monday, officials from both delegations said after the first meeting.') }).entities.filter((e) => e.kind === 'place').map((e) => e.name);
    expect(known).toEqual(['Beirut']);
  });

  it('takes a work\'s title one article marks for no place in another, and for no quote in a headline', () => {
    const texts = { a: dated('"The Salt Road," a drama about pickers in Sicily, won six awards on Sunday.'), b: 'Oscars: \'The Salt Road\' Wins Best Picture\n\nPublished: 3 March 2022\n\nThe Salt Road won in Los Angeles on Sunday.' };
    expect(resolved(texts).entities.map((e) => e.name).sort()).toEqual(['Los Angeles', 'Sicily']);
    expect(timelineOf(texts).claims.filter((c) => c.kind === 'quote')).toEqual([]);
  });

  it('takes a name before a landform noun ("the Tarvo glacier", "the Velmar volcano") for a place named without it', () => {
    const places = resolved({ a: dated('They set off to climb the Tarvo glacier on Wednesday. Lava poured from the Velmar volcano.') }).entities.filter((e) => e.kind === 'place').map((e) => [e.name, e.aliases]);
    expect(places).toEqual([['Tarvo', ['Tarvo glacier']], ['Velmar', ['Velmar volcano']]]);
  });

  it('gives romanisation variants one key', () => {
    expect(new Set(['Zelensky', 'Zelenskyy', 'Zelenskiy'].map(romanisationKey)).size).toBe(1);
    expect(romanisationKey('Podolyak')).toBe(romanisationKey('Podoliak'));
    expect(romanisationKey('Gomel')).toBe(romanisationKey('Homel'));
    // Letters Unicode does not split into a letter and an accent fold too.
    expect(romanisationKey('Wrocław')).toBe(romanisationKey('Wroclaw'));
    expect(romanisationKey('Tromsø')).toBe(romanisationKey('Tromso'));
    expect(romanisationKey('Russia')).not.toBe(romanisationKey('Prussia'));
    // Ukrainian writes -iv where Russian writes -ov.
    expect(romanisationKey('Kharkiv')).toBe(romanisationKey('Kharkov'));
    expect(romanisationKey('Chernihiv')).toBe(romanisationKey('Chernigov'));
  });

  it('takes "Kharkiv" and "the Kharkov region" for one place', () => {
    const c = resolveEntities(extractTexts({
      a: 'Assault\n\nPublished: 14 May 2024\n\nUkrainian forces repelled an assault north of Kharkiv on Monday.',
      b: 'Gains\n\nPublished: 14 May 2024\n\nRussia said its troops had captured two villages in the Kharkov region.',
    }));
    expect(c.entities.filter((e) => e.kind === 'place' && /^Khark/.test(e.name)).map((e) => [e.name, e.aliases])).toEqual([['Kharkiv', ['Kharkov region']]]);
  });

  it('merges a name written family name first whose given name is hyphenated, spaced or joined ("Lee Jae-won", "Lee Jae Won"), but not two Lees', () => {
    const { entities } = resolved({
      a: dated('A court acquitted Lee Jae-won, chairman of Harlow Electronics, on Monday.'),
      b: dated('Prosecutors appealed against the acquittal of chairman Lee Jae Won on Friday.'),
      c: dated('Lee Min-ho, the group\'s finance chief, resigned.'),
    });
    const people = entities.filter((e) => e.kind === 'person').map((e) => [e.name, ...e.aliases].sort());
    expect(people).toEqual([['Lee Jae Won', 'Lee Jae-won'], ['Lee Min-ho']]);
  });

  it('merges a given name romanised with "ou" and without ("Youssef Al Rashidi", "Yusuf al-Rashidi")', () => {
    const { entities } = resolved({
      a: dated('Police arrested opposition leader Yusuf al-Rashidi on Wednesday. Rashidi, 61, heads the party.'),
      b: dated('Thousands protested the arrest of opposition leader Youssef Al Rashidi on Thursday.'),
    });
    const people = entities.filter((e) => e.kind === 'person');
    expect(people).toHaveLength(1);
    expect([people[0].name, ...people[0].aliases].sort()).toEqual(['Rashidi', 'Youssef Al Rashidi', 'Yusuf al-Rashidi']);
  });

  it('merges transliterated full names across articles and keeps every spelling', () => {
    const { entities } = resolved({
      a: dated('Ukrainian adviser Mykhailo Podolyak spoke on Monday.'),
      b: dated('Presidential adviser Mikhail Podoliak said the talks ended.'),
      c: dated('Podoliak later tweeted about the meeting.'),
    });
    const people = entities.filter((e) => e.kind === 'person');
    expect(people).toHaveLength(1);
    expect([people[0].name, ...people[0].aliases].sort()).toEqual(['Mikhail Podoliak', 'Mykhailo Podolyak', 'Podoliak']);
    expect(people[0].mentions.map((m) => m.article)).toEqual(['a', 'b', 'c']);
  });

  it('gives a lone surname to the one whose last name it is before one who bears it among two family names', () => {
    const { entities } = resolved({ a: dated('Tomas Varga visited the camps on Thursday with his sister Ines Varga Roe. "We stand with you," Varga told reporters.') });
    expect(entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.aliases])).toEqual([['Tomas Varga', ['Varga']], ['Ines Varga Roe', []]]);
  });

  it('takes "Tomas R. Berg Jr." and "Tom Berg" for one person: a generational suffix is no family name', () => {
    const { entities } = resolved({
      a: dated('A jury convicted Tomas R. Berg Jr., 61, on Thursday. Berg said he would appeal.'),
      b: dated('Former mayor Tom Berg was convicted on Thursday.'),
    });
    const people = entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => [e.name, ...e.aliases].sort())).toEqual([['Berg', 'Tom Berg', 'Tomas R. Berg Jr']]);
    // A father written "Sr" is not his son, suffixed or not.
    const two = resolved({ a: dated('Former president Tomas R. Berg met Tomas Berg Sr on Thursday.') }).entities.filter((e) => e.kind === 'person');
    expect(two.map((e) => e.name).sort()).toEqual(['Tomas Berg Sr', 'Tomas R. Berg']);
  });

  it('names a person by the full name, not by a family name that opens with a particle ("Van der Velde")', () => {
    const { entities } = resolved({
      a: dated('Van der Velde said on Monday the talks had failed. Prime minister Anna van der Velde met the king. Van der Velde left.'),
      b: dated('Van der Velde said the talks would resume.'),
    });
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Anna van der Velde']);
  });

  it('keeps two people with one surname apart and warns about a lone surname that could be either', () => {
    const { entities, warnings } = resolved({
      a: dated('Boris Johnson met Dwayne Johnson in London.'),
      b: dated('Johnson said nothing more.'),
    });
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name).sort()).toEqual(['Boris Johnson', 'Dwayne Johnson']);
    expect(warnings.join()).toContain('Johnson');
  });

  it('says once, naming the articles, that a lone surname shared by several people was left unlinked', () => {
    const { warnings } = resolved({
      a: dated('Boris Johnson met Dwayne Johnson in London.'),
      b: dated('Johnson said nothing more. Johnson left.'),
      c: dated('Johnson flew home.'),
      d: dated('Johnson was silent.'),
      e: dated('Johnson spoke.'),
    });
    const lone = warnings.filter((w) => w.startsWith('"Johnson"'));
    expect(lone).toEqual(['"Johnson" in b, c, d and 1 more article could be Boris Johnson or Dwayne Johnson; left unlinked']);
  });

  it('names a place the gazetteer lacks without the district noun written after it', () => {
    const { entities } = resolved({ a: dated('Rescuers reached Tanahunkot district on Monday.') });
    expect(entities.filter((e) => e.kind === 'place').map((e) => [e.name, e.aliases])).toEqual([['Tanahunkot', ['Tanahunkot district']]]);
  });

  it('takes a structure\'s short name for the one structure whose full name it ends', () => {
    const { entities } = resolved({ a: dated('A ship hit the Francis Scott Key Bridge on Tuesday.'), b: dated('Divers searched under the Key Bridge on Wednesday.') });
    const bridges = entities.filter((e) => e.kind === 'place' && e.placeKind === 'facility');
    expect(bridges.map((e) => [e.name, e.aliases])).toEqual([['Francis Scott Key Bridge', ['Key Bridge']]]);
  });

  it('links "President Wen" to "Wen Kuo-hsing": a hyphenated given name puts the family name first', () => {
    const { entities } = resolved({ a: dated('Wen Kuo-hsing was sworn in on Monday.'), b: dated('President Wen said on Tuesday that the island would not be provoked.') });
    expect(entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.aliases])).toEqual([['Wen Kuo-hsing', ['Wen']]]);
  });

  it('takes "Harlow Mode SpA" for Harlow Mode, whatever the country\'s legal form, and "Harlow Mode said" for the company', () => {
    const { entities } = resolved({ a: dated('Harlow Mode SpA said sales rose 9% on Tuesday.'), b: dated('The fashion house Harlow Mode said on Wednesday that Harlow Mode would open 40 shops.') });
    // (Named twice without the form, once with it: the spelling written most is the name.)
    expect(entities.map((e) => [e.kind, e.name, e.aliases])).toEqual([['organization', 'Harlow Mode', ['Harlow Mode SpA']]]);
  });

  it('takes a state\'s public body named with and without the state for one ("Bavaria Department of Roads", "the Department of Roads") in articles about that state, not a company named after it', () => {
    const { entities } = resolved({
      a: dated('The Bavaria Department of Roads (BDR) said on Monday the bridge was safe.'),
      b: dated('The Department of Roads said the bridge in Bavaria would reopen. Bavaria Motors said sales fell. Motors said nothing.'),
      c: dated('In Lisbon, the Department of Roads said tolls would rise.'),
    });
    const orgs = entities.filter((e) => e.kind === 'organization').map((e) => [e.name, ...e.aliases, [...new Set(e.mentions.map((m) => m.article))].join('')]);
    // The article about somewhere else keeps its own department.
    expect(orgs).toContainEqual(['Bavaria Department of Roads', 'BDR', 'Department of Roads', 'ab']);
    expect(orgs).toContainEqual(['Department of Roads', 'c']);
    expect(orgs).toContainEqual(['Bavaria Motors', 'b']);
  });

  it('takes a nationality before a lone trade word for part of a company\'s name ("Spanish Airways" is no "Airways")', () => {
    const { entities } = resolved({ a: dated('Spanish Airways said on Monday flights were cancelled. Chilean Telecom said lines were down.') });
    expect(entities.filter((e) => e.kind === 'organization').map((e) => [e.name, e.aliases])).toEqual([['Spanish Airways', []], ['Chilean Telecom', []]]);
  });

  it('takes "the Ministry of Education" and "the Education Ministry", "the Department of Health" and "the Health Department" for one body each', () => {
    const { entities } = resolved({
      a: dated('The Ministry of Education said on Monday schools would open. The Department of Health agreed.'),
      b: dated('The Education Ministry said schools would open. The Health Department said masks were optional.'),
    });
    expect(entities.filter((e) => e.kind === 'organization').map((e) => [e.name, ...e.aliases])).toEqual([['Ministry of Education', 'Education Ministry'], ['Department of Health', 'Health Department']]);
  });

  it('takes "Carvex Motors Inc." for Carvex Motors, and "UAW" for the "United Auto Workers union"', () => {
    const { entities } = resolved({
      a: dated('Carvex Motors Inc. said it would cut 10,000 jobs on Wednesday. The United Auto Workers union said it had not been consulted. UAW President Shawn Fainley called the plan a betrayal.'),
      b: dated('Carvex Motors said on Thursday the cuts would save money.'),
    });
    const orgs = entities.filter((e) => e.kind === 'organization');
    expect(orgs).toHaveLength(2);
    expect(orgs.find((o) => o.aliases.includes('Carvex Motors Inc') || o.name === 'Carvex Motors Inc')).toBeDefined();
    expect(orgs.find((o) => [o.name, ...o.aliases].includes('UAW'))?.name).toBe('United Auto Workers');
  });

  it('names a known place written only as "X district" as written, not as the gazetteer spells it', () => {
    const { entities } = resolved({ a: dated('The police chief of Uttarkashi district spoke on Monday.') });
    const place = entities.find((e) => e.kind === 'place')!;
    expect(place.name).toBe('Uttarkashi');
    expect(place.lat).toBeDefined();
  });

  it('takes a small town named like the first word of a company in the story for the company, but not one a public body is named after', () => {
    const { entities } = resolved({
      a: dated('Crestview Health said its network was hit. Ambulances avoided three Crestview hospitals.'),
      b: dated('Staff at Chikwawa District Hospital treated patients. Floods cut roads in Chikwawa on Monday.'),
    });
    const places = entities.filter((e) => e.kind === 'place').map((e) => e.name);
    expect(places).toContain('Chikwawa');
    expect(places).not.toContain('Crestview');
    expect(entities.some((e) => e.kind === 'organization' && [e.name, ...e.aliases].includes('Crestview'))).toBe(true);
  });

  it('joins an acronym used in one article to the name another article spells out beside it', () => {
    const { entities } = resolved({
      a: dated('The Royal Nursing Federation said talks failed. The RNF said it would strike.'),
      b: dated('Leaders of the RNF committee met on Monday.'),
    });
    const orgs = entities.filter((e) => e.kind === 'organization');
    expect(orgs.map((e) => [e.name, e.aliases.includes('RNF')])).toEqual([['Royal Nursing Federation', true]]);
  });

  it('links "Xi said" and "Kim said" to names written family name first, and "Brown said" to its full name, but not "Many said" to a look-alike', () => {
    const { entities } = resolved({
      a: dated('Chinese President Xi Jinping met Kim Jong Un and Prime Minister Gordon Brown. Analyst Thomas Mann watched.'),
      b: dated('Xi said the talks went well. Kim said nothing. Brown said he was hopeful. Many said it was a show.'),
    });
    const aliases = Object.fromEntries(entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.aliases]));
    expect(aliases).toEqual({ 'Xi Jinping': ['Xi'], 'Kim Jong Un': ['Kim'], 'Gordon Brown': ['Brown'], 'Thomas Mann': [] });
  });

  it('merges Gomel, Homel and "Gomel region" into one place with coordinates', () => {
    const { entities } = resolved({
      a: dated('Delegations arrived in Homel, Belarus, on Monday.'),
      b: dated('They met in the Gomel region of Belarus.'),
    });
    const homel = entities.filter((e) => e.kind === 'place' && e.placeKind === 'city');
    expect(homel).toHaveLength(1);
    expect(homel[0].aliases).toContain('Gomel region');
    expect(homel[0].lat).toBeCloseTo(52.43, 1);
  });

  it('merges a romanisation the gazetteer does not know into the known place it is spelled like', () => {
    const { entities } = resolved({
      a: dated('Envoys met in Jeddah on Saturday.'),
      b: dated('The truce agreed in Jiddah held overnight. Aid reached Jidda port.'),
    });
    const places = entities.filter((e) => e.kind === 'place');
    expect(places.map((e) => e.name)).toEqual(['Jeddah']);
    expect(places[0].aliases).toEqual(expect.arrayContaining(['Jiddah']));
  });

  it('merges two outlets\' spellings of one surname that differ in a voiced consonant, but not within one article', () => {
    const across = resolved({ a: dated('Prosecutors charged Tarvo Velinadze, 46, a former guard, with attempted murder.'), b: dated('Tarvo Velinadse, 46, told the court he was innocent.') });
    expect(across.entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.aliases.sort()])).toEqual([['Tarvo Velinadze', ['Tarvo Velinadse']]]);
    const within = resolved({ a: dated('Tarvo Velinadze, 46, told the court he was innocent. His cousin Tarvo Velinadse, 51, said the same.') });
    expect(within.entities.filter((e) => e.kind === 'person')).toHaveLength(2);
  });

  it('merges three-word names that differ only in a surname vowel, and a titled given name', () => {
    const { entities, warnings } = resolved({
      a: dated('Trade Minister Prince Khalid bin Saad opened the fair. "Welcome," Prince Khalid said. General Omar Hassan Bashiri spoke.'),
      b: dated('General Omar Hassan Bashri left the fair.'),
    });
    const names = entities.filter((e) => e.kind === 'person');
    expect(names.find((e) => e.name === 'Khalid bin Saad')?.aliases).toContain('Khalid');
    expect(names.filter((e) => /Bashi?ri/.test(e.name))).toHaveLength(1);
    expect(warnings.join()).not.toContain('Bashri');
  });

  it('takes no nickname from a phone call: "Xi Jinping called Kim" leaves Kim to Kim Jong Un', () => {
    const { entities } = resolved({ a: dated('Leader Kim Jong Un praised the scientists on Thursday. Xi Jinping called Kim on Friday.') });
    const people = entities.filter((e) => e.kind === 'person').map((e) => [e.name, ...e.aliases]);
    expect(people).toEqual([['Kim Jong Un', 'Kim'], ['Xi Jinping']]);
  });

  it('makes a nickname ("widely known as …") an alias that stands for the person elsewhere', () => {
    const { entities } = resolved({
      a: dated('The militia is led by Ahmed Saleh Kandi, widely known as Shagra. Shagra said the talks would go on.'),
      b: dated('Shagra left for the border.'),
    });
    const people = entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => e.name)).toEqual(["Ahmed Saleh Kandi"]);
    expect(people[0].aliases).toContain("Shagra");
    expect(people[0].mentions.map((m) => m.article)).toContain('b');
  });

  it('joins an acronym in brackets to the name before it, whatever its initials', () => {
    const { entities } = resolved({ a: dated('The International Federation of Red Cross and Red Crescent Societies (IFRC) made an appeal. The IFRC said the next days were critical.') });
    const orgs = entities.filter((e) => e.kind === 'organization');
    expect(orgs.map((e) => e.name)).toEqual(['International Federation of Red Cross and Red Crescent Societies']);
    expect(orgs[0].aliases).toContain('IFRC');
  });

  it('joins a one-word short name in brackets, spelled from another language, to the name before it, but no wire after a dateline', () => {
    const { entities } = resolved({ a: dated('The toll rose to 12, the National Civil Defence Institute (Velindeci) said. More than 1,400 homes were damaged, Velindeci said.') });
    expect(entities.filter((e) => e.kind !== 'place').map((e) => [e.kind, e.name, e.aliases, e.mentions.length])).toEqual([['organization', 'National Civil Defence Institute', ['Velindeci'], 2]]);
    const wire = resolved({ a: dated('UNITED NATIONS (Reuters) - The Security Council met on Monday. Reuters said so.') });
    expect(wire.entities.find((e) => e.name === 'United Nations')?.aliases ?? []).not.toContain('Reuters');
  });

  it('merges a French spelling and a landform noun into the known place', () => {
    const { entities } = resolved({
      a: dated('The quake struck south-west of Marrakesh in the High Atlas mountains.'),
      b: dated('Villagers near Marrakech dug through rubble in the High Atlas.'),
    });
    expect(entities.filter((e) => e.kind === 'place').map((e) => e.name).sort()).toEqual(['High Atlas', 'Marrakesh']);
  });

  it('makes a small town that shares the first word of a company in the story that company', () => {
    const { entities } = resolved({
      a: dated("Nordvik Steel, Britain's second-largest steelmaker, agreed to a takeover. Shares in Nordvik jumped 29% in London."),
    });
    const orgs = entities.filter((e) => e.kind === 'organization');
    expect(orgs.map((e) => [e.name, e.aliases])).toEqual([['Nordvik Steel', ['Nordvik']]]);
    expect(entities.filter((e) => e.kind === 'place').map((e) => e.name).sort()).toEqual(['London', 'United Kingdom']);
  });

  it('makes a small town named like a one-word company in the story that company, and a guessed name of it too', () => {
    const { entities } = resolved({
      a: dated('Budget airline Nordvik (NDVK.OL) filed for bankruptcy on Tuesday. Shares in Nordvik were suspended in Oslo.'),
      b: dated('Nordvik stopped flying on Tuesday. Nordvik expanded quickly after 2021.'),
    });
    expect(entities.filter((e) => e.name === 'Nordvik').map((e) => e.kind)).toEqual(['organization']);
  });

  it('joins a club\'s town ("Ribera") to its name after a club word ("Atletico Ribera"), not to a place', () => {
    const { entities } = resolved({ a: dated("Velmar signed a striker from Atletico Ribera on Friday. Ribera's fans were less happy.") });
    expect(entities.filter((e) => e.kind === 'organization').map((e) => [e.name, e.aliases])).toEqual([['Atletico Ribera', ['Ribera']]]);
    expect(entities.some((e) => e.kind === 'place' && e.name === 'Ribera')).toBe(false);
  });

  it('makes a country the person where the article names someone with that surname', () => {
    const { entities } = resolved({ a: dated('Portuguese Prime Minister Luis Montenegro opened the summit. "This is a historic day," Montenegro said.') });
    expect(entities.find((e) => e.name === 'Luis Montenegro')?.aliases).toContain('Montenegro');
    expect(entities.some((e) => e.kind === 'place' && e.name === 'Montenegro')).toBe(false);
  });

  it('drops a tentative lone word that names nobody in the story', () => {
    const { entities } = resolved({ a: dated('Okonjo issued a statement.') });
    expect(entities.filter((e) => e.kind === 'person')).toEqual([]);
  });
});

describe('resolve: more spellings', () => {
  it('merges Zelensky, Zelenskyy and Zelenskiy, and Davyd with David, keeping each spelling', () => {
    const { entities } = resolveEntities(extractTexts({
      a: dated('Ukrainian President Volodymyr Zelenskyy spoke with lawmaker Davyd Arakhamia.'),
      b: dated('President Volodymyr Zelensky met David Arakhamia on Friday.'),
      c: dated('Zelenskiy said the talks would go on.'),
    }));
    const names = entities.filter((e) => e.kind === 'person').map((e) => [e.name, ...e.aliases].sort());
    expect(names).toEqual([['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelenskiy'], ['Davyd Arakhamia', 'David Arakhamia']].map((n) => n.sort()));
  });

  it('links a lone surname to the full name introduced last in the same article', () => {
    const { entities } = resolveEntities(extractTexts({
      a: dated('Hafez al-Assad ruled for decades. His son Bashar al-Assad took over in 2000. Assad said on Monday he would not step down.'),
    }));
    const bashar = entities.find((e) => e.name === 'Bashar al-Assad')!;
    expect(bashar.aliases).toEqual(['Assad']);
    expect(entities.find((e) => e.name === 'Hafez al-Assad')!.aliases).toEqual([]);
  });
});

describe('resolve: a "person" the story elsewhere names as something else', () => {
  it.each([
    ['a full name the story calls a town', 'Residents fled the town of Maarat al-Numan on Monday.', 'Tanks stormed Maarat al-Numan on Tuesday, residents said.', 'Maarat al-Numan', 'place'],
    ['a two-word speaker the story calls a paper', 'The Mexican paper La Jornada said on Monday that the answer was simple.', 'La Jornada says the outbreak was always bound to be disastrous.', 'La Jornada', 'organization'],
  ])('is that: %s', (_, a, b, name, kind) => {
    const { entities } = resolved({ a: dated(a), b: dated(b) });
    expect(entities.filter((e) => e.name === name).map((e) => [e.kind, e.mentions.length])).toEqual([[kind, 2]]);
  });
});

describe('resolve: surnames with a particle', () => {
  it('keeps "Assad" a person when the story names Bashar al-Assad, even where a place is called Assad', () => {
    const { entities } = resolved({
      a: dated('Bashar al-Assad spoke on Monday. Troops moved near the town of Assad on Tuesday.'),
      b: dated('Assad said on Wednesday he would not step down.'),
    });
    const bashar = entities.find((e) => e.name === 'Bashar al-Assad')!;
    expect(bashar.aliases).toContain('Assad');
  });
});

describe('resolve: middle names', () => {
  it('keeps apart two people whose middle names differ, even with a bridging short name', () => {
    const { entities } = resolved({
      a: dated('Yemeni President Ali Abdullah Saleh spoke on Monday. Ali Saleh said he would stay.'),
      b: dated('Iranian Foreign Minister Ali Akbar Salehi met his counterpart on Tuesday.'),
    });
    const names = entities.filter((e) => e.kind === 'person').map((e) => [e.name, ...e.aliases].sort()).sort();
    expect(names).toEqual([['Ali Abdullah Saleh', 'Ali Saleh'], ['Ali Akbar Salehi']]);
  });
});

describe('resolve: places that are people', () => {
  it('makes "toward Assad" the person when the story names him in full and alone elsewhere', () => {
    const { entities } = resolved({
      a: dated('Bashar al-Assad spoke on Monday. Assad said he would stay.'),
      b: dated('Russia must correct its policy toward Assad, activists said on Tuesday.'),
    });
    expect(entities.some((e) => e.kind === 'place' && e.name === 'Assad')).toBe(false);
    expect(entities.find((e) => e.name === 'Bashar al-Assad')!.mentions.map((m) => m.article)).toEqual(['a', 'a', 'b']);
  });

  it('makes a big city opening a sentence the person of that surname the article names in full', () => {
    const { entities } = resolved({ a: dated('Prosecutors charged chief executive Ines Lagos with negligence. Lagos denied the charges. Her lawyer flew in from Lagos.') });
    expect(entities.find((e) => e.name === 'Ines Lagos')!.mentions).toHaveLength(2);
    expect(entities.find((e) => e.kind === 'place' && e.name === 'Lagos')!.mentions).toHaveLength(1);
  });
});

describe('resolve: a surname shared with a relative', () => {
  it('gives a lone surname to the one the story is about, not to a relative named after her', () => {
    const { entities } = resolved({ a: dated('Ines Vargada, the architect, died on Tuesday. Her death was confirmed by her son, Mateo Vargada. Born in 1937, Vargada studied in Tarvo.') });
    expect(entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.aliases])).toEqual([['Ines Vargada', ['Vargada']], ['Mateo Vargada', []]]);
  });
});

describe('resolve: a company by its first word', () => {
  it('makes "Tessmark said" the company when the story names "Tessmark Inc", even after a headline made it a place', () => {
    const { entities } = resolved({
      a: 'Tessmark to buy rival\n\nPublished: 3 May 2024\n\nTessmark Inc agreed to buy a rival on Monday.',
      b: dated('Tessmark said on Tuesday it would appeal.'),
    });
    const named = entities.filter((e) => [e.name, ...e.aliases].some((n) => n.startsWith('Tessmark')));
    expect(named.map((e) => e.kind)).toEqual(['organization']);
    expect(named[0].mentions.map((m) => m.article)).toEqual(['a', 'a', 'b']);
  });
});

describe('resolve: an acronym of the name before its last "and"', () => {
  it('makes "the DVMS said" the "Directorate for Velmar Marine Safety and Standards" the article names', () => {
    expect(orgRows({
      a: dated('The outbreak has sickened 449 people, the Directorate for Velmar Marine Safety and Standards said on Thursday. At least 125 people were hospitalized, the DVMS said.'),
    })).toEqual([['Directorate for Velmar Marine Safety and Standards', ['DVMS'], 2]]);
  });
});

describe('resolve: a short name in brackets', () => {
  it('makes "(Tarn Rescue)" after the "Tarnmere Department of Mountain Rescue" that body, there and where its article uses it after', () => {
    const { entities } = resolved({ a: dated('The fire was 5% contained, according to the Tarnmere Department of Mountain Rescue (Tarn Rescue). Tarn Rescue said it was windy.') });
    expect(entities.map((e) => [e.kind, e.name, e.aliases, e.mentions.map((m) => m.sentence)])).toEqual([['organization', 'Tarnmere Department of Mountain Rescue', ['Tarn Rescue'], [1, 2]]]);
  });

  it('keeps a bracketed name that is no short form of the body before it apart', () => {
    expect(orgRows({ a: dated('The Tarnmere Department of Mountain Rescue (Jane Roe) said it was windy.') }).map((row) => row[0])).toEqual(['Tarnmere Department of Mountain Rescue']);
  });
});

describe('resolve: a company without its trade word', () => {
  it('makes "Korvane Central shares fell" the "Korvane Central Railroad" the story names, but not when two companies share the stem', () => {
    expect(orgRows({
      a: dated('A Korvane Central Railroad train derailed on Monday.'),
      b: dated('Korvane Central shares fell 4% on Tuesday.'),
    })).toEqual([['Korvane Central Railroad', ['Korvane Central'], 2]]);
    expect(orgRows({
      a: dated('Korvane Central Railroad and Korvane Central Airlines met on Monday.'),
      b: dated('Korvane Central shares fell 4% on Tuesday.'),
    }).map((row) => row[0])).toEqual(['Korvane Central Railroad', 'Korvane Central Airlines', 'Korvane Central']);
  });
});

describe('resolve: a name cut before its "and"', () => {
  it('makes "Institute for Harbour Studies" the "Institute for Harbour Studies and Planning" the story names in full', () => {
    expect(orgRows({
      a: dated('The Institute for Harbour Studies and Planning warned on Monday that the quay was unsafe.'),
      b: dated('The Institute for Harbour Studies said on Tuesday the quay would close.'),
    })).toEqual([['Institute for Harbour Studies and Planning', ['Institute for Harbour Studies'], 2]]);
  });

  it('keeps the short name apart when two long names run on from it', () => {
    const { entities } = resolved({
      a: dated('The Institute for Harbour Studies and Planning and the Institute for Harbour Studies and Design met on Monday.'),
      b: dated('The Institute for Harbour Studies said on Tuesday the quay would close.'),
    });
    expect(entities.filter((e) => e.kind === 'organization').map((o) => o.name).sort()).toEqual(['Institute for Harbour Studies', 'Institute for Harbour Studies and Design', 'Institute for Harbour Studies and Planning']);
  });
});

describe('resolve: two countries\' bodies of one name', () => {
  it('keeps the Norwegian and the Swedish interior ministries apart, and gives an ownerless mention to the one its article names', () => {
    const { entities } = resolved({
      a: dated('The Norwegian Interior Ministry said on Monday that the border was closed. The Interior Ministry added that it would reopen soon.'),
      b: dated('The Swedish Interior Ministry denied on Tuesday that the border was closed.'),
      c: dated('The Interior Ministry of Norway and the Swedish Interior Ministry met on Wednesday. The Interior Ministry said nothing.'),
    });
    const orgs = entities.filter((e) => e.kind === 'organization').map((o) => [o.name, o.mentions.map((m) => m.article).join('')]).sort();
    expect(orgs).toEqual([['Interior Ministry', 'c'], ['Norwegian Interior Ministry', 'aac'], ['Swedish Interior Ministry', 'bc']]);
  });

  it('merges the bodies of one name when the story names one owner or none', () => {
    const { entities } = resolved({
      a: dated('The Norwegian Interior Ministry said on Monday that the border was closed.'),
      b: dated('The Interior Ministry said on Tuesday that the border would reopen.'),
    });
    expect(entities.filter((e) => e.kind === 'organization').map((o) => [o.name, o.mentions.length])).toEqual([['Norwegian Interior Ministry', 2]]);
  });
});

describe('resolve: a name\'s last words with other accents', () => {
  it('makes "Kerem Dağtekin" the "Selim Kerem Dagtekin" the story names in full, and a lone "Dagtekin" that person', () => {
    const people = resolved({
      a: dated('Selim Kerem Dagtekin spoke on Monday.'),
      b: dated('Turkish President Kerem Dağtekin said on Tuesday that talks would go on.'),
      c: dated('Dagtekin added that the talks would resume.'),
    }).entities.filter((e) => e.kind === 'person');
    expect(people.map((p) => [p.name, p.aliases.slice().sort()])).toEqual([['Selim Kerem Dagtekin', ['Dagtekin', 'Kerem Dağtekin']]]);
  });
});

describe('resolve: a lone given name spelled like a surname', () => {
  it('keeps "his mother Lesley" apart from "General Tomas Leslie": a guessed given name joins only an exact surname', () => {
    const people = resolved({
      a: dated('General Tomas Leslie said on Monday the army needed a break. Leslie said troops were tired.'),
      b: dated('The boy lives in Harlow, where his mother Lesley runs a bakery.'),
    }).entities.filter((e) => e.kind === 'person');
    expect(people.map((p) => [p.name, p.aliases])).toEqual([['Tomas Leslie', ['Leslie']]]);
  });
});

describe('resolve: a settlement named before a facility noun', () => {
  it('keeps a town a town when one mention reads "Varnecq museum" and the others "in Varnecq"', () => {
    const { entities } = resolved({
      a: dated('Thieves struck the Varnecq museum on Sunday.'),
      b: dated('Police in Varnecq said two men were held on Monday. The jewels were taken in Varnecq, officials said on Monday.'),
    });
    expect(entities.filter((e) => e.kind === 'place').map((e) => [e.name, e.placeKind])).toEqual([['Varnecq', 'city']]);
  });
});

describe('resolve: acronyms', () => {
  it('makes an acronym and the one long name with its initials one organisation, shown spelled out', () => {
    expect(orgRows({
      a: dated('The International Atomic Energy Agency (IAEA) sent inspectors to the plant on Monday.'),
      b: dated('The IAEA said on Tuesday that its inspectors had left.'),
    })).toEqual([['International Atomic Energy Agency', ['IAEA'], 2]]);
  });

  it('shows a well-known body spelled out even when its acronym is written more often', () => {
    const { entities } = resolved({
      a: dated('The World Health Organization sent vaccines on Monday.'),
      b: dated("The WHO's envoy arrived on Tuesday. Clinics were put on alert, said Dr Ama Mensah of the WHO."),
    });
    expect(entities.filter((e) => e.kind === 'organization').map((o) => [o.name, o.aliases, o.mentions.length])).toEqual([['World Health Organization', ['WHO'], 3]]);
  });

  it('reads a Spanish double family name: the first family name alone, and the name without the second, are the same person', () => {
    const { entities } = resolved({
      a: dated('Leftist candidate Mariela Gallardo Ortiz won on Sunday. Her main rival, conservative Inés Ramírez Luna, conceded. "We lost," Ramírez said.'),
      b: dated('Mariela Gallardo Ortiz took 59% and Inés Ramírez took 28%. Gallardo, a former mayor, will take office in October.'),
    });
    expect(entities.filter((e) => e.kind === 'person').map((p) => [p.name, p.mentions.length])).toEqual([['Mariela Gallardo Ortiz', 3], ['Inés Ramírez Luna', 3]]);
  });

  it('makes a body written in British and American spelling one ("Centres", "Center"; "Organisation", "Organization")', () => {
    const { entities } = resolved({
      a: dated('The Velmar Centres for Disease Control said on Monday that cases rose.'),
      b: dated('The Velmar Center for Disease Control said on Tuesday that cases fell. The Harlow Defence Organisation agreed.'),
      c: dated('The Harlow Defense Organization said so on Wednesday.'),
    });
    expect(entities.filter((e) => e.kind === 'organization').map((o) => o.mentions.length)).toEqual([2, 2]);
  });

  it('reads a town named like someone the same article names in full as that person ("that Mendoza had" after "Ines Mendoza")', () => {
    const { entities } = resolved({ a: dated('Beauty queen Ines Mendoza toured the base on Monday. Organisers wrote that Mendoza had enjoyed the visit.') });
    expect(entities.filter((e) => e.kind === 'person').map((p) => [p.name, p.mentions.length])).toEqual([['Ines Mendoza', 2]]);
    expect(entities.filter((e) => e.kind === 'place')).toEqual([]);
  });

  it('makes "the Reserve Bank of India" and "the Reserve Bank" one body: the country after "of" owns it', () => {
    const { entities } = resolved({
      a: dated('The Reserve Bank of India capped withdrawals on Monday.'),
      b: dated('The Reserve Bank said on Tuesday that savers would be protected.'),
    });
    expect(entities.filter((e) => e.kind === 'organization').map((o) => [o.name, o.aliases])).toEqual([['Reserve Bank of India', ['Reserve Bank']]]);
  });

  it('does not guess an acronym that no article spells out next to it', () => {
    const { entities } = resolved({
      a: dated('The Central Bank of Lebanon froze the accounts on Monday.'),
      b: dated('The CBL said on Tuesday that the accounts were frozen.'),
    });
    expect(entities.filter((e) => e.kind === 'organization').map((o) => [o.name, o.aliases])).toEqual([['Central Bank of Lebanon', []]]);
  });

  it('joins a body named in a list to the name before it only when it stands in brackets', () => {
    const orgs = (body: string) => resolved({ a: dated(body), b: dated('The HRA said on Tuesday it would help.') })
      .entities.filter((e) => e.kind === 'organization').map((o) => [o.name, o.aliases]).sort();
    expect(orgs('Hackers hit the Velmar Monetary Fund, HRA and others on Monday.').find(([n]) => n === 'Velmar Monetary Fund')).toEqual(['Velmar Monetary Fund', []]);
    expect(orgs('Hackers hit the Velmar Monetary Fund (HRA) on Monday.').find(([n]) => n === 'Velmar Monetary Fund')).toEqual(['Velmar Monetary Fund', ['HRA']]);
  });

  it('reads no initials from a foreign article: "El Comercio" is not "EC"', () => {
    const { entities } = resolved({
      a: dated('The Velmar paper El Comercio said on Monday that the EC had opened an inquiry.'),
      b: dated('The EC said on Tuesday it would fine the port.'),
    });
    expect(entities.filter((e) => e.kind === 'organization').find((o) => o.name === 'El Comercio')?.aliases).toEqual([]);
  });

  it('keeps an acronym apart when two long names share its initials', () => {
    const { entities } = resolved({
      a: dated('The National Security Council met on Monday. The National Safety Commission met on Tuesday.'),
      b: dated('The NSC said on Wednesday it had met.'),
    });
    const orgs = entities.filter((e) => e.kind === 'organization');
    expect(orgs.map((o) => [o.name, o.aliases]).sort()).toEqual([['National Safety Commission', []], ['National Security Council', []]]);
  });
});

describe('resolve: short forms of names', () => {
  const people = (texts: Record<string, string>) => resolveEntities(extractTexts(texts)).entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.aliases]);

  it('takes the last words of a longer name for that person, and an honorific with a given name for the one person of that name', () => {
    expect(people({
      a: dated('The court sentenced Khin Mya Thein, the former minister, on Monday. Ms Mya Thein denies the charges. The envoy, Dr Anan Srisuk, arrived. "We listen," Dr Anan said.'),
    })).toEqual([['Khin Mya Thein', ['Mya Thein']], ['Anan Srisuk', ['Anan']]]);
  });

  it('takes a lone word the story calls a company for the company', () => {
    const { entities } = resolveEntities(extractTexts({ a: dated('The software company Vantor was fined on Monday. Vantor had broken the rules, the regulator said.') }));
    expect(entities.filter((e) => e.kind === 'person')).toEqual([]);
    expect(entities.find((e) => e.name === 'Vantor')?.kind).toBe('organization');
  });

  it('joins a given name used alone to the one person of that name: in the article, or with "Mr" in the story', () => {
    expect(people({
      a: dated('The rebels are led by spokesman Tesfaye Gebru. "We are ready," Tesfaye wrote on Monday.'),
      b: dated('Mr Tesfaye said the rebels had made "painful concessions".'),
    })).toEqual([['Tesfaye Gebru', ['Tesfaye']]]);
  });

  it('takes "ei" and "ie" for one sound, and a place before "People\'s" for the place', () => {
    expect(romanisationKey('Hussein')).toBe(romanisationKey('Hussien'));
    const { entities } = resolveEntities(extractTexts({ a: dated('Troops moved into Ogaden on Monday. The Ogaden People\'s Liberation Front said it would fight.') }));
    expect(entities.find((e) => e.name === 'Ogaden')?.kind).toBe('place');
  });

  it('reads a name with an elided particle ("Côte d\'Ivoire") and joins it to the country\'s English name', () => {
    const { entities } = resolveEntities(extractTexts({ a: dated('Talks opened in Côte d\'Ivoire on Monday.'), b: dated('Talks opened in Ivory Coast on Monday.') }));
    expect(entities.filter((e) => e.kind === 'place').map((e) => [e.name, e.aliases])).toEqual([['Ivory Coast', ['Côte d\'Ivoire']]]);
  });

  it('does not list a name in capitals as another spelling', () => {
    const places = resolveEntities(extractTexts({ a: dated('LIMA (Andes Wire) - Protesters marched in Lima on Monday.') })).entities.filter((e) => e.kind === 'place');
    expect(places.find((p) => p.name === 'Lima')?.aliases).toEqual([]);
  });
});

describe('resolve: uncertain merges', () => {
  it('warns about names that sound alike but does not merge them', () => {
    const { entities, warnings } = resolveEntities(extractTexts({
      a: dated('President Vladimir Putin spoke on Monday.'),
      b: dated('President Vladimir Poutine spoke on Monday.'),
    }));
    expect(entities.filter((e) => e.kind === 'person')).toHaveLength(2);
    expect(warnings).toContain('"Vladimir Putin" and "Vladimir Poutine" may be one person spelled two ways; kept apart');
  });

  it('joins a surname spelled with other vowels to the only full name like it when both hold one office', () => {
    const people = (texts: Record<string, string>) => resolveEntities(extractTexts(texts)).entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.aliases]);
    expect(people({
      a: dated('Prime Minister Abdul Karim Qasimi visited the port.'),
      b: dated('Mr Qasemi, the prime minister, announced a day of mourning.'),
    })).toEqual([['Abdul Karim Qasimi', ['Qasemi']]]);
    // Without an office in common, vowels alone are no evidence: "Hassan" is not "Hussein".
    expect(people({
      a: dated('Prime Minister Abdul Karim Qasimi visited the port.'),
      b: dated('Mr Qasemi, a local shopkeeper, watched.'),
    })).toHaveLength(2);
  });
});

describe('resolve: bodies named with their owner in two words', () => {
  it('makes the "United Nations Security Council", the "UN Security Council" and the "Security Council" one body', () => {
    const { entities } = resolved({
      a: dated('The United States asked the UN Security Council to meet. The Security Council will meet on Thursday.'),
      b: dated('The United Nations Security Council ended its meeting on Thursday without a statement.'),
    });
    const councils = entities.filter((e) => e.kind === 'organization' && e.name.includes('Security Council'));
    expect(councils).toHaveLength(1);
    expect(councils[0].aliases.sort()).toEqual(['Security Council', 'UN Security Council', 'United Nations Security Council'].filter((n) => n !== councils[0].name));
  });

describe('resolve: a ship named with "the"', () => {
  it('keeps a name the story calls a ship where another sentence does not, and drops one it never does', () => {
    const tl = resolveEntities(extractTexts({
      a: 'Grounding\n\nPublished: 14 October 2025\n\nThe Panama-flagged Elena Trader struck rocks on Monday.',
      b: 'Spill\n\nPublished: 15 October 2025\n\nOil leaked from the Elena Trader on Monday night. The Ottoline Reyes said nothing.',
    }));
    expect(tl.entities.filter((e) => e.kind === 'organization').map((e) => [e.name, [...new Set(e.mentions.map((m) => m.article))]])).toEqual([['Elena Trader', ['a', 'b']]]);
    expect(tl.entities.filter((e) => e.kind === 'person')).toEqual([]);
  });
});


describe('resolve: an acronym in title case', () => {
  it('joins "Nema" to the name it spells out in brackets, but not a name after another', () => {
    const c = resolveEntities(extractTexts({
      a: 'Floods\n\nPublished: 10 September 2024\n\nThe National Emergency Management Agency (Nema) said the dam overflowed. Nema said 400,000 people had been displaced.',
      b: 'Sanctions\n\nPublished: 11 September 2024\n\nThe ministry named the groups Hezbollah, Hamas and others.',
    }));
    const orgs = c.entities.filter((e) => e.kind === 'organization').map((e) => [e.name, e.aliases]);
    expect(orgs).toContainEqual(['National Emergency Management Agency', ['Nema']]);
    expect(orgs.find(([name]) => name === 'Hezbollah')?.[1]).toEqual([]);
  });
});


describe('resolve: a lone given name', () => {
  it('is the story\'s one person of that given name, named in full in another article; not when two share it', () => {
    const speakerOf = (texts: Record<string, string>) => {
      const c = resolveEntities(extractTexts(texts));
      const q = c.articles.find((a) => a.id === 'b')!.quotes[0];
      const id = c.mentionEntity.b[c.articles.find((a) => a.id === 'b')!.mentions.findIndex((m) => m.text === 'Erik')];
      return [q.speakerName, c.entities.find((e) => e.id === id)?.name];
    };
    const a = 'Feud\n\nPublished: 5 June 2025\n\nAnders Holmqvist, the chairman, rejected a demand from his brother, Erik Holmqvist.';
    const b = 'Vote\n\nPublished: 12 June 2025\n\n"This was never about money," Erik said after the vote.';
    expect(speakerOf({ a, b })[1]).toBe('Erik Holmqvist');
    expect(speakerOf({ a: `${a} Erik Lindqvist, a shareholder, agreed.`, b })[1]).toBeUndefined();
  });
});


describe('resolve: the United Kingdom\'s nations', () => {
  it('keeps Scotland and Wales places of their own, and Britain and the UK one country', () => {
    const { entities } = resolved({
      a: dated('Cases rose in Scotland and Wales on Monday, and Britain said it was ready.'),
      b: dated('The UK said on Tuesday that cases in Scotland had peaked.'),
    });
    expect(entities.filter((e) => e.kind === 'place').map((p) => [p.name, p.aliases]).sort()).toEqual([['Scotland', []], ['United Kingdom', ['Britain', 'UK']], ['Wales', []]]);
  });
});

describe('resolve: a region by its name alone', () => {
  it('takes "the coast of Ishikawa" for the place "Ishikawa prefecture" names, not a person', () => {
    const c = resolveEntities(extractTexts({
      a: 'Quake\n\nPublished: 1 January 2024\n\nA quake struck Ishikawa prefecture of central Japan on Monday. The agency issued a tsunami warning for the coast of Ishikawa.',
    }));
    expect(c.entities.filter((e) => e.kind === 'person')).toEqual([]);
    expect(c.entities.find((e) => e.name.startsWith('Ishikawa'))?.kind).toBe('place');
  });
});

});

describe('resolve: a county and the town of its name', () => {
  it('keeps "Harlow County" apart from the town of Harlow the gazetteer knows, and out of its coordinates', () => {
    const places = resolved({ a: dated('Bird flu was confirmed at a farm in Harlow County on Monday. Officials in Harlow County culled the flock.'), b: dated('Wild geese died at a reservoir in Harlow, England.') }).entities.filter((e) => e.kind === 'place');
    const county = places.find((p) => p.name === 'Harlow County');
    expect(county).toMatchObject({ placeKind: 'region' });
    expect(county?.lat).toBeUndefined();
    expect(places.find((p) => p.name === 'Harlow')?.mentions.length).toBe(1);
  });
});

describe('resolve: a hyphenated family name written apart', () => {
  it('takes "Ali Rostam-Kani", "Ali Rostam Kani" and "Rostam Kani" for one person, and a lone "Kani" for him', () => {
    const people = resolved({
      a: dated('Chile\'s chief negotiator, Ali Rostam Kani, told reporters the talks went well.'),
      b: dated('Chile\'s Rostam Kani struck a more optimistic tone.'),
      c: dated('Ali Rostam-Kani, Chile\'s deputy foreign minister, said the talks would focus on sanctions. Later, Kani said he was hopeful.'),
    }).entities.filter((e) => e.kind === 'person');
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([['Ali Rostam Kani', 4]]);
  });
});

describe('resolve: an acronym that speaks', () => {
  it('keeps "the HDU" that speaks as a body when no name in the story could be it, and drops one that only appears', () => {
    const orgs = (body: string) => resolved({ a: dated(body) }).entities.filter((e) => e.kind === 'organization').map((e) => e.name);
    expect(orgs('The HDU said the company had refused to negotiate on pensions.')).toEqual(['HDU']);
    expect(orgs('Workers wore HDU badges at the gate.')).toEqual([]);
    // (A name whose initials start with its letters may be it: no guess, and no second body.)
    const named = resolved({ a: dated("The Harlow Dockers' Union of Tarvo and Brantby called the strike."), b: dated('The HDU said the company had refused to talk.') });
    expect(named.entities.filter((e) => e.kind === 'organization').map((e) => e.name)).toEqual(["Harlow Dockers' Union of Tarvo and Brantby"]);
  });
});

describe('resolve: the name before a particle and the last', () => {
  it('takes a lone "Pinto" for "Ana Clara Pinto da Costa", given name or not', () => {
    const people = resolved({ a: dated('Ana Clara Pinto da Costa met the minister on Monday. Pinto said the talks were good.') }).entities.filter((e) => e.kind === 'person');
    expect(people.map((p) => [p.name, p.aliases])).toEqual([['Ana Clara Pinto da Costa', ['Pinto']]]);
  });
});

describe('resolve: a central bank by its short word', () => {
  it('takes "the Fed" for the Federal Reserve, but not "Fed up with …"', () => {
    const orgs = (texts: Record<string, string>) => resolved(texts).entities.filter((e) => e.kind !== 'person').map((e) => [e.name, e.aliases]);
    expect(orgs({ a: dated('The Federal Reserve raised rates on Wednesday.'), b: dated('The Fed said inflation was still too high.') })).toEqual([['Federal Reserve', ['Fed']]]);
    expect(orgs({ a: dated('Fed up with the delays, residents blocked the road.') })).toEqual([]);
  });
});

describe('resolve: a body\'s short names', () => {
  it('merges "X Gas & Electric", "X Gas and Electric" and its initials with an ampersand ("VG&E")', () => {
    expect(orgRows({
      a: dated('Velmar Gas and Electric said a line had a fault. VG&E shares fell.'),
      b: dated('Velmar Gas & Electric apologised. VG&E said it would pay.'),
    })).toEqual([['Velmar Gas and Electric', ['VG&E', 'Velmar Gas & Electric'], 4]]);
  });

  it('takes the short name a long one is "known as" for that body', () => {
    expect(orgRows({
      a: dated('The fire was 5% contained, according to the Valdora Department of Forestry and Fire Protection, known as Val Fire.'),
      b: dated('Crews from Val Fire said the blaze had grown.'),
    })).toEqual([['Valdora Department of Forestry and Fire Protection', ['Val Fire'], 2]]);
  });
});

describe('resolve: a town its state places', () => {
  it('puts every mention of a town on the map where the one its state places lies', () => {
    const place = resolved({
      a: dated('Fire crews gathered in Arlington overnight.'),
      b: dated('The centre in Arlington, Virginia, said it was ready.'),
    }).entities.find((e) => e.name === 'Arlington');
    expect(place?.lat).toBeCloseTo(38.88, 1);
    expect(place?.mentions).toHaveLength(2);
  });
});

describe('resolve: Arabic names with "Abd" written apart or together', () => {
  it('merges Abdulrahman, Abdel Rahman and Abdurrahman of one surname', () => {
    const { entities } = resolved({
      a: dated('Foreign Minister Abdulrahman al-Tarvani met the envoy on Monday.'),
      b: dated('Foreign Minister Abdel Rahman al-Tarvany said on Tuesday the talks would resume.'),
      c: dated('Abdurrahman Tarvani, the foreign minister, flew home.'),
    });
    expect(entities.filter((e) => e.kind === 'person').map((e) => [...new Set(e.mentions.map((m) => m.article))].join(''))).toEqual(['abc']);
  });
});

describe('resolve: a place called by the first word of its name', () => {
  it('merges "the people of Ostrowik" into "Ostrowik Wielki" named in full, and keeps the full name', () => {
    const { entities } = resolved({
      a: dated('A train derailed near the town of Ostrowik Wielki on Tuesday.'),
      b: dated('"We are sorry for the people of Ostrowik," the operator said. Crews left Ostrowik Wielki on Friday.'),
    });
    expect(entities.filter((e) => e.kind === 'place').map((e) => [e.name, e.aliases])).toEqual([['Ostrowik Wielki', ['Ostrowik']]]);
  });
});

describe('resolve: a club named after its town', () => {
  it('keeps "the national stadium in Brantby" a place beside the club "Brantby Rovers"', () => {
    const { entities } = resolved({
      a: dated('The final will be played on May 24 at the national stadium in Brantby.'),
      b: dated('United will face Brantby Rovers in the final on May 24.'),
    });
    expect(entities.map((e) => [e.kind, e.name, e.aliases])).toEqual([['place', 'Brantby', []], ['organization', 'Brantby Rovers', []]]);
  });
});
