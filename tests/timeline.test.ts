import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTexts, timelineOf } from './helpers.js';
import { summarize, weighByRelevance } from '../src/timeline/events.js';
import { buildStatements, termsOf } from '../src/timeline/statements.js';
import { resolveEntities } from '../src/resolve/resolve-entities.js';

/** The articles of one unseen-story fixture, by id. */
const storyTexts = (story: string): Record<string, string> => {
  const dir = new URL(`./fixtures/unseen/${story}/`, import.meta.url);
  return Object.fromEntries(readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => [f.replace(/\.(txt|md)$/, ''), readFileSync(new URL(f, dir), 'utf8')]));
};

/** Each discrepancy's values, sorted: what the outlets disagree on, in a comparable form. */
const valuesOf = (tl: ReturnType<typeof timelineOf>): string[][] => tl.discrepancies.map((d) => d.values.map((v) => v.value).sort());
/** The rival values a story's articles give, each discrepancy's sorted. */
const rivalValues = (texts: Record<string, string>): string[][] => valuesOf(timelineOf(texts));
/** The rival values of two one-paragraph articles published on the days given, as "value@article", sorted. */
const rivalsOfTwo = (days: [string, string], a: string, b: string): string[][] => timelineOf({ a: `Story\n\nPublished: ${days[0]}\n\n${a}`, b: `Story\n\nPublished: ${days[1]}\n\n${b}` })
  .discrepancies.map((d) => d.values.map((v) => `${v.value}@${v.article}`).sort());

describe('timeline: events', () => {
  it('puts a span\'s sentence on its first day only ("between January 12 and February 20", "from May 2 to May 9")', () => {
    const tl = timelineOf({ a: 'Recall\n\nPublished: 3 March 2026\n\nThe recalled bags were sold at Harlow Foods stores in 14 states between January 12 and February 20.\n\nTarvo Mills ran the line from February 2 to February 9.' });
    expect(tl.events.map((e) => e.date)).toEqual(['2026-01-12', '2026-02-02']);
  });

  it('tells an article with an undated lead of its day of publication when that day ties with an earlier one', () => {
    const tl = timelineOf({ a: 'Harlow hackers demanded $4 million, sources say\n\nPublished: 15 October 2025\n\nThe group behind the cyberattack on Harlow Health demanded a ransom of $4 million, two people familiar with the investigation said.\n\nA group calling itself Grey Tarn claimed the attack on its leak site on Tuesday night.\n\n"We are not going to comment on any demands," spokesperson Ines Varga said Wednesday.\n\nAmbulances are still being diverted from Tarvo General Hospital, the county said.' });
    const dayOf = (words: string): string | undefined => tl.events.find((e) => e.title.includes(words))?.date;
    expect([dayOf('demanded a ransom'), dayOf('Ambulances are still'), dayOf('leak site')]).toEqual(['2025-10-15', '2025-10-15', '2025-10-14']);
  });

  it('titles a day told in a relative clause as a sentence of its antecedent ("The strike began on September 1"), not with its "which"', () => {
    const tl = timelineOf({ a: 'Strike ends\n\nPublished: 16 September 2025\n\nDockers at the port of Tarvo voted on Monday to accept a deal. The strike, which began on September 1, idled about 3,200 workers.' });
    expect(tl.events.map((e) => e.title)).toContain('The strike began on September 1');
  });

  it('dates a lead by its main clause, not a day inside a relative clause without commas, and gives that day to the clause\'s antecedent', () => {
    const tl = timelineOf({ a: 'Tarvo wildfire: hundreds evacuated as flames near homes\n\nPublished: 10 September 2025\n\nHundreds of people have been evacuated from their homes near Tarvo as a wildfire that started on Monday continued to spread through steep, wooded terrain.' });
    expect(tl.events.map((e) => [e.date, e.title.slice(0, 50)])).toEqual([
      ['2025-09-08', 'A wildfire started on Monday'],
      ['2025-09-10', 'Hundreds of people have been evacuated from their '],
    ]);
  });

  it('keeps the whole sentence for a day only its closing "…, the ministry confirmed on Monday" names, not that clause alone', () => {
    const st = buildStatements(resolveEntities(extractTexts({ b: 'Couple saved\n\nPublished: 18 August 2025\n\nThe couple who had been missing in the Tarvo mountains since last Wednesday have been found alive, the interior ministry confirmed on Monday.' })));
    expect(st.filter((x) => x.sentence === 1).map((x) => [x.date, x.text.slice(0, 40)])).toEqual([['2025-08-18', 'The couple who had been missing in the T']]);
  });

  it('titles an event of a headline and its lead by the sentence that says more, whatever other articles the story holds', () => {
    const story = 'Alerts lifted in Tarvo\n\nPublished: 18 July 2025\n\nThe weather agency lifted its red alert in Tarvo on Friday afternoon, a day earlier than planned.';
    const others = ['Ferry fares rise\n\nPublished: 18 July 2025\n\nFerry fares in Harlow rose by a tenth on Friday, the operator said.', 'Bridge shut\n\nPublished: 17 July 2025\n\nEngineers closed the Brantby bridge on Thursday after finding cracks, officials said.'];
    // The two sentences are equally central; only rounding told them apart, and it moved as articles came in.
    const titles = [0, 1, 2].map((n) => {
      const tl = timelineOf({ a: story, ...Object.fromEntries(others.slice(0, n).map((t, i) => [`x${i}`, t])) });
      return tl.events.find((e) => /Tarvo/.test(e.title))?.title;
    });
    expect(titles).toEqual(Array(3).fill('The weather agency lifted its red alert in Tarvo on Friday afternoon, a day earlier than planned'));
  });

  it('merges the same event told by two outlets into one event with both sources', () => {
    const tl = timelineOf({
      a: 'Quake hits port\n\nPublished: 10 May 2021\n\nA strong earthquake struck the port city of Izmir on Sunday, toppling buildings.',
      b: 'Izmir shaken\n\nPublished: 10 May 2021\n\nBuildings collapsed in Izmir when a strong earthquake struck the city on Sunday.',
    });
    const quake = tl.events.filter((e) => e.date === '2021-05-09');
    expect(quake).toHaveLength(1);
    expect(quake[0].sources).toEqual(['a', 'b']);
    expect(quake[0].outlets).toBe(2);
  });

  it('gives words news uses for one thing one term (truce and ceasefire, quake and earthquake, sank and capsized)', () => {
    expect(termsOf('the truce held')).toContain(termsOf('a ceasefire')[0]);
    expect(termsOf('the quake struck')).toContain(termsOf('the earthquake')[0]);
    expect(termsOf('the vessel capsized').sort()).toEqual(termsOf('the ferry sank').sort());
    expect(termsOf('the blaze').concat(termsOf('her victory'))).toEqual(termsOf('the fire').concat(termsOf('she won')));
    expect(termsOf('the electricity grid')).not.toContain(termsOf('the vote')[0]);
    expect(termsOf('the truce held')).not.toContain(termsOf('the strike')[0]);
    expect(termsOf('kidnapped released').sort()).toEqual(termsOf('seized freed').sort());
    expect(termsOf('passed the bill').sort()).toEqual(termsOf('approved the package').sort());
  });

  it('keeps two different events of one day apart', () => {
    const tl = timelineOf({
      a: 'Busy Monday\n\nPublished: 11 May 2021\n\nRockets hit apartment blocks in Kharkiv on Monday. The central bank raised its key interest rate to 20 percent on Monday.',
    });
    expect(tl.events.filter((e) => e.date === '2021-05-10')).toHaveLength(2);
  });
});

describe('timeline: rounds of talks', () => {
  const tl = timelineOf({
    a: 'Talks open\n\nPublished: 1 June 2021\n\nDelegations from Armenia and Azerbaijan held the first round of talks in Geneva on Tuesday. The Armenian delegation included Foreign Minister Ara Ayvazyan. The talks lasted nearly six hours and ended without agreement. The next meeting will take place in Vienna, negotiators said.',
    b: 'Second round\n\nPublished: 9 June 2021\n\nThe second round of talks was held on Tuesday at an undisclosed location in Tbilisi. The meeting went on for hours and the two sides agreed to open humanitarian corridors. The sides agreed to meet again.',
  });

  it('numbers held rounds from stated ordinals and records a planned one', () => {
    expect(tl.rounds.map((r) => [r.number, r.date, r.status])).toEqual([[1, '2021-06-01', 'held'], [2, '2021-06-08', 'held'], [3, null, 'planned']]);
  });

  it('records venue, announced venue, duration, delegation and outcome', () => {
    const [one, two] = tl.rounds;
    expect(one.placeName).toBe('Geneva');
    expect(one.duration).toBe('nearly six hours');
    expect(Object.keys(one.delegations)).toEqual(['Armenia']);
    expect(one.outcome).toContain('without agreement');
    expect(two.placeName).toBe('an undisclosed location in Tbilisi');
    expect(two.announcedPlaceName).toBe('Vienna');
    expect(two.outcome).toContain('humanitarian corridors');
  });

  it('reads a round that collapsed, broke down or ended with one side walking out as its outcome, without its dateline', () => {
    const rounds = timelineOf({
      a: 'Pay talks\n\nPublished: 3 February 2026\n\nThe Velmar teachers\' union and the education ministry held a first round of pay talks in Tarvo on Monday.',
      b: 'Talks collapse\n\nPublished: 11 February 2026\n\nTARVO, Feb 10 (Harbour Wire) - A second round of pay talks between Velmar\'s teachers and the government collapsed on Tuesday after the ministry refused to raise its offer.',
    }).rounds;
    expect(rounds.find((r) => r.number === 2)?.outcome).toMatch(/^A second round of pay talks .* collapsed on Tuesday/);
  });

  it('makes each held round one event carrying its number', () => {
    const roundEvents = tl.events.filter((e) => e.round);
    expect(roundEvents.map((e) => [e.round, e.date])).toEqual([[1, '2021-06-01'], [2, '2021-06-08']]);
  });

  it('flags the announced venue against the held one and differing durations', () => {
    expect(tl.discrepancies.map((d) => d.topic)).toContain('venue of round 2');
  });
});

describe('timeline: a date that names another happening', () => {
  it('takes the day a lead is about for the news day, not a day counted from another happening', () => {
    const tl = timelineOf({
      a: 'Review begins\n\nPublished: 18 March 2025\n\nThe court on Tuesday began reviewing the impeachment of Prime Minister Arlo Venn, four days after lawmakers voted to remove him.\n\nThe currency fell 1.1% on Friday, the day of the vote.\n\nVenn\'s lawyer, Ida Strom, said his client had done nothing wrong.',
    });
    expect(tl.events.find((e) => e.title.includes('Ida Strom'))?.date).toBe('2025-03-18');
  });

  it('takes the news day from the opening sentences: a day recalled far down ("the collapse on Monday is the worst since 2011") does not outvote the lead', () => {
    const tl = timelineOf({
      a: 'Contact made\n\nPublished: 5 March 2025\n\nRescuers on Wednesday made contact with 29 miners trapped at the Harlow pit.\n\nTwo workers remain missing, the operator said, lowering the number it gave on Monday.\n\nFood and water were sent down a borehole.\n\nA second shaft will take five days to drill.\n\nThe union said it had warned about the roof.\n\nIts president, Jane Roe, called for managers to be suspended.\n\nThe mine employs 1,400 people.\n\nThe collapse on Monday is the worst accident in the industry since 2011.',
    });
    expect(tl.events.find((e) => e.title.includes('Jane Roe'))?.date).toBe('2025-03-05');
  });

  it('dates a state that lasts until publication ("X remains at large") on the day of publication, not the day before it', () => {
    const tl = timelineOf({
      a: 'Recaptured\n\nPublished: 15 June 2025\n\nTomas Berg was arrested at a service station near Harlow at about 11pm on Saturday, police said.\n\nJane Roe, who escaped with him, remains at large.\n\nPolice urged drivers on the A9 to remain alert.',
    });
    expect(tl.events.find((e) => e.title.includes('remains at large'))?.date).toBe('2025-06-15');
  });

  it('keeps the day of a saying followed by "a day after" another happening: both days have their event', () => {
    const tl = timelineOf({ a: 'Cuts\n\nPublished: 30 October 2025\n\nHarlow Motors will cut 5,000 jobs in Tarvo, the works council said on Thursday, a day after the company reported a drop in profit.' });
    expect(tl.events.map((e) => e.date)).toEqual(['2025-10-29', '2025-10-30']);
  });

  it('dates "would stay closed until at least Friday" by the saying, not by the day the closure ends', () => {
    const tl = timelineOf({ a: 'Crash\n\nPublished: 8 October 2025\n\nTwo trains collided near Harlow on Wednesday.\n\nHarlow Rail said the line would stay closed until at least Friday.' });
    expect(tl.events.find((e) => e.title.includes('stay closed'))?.date).toBe('2025-10-08');
  });

  it('reads an irregular past ("laid a wreath", "sued the council") as a deed that makes an event', () => {
    const tl = timelineOf({ a: 'Anniversary\n\nPublished: 5 November 2025\n\nMayor Jane Roe laid a wreath at the memorial.\n\nTomas Berg sued the council.' });
    expect(tl.events.map((e) => e.title)).toEqual(['Mayor Jane Roe laid a wreath at the memorial', 'Tomas Berg sued the council']);
  });

  it('takes no news day years before publication: an anniversary piece\'s undated saying is of its own day', () => {
    const tl = timelineOf({
      a: 'Ten years on\n\nPublished: 5 November 2025\n\nOn the morning of November 5, 2015, the tailings dam above the town of Harlow gave way and killed 19 people.\n\n"We buried our children and they gave us speeches," said Jane Roe, 58.',
    });
    expect(tl.events.find((e) => e.title.includes('Jane Roe'))?.date).toBe('2025-11-05');
    expect(tl.events.find((e) => e.title.includes('gave way'))?.date).toBe('2015-11-05');
  });

  it('takes no news day from a day in a relative clause without commas: "a suspect who escaped on Thursday morning"', () => {
    const tl = timelineOf({
      a: 'Shooting\n\nPublished: 16 October 2025\n\nA gunman shot three people at a pub in Harlow on Wednesday night, police said, as officers hunted a suspect who escaped on Thursday morning.\n\nPolice named the suspect as Tomas Berg, 40, a former soldier.\n\n"We are heartbroken," Mayor Jane Roe said on Thursday.',
    });
    expect(tl.events.find((e) => e.title.includes('Tomas Berg'))?.date).toBe('2025-10-15');
  });

  it('takes no news day from a relative clause: "a deal after talks that began on 8 September" is not news of that day', () => {
    const tl = timelineOf({
      a: 'Deal agreed\n\nPublished: 15 September 2025\n\nThe two sides agreed on a prisoner exchange after talks in Muscat that began on 8 September.\n\nThe Red Cross said it would prepare flights between Sanaa and Marib.',
    });
    expect(tl.events.find((e) => e.title.includes('Red Cross'))?.date).toBe('2025-09-15');
  });

  it('dates "an inquiry into Tuesday\'s crash" by the article, and "evacuated after Tuesday\'s crash were let home on Wednesday" on Wednesday', () => {
    const tl = timelineOf({
      a: 'Inquiry opened\n\nPublished: 16 May 2024\n\nProsecutors in Kalisz have opened a criminal inquiry into Tuesday\'s derailment of a freight train.',
      b: 'Residents return\n\nPublished: 16 May 2024\n\nSome 2,500 people evacuated after Tuesday\'s derailment near Kalisz were allowed back to their homes on Wednesday evening.',
    });
    expect(tl.events.find((e) => e.title.includes('criminal inquiry'))?.date).toBe('2024-05-16');
    expect(tl.events.find((e) => e.sources.includes('b') && e.title.includes('allowed back'))?.date).toBe('2024-05-15');
    expect(tl.events.some((e) => e.date === '2024-05-14')).toBe(false);
  });

  it('gives a clause opened by an irregular participle its subject ("The first two rounds, held in Tarvo on March 3, …")', () => {
    const tl = timelineOf({
      a: 'Deal reached\n\nPublished: 16 March 2025\n\nThe first two rounds, held in Tarvo on March 3 and in Harlow on March 11, had ended without agreement.',
    });
    expect(tl.events.find((e) => e.date === '2025-03-03')?.title).toBe('The first two rounds held in Tarvo on March 3 and in Harlow on March 11');
  });

  it('dates a count "up from 90 last Friday" or "the same number as on Tuesday" by its own report, not by the earlier value\'s day', () => {
    // 2025-02-26 is a Wednesday.
    const tl = timelineOf({
      a: 'Outbreak grows\n\nPublished: 26 February 2025\n\nThe outbreak in Tarvo grew to 124 cases across nine counties, up from 90 last Friday.\n\nThe Tarvo health agency said 13 people had been hospitalized, the same number as on Monday.',
    });
    expect(tl.events.map((e) => e.date)).toEqual(['2025-02-26']);
    expect(tl.events[0].provenance.map((p) => p.sentence)).toEqual([1, 2]);
    // Nor is a count "up from 90 last Friday" a rival of a national count given that Friday.
    // 2025-02-21 is a Friday.
    const rivals = timelineOf({
      a: 'Cases\n\nPublished: 21 February 2025\n\nNationally, the Tarvo health agency has recorded 93 measles cases so far this year.',
      b: 'Outbreak grows\n\nPublished: 26 February 2025\n\nThe outbreak grew to 124 measles cases across nine counties, up from 90 last Friday.',
    });
    expect(rivals.discrepancies).toEqual([]);
  });

  it('gives one article\'s value once, though its headline and its lead both give it', () => {
    const tl = timelineOf({
      a: 'Harlow Motors to cut 12,000 jobs\n\nPublished: 15 October 2024\n\nHarlow Motors said on Tuesday it would cut 12,000 jobs.',
      b: 'Cuts\n\nPublished: 15 October 2024\n\nHarlow Motors wants to shed around 10,000 jobs, the company confirmed on Tuesday.',
    });
    expect(tl.discrepancies.map((d) => d.values.map((v) => `${v.value}@${v.article}`))).toEqual([['around 10,000@b', '12,000@a']]);
  });

  it('takes no event from a habit told in the present whose only past word is a participle describing its subject', () => {
    const tl = timelineOf({ a: 'Explainer: how rates are set\n\nPublished: 16 May 2025\n\nThe Harlow Rate Committee, chaired by Jane Roe, votes on the rate eight times a year. The Tarvo Rate Committee, chaired by Tomas Berg, raised the rate.' });
    expect(tl.events.map((e) => e.title)).toEqual(["The Tarvo Rate Committee, chaired by Tomas Berg, raised the rate"]);
  });

  it('takes homes destroyed for a tally that grows by the day: a day apart they update, on one day they rival', () => {
    const rivals = (a: string, b: string) => rivalsOfTwo(['12 August 2024', '13 August 2024'], a, b);
    expect(rivals('The Harlow fire had destroyed at least 45 homes by Monday evening, officials said.', 'The Harlow fire had destroyed 68 homes by Tuesday evening, officials said.')).toEqual([]);
    expect(rivals('The Harlow fire had destroyed at least 45 homes by Monday evening, officials said.', 'The Harlow fire had destroyed 68 homes by Monday evening, officials said.')).toEqual([['68@b', 'at least 45@a']]);
  });

  it('compares passengers with people on board, keeps the number an article says another source gave, and sets no capacity against a count', () => {
    expect(rivalsOfTwo(['15 June 2024', '16 June 2024'], 'The ferry was carrying about 120 passengers when it capsized, police said. It was licensed to carry 50 people.', 'Survivors said the ferry left with more than 150 people on board, far above the 120 reported by police.'))
      .toEqual([['120@b', 'about 120@a', 'more than 150@b']]);
  });

  it('sets a sourced value told as "far less than government estimates" against the article\'s own, but not two unsourced values of one article', () => {
    const rivals = (text: string) => rivalValues({ a: `Spill\n\nPublished: 11 February 2025\n\n${text}` });
    expect(rivals('A tanker that ran aground on Sunday has leaked an estimated 3,000 tonnes of crude. Its owner, Harlow Shipping, said 1,200 tonnes had leaked, far less than government estimates.')).toEqual([['1,200 tonnes', '3,000 tonnes']]);
    expect(rivals('A tanker that ran aground on Sunday has leaked an estimated 3,000 tonnes of crude. Its owner, Harlow Shipping, said 1,200 tonnes had leaked.')).toEqual([]);
  });

  it('sets "312 lawmakers voting against her" against "by 311 votes to 265", but not "a majority of its 40 members voted"', () => {
    expect(rivalsOfTwo(['12 March 2025', '12 March 2025'], 'The government of Prime Minister Jane Roe lost a confidence vote on Tuesday, with 312 lawmakers voting against her and 265 in favour.', 'Roe\'s government fell on Tuesday after parliament passed a no-confidence motion by 311 votes to 265. A majority of its 40 members voted to suspend Harlow from the league.'))
      .toEqual([['311@b', '312@a']]);
  });

  it('sets "nurses voted by 91% to strike" against "some 89% of nurses backed a strike"', () => {
    expect(rivalsOfTwo(['3 March 2025', '4 March 2025'], 'Nurses voted by 91% to strike on a turnout of 67%, the Harlow Nurses Union said.', 'Some 89% of nurses backed a strike on a turnout of 67%, the Tarvo Herald reported.'))
      .toEqual([['91 %@a', 'Some 89 %@b']]);
  });

  it('sets "about 250mm of rain" against "some 300 millimetres of rain"', () => {
    expect(rivalsOfTwo(['3 March 2025', '4 March 2025'], 'About 250mm of rain fell in Tarvo on Monday, the weather service said.', 'Some 300 millimetres of rain fell in Tarvo on Monday, officials said.'))
      .toEqual([['About 250@a', 'Some 300@b']]);
  });

  it('sets "employed 3,400 people" against "our 3,100 employees", but not what police employed', () => {
    expect(rivalsOfTwo(['3 September 2025', '5 September 2025'], '"We are heartbroken for our 3,100 employees," chief executive Jane Roe said of Harlow Air on Wednesday.', 'Harlow Air employed 3,400 people, according to the pilots\' union. Police employed 30 dogs.'))
      .toEqual([['3,100@a', '3,400@b']]);
  });

  it('sets fees in kronor against payments, and keeps a figure an article says another outlet reported beside its own', () => {
    expect(rivalsOfTwo(['21 May 2025', '28 May 2025'], 'The minister resigned on Tuesday after failing to declare payments of more than 60,000 kronor from a developer.', 'The developer paid him a total of 85,000 kronor in consulting fees, according to documents. The Herald had reported a figure of more than 60,000 kronor.'))
      .toEqual([['85,000 kronor@b', 'more than 60,000 kronor@a', 'more than 60,000 kronor@b']]);
  });

  it('sets police\'s crowd, the organisers\' own in the same article and theirs in another outlet against each other', () => {
    expect(rivalsOfTwo(['3 November 2025', '5 November 2025'], 'Police said 12,000 people marched in Tarvo on Sunday. Organisers from the Velmar Workers\' Federation put the crowd at 50,000.', 'The Velmar Workers\' Federation said more than 60,000 people had marched in Tarvo on Sunday, a figure police disputed.'))
      .toEqual([['12,000@a', '50,000@a', 'more than 60,000@b']]);
  });

  it('takes a count said to have "now" reached a value for an update, not a rival', () => {
    expect(rivalsOfTwo(['18 June 2025', '21 June 2025'], 'The attack forced three hospitals to cancel more than 1,100 operations.', 'The health board said about 1,500 planned operations had now been postponed.')).toEqual([]);
  });

  it('compares viewers with the people a broadcast was "watched by"', () => {
    expect(rivalsOfTwo(['2 March 2025', '4 March 2025'], 'The ceremony on Sunday was watched by 1.4 million viewers, the broadcaster said.', 'Sunday\'s awards were watched by 1.6 million people on television and online, organisers said.'))
      .toEqual([['1.4 million@a', '1.6 million@b']]);
  });

  it('compares the price of an acquisition with that of the deal', () => {
    expect(rivalsOfTwo(['6 February 2025', '8 February 2025'], 'Regulators blocked the proposed 4.2 billion euro acquisition of Tarvo Trains on Wednesday.', 'The chief executive said the deal, valued at 4.4 billion euros, would have created a champion.'))
      .toEqual([['4.2 billion euro@a', '4.4 billion euros@b']]);
  });

  it('compares workers counted as "dockworkers", "striking workers" and a number the union gives', () => {
    expect(rivalsOfTwo(['4 March 2025', '6 March 2025'], 'About 3,200 dockworkers at the Port of Tarvo walked off the job on Tuesday.', 'The employers put the number of striking workers at 2,700 on Thursday, while the union said 3,400 had joined the walkout.'))
      .toEqual([['2,700@b', '3,400@b', 'About 3,200@a']]);
  });

  it('sets a rate a day apart from a rate a year and from a sum, but compares two rates a year', () => {
    const rivals = (a: string, b: string) => rivalsOfTwo(['5 March 2025', '5 March 2025'], a, b);
    expect(rivals('Every day the port is shut costs the economy roughly 90 million kroner, the minister said.', 'The deal would cost the employers about 120 million kroner a year.')).toEqual([]);
    expect(rivals('The strike costs the economy 90 million kroner a day.', 'The strike will cost the economy 120 million kroner in all.')).toEqual([]);
    expect(rivals('The deal would cost the employers 90 million kroner a year.', 'The deal would cost the employers about 120 million kroner a year.')).toEqual([['90 million kroner@a', 'about 120 million kroner@b']]);
  });

  it('sets seats two parties won apart, and a group\'s turnout apart from the whole\'s', () => {
    const rivals = (a: string, b: string) => rivalsOfTwo(['25 April 2022', '25 April 2022'], a, b);
    expect(rivals('The Harlow Party won 37 seats in Sunday\'s election. The Tarvo Union, led by Jane Roe, came second with 30 seats, the commission said.', 'The Tarvo Union won 31 seats in Sunday\'s election.'))
      .toEqual([['30@a', '31@b']]);
    expect(rivals('Turnout in Sunday\'s election was 70.9%.', 'Turnout among voters under 30 in Sunday\'s election was just 52%.')).toEqual([]);
  });

  it('sets no forecast ("expects the rate to peak at 7.25 per cent") against a value reported, but keeps a value told beside an earnings forecast', () => {
    const rivals = (a: string, b: string) => rivalsOfTwo(['15 May 2025', '15 May 2025'], a, b);
    expect(rivals('The Velmar central bank raised its interest rate to 6.5 per cent on Wednesday.', 'Economist Jane Roe expects the interest rate to peak at 7.25 per cent by September.')).toEqual([]);
    expect(rivals('Harlow Line raised its annual earnings forecast on Wednesday after third-quarter operating profit climbed 39% to $2 billion.', 'Harlow Line reported a 41% jump in third-quarter operating profit on Wednesday.'))
      .toEqual([['39 %@a', '41 %@b']]);
  });

  it('sets no part of a count ("including 11 carrying fuel") against another article\'s count of the whole', () => {
    const tl = timelineOf({
      a: 'Train derails\n\nPublished: 10 September 2024\n\nOfficials said 40 wagons derailed near Tarvo on Monday, including 11 carrying fuel.',
      b: 'Train derails\n\nPublished: 10 September 2024\n\nOfficials said 25 wagons derailed near Tarvo on Monday.',
    });
    expect(tl.discrepancies.map((d) => d.values.map((v) => `${v.value}@${v.article}`))).toEqual([['25@b', '40@a']]);
  });

  it('dates "will pay $48.50 a share, a 32% premium to Friday\'s closing price" on the day it was announced, not on a Friday', () => {
    // 2025-03-03 is a Monday.
    const tl = timelineOf({ a: 'Deal\n\nPublished: 3 March 2025\n\nTarvo Systems will pay $48.50 per Harlow Micro share, a premium of 32% to Friday\'s closing price, the companies said.' });
    expect(tl.events.map((e) => e.date)).toEqual(['2025-03-03']);
  });

  it('tells an article\'s undated sentences of the day its lead says, not of a day a clause set off by commas describes', () => {
    // 2025-03-08 is a Saturday.
    const tl = timelineOf({ a: 'Lander tipped over\n\nPublished: 8 March 2025\n\nThe Aurore lander, which touched down on the Moon on Thursday, came to rest on its side, Tarvo Space said on Saturday.\n\nEngineer Jane Roe congratulated the team.' });
    expect(tl.events.find((e) => e.title.includes('congratulated'))?.date).toBe('2025-03-08');
  });

  it('takes neither end of "ranging from March 11, 2024, to May 22, 2024" for a happening', () => {
    const tl = timelineOf({ a: 'Outbreak\n\nPublished: 4 June 2024\n\nIllnesses among Harlow residents started on dates ranging from March 11, 2024, to May 22, 2024. Tarvo Produce recalled its cucumbers on May 31.' });
    expect(tl.events.filter((e) => e.date !== '2024-05-31')).toEqual([]);
  });

  it('dates "fines over the March 4 outage" by the fines, not by the outage a date names before its noun', () => {
    // 2025-06-12 is a Thursday.
    const tl = timelineOf({
      a: 'Grid operator fined\n\nPublished: 12 June 2025\n\nThe Velmar energy regulator on Thursday proposed fines of $9 million against Tarvo Grid over the March 4 outage that left most of the country without power.',
    });
    expect(tl.events.find((e) => e.title.includes('proposed fines'))?.date).toBe('2025-06-12');
    expect(tl.events.some((e) => e.date === '2025-03-04')).toBe(false);
  });

  it('dates "widened on Wednesday the zone around the site of Monday\'s derailment" on Wednesday alone, but "take charge of Saturday\'s match" on Saturday', () => {
    // 2024-09-11 is a Wednesday.
    const tl = timelineOf({
      a: 'Zone widened\n\nPublished: 11 September 2024\n\nOfficials in Tarvo on Wednesday widened the evacuation zone around the site of Monday\'s derailment to two miles.',
      b: 'Coach sacked\n\nPublished: 11 September 2024\n\nAssistant coach Tomas Berg will take charge of Saturday\'s match against Harlow Rovers.',
    });
    const datesOf = (article: string) => tl.events.filter((e) => e.sources.includes(article)).map((e) => e.date);
    expect(datesOf('a')).toEqual(['2024-09-11']);
    expect(datesOf('b')).toEqual(['2024-09-14']);
  });

  it('dates "…were freed on Thursday, their charity, Harlow Aid, said on Friday" on Thursday alone, but a plan on the day it was announced too', () => {
    // 2025-11-21 is a Friday.
    const tl = timelineOf({
      a: 'Aid workers freed\n\nPublished: 21 November 2025\n\nTwo aid workers held in Velmar were freed on Thursday after months of talks, their charity, Harlow Aid, said on Friday.',
      b: 'Truce agreed\n\nPublished: 21 November 2025\n\nA truce will take effect in Velmar on Monday, the two governments said in a statement on Friday.',
    });
    const datesOf = (article: string) => tl.events.filter((e) => e.sources.includes(article)).map((e) => e.date).sort();
    expect(datesOf('a')).toEqual(['2025-11-20']);
    expect(datesOf('b')).toEqual(['2025-11-21', '2025-11-24']);
  });
});

describe('timeline: a state told on the day of its saying', () => {
  it('dates "Crews have contained 62% of the fire, which began on Sunday, Val Fire said Thursday" on Thursday too, titled by its news', () => {
    // 2025-07-24 is a Thursday.
    const tl = timelineOf({ a: 'Fire\n\nPublished: 24 July 2025\n\nCrews have contained 62% of the Tarn Fire, which has burned 16,200 acres since it ignited on Sunday, Val Fire said Thursday.' });
    expect(tl.events.map((e) => [e.date, e.title.split(' ').slice(0, 3).join(' ')])).toEqual([['2025-07-20', 'Since it ignited'], ['2025-07-24', 'Crews have contained']]);
  });
});

describe('timeline: outlets that date one person\'s deed differently', () => {
  const texts = {
    a: 'Aid workers freed\n\nPublished: 21 November 2025\n\nOdile Vantrou, a nurse, and Arne Solvik, a logistician, were abducted on June 14 near Harlow.',
    b: 'Freed pair speak\n\nPublished: 22 November 2025\n\nOdile Vantrou and Arne Solvik spoke to reporters. The pair were abducted on June 12 near Harlow, the ministry said. Vantrou thanked the mediators.',
  };

  it('finds "abducted on June 14" against "the pair were abducted on June 12", for both people at once', () => {
    const dates = timelineOf(texts).discrepancies.filter((d) => d.id.startsWith('date-'));
    expect(dates.map((d) => [d.topic, d.values.map((v) => [v.value, v.article])])).toEqual([
      ['date Arne Solvik and Odile Vantrou were abducted', [['2025-06-12', 'b'], ['2025-06-14', 'a']]],
    ]);
  });

  it('takes an article naming two days for one deed for a sequence, and a repeated deed like "killed" for no rival account', () => {
    const seq = { ...texts, b: 'Freed pair speak\n\nPublished: 22 November 2025\n\nOdile Vantrou was arrested on June 12 near Harlow. Vantrou was arrested again on June 14.' };
    expect(timelineOf(seq).discrepancies.filter((d) => d.id.startsWith('date-'))).toEqual([]);
    const killed = {
      a: 'Clashes\n\nPublished: 21 November 2025\n\nTwo men were killed on Monday near Harlow, Mayor Odile Vantrou said.',
      b: 'Clashes\n\nPublished: 21 November 2025\n\nThree men were killed on Wednesday near Harlow, Mayor Odile Vantrou said.',
    };
    expect(timelineOf(killed).discrepancies.filter((d) => d.id.startsWith('date-'))).toEqual([]);
  });
});

describe('timeline: a price part-way through a day', () => {
  it('takes a fall "in early trading" or "at one point" for no rival of where shares closed', () => {
    const a = (move: string) => `Breach\n\nPublished: 6 March 2025\n\nShares in Harlow Telecom ${move} on Thursday.`;
    const b = 'Breach\n\nPublished: 7 March 2025\n\nThe shares of Harlow Telecom closed down 5.8% on Thursday.';
    expect(rivalValues({ a: a('fell 6.2%'), b })).toEqual([['5.8 %', '6.2 %']]);
    expect(rivalValues({ a: a('fell 6.2% in early trading'), b })).toEqual([]);
    expect(rivalValues({ a: a('were at one point down 6.2%'), b })).toEqual([]);
  });
});

describe('timeline: rain told over different spans', () => {
  it('takes "420 millimetres in 48 hours" and "450mm since Sunday" for two amounts, but two amounts over one span for rivals', () => {
    const a = (span: string) => `Floods\n\nPublished: 16 July 2025\n\nMore than 420 millimetres of rain fell on parts of Harlow province ${span}, the weather agency said.`;
    const b = 'Floods\n\nPublished: 17 July 2025\n\nThe weather agency said about 450mm of rain had fallen in the worst-hit areas since Sunday.';
    expect(rivalValues({ a: a('in 48 hours'), b })).toEqual([]);
    expect(rivalValues({ a: a('since Sunday'), b })).toEqual([['More than 420', 'about 450']]);
  });
});

describe('timeline: a timeline of past days told in the present', () => {
  it('reads "September 22: The first round of talks ends after nine hours" as a round held that day, and a day after publication as one to come', () => {
    const tl = timelineOf({
      a: 'Timeline: the port strike\n\nPublished: 20 October 2025\n\nSeptember 22: The first round of talks between the dockers and the port ends after nine hours without a deal.\n\nOctober 9: Round two of the talks between the dockers and the port collapses.\n\nA third round of talks is due in Brantby on October 23.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.status])).toEqual([[1, '2025-09-22', 'held'], [2, '2025-10-09', 'held'], [3, '2025-10-23', 'planned']]);
  });

  it('dates a short entry of a timeline list ("September 15: The strike begins.")', () => {
    const tl = timelineOf({ a: 'Timeline: the port strike\n\nPublished: 20 October 2025\n\nSeptember 15: The strike begins.\n\nSeptember 22: Ships wait off the pier for a week.' });
    expect(tl.events.map((e) => e.date)).toEqual(['2025-09-15', '2025-09-22']);
  });
});

describe('timeline: a round still to come, told two ways', () => {
  it('takes "agreed to return to the table on March 19" for the next round, and finds the day two outlets give it differently', () => {
    const tl = timelineOf({
      a: 'Talks fail\n\nPublished: 12 March 2025\n\nTalks between Harlow Rail and the drivers\' union broke down on Tuesday after six hours of negotiations in Brantby. The next round of talks is due to take place on March 20 in Tarvo.',
      b: 'Strike on\n\nPublished: 12 March 2025\n\nTalks between Harlow Rail and the drivers\' union ended without agreement on Tuesday in Brantby. Both sides agreed to return to the table on March 19 in Brantby, the mediator said.',
    });
    expect(tl.rounds.map((r) => [r.number, r.status, r.announcedBy])).toEqual([[1, 'held', []], [2, 'planned', ['a', 'b']]]);
    expect(tl.discrepancies.filter((d) => d.id === 'round-2-date').map((d) => d.values.map((v) => `${v.value}@${v.article}`))).toEqual([['2025-03-19@b', '2025-03-20@a']]);
  });
});

describe('timeline: outlets that schedule one thing for different days', () => {
  const verdict = (tail: string) => `Verdict\n\nPublished: 14 October 2025\n\nA jury convicted Tomas Berg on Tuesday. Judge Ines Varga set sentencing for Dec. 3.${tail}`;
  const later = (sentence: string) => `Guilty\n\nPublished: 15 October 2025\n\nTomas Berg was convicted on Tuesday. ${sentence}`;
  const scheduled = (texts: Record<string, string>) => timelineOf(texts).discrepancies.filter((d) => d.id.startsWith('date-of-')).map((d) => [d.topic, d.values.map((v) => [v.value, v.article])]);

  it('finds "set sentencing for Dec. 3" against "Sentencing is scheduled for Dec. 4"', () => {
    expect(scheduled({ a: verdict(''), b: later('Sentencing is scheduled for Dec. 4.') })).toEqual([
      ['date of the sentencing', [['2025-12-03', 'a'], ['2025-12-04', 'b']]],
    ]);
  });

  it('takes a day told as moved, or another thing scheduled, for no rival', () => {
    expect(scheduled({ a: verdict(''), b: later('Sentencing was postponed to Dec. 4.') })).toEqual([]);
    expect(scheduled({ a: verdict(''), b: later('The appeal hearing is scheduled for Dec. 4.') })).toEqual([]);
    expect(scheduled({ a: verdict(' A hearing on bail is set for Dec. 9.'), b: later('The second strike is planned for Dec. 4.') })).toEqual([]);
  });
});

describe('timeline: counts of one day and the next, and two sources in one sentence', () => {
  it('takes a tally its sentence dates to the next day for an update, not a rival', () => {
    expect(rivalValues({
      a: 'Blast\n\nPublished: 14 October 2025\n\nHarlow Coal confirmed that 23 miners were still missing.',
      b: 'Blast\n\nPublished: 15 October 2025\n\nAt least six miners were killed and 19 remained missing on Wednesday, the ministry said.',
    })).toEqual([]);
  });

  it('takes a count said to be "two more than the toll given on Saturday" or "up from" another for an update, not a rival', () => {
    const a = 'Crush\n\nPublished: 14 June 2025\n\nAt least 17 people were killed in the crush at the Harlow arena on Friday night, officials said.';
    const b = (tail: string) => `Crush\n\nPublished: 15 June 2025\n\nNineteen people died in Friday night's crush at the Harlow arena, according to the health agency on Sunday${tail}.`;
    expect(rivalValues({ a, b: b('') })).toEqual([['At least 17', 'Nineteen']]);
    expect(rivalValues({ a, b: b(', two more than the toll given on Saturday') })).toEqual([]);
    expect(rivalValues({ a, b: b(', up from 17 on Saturday') })).toEqual([]);
  });

  it('reads "up from" after a value with a decimal point ("2.6 million, the company said, up from 2.3 million") as an update', () => {
    const a = 'Breach\n\nPublished: 6 March 2025\n\nHarlow Telecom said on Wednesday that hackers had stolen the data of about 2.3 million customers.';
    const c = 'Ransom\n\nPublished: 10 March 2025\n\nThe number of affected customers now stands at 2.6 million, the company said, up from an initial estimate of 2.3 million.';
    expect(rivalValues({ a, c })).toEqual([]);
    expect(rivalValues({ a, c: c.replace(', up from an initial estimate of 2.3 million', '') })).toEqual([['2.6 million', 'about 2.3 million']]);
  });

  it('sets a crowd "put the figure at" by organisers against the police count it follows', () => {
    expect(rivalValues({ a: 'March\n\nPublished: 12 May 2025\n\nPolice said 50,000 people marched through Harlow on Sunday, but organisers put the figure at 200,000.' })).toEqual([['200,000', '50,000']]);
  });

  it('sets "the company said 252, while the ministry put the number at 250" against each other, and rescued miners apart', () => {
    expect(rivalValues({
      a: 'Blast\n\nPublished: 15 October 2025\n\nRescuers brought 229 miners to the surface on Tuesday.',
      b: 'Blast\n\nPublished: 16 October 2025\n\nThe company said 252 miners had been underground when the blast hit on Tuesday, while the ministry put the number at 250.',
    })).toEqual([['250', '252']]);
  });

  it('takes a dated entry of a timeline list told in the present for its day\'s happening', () => {
    const tl = timelineOf({ a: '---\ntitle: How it unfolded\ndate: 2025-09-20\nsource: Harbour Post\n---\n\n## Key dates\n\n- **September 12:** Engineers report cracks in the eastern pier to the city council.\n- **September 14:** The bridge falls into the river.' });
    expect(tl.events.map((e) => [e.date, e.title])).toEqual(expect.arrayContaining([['2025-09-12', 'Engineers report cracks in the eastern pier to the city council']]));
  });

  it('titles ", bringing the toll from Sunday\'s collapse to six" with its subject, and dates it by its own day, not the collapse\'s', () => {
    // 2025-09-16 is a Tuesday.
    const tl = timelineOf({ a: 'Search ends\n\nPublished: 16 September 2025\n\nRescue divers recovered the last body from the river on Tuesday, bringing the death toll from Sunday\'s bridge collapse in Tarvo to six.' });
    expect(tl.events.map((e) => [e.date, e.title])).toEqual([['2025-09-16', expect.stringMatching(/^Rescue divers recovered the last body/)]]);
  });

  it('titles "… before flying home on Friday" with the sentence\'s subject', () => {
    // 2025-06-04 is a Wednesday.
    const tl = timelineOf({ a: 'Visit\n\nPublished: 4 June 2025\n\nPresident Tomás Queiroga is due to visit a plant in Surabaya on Thursday before flying home on Friday.' });
    expect(tl.events.find((e) => e.date === '2025-06-06')?.title).toMatch(/^President Tomás Queiroga is due to visit/);
  });

  it('dates "hoped to reach them by Wednesday" by the saying, not by the limit', () => {
    // 2025-10-14 is a Tuesday.
    const tl = timelineOf({ a: 'Rescue\n\nPublished: 14 October 2025\n\nRescue chief Yerlan Kostabay said crews hoped to reach the trapped men by Wednesday morning.' });
    expect(tl.events.map((e) => e.date)).toEqual(['2025-10-14']);
  });

  it('gives a clause that opens with its verb or a participle the sentence\'s subject in its title', () => {
    const tl = timelineOf({ a: 'Truce\n\nPublished: 21 May 2023\n\nThe truce, signed by envoys of the army and the militia in Harlow late on Saturday, will take effect on Monday at 9pm.' });
    expect(tl.events.map((e) => [e.date, e.title])).toEqual([
      ['2023-05-20', 'The truce, signed by envoys of the army and the militia in Harlow late on Saturday'],
      ['2023-05-22', 'The truce will take effect on Monday at 9pm'],
    ]);
  });

  it('gives a participle\'s clause the short sentence before it, and a finite verb after a name its subject', () => {
    const tl = timelineOf({ a: 'PM quits\n\nPublished: 5 May 2024\n\nThe prime minister of Velmar, Jane Roe, resigned yesterday, after losing a confidence vote on Friday night.' });
    expect(tl.events.map((e) => [e.date, e.title])).toEqual([
      ['2024-05-03', 'The prime minister of Velmar, Jane Roe, resigned yesterday, after losing a confidence vote on Friday night'],
      ['2024-05-04', 'The prime minister of Velmar resigned yesterday, after losing a confidence vote on Friday night'],
    ]);
  });

  it('titles the day of a "when" clause by the main clause it dates, not the clause alone', () => {
    const tl = timelineOf({ a: 'Crush\n\nPublished: 14 June 2025\n\nAt least 17 people were killed when a crowd surged towards a gate at the Harlow arena late on Friday, officials said on Saturday.' });
    expect(tl.events.map((e) => [e.date, e.title])).toContainEqual(['2025-06-13', 'At least 17 people were killed when a crowd surged towards a gate at the Harlow arena late on Friday']);
  });

  it('reads a short or irregular past ("died", "fled") as a deed of its day, but not "did not respond"', () => {
    const tl = timelineOf({ a: 'Fire\n\nPublished: 14 June 2025\n\nA woman from the top floor died in hospital on Friday evening.\n\nThe building\'s owner did not comment on Saturday.' });
    expect(tl.events.map((e) => [e.date, e.title])).toEqual([['2025-06-13', 'A woman from the top floor died in hospital on Friday evening']]);
  });

  it('takes no event from an interviewer\'s question or the newsroom\'s own doings', () => {
    const tl = timelineOf({ a: 'Steward\n\nPublished: 15 June 2025\n\nWe spoke to Tarvo Lind, who has worked at the Harlow arena for six years.\n\nWhat has Velmar Events told staff since Saturday?\n\nVelmar Events denied on Saturday that any exit had been locked.' });
    expect(tl.events.map((e) => [e.date, e.title])).toEqual([['2025-06-14', 'Velmar Events denied on Saturday that any exit had been locked']]);
  });

  it('dates a toll by the happening it counts, not by "according to … on Sunday" nor by "the toll given on Saturday"', () => {
    const tl = timelineOf({ a: 'Crush\n\nPublished: 15 June 2025\n\nNineteen people died in the crush at the Harlow arena on Friday night, according to the latest figure from the health agency on Sunday, two more than the toll given on Saturday.' });
    expect(tl.events.map((e) => e.date)).toEqual(['2025-06-13']);
  });

  it('joins an explainer\'s dated first sentence to the wire\'s lead, though the explainer\'s news day is the next', () => {
    const tl = timelineOf({
      a: 'Velmora files for bankruptcy\n\nPublished: 4 March 2025\n\nOSLO, March 4 (Harbour Wire) - Norwegian budget airline Velmora (VLMR.OL) filed for bankruptcy on Tuesday and grounded all 38 of its aircraft, stranding about 12,000 passengers across Europe, the company said.',
      b: 'Velmora collapse: what passengers need to know\n\nPublished: 5 March 2025\n\nVelmora, Norway\'s third-largest airline, stopped flying on Tuesday after filing for bankruptcy.\n\nIts director Tarvo Lind said on Wednesday that refunds would follow.\n\nThe fund\'s board met on Wednesday to approve the payments.',
    });
    expect(tl.events.find((e) => e.date === '2025-03-04')?.sources).toEqual(['a', 'b']);
  });

  it('titles an event by a sentence about its day, not one whose verbless clause alone names that day', () => {
    // The orbit story's "…on Tuesday, raising its orbit, a day after its launch" is Tuesday's news.
    const tl = timelineOf(storyTexts('launch'));
    expect(tl.events.find((e) => e.date === '2023-07-17' && e.sources.length === 3)?.title).toMatch(/lifted off/);
  });

  it('reads "the mayor" as the one person the article names as mayor, so a lead that names only the office joins her day, and titles it', () => {
    const tl = timelineOf({
      a: 'Mayor shot\n\nPublished: 15 September 2024\n\nThe mayor of the country\'s second city was badly hurt when a gunman fired at her outside city hall on Saturday evening.\n\nMayor Ines Varga, 52, underwent surgery overnight, doctors said.',
      b: 'Mayor out of danger\n\nPublished: 16 September 2024\n\nDoctors said on Monday that Ines Varga was out of danger after a second operation, two days after she was shot.',
    });
    const lead = tl.events.find((e) => e.date === '2024-09-14' && e.title.startsWith('The mayor of'));
    expect(lead?.sources).toEqual(['a', 'b']);
    expect(lead?.people.length).toBe(1);
  });

  it('dates an undated headline by the day its lead names, so it joins the lead\'s event', () => {
    const tl = timelineOf({
      a: 'At least 17 killed in crush at Harlow concert, officials say\n\nPublished: 14 June 2025\n\nAt least 17 people were killed when a crowd surged towards a gate at a concert in Harlow late on Friday, officials said on Saturday.',
    });
    expect(tl.events.map((e) => [e.date, e.provenance.map((p) => p.sentence)])).toEqual([['2025-06-13', [0, 1]]]);
  });

  it('dates "promised a ferry service by Friday" by the promise, not by the limit', () => {
    // 2024-05-07 is a Tuesday: "by Friday" looks ahead, to 10 May, not back to 3 May.
    const tl = timelineOf({ a: 'Bridge\n\nPublished: 7 May 2024\n\nThe mayor, Ines Varga, promised a ferry service by Friday.' });
    expect(tl.events.map((e) => e.date)).toEqual(['2024-05-07']);
  });
});

describe('timeline: sentences set in another month', () => {
  it('puts no event on the article\'s day for a sentence told "in January" or "last week", but keeps one whose relative clause names another time', () => {
    const tl = timelineOf({
      a: 'Verdict\n\nPublished: 14 March 2024\n\nA court on Wednesday convicted the former mayor Erik Vandrup of taking bribes.\n\nTwo developers, Nils Holmvik and Tor Eskedal, received suspended sentences in January.\n\nVandrup, who led the city from 2011 to 2019, denied wrongdoing.\n\nVandrup was fined last week by the tax office.',
    });
    const told = tl.events.flatMap((e) => e.provenance.map((p) => tl.articles.find((a) => a.id === p.article)!.sentences[p.sentence].text));
    expect(told.some((t) => t.includes('suspended sentences'))).toBe(false);
    expect(told.some((t) => t.includes('fined last week'))).toBe(false);
    expect(told.some((t) => t.includes('denied wrongdoing'))).toBe(true);
  });
});

describe('timeline: one sentence telling two rounds', () => {
  it('gives each day of "first met in Cairo on Oct. 20 and held a second round in Doha on Nov. 3" its own round and city, and runs "on October 20, lasted two days" from that day', () => {
    const tl = timelineOf({
      a: 'Deal reached\n\nPublished: 14 November 2025\n\nVelmar and Norrland agreed a prisoner swap on Friday after a third round of talks in Muscat. The two sides first met in Cairo on Oct. 20 and held a second round in Doha on Nov. 3, which ended without agreement.',
      b: 'Hopes rise\n\nPublished: 15 November 2025\n\nThe talks have been mediated by Oman since October. The first round, on October 20, lasted two days.',
    });
    expect(tl.rounds.filter((r) => r.number <= 2).map((r) => [r.number, r.date, r.endDate, r.placeName])).toEqual([[1, '2025-10-20', '2025-10-21', 'Cairo'], [2, '2025-11-03', undefined, 'Doha']]);
  });
});

describe('timeline: a round\'s number beside another time', () => {
  it('numbers a round "the first since the president took office in August" by its own ordinal, on the article\'s day', () => {
    const tl = timelineOf({
      a: 'Talks resume\n\nPublished: 29 November 2021\n\nTARVO, Nov 29 (Harbour Wire) - Talks to revive the border deal resumed in Tarvo on Monday after a five-month break.\n\nThe seventh round of talks, the first since President Jane Roe took office in August, opened at a hotel with delegations from Velmar and Norrland.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.status])).toEqual([[7, '2021-11-29', 'held']]);
  });

  it('numbers a round that "began on Monday, with negotiators expected to work through the New Year"', () => {
    const tl = timelineOf({
      a: 'Talks open\n\nPublished: 27 December 2021\n\nThe eighth round of talks on the border deal began in Tarvo on Monday, with negotiators expected to work through the New Year with only a short break.\n\nThe delegations met for five hours on Monday, officials said.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.status])).toEqual([[8, '2021-12-27', 'held']]);
  });
});

describe('timeline: a later round named without "of talks"', () => {
  it('reads "the seventh round had lasted 17 days, from Nov. 29 to Dec. 17" as round 7 from its first named day to its last', () => {
    const tl = timelineOf({
      a: 'Talks resume\n\nPublished: 29 November 2021\n\nThe seventh round of talks on the border deal opened in Tarvo on Monday.\n\nDelegations from Velmar and Norrland met for five hours on Monday.',
      b: 'Talks break\n\nPublished: 31 December 2021\n\nNegotiators broke off talks on the border deal on Friday for a New Year break. A senior diplomat said the seventh round had lasted 17 days, from Nov. 29 to Dec. 17.',
    });
    expect(tl.rounds.find((r) => r.number === 7)).toMatchObject({ date: '2021-11-29', endDate: '2021-12-17', status: 'held' });
  });
});

describe('timeline: a round that stalled', () => {
  it('holds a round that "stalled on Wednesday, its second day" from the Tuesday, where the dateline is', () => {
    const tl = timelineOf({
      a: 'Talks stall\n\nPublished: 3 December 2025\n\nDOHA — The fourth round of talks between Velmar and Norrland stalled on Wednesday, its second day, as the two sides argued over who would monitor a ceasefire, three people briefed on the talks said.\n\nThe mediator met both delegations separately on Wednesday evening.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.endDate, r.status, r.placeName])).toEqual([[4, '2025-12-02', '2025-12-03', 'held', 'Doha']]);
  });
});

describe('timeline: a round told by the next round\'s article', () => {
  it('dates a round that "ended … on Tuesday after two days" from its first day, and keeps a later article\'s words on it out of the next round', () => {
    const tl = timelineOf({
      a: 'Talks end\n\nPublished: 7 May 2025\n\nNegotiators from Velmar and Norrland ended a first round of indirect talks on their disputed border in Cairo on Tuesday after two days of meetings, mediators said. A second round is expected to be held in Cairo next week.',
      b: 'No deal\n\nPublished: 13 May 2025\n\nThe second round of talks between Velmar and Norrland, held in Doha on Monday, ended without agreement after nine hours, officials said.\n\nThe chief negotiator said the first round in Cairo had lasted 48 hours in total.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.placeName, r.duration])).toEqual([[1, '2025-05-05', expect.stringContaining('Cairo'), 'two days of meetings'], [2, '2025-05-12', 'Doha', 'nine hours']]);
    expect(tl.discrepancies.map((d) => d.topic)).toEqual(['venue of round 2']);
  });
});

describe('timeline: clauses', () => {
  it('opens a clause at "as" before a subject, not before a role', async () => {
    const { clausesOf } = await import('../src/timeline/statements.js');
    expect(clausesOf('The club appointed Jens Hagen as head coach on Friday on a contract').map((c) => c.text)).toHaveLength(1);
    expect(clausesOf('Prices rose as the army advanced on Friday').map((c) => c.text)).toEqual(['Prices rose', 'as the army advanced on Friday']);
  });

  it('opens no clause at a place\'s region set off by commas ("in Kuriga, Tarvo State, on Thursday")', async () => {
    const { clausesOf } = await import('../src/timeline/statements.js');
    expect(clausesOf('Pupils abducted in Kuriga, Tarvo State, on Thursday number 287, the headteacher said.').map((c) => c.text))
      .toEqual(['Pupils abducted in Kuriga, Tarvo State, on Thursday number 287', 'the headteacher said']);
  });

  it('opens no clause at "after Tuesday\'s derailment" or "since last week\'s vote", which name a happening', async () => {
    const { clausesOf } = await import('../src/timeline/statements.js');
    expect(clausesOf("Residents evacuated after Tuesday's derailment went home on Wednesday after the leak was sealed").map((c) => c.text))
      .toEqual(["Residents evacuated after Tuesday's derailment went home on Wednesday", 'after the leak was sealed']);
    expect(clausesOf("Prices have fallen since last week's vote").map((c) => c.text)).toHaveLength(1);
    expect(clausesOf('Prices have fallen since the vote').map((c) => c.text)).toHaveLength(2);
  });
});

describe('timeline: titles', () => {
  it('makes no event of a headline that asks a question', () => {
    const tl = timelineOf({ a: 'What caused the Lisbon valley landslide?\n\nPublished: 4 September 2024\n\nThe slope above Tarvo gave way on Monday, September 2, after four days of rain. Prime Minister Tomas Berg has promised an inquiry.' });
    expect(tl.events.map((e) => e.title)).toEqual(['The slope above Tarvo gave way on Monday, September 2, after four days of rain', 'Prime Minister Tomas Berg has promised an inquiry']);
  });

  it('titles a date named in a clause with no verb by its whole sentence', () => {
    const tl = timelineOf({ a: 'Flu\n\nPublished: 2 May 2009\n\nWhile on a business trip to Velmar between April 14 and April 18, the man developed a fever on April 20.' });
    const title = (d: string) => tl.events.find((e) => e.date === d)?.title;
    expect(title('2009-04-14')).toBe('While on a business trip to Velmar between April 14 and April 18, the man developed a fever on April 20');
    expect(title('2009-04-20')).toBe('The man developed a fever on April 20');
  });
});

describe('timeline: a dateline in capitals with a colon', () => {
  it('titles the lead without its dateline, and names the dateline\'s place as written elsewhere, not in capitals', () => {
    const tl = timelineOf({
      a: 'Jeweller arrested\n\nPublished: 9 July 2025\n\nPUNE: The agency on Tuesday arrested a jeweller in connection with an alleged loan fraud at a cooperative bank in Pune, officials said.',
    });
    expect(tl.events.map((e) => e.title)).toContain('The agency on Tuesday arrested a jeweller in connection with an alleged loan fraud at a cooperative bank in Pune…');
    expect(tl.entities.find((e) => e.name === 'Pune')?.aliases).toEqual([]);
  });
});

describe('timeline: talks named in passing', () => {
  it('makes no round of talks a club held with a coach it may hire, told once deep in a story about a sacking', () => {
    const tl = timelineOf({
      a: 'Coach sacked\n\nPublished: 5 November 2024\n\nCalvera Athletic sacked head coach Rino Festa on Monday after a fifth straight defeat. The club named his assistant interim coach on Tuesday. Club president Ana Ribas said the board had held talks with former midfielder Jens Hagen on Tuesday.',
    });
    expect(tl.rounds).toEqual([]);
  });
});

describe('timeline: talks told deep in an article', () => {
  it('takes talks given a venue and a length for a round, and two outlets\' lengths for a discrepancy', () => {
    const tl = timelineOf({
      a: 'Hotline agreed\n\nPublished: 12 March 2025\n\nVelmar and Ostria agreed on Tuesday to set up a coast guard hotline.\n\nThe two ministers announced the deal after talks in Tarvo that lasted about three hours.',
      b: 'Hotline deal\n\nPublished: 13 March 2025\n\nThe two countries will launch the hotline by the end of the month, a minister said on Wednesday.\n\nThe talks in Tarvo on Tuesday lasted nearly four hours, according to an official.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.status])).toEqual([[1, '2025-03-11', 'held']]);
    expect(valuesOf(tl)).toContainEqual(['about three hours', 'nearly four hours']);
    // Told once, in the article's third sentence, but with its venue and length.
    const one = timelineOf({ a: 'Hotline agreed\n\nPublished: 12 March 2025\n\nVelmar and Ostria agreed on Tuesday to set up a coast guard hotline.\n\nThe two ministers announced the deal after talks in Tarvo that lasted about three hours.' });
    expect(one.rounds.map((r) => [r.number, r.date])).toEqual([[1, '2025-03-11']]);
  });
});

describe('timeline: an explainer\'s history', () => {
  it('puts no event on the news day for "In 2018, … would …" or "in June 2024", and reads "a new round opened in Geneva" as a round', () => {
    const tl = timelineOf({
      a: '---\ntitle: "Why the Tarvo dam dispute matters"\ndate: 2025-09-02\nsource: Global Review\n---\n\nThe dispute over the Tarvo dam has simmered for a decade.\n\nIn 2018, Ostria took the case to the International Court of Justice, arguing that the dam would cut its water supply by 30%.\n\nTalks between the two countries collapsed in June 2024. A new round opened in Geneva on Monday, mediated by an African Union envoy.',
    });
    const titles = tl.events.map((e) => e.title);
    expect(titles.some((t) => t.startsWith('In 2018'))).toBe(false);
    expect(titles.some((t) => t.startsWith('Talks between'))).toBe(false);
    expect(tl.rounds.map((r) => [r.date, r.status, r.placeName])).toEqual([['2025-09-01', 'held', 'Geneva']]);
  });
});

describe('timeline: a round and the next one announced on its day', () => {
  it('keeps "a third round would be held" out of the second round\'s event, and titles a round by a sentence naming its day', () => {
    const tl = timelineOf({
      a: 'Talks\n\nPublished: 7 May 2023\n\nEnvoys of the two armies began indirect talks in Jeddah on Saturday. Mediators from Qatar are shuttling between the delegations.',
      b: 'Talks\n\nPublished: 21 May 2023\n\nThe second round of talks between the generals ended in Jeddah on Saturday without a truce. Mediators from Qatar said a third round would be held in Jeddah next month.',
    });
    const second = tl.events.find((e) => e.round === 2)!;
    expect(second.provenance.map((p) => p.sentence)).not.toContain(tl.articles.find((a) => a.id === 'b')!.sentences.findIndex((s) => s.text.includes('third round')));
    expect(tl.events.find((e) => e.round === 1)?.title).toMatch(/^Envoys of the two armies began indirect talks/);
  });
});

describe('timeline: an election\'s rounds', () => {
  it('makes no round of talks of a runoff, and none of "the second round" in an article that names no talks', () => {
    const tl = timelineOf({
      a: 'Vote\n\nPublished: 15 April 2024\n\nCentrist candidate Marta Olsen and nationalist Piet Grau will face each other in a runoff on April 28. Piet Grau said the second round would be "a referendum on the government".',
    });
    expect(tl.rounds).toEqual([]);
    expect(tl.entities.filter((e) => e.kind === 'person').map((e) => e.name).sort()).toEqual(['Marta Olsen', 'Piet Grau']);
  });
});

describe('timeline: claims', () => {
  it('gives "the minister said" to the one person of the article holding that office, and to no one when two do', () => {
    const speakerOf = (body: string) => {
      const tl = timelineOf({ a: `Port\n\nPublished: 12 June 2024\n\n${body}` });
      return tl.claims.find((c) => c.kind === 'quote')?.speakerName;
    };
    expect(speakerOf('Energy Minister Priya Ramen visited the port on Tuesday. "We listened to every community," the minister said.')).toBe('Priya Ramen');
    expect(speakerOf('Energy Minister Priya Ramen and Finance Minister Ola Brenn visited the port on Tuesday. "We listened," the minister said.')).toBe('the minister');
    // The office is the role's head word: a union president is a president, not the union.
    expect(speakerOf('Union president Edda Vort spoke on Tuesday. "We will not move," the union said.')).toBe('the union');
    expect(speakerOf('Minister of Transport Ines Valk spoke on Tuesday. "We will not move," the minister said.')).toBe('Ines Valk');
  });

  it('gives "the company said" to the company the sentences before name first, and "the ministry said" to a ministry', () => {
    const speakerOf = (body: string) => {
      const tl = timelineOf({ a: `Grid\n\nPublished: 12 June 2024\n\n${body}` });
      return tl.claims.find((c) => c.kind === 'quote')?.speakerName;
    };
    expect(speakerOf('The line is run by Tarvo Grid Holdings, a unit of Velmar Power Group. The company said the relay had acted "unexpectedly".')).toBe('Tarvo Grid Holdings');
    expect(speakerOf('The Velmar Interior Ministry and Tarvo Grid Holdings met on Monday. "We found no sabotage," the ministry said.')).toBe('Velmar Interior Ministry');
    // A news agency or a public body is no company; nor is a body named sentences before.
    expect(speakerOf('The Velmar Interior Ministry said the grid had failed. "We will rebuild," the company said.')).toBe('the company');
    expect(speakerOf('Tarvo Grid Holdings cut power on Monday. The storm hit on Tuesday. Roads closed. Schools shut on Wednesday. "We will rebuild," the company said.')).toBe('the company');
    // Further back, the company the article names most, if more than once.
    expect(speakerOf('Tarvo Grid Holdings cut power on Monday. Tarvo Grid Holdings apologised. The storm hit on Tuesday. Roads closed. Schools shut on Wednesday. "We will rebuild," the company said.')).toBe('Tarvo Grid Holdings');
    // A body the article gives a leader, or calls a union, is no company.
    const deal = timelineOf({ a: 'Strike\n\nPublished: 12 June 2024\n\nTalks with Harlow Rail failed on Monday. DRU leader Tomas Berg said the offer fell short. "We want a deal," the company said.' });
    expect(deal.claims.find((c) => c.text === 'We want a deal')?.speakerName).toBe('Harlow Rail');
  });

  it('gives "the agency said" to a public body of any head, and "the state Department of Roads said" to the department', () => {
    const speakerOf = (body: string) => timelineOf({ a: `Spill\n\nPublished: 12 June 2024\n\n${body}` }).claims.filter((c) => c.kind !== 'figure').map((c) => c.speakerName);
    expect(speakerOf('The state Department of Harbour Safety said the water was clean. Dead fish were found in the bay, the agency said.')).toEqual(['Department of Harbour Safety', 'Department of Harbour Safety']);
    // "the head of" is no qualifier: the head is someone else than the body.
    expect(speakerOf('The Tarvo Harbour Agency met on Monday. The head of Tarvo Harbour Agency said the water was clean.')).toEqual(['The head of Tarvo Harbour Agency']);
  });

  it('links "Chipmaker Tessmark Inc said" to the company named without the trade noun', () => {
    const tl = timelineOf({ a: 'Deal\n\nPublished: 12 June 2024\n\nChipmaker Tessmark Inc said on Monday it had agreed to buy a rival for $4 billion.' });
    const claim = tl.claims.find((c) => c.kind === 'paraphrase')!;
    expect(tl.entities.find((e) => e.id === claim.speaker)?.name).toBe('Tessmark Inc');
    const miner = timelineOf({ a: 'Mine\n\nPublished: 12 June 2024\n\nCopper miner Velmarco said its operations were affected.' });
    expect(miner.claims.find((c) => c.kind === 'paraphrase')?.speakerName).toBe('Velmarco');
  });

  it('links a speaker written with "The" to the organisation named without it', () => {
    const tl = timelineOf({ a: 'Ship\n\nPublished: 27 March 2024\n\nThe Harbour Transport Safety Board said its investigators had boarded the ship. HTSB Chair Jane Homer said the crew of 21 was on board. The World Sailing Agency (WSA) said it would ask for a review.' });
    const [board, , agency] = tl.claims.filter((c) => c.kind === 'paraphrase');
    expect(tl.entities.find((e) => e.id === board.speaker)?.name).toBe('Harbour Transport Safety Board');
    expect(tl.entities.find((e) => e.id === agency.speaker)?.name).toBe('World Sailing Agency');
  });
});

describe('timeline: chronologies', () => {
  it('dates a chronology\'s undated sentences to its publication day, and makes no event of a headline naming its genre', () => {
    const tl = timelineOf({
      a: '---\ntitle: "Timeline: how the Koronia dam crisis unfolded"\ndate: 2024-05-10\nsource: Delta Observer\n---\n\nThe collapse of the Koronia dam has displaced thousands of people.\n\n- **April 28:** Engineers at Koronia report cracks in the spillway.\n- **May 1:** The government of Velmar orders the evacuation of 12 villages.\n- **May 3:** Part of the dam gives way, flooding the town of Sorvik.\n',
    });
    expect(tl.events.some((e) => e.title.startsWith('Timeline'))).toBe(false);
    // A live page's headline names its genre too.
    for (const title of ['Live: Velmar Air grounded - latest updates', 'Velmar Air collapse - as it happened', "What caused Velmar Air's collapse? Here's what we know", 'Velmar Air grounded: what we know so far', "Velmar Air's collapse: how years of cheap fares broke the airline", "How Velmar Air's gamble collapsed in a single afternoon"]) {
      const live = timelineOf({ a: `---\ntitle: "${title}"\ndate: 2025-03-04\nsource: Harbour Post\n---\n\nVelmar Air stopped flying on Tuesday.\n` });
      expect(live.events.map((e) => e.title)).toEqual(['Velmar Air stopped flying on Tuesday']);
    }
    expect(tl.events.find((e) => e.title.startsWith('The collapse'))?.date).toBe('2024-05-10');
    expect(tl.events.find((e) => e.title.startsWith('The government of Velmar'))?.date).toBe('2024-05-01');
  });
});

describe('timeline: the title of a round that ran over days', () => {
  it('titles talks on Monday and Tuesday by the sentence about the Monday, not Tuesday\'s outcome or a plan', () => {
    const tl = timelineOf({
      a: 'Talks fail\n\nPublished: 9 October 2024\n\nHarlow Aero withdrew its contract offer to striking workers on Tuesday after two days of talks with federal mediators ended without a deal, the company said.\n\nThe labour secretary met with company and union officials in Tarvo on Monday in an effort to restart negotiations.',
    });
    const round = tl.events.find((e) => e.round !== undefined);
    expect(round).toMatchObject({ date: '2024-10-07' });
    expect(round?.title).toMatch(/^The labour secretary met with company and union officials/);
  });

  it('titles a round by the sentence naming its first day even when a "with … expected to" phrase closes it', () => {
    const tl = timelineOf({
      a: 'Talks open\n\nPublished: 27 December 2021\n\nThe eighth round of talks on the border deal began in Tarvo on Monday, with negotiators expected to work through the New Year.',
      b: 'Talks pause\n\nPublished: 31 December 2021\n\nTARVO—Negotiators broke off the eighth round of talks on Friday for a New Year break. The Velmari foreign minister said on Friday the talks were "going in the right direction."',
    });
    expect(tl.events.find((e) => e.round === 8)?.title).toMatch(/^The eighth round of talks on the border deal began in Tarvo on Monday/);
  });
});

describe('timeline: a deed about an earlier day\'s happening', () => {
  it('dates "declared X the winner of Sunday\'s election" by its dateline\'s day, not by Sunday', () => {
    const tl = timelineOf({
      a: 'Result\n\nPublished: 29 July 2024\n\nTARVO, July 29 (Harbour Wire) - The electoral authority declared President Jane Roe the winner of Sunday\'s presidential election with 51.2% of the vote, a result the opposition rejected.',
    });
    expect(tl.events.map((e) => e.date)).toEqual(['2024-07-29']);
  });
});

describe('timeline: a count that may yet be', () => {
  it('sets no "the toll could reach 18,000 to 20,000" against a toll given as it stood', () => {
    expect(rivalValues({
      a: 'Mayor warns\n\nPublished: 14 September 2023\n\nThe city\'s mayor told a television channel that the toll could reach 18,000 to 20,000 based on the number of destroyed districts.',
      b: 'Toll revised\n\nPublished: 17 September 2023\n\nThe United Nations had earlier given a toll of 11,300 based on Red Crescent reports.',
    })).toEqual([]);
  });
});

describe('timeline: how far a count has got', () => {
  it('sets no "80% of ballots counted" against "96.87% of ballots counted", but still sets vote shares against each other', () => {
    expect(rivalValues({
      a: 'Result\n\nPublished: 29 July 2024\n\nThe council chief said on Monday that Jane Roe had won 5.15 million votes, with 80% of ballots counted.',
      b: 'Confirmed\n\nPublished: 2 August 2024\n\nThe council on Friday confirmed Jane Roe as the winner with 96.87% of ballots counted.',
    })).toEqual([]);
    expect(rivalValues({
      a: 'Result\n\nPublished: 3 June 2024\n\nJane Roe won the election on Sunday with about 58% of the vote, the electoral authority said.',
      b: 'Result\n\nPublished: 3 June 2024\n\nJane Roe won the election with 59.4% of the votes counted by Monday morning, the electoral institute said.',
    })).toEqual([['59.4 %', 'about 58 %']]);
  });
});

describe('timeline: discrepancies', () => {
  it('tells an offer from the deal: an offered rise and an agreed one are no rival accounts, two offers are', () => {
    const offer = 'Pay\n\nPublished: 13 October 2025\n\nHarlow Transit said on Monday it had offered drivers a 4 percent rise in pay.';
    const deal = 'Deal\n\nPublished: 16 October 2025\n\nThe union and Harlow Transit agreed a 5.5 percent rise in pay for drivers on Thursday.';
    const other = 'Pay\n\nPublished: 13 October 2025\n\nThe union said on Monday Harlow Transit had offered drivers a 3 percent rise in pay.';
    expect(rivalValues({ a: offer, b: deal })).toEqual([]);
    expect(rivalValues({ a: offer, b: other })).toEqual([['3 percent', '4 percent']]);
  });

  it('sets "12 people were killed" against "15 dead": the dead are people, however counted', () => {
    expect(rivalValues({
      a: 'Clashes\nPublished: 5 May 2024\nAt least 12 people were killed in clashes near the border on Friday, police said.',
      b: 'Border clashes\nPublished: 5 May 2024\nBorder clashes on Friday left 15 dead, according to local media.',
    })).toEqual([['15', 'At least 12']]);
  });

  it('takes a toll a live page says has risen for its newest, and dates a risen toll by the day it rose', () => {
    expect(rivalValues({
      a: 'Fire – live\nPublished: 11 February 2026\nThe number of people killed in the fire has risen to five, the prefecture said.\n\nAt least three people died and 21 were taken to hospital.',
    })).toEqual([]);
    expect(rivalValues({
      a: 'Quake\nPublished: 10 September 2023\nThe death toll from Friday\'s earthquake rose to 2,012 on Saturday, the ministry said.',
      b: 'Quake\nPublished: 11 September 2023\nRescuers raced on Monday to reach villages, three days after the earthquake killed at least 2,497 people.',
    })).toEqual([]);
  });

  // [what it shows, article a, article b, the rival values expected]
  it.each<[string, string, string, string[][]]>([
    [
      'compares the police\'s and the organisers\' counts of one rally, even far apart, but not two rallies\' crowds',
      'Rally\n\nPublished: 14 March 2025\n\nAbout 150,000 people gathered near the assembly on Friday, police said.',
      'Rallies\n\nPublished: 16 March 2025\n\nTens of thousands of people rallied in Velmar on Saturday.\n\nPolice said about 40,000 people took part in the two rallies. Organisers said more than 200,000 attended.',
      [['about 40,000', 'more than 200,000']],
    ],
    [
      'compares gusts in metres per second, and finds a conversion in miles an hour that agrees',
      'Storm\n\nPublished: 18 January 2025\n\nGusts of up to 41 metres per second (92 mph) were measured at the airport on Saturday.',
      'Storm\n\nPublished: 19 January 2025\n\nThe institute said gusts reached 38 metres per second at the airport on Saturday.',
      [['38 metres per second', 'up to 41 metres per second']],
    ],
    [
      'takes a value said to have changed for an update, and an added number for no total',
      'Recall\n\nPublished: 12 March 2026\n\nVelden Motors is recalling about 1.2 million vehicles worldwide, including about 310,000 vehicles in the United States.',
      'Recall widens\n\nPublished: 18 March 2026\n\nVelden Motors on Wednesday expanded the recall to about 1.4 million vehicles worldwide, adding 200,000 vehicles built in 2025. Regulators said their review covered 330,000 vehicles.',
      [['330,000', 'about 310,000']],
    ],
    [
      'compares small counts in words, but not with the whole they were counted out of',
      'Train derails\n\nPublished: 14 May 2024\n\nEleven of the train\'s 32 wagons left the tracks on Tuesday, officials said.',
      'Inquiry opened\n\nPublished: 15 May 2024\n\nTwelve wagons came off the rails near Velno on Tuesday.',
      [['Eleven', 'Twelve']],
    ],
    [
      'counts "the evacuation of 3,000 residents" and "2,500 people evacuated" as rival counts of the moved',
      'Train derails\n\nPublished: 14 May 2024\n\nA freight train derailed near Velno on Tuesday, forcing the evacuation of about 3,000 residents, officials said.',
      'Residents return\n\nPublished: 15 May 2024\n\nSome 2,500 people evacuated after Tuesday\'s derailment near Velno were allowed back to their homes on Wednesday.',
      [['Some 2,500', 'about 3,000']],
    ],
    [
      'compares "58% of the vote" with "59.4% of the votes": a count and its plural are one subject',
      'Vote\n\nPublished: 3 June 2024\n\nJane Roe won with 58% of the vote on Sunday.',
      'Vote\n\nPublished: 3 June 2024\n\nJane Roe won with 59.4% of the votes on Sunday.',
      [['58 %', '59.4 %']],
    ],
    [
      'compares "raises of 14 per cent" with "a 12 per cent raise"',
      'Deal\n\nPublished: 3 June 2024\n\nThe deal gives dockers raises of 14 per cent over four years, the union said on Monday.',
      'Deal\n\nPublished: 4 June 2024\n\nThe deal gives dockers a 12 per cent raise over four years, the port said on Monday.',
      [['12 per cent', '14 per cent']],
    ],
    [
      'compares estimates of one spill up to ten times apart, whatever they call it, but not the cargo or a figure that is no spill',
      'Spill\n\nPublished: 14 October 2025\n\nThe Harlow Star, carrying 40,000 tonnes of crude, ran aground late on Monday. The coastguard said an estimated 300 barrels had escaped.',
      'Spill\n\nPublished: 15 October 2025\n\nA campaign group estimated that up to 1,200 barrels of crude had leaked since Monday night. Crews laid 2,000 metres of barriers.',
      [['300 barrels', 'up to 1,200 barrels']],
    ],
    [
      'compares inmates who escaped with inmates who fled',
      'Jailbreak\n\nPublished: 9 March 2026\n\nSeven inmates escaped overnight from a prison near Tarvo, the ministry said.',
      'Two caught\n\nPublished: 10 March 2026\n\nThe prosecutor said eight inmates had fled.',
      [['Seven', 'eight']],
    ],
    [
      'compares a final\'s fans with its crowd, an undated count taken on the day its article names first',
      'Final\n\nPublished: 1 June 2025\n\nVelmar City won the cup on Saturday, beating Harlow United 2-1 in front of 86,000 fans.',
      'Reaction\n\nPublished: 1 June 2025\n\nThe coach criticised the referee after Saturday\'s final. A crowd of 89,000 watched the final.',
      [['86,000', '89,000']],
    ],
  ])('%s', (_, a, b, expected) => {
    expect(rivalValues({ a, b })).toEqual(expected);
  });

  it('compares figures in different units and flags a conversion that does not hold', () => {
    const tl = timelineOf({
      a: 'Convoy\n\nPublished: 1 March 2022\n\nA 40-mile (64-kilometer) convoy was seen near the city.',
      b: 'Convoy\n\nPublished: 1 March 2022\n\nSatellite images showed a 40-kilometer convoy near the city.',
      c: 'Convoy\n\nPublished: 1 March 2022\n\nA 17-mile (25-kilometer) column of trucks moved south.',
    });
    const topics = tl.discrepancies.map((d) => d.topic);
    expect(topics).toContain('convoy (km)');
    expect(topics.some((t) => t.startsWith('17-mile (25-kilometer) does not convert'))).toBe(true);
    expect(topics.some((t) => t.startsWith('40-mile (64-kilometer)'))).toBe(false);
  });

  it('flags two outlets giving one vote different tallies', () => {
    expect(rivalValues({
      a: 'Rates\n\nPublished: 22 June 2023\n\nThe bank\'s committee voted 7-2 for the increase on Thursday.',
      b: 'Rates\n\nPublished: 23 June 2023\n\nThe committee split 6-3 on the decision, minutes published on Friday showed.',
    })).toEqual([['6-3', '7-2']]);
  });

  it('reports a rivalry once when a smaller one lies wholly inside it, and lets an owned body speak', () => {
    const tl = timelineOf({
      a: 'Drills\n\nPublished: 23 May 2024\n\nThe defence ministry said it had detected 49 Chinese military aircraft around the island on Thursday.',
      b: "Drills\n\nPublished: 25 May 2024\n\nTaiwan's Ministry of National Defense said 62 Chinese aircraft had been spotted on Friday. On the first day it had counted 42 aircraft.",
    });
    expect(valuesOf(tl)).toEqual([['42', '49', '62']]);
    const spoken = tl.claims.find((c) => c.kind === 'paraphrase' && c.text.startsWith('62'))!;
    expect(tl.entities.find((e) => e.id === spoken.speaker)?.name).toBe('Ministry of National Defense');
  });

  it('does not compare quantities of different orders of magnitude', () => {
    const tl = timelineOf({
      a: 'City\n\nPublished: 1 March 2022\n\nThe city of nearly 3 million people waited.',
      b: 'City\n\nPublished: 1 March 2022\n\nDozens of people were hurt. The city, home to more than 2 million people, waited.',
    });
    const people = tl.discrepancies.filter((d) => d.topic === 'people');
    expect(people).toHaveLength(1);
    expect(people[0].values.map((v) => v.value).sort()).toEqual(['more than 2 million', 'nearly 3 million']);
  });

  it('does not chain small steps into one band, nor compare ages, clock times or reports a week apart', () => {
    const tl = timelineOf({
      a: 'Flu\n\nPublished: 1 May 2009\n\nThere were 9 confirmed cases. A 12-year-old girl fell ill at 10.40 BST.',
      b: 'Flu\n\nPublished: 1 May 2009\n\nThere were 20 confirmed cases. A 14-year-old girl fell ill at 16.35 BST.',
      c: 'Flu\n\nPublished: 2 May 2009\n\nThere were 50 confirmed cases.',
      d: 'Flu\n\nPublished: 9 May 2009\n\nThere were 12 confirmed cases.',
    });
    const values = tl.discrepancies.map((d) => d.values.map((v) => v.value).join(' vs '));
    expect(values).toEqual(['9 vs 20']);
  });
});

describe('timeline: corroboration', () => {
  it('counts outlets that run the same agency copy as one source', () => {
    const story = 'A strong earthquake struck the port city of Izmir on Sunday, toppling buildings.';
    const tl = timelineOf({
      a: `---\ntitle: Quake\nsource: Daily One\ndate: 2021-05-10\n---\n${story}\n\nWith reporting by Reuters`,
      b: `---\ntitle: Quake\nsource: Daily Two\ndate: 2021-05-10\n---\n${story}\n\nWith reporting by Reuters`,
      c: `---\ntitle: Quake\nsource: Daily Three\ndate: 2021-05-10\n---\nBuildings collapsed in Izmir when a strong earthquake struck the city on Sunday.`,
    });
    const quake = tl.events.find((e) => e.date === '2021-05-09')!;
    expect(quake.sources).toEqual(['a', 'b', 'c']);
    expect(quake.outlets).toBe(2);
  });
});

describe('timeline: talks over several days', () => {
  it('gives a day after publication only to the sentences after it that look ahead too', () => {
    const tl = timelineOf({
      a: 'New pope\n\nPublished: 7 May 2027\n\nThe cardinals elected a pope on Friday. The president declared Saturday a national holiday. In Dakar, thousands of people danced in the streets. Schools in Dakar will stay closed.',
    });
    // Sentence 0 is the headline.
    const dayOf = (sentence: number) => tl.events.find((e) => e.provenance.some((p) => p.sentence === sentence))?.date;
    expect(dayOf(3)).toBe('2027-05-07');
    expect(dayOf(4)).toBe('2027-05-08');
  });

  it('titles a relative clause\'s day by its antecedent, not by the whole long clause before it', () => {
    const tl = timelineOf({
      a: 'Letter\n\nPublished: 20 November 2023\n\nMore than 700 employees of Harlow Labs signed a letter on Monday threatening to resign unless the board reinstated Ines Varga, who was ousted on Friday.',
    });
    expect(tl.events.find((e) => e.date === '2023-11-17')?.title).toBe('Ines Varga was ousted on Friday');
  });

  it('dates a saying by its article, not by the day a relative clause before it names', () => {
    const tl = timelineOf({
      a: 'Bridge\n\nPublished: 3 May 2023\n\nThe bridge reopened on Wednesday after repairs. The engineer, Ilse Varga, who inspected it on Monday, said the cracks had been repaired. Ilse Varga, who was appointed on Monday, was praised by the mayor.',
    });
    const daysOf = (sentence: number) => tl.events.filter((e) => e.provenance.some((p) => p.sentence === sentence)).map((e) => e.date).sort();
    // The saying is the article's news; the inspection, Monday's.
    expect(daysOf(2)).toEqual(['2023-05-01', '2023-05-03']);
    // A past state the clause's day explains stays on that day.
    expect(daysOf(3)).toEqual(['2023-05-01']);
  });

  it('takes a round\'s venue from its dateline when no phrase names one, never from "talks on the filling of a dam"; an announced venue of two words whole', () => {
    const tl = timelineOf({
      a: 'Dam talks\n\nPublished: 15 January 2026\n\nGENEVA — Negotiators from Egypt and Sudan ended a first round of talks on the filling of a disputed Nile dam on Wednesday without agreement. The next round is scheduled to take place in Addis Ababa on February 4, the mediator said.',
      b: 'Second round\n\nPublished: 6 February 2026\n\nThe second round of talks between Egypt and Sudan ended on Thursday in Kampala after a session that lasted more than 14 hours, officials said.',
      c: 'Third round\n\nPublished: 3 March 2026\n\nA third round of talks between Egypt and Sudan ended in Nairobi on Tuesday with a draft deal. The second round, held in Kampala last month, lasted 12 hours, the mediator said.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.placeName, r.announcedPlaceName])).toEqual([
      [1, '2026-01-14', 'Geneva', null], [2, '2026-02-05', 'Kampala', 'Addis Ababa'], [3, '2026-03-03', 'Nairobi', null],
    ]);
    // A round's length told in another article, on no day of its own, still rivals.
    expect(tl.discrepancies.find((d) => d.topic === 'duration of round 2')?.values.map((v) => v.value)).toEqual(['more than 14 hours', '12 hours']);
  });

  it('takes talks named after their venue ("the Harlow talks") for that venue, and a round "suspended on Thursday" for one held', () => {
    const tl = timelineOf({
      a: 'Round two\n\nPublished: 21 May 2023\n\nRound two of the Jeddah talks ended on Saturday with a seven-day truce between Velmar and Norrland, mediators said.',
      b: 'Round three\n\nPublished: 1 June 2023\n\nThe third round of talks between Velmar and Norrland in Jeddah was suspended on Thursday after one delegation walked out, mediators said.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.status, r.placeName])).toEqual([[2, '2023-05-20', 'held', 'Jeddah'], [3, '2023-06-01', 'held', 'Jeddah']]);
  });

  it('gives a relative clause its antecedent, so "the first round of talks, which began on May 6" is about the talks', () => {
    const tl = timelineOf({
      a: 'Pledge signed\n\nPublished: 12 May 2023\n\nThe pledge was signed on May 11 after the first round of talks, which began on May 6, an official told reporters.',
    });
    expect(tl.events.find((e) => e.date === '2023-05-06')?.title).toBe('The first round of talks began on May 6');
    expect(tl.rounds.find((r) => r.number === 1)).toMatchObject({ date: '2023-05-06', status: 'held', sources: ['a'] });
  });

  it('titles the day of a saying by what was said when a long body\'s name and its letters say it', () => {
    const tl = timelineOf({ a: 'Strikes called\n\nPublished: 11 March 2025\n\nDrivers will strike on March 20 and March 27, the Velmar Society of Locomotive Engineers and Firemen (VSLEF) said on Tuesday.' });
    expect(tl.events.find((e) => e.date === '2025-03-11')?.title).toMatch(/^Drivers will strike on March 20/);
  });

  it('titles a day named in an "after" clause with the main clause too, and makes no event of a quote\'s first sentence', () => {
    const tl = timelineOf({ a: 'Ferry capsizes\n\nPublished: 15 June 2024\n\nAt least 31 people died after a ferry capsized on Lake Tarvo late on Friday, police said on Saturday.\n\n"The boat was licensed to carry 50 people. It was carrying more than double that," police spokesman Tomas Berg told reporters in Harlow.' });
    expect(tl.events.map((e) => e.title)).toEqual(['At least 31 people died after a ferry capsized on Lake Tarvo late on Friday', '"It was carrying more than double that," police spokesman Tomas Berg told reporters in Harlow']);
  });

  it('lets no later sentence inherit a day named only inside a set-off relative clause', () => {
    const tl = timelineOf({ a: 'Hospitals hit\n\nPublished: 18 June 2025\n\nThe attack, which began on June 9, forced three hospitals to cancel operations. A group calling itself Nightjar has claimed responsibility.' });
    expect(tl.events.find((e) => e.title.includes('Nightjar'))?.date).toBe('2025-06-18');
  });

  it('keeps "who" after a clause with a verb whose antecedent is unclear, but drops it after a bare noun phrase', () => {
    const tl = timelineOf({ a: 'Cases rise\n\nPublished: 4 March 2025\n\nThe state\'s count differs from that of county officials, who reported 146 cases on Monday. Harlow forces, which seized the port on Sunday, held it.' });
    expect(tl.events.find((e) => e.date === '2025-03-03')?.title).toBe('The state\'s count differs from that of county officials, who reported 146 cases on Monday');
    expect(tl.events.find((e) => e.date === '2025-03-02')?.title).toBe('Harlow forces seized the port on Sunday');
  });

  it('gives a relative clause after a short clause with a verb the noun phrase that ends it, not the whole clause', () => {
    const tl = timelineOf({ a: 'Museum robbed\n\nPublished: 26 October 2025\n\nThe robbery has embarrassed the government, which announced a plan to modernise security at museums on Friday.' });
    expect(tl.events.find((e) => e.date === '2025-10-24')?.title).toBe('The government announced a plan to modernise security at museums on Friday');
  });

  it('dates a planned round by the day its announcement names, and reads "next year\'s" as no future', () => {
    const tl = timelineOf({
      a: 'Talks open\n\nPublished: 6 October 2022\n\nThe first round of coalition talks ended on Thursday in Tartu without an agreement on next year\'s budget.',
      b: 'Third round set\n\nPublished: 14 October 2022\n\nThe second round of coalition talks ended on Tuesday with a deal on taxes. A third round of talks is scheduled for Oct. 18 in Tartu.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.status])).toEqual([[1, '2022-10-06', 'held'], [2, '2022-10-11', 'held'], [3, '2022-10-18', 'planned']]);
  });

  it('reads a round that "is set for" a day as planned for that day', () => {
    const tl = timelineOf({ a: 'Ferry talks\n\nPublished: 6 May 2024\n\nUnion and operator met on Monday for a second round of talks. The first round, on April 29, lasted six hours. A third round is set for May 13.' });
    expect(tl.rounds.map((r) => [r.number, r.date, r.status])).toEqual([[1, '2024-04-29', 'held'], [2, '2024-05-06', 'held'], [3, '2024-05-13', 'planned']]);
  });

  it('records a round that "has not been scheduled" as planned', () => {
    const tl = timelineOf({ a: 'Truce holds\n\nPublished: 22 May 2023\n\nEnvoys held talks in Geneva on Monday. A second round of talks has not been scheduled.' });
    expect(tl.rounds.map((r) => [r.number, r.status])).toEqual([[1, 'held'], [2, 'planned']]);
  });

  it('puts nothing on the day a bare "since" starts from, but keeps "since Saturday, when …"', () => {
    const tl = timelineOf({
      a: 'Toll rises\n\nPublished: 22 May 2023\n\nDoctors in Khartoum said at least 800 civilians had been killed since April 15, a higher toll than before. The agency says a million people fled.',
      b: 'Curfew lifted\n\nPublished: 22 May 2023\n\nResidents of Omdurman left their homes for the first time since Saturday night, when the city imposed a curfew.',
    });
    expect(tl.events.filter((e) => e.date === '2023-04-15')).toEqual([]);
    expect(tl.events.some((e) => e.date === '2023-05-20' && e.sources.includes('b'))).toBe(true);
  });

  it('compares only counts of one outcome, each on the day its sentence names', () => {
    // 2,059 injured (Saturday) vs 2,476 injured (Monday) is an update; 2,497 killed is another count.
    expect(rivalValues({
      a: 'Toll rises\n\nPublished: 10 September 2023\n\nThe toll rose on Saturday, with 2,059 people injured.',
      b: 'Rescue race\n\nPublished: 11 September 2023\n\nThe quake killed at least 2,497 people. The ministry said 2,476 people had been injured.',
      c: 'Injured\n\nPublished: 11 September 2023\n\nDoctors said 2,900 people had been injured.',
    })).toEqual([['2,476', '2,900']]);
  });

  it('dates a sentence in the present by the article, not by the date the sentence before it named', () => {
    const tl = timelineOf({
      a: 'Toll\n\nPublished: 6 May 2023\n\nFighting broke out in Khartoum on April 15. The World Health Organization says at least 550 people have been killed.',
    });
    const who = tl.events.find((e) => e.summary.includes('World Health Organization'));
    expect(who?.date).toBe('2023-05-06');
    // What it says may be told in the past; "reports" followed by "had" is a noun, not a saying.
    const past = timelineOf({
      a: 'Scandal\n\nPublished: 15 April 2026\n\nPolice raided the health ministry in Ljubljana on April 7. Prosecutors say contracts worth 112 million euros were awarded without tenders. Earlier reports had put the contracts in Ljubljana at 90 million euros.',
    });
    expect(past.events.find((e) => e.summary.includes('Prosecutors say'))?.date).toBe('2026-04-15');
    expect(past.events.find((e) => e.summary.includes('Earlier reports'))?.date).toBe('2026-04-07');
  });

  it('does not take a second round of voting for a round of talks', () => {
    const tl = timelineOf({ a: 'Runoff\n\nPublished: 15 May 2023\n\nNo candidate won a majority in Sunday\'s election. The two leading candidates will face each other in a second round on May 28.' });
    expect(tl.rounds).toEqual([]);
  });

  it('compares measurements over two weeks but not directions, and lets rounded conversions pass', () => {
    const tl = timelineOf({
      a: 'Quake\n\nPublished: 9 September 2023\n\nThe magnitude 6.8 quake hit the valley. The town lies 12 km (8 miles) north of the dam, and the dam lies 30 miles north of the city.',
      b: 'Rescue\n\nPublished: 11 September 2023\n\nThe quake\'s magnitude was 6.9, the institute said. The village lies 50 miles north of the city, 750 km (400 miles) from the capital.',
    });
    const topics = tl.discrepancies.map((d) => d.topic);
    expect(topics).toContain('magnitude');
    expect(topics.some((t) => /^north/.test(t))).toBe(false);
    expect(topics.filter((t) => /does not convert/.test(t))).toEqual(['750 km (400 miles) does not convert: 750 km is 466.0 mile']);
  });

  it('reads three rounds from three outlets: hosts either side of the verb, a start counted back, two durations in one article', () => {
    const tl = timelineOf(storyTexts('caspian-rounds'));
    const name = (id: string | null) => tl.entities.find((e) => e.id === id)?.name;
    expect(tl.rounds.map((r) => [r.number, r.date, r.endDate ?? null, r.status, r.placeName, name(r.host)])).toEqual([
      [1, '2023-05-01', '2023-05-04', 'held', 'Washington', undefined],
      [2, '2023-05-14', null, 'held', 'Brussels', 'Charles Michel'],
      [3, '2023-05-25', null, 'held', 'Moscow', 'Vladimir Putin'],
    ]);
    expect(tl.discrepancies.find((d) => d.topic === 'duration of round 3')?.values.map((v) => v.value)).toEqual(['about two hours', 'three hours']);
    expect(tl.entities.some((e) => e.name === 'George Shultz')).toBe(false);
  });

  it('reads three rounds of water talks, two countries\' ministries apart, and two discrepancies between outlets', () => {
    const tl = timelineOf(storyTexts('water-rounds'));
    expect(tl.rounds.map((r) => [r.number, r.date, r.status, r.placeName])).toEqual([
      [1, null, 'held', 'Astana'],
      [2, '2026-05-12', 'held', 'Tashkent'],
      [3, '2026-06-09', 'planned', 'Almaty'],
    ]);
    expect(valuesOf(tl).sort()).toEqual([['0.8', '1.2'], ['almost nine hours', 'seven hours']]);
    expect(tl.entities.filter((e) => /Foreign Ministry/.test(e.name)).map((e) => e.name).sort()).toEqual(['Kazakh Foreign Ministry', 'Uzbek Foreign Ministry']);
  });

  it('gives a date named only in the attribution the whole sentence, not "X said on Saturday"', () => {
    const tl = timelineOf({ a: 'Truce\n\nPublished: 21 May 2023\n\nThe two armies agreed to a truce that will take effect on Monday evening, Saudi Arabia and the United States said in a joint statement on Saturday.' });
    const saturday = tl.events.find((e) => e.date === '2023-05-20');
    expect(saturday?.title.startsWith('The two armies agreed to a truce')).toBe(true);
  });

  it('reads "a third session of talks" and, in a story of talks, "a second session" as rounds', () => {
    const tl = timelineOf({
      a: 'Talks\n\nPublished: 10 June 2024\n\nVelmar and Tarvo held a first round of talks in Geneva on Monday, June 3.',
      b: 'Talks\n\nPublished: 10 June 2024\n\nDelegates from Velmar and Tarvo met for a third session of talks in Doha on Thursday, June 6.',
      c: 'Talks\n\nPublished: 10 June 2024\n\nNegotiators from Velmar and Tarvo met for a second session in Geneva on Tuesday, June 4.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.placeName])).toEqual([[1, '2024-06-03', 'Geneva'], [2, '2024-06-04', 'Geneva'], [3, '2024-06-06', 'Doha']]);
  });

  it('places a round in its main clause, not in a clause about earlier rounds set before it', () => {
    const tl = timelineOf({ a: 'Talks\n\nPublished: 10 June 2024\n\nAfter two earlier rounds in Istanbul failed, the sides met again in Doha on Saturday for a third round.' });
    expect(tl.rounds.map((r) => [r.number, r.placeName])).toEqual([[3, 'Doha']]);
  });

  it('names the venue from the nearest "in", not from "talks on trade will be held in"', () => {
    const tl = timelineOf({ a: 'Summit\n\nPublished: 10 June 2024\n\nLeaders held talks in Lisbon on Monday. A second round of talks on trade will be held in Madrid in September.' });
    expect(tl.rounds.find((r) => r.number === 2)?.placeName).toBe('Madrid');
  });

  it('reads a four-outlet story end to end: dates, rounds, events shared by outlets, the figure they disagree on', () => {
    const tl = timelineOf(storyTexts('sudan'));
    expect(tl.articles.map((a) => [a.id.slice(0, 3), a.published, a.source])).toEqual([
      ['001', '2023-05-06', 'World News'], ['002', '2023-05-12', 'Gulf Monitor'], ['003', '2023-05-21', 'Unknown source'], ['004', '2023-05-22', 'Sudan Daily'],
    ]);
    expect(tl.rounds.map((r) => [r.number, r.date, r.status])).toEqual([[1, '2023-05-06', 'held'], [2, null, 'planned']]);
    const both = (date: string) => tl.events.some((e) => e.date === date && e.sources.length === 2);
    expect(['2023-05-06', '2023-05-20', '2023-05-22'].map(both)).toEqual([true, true, true]);
    expect(tl.discrepancies.map((d) => d.values.map((v) => v.article.slice(0, 3)).sort())).toContainEqual(['003', '004']);
  });

  it('makes talks that opened Monday and ended Thursday one round with an end date', () => {
    const tl = timelineOf({
      a: 'Talks end\n\nPublished: 5 May 2023\n\nThe two foreign ministers ended four days of talks in Geneva on Thursday. Blinken opened the talks on Monday.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.endDate, r.duration])).toEqual([[1, '2023-05-01', '2023-05-04', 'four days of talks']]);
    expect(tl.events.filter((e) => e.round === 1)).toHaveLength(1);
  });

  it('dates a round "which ended in Halden on Friday after three days of negotiations" from its first day, and a third one planned "on May 12 — after the deadline"', () => {
    // 2025-04-25 is a Friday.
    const tl = timelineOf({
      c: 'Velmar, Tarvo make progress in second round of trade talks in Halden\n\nPublished: 26 April 2025\n\nHALDEN (Harbour Press) — Velmar and Tarvo moved closer to a deal at the second round of trade talks, which ended in Halden on Friday after three days of negotiations. The president of Velmar agreed on Friday to delay the tariffs by 30 days. Jan Vermeer said a third round would take place in the capital, Brantby, on May 12 — after the May 1 deadline for the tariffs.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.endDate ?? null, r.status])).toEqual([[2, '2025-04-23', '2025-04-25', 'held'], [3, '2025-05-12', null, 'planned']]);
    expect(tl.events.find((e) => e.date === '2025-05-12')?.title).toBe('Jan Vermeer said a third round would take place in the capital, Brantby, on May 12');
  });
});

describe('timeline: importance and off-topic articles', () => {
  it('ranks a day that later articles refer back to above a day nobody mentions again', () => {
    const tl = timelineOf({
      a: 'Protest\n\nPublished: 15 March 2011\n\nThousands of protesters marched in Deraa on Tuesday demanding reforms.',
      b: 'Crackdown\n\nPublished: 20 March 2011\n\nSecurity forces fired on crowds in Deraa, where protests began on March 15. A bakery in Homs opened on March 19.',
      c: 'Anniversary\n\nPublished: 25 March 2011\n\nThe unrest that began with the March 15 protests in Deraa has spread to Homs.',
    });
    const day = (d: string) => Math.max(...tl.events.filter((e) => e.date === d).map((e) => e.importance ?? 0));
    expect(day('2011-03-15')).toBeGreaterThan(day('2011-03-19'));
  });

  it('leaves an article about something else out of the timeline but keeps its page', () => {
    const story = (d: number) => `Talks ${d}\n\nPublished: ${d} June 2021\n\nDelegations from Armenia and Azerbaijan held talks in Geneva on the border dispute, foreign ministers said on Monday. The Armenian foreign minister said the ceasefire in Nagorno-Karabakh was holding.`;
    const texts: Record<string, string> = {};
    for (let d = 1; d <= 9; d++) texts[`s${d}`] = story(d);
    texts.football = 'Football\n\nPublished: 5 June 2021\n\nTottenham Hotspur signed a striker from Lyon for 20 million pounds on Thursday, the club said.';
    const tl = timelineOf(texts);
    expect(tl.offTopic).toEqual(['football']);
    expect(tl.events.some((e) => e.sources.includes('football'))).toBe(false);
    expect(tl.articles.some((a) => a.id === 'football')).toBe(true);
  });

  it('weighs an event by how much the articles reporting it belong to the story', () => {
    const event = (id: string, sources: string[], importance: number) => ({ id, date: '2021-06-01', title: id, summary: '', people: [], places: [], organizations: [], claims: [], sources, provenance: [], outlets: sources.length, importance });
    const events = [event('core', ['s1', 's2'], 10), event('stray', ['m1', 'm2', 'm3'], 14), event('mixed', ['s1', 'm1'], 10)];
    weighByRelevance(events, new Map([['s1', 1.4], ['s2', 0.9], ['m1', 0.5], ['m2', 0.4], ['m3', 0.6]]));
    // Core: mean relevance 0.95 (above 1 counts as 1); stray: 0.5; mixed: 0.75.
    expect(events.map((e) => e.importance)).toEqual([9, 3.5, 5.6]);
  });

  it('finds the story when strays outnumber it, as in a keyword-collected corpus', () => {
    const story = (d: number) => `Talks ${d}\n\nPublished: ${d} June 2021\n\nDelegations from Armenia and Azerbaijan held talks in Geneva on the border dispute on Monday, foreign ministers said. The Armenian foreign minister said the ceasefire in Nagorno-Karabakh was holding, and Azerbaijan's delegation said prisoners would be exchanged.`;
    const strays: Record<string, string> = {
      markets: 'Markets\n\nPublished: 3 June 2021\n\nWall Street shares fell on Monday as investors sold bank stocks, traders said, and the dollar rose against the yen while oil prices slipped.',
      football: 'Football\n\nPublished: 4 June 2021\n\nTottenham Hotspur signed a striker from Lyon for 20 million pounds on Thursday, the club said, and the manager praised his new forward.',
      royals: 'Royals\n\nPublished: 5 June 2021\n\nPrince William opened a hospital wing in Manchester on Friday, the palace said, and thousands of well-wishers lined the streets to cheer.',
      census: 'Census\n\nPublished: 6 June 2021\n\nChina released census results on Thursday showing the population grew slowly, the statistics bureau said, as births fell in many provinces.',
      tennis: 'Tennis\n\nPublished: 7 June 2021\n\nSerena Williams won her opening match in Paris on Sunday, beating a qualifier in straight sets as the crowd cheered under the roof.',
      nuclear: 'Nuclear\n\nPublished: 8 June 2021\n\nEngineers at the Fukushima plant pumped water into a damaged reactor on Tuesday, the operator said, as radiation levels fell near the site.',
      airline: 'Airline\n\nPublished: 9 June 2021\n\nDelta Air Lines said on Wednesday it would add flights to Tokyo in the summer as demand for travel recovered, and its shares rose.',
    };
    const texts: Record<string, string> = { ...strays };
    for (let d = 1; d <= 5; d++) texts[`s${d}`] = story(d);
    const tl = timelineOf(texts);
    expect(tl.offTopic).toEqual(Object.keys(strays).sort());
    expect(new Set(tl.events.flatMap((e) => e.sources))).toEqual(new Set(['s1', 's2', 's3', 's4', 's5']));
  });
});

describe('timeline: event summaries', () => {
  const statement = (text: string, article: string) => ({ article, sentence: 0, text, date: '2023-05-01', dated: true, entities: [], terms: termsOf(text), future: false, headline: text });

  it('keeps the one or two most central sentences verbatim and drops a near-copy of one already taken', () => {
    const summary = summarize([
      statement('Ministers from Armenia and Azerbaijan met in Geneva on Monday to discuss the border.', 'a'),
      statement('Ministers from Armenia and Azerbaijan met in Geneva on Monday to discuss their border.', 'b'),
      statement('Both sides agreed to exchange prisoners before the next meeting.', 'c'),
      statement('The talks lasted four hours.', 'd'),
    ]);
    expect(summary).toBe('Ministers from Armenia and Azerbaijan met in Geneva on Monday to discuss the border. Both sides agreed to exchange prisoners before the next meeting.');
  });

  it('is one sentence when the others only repeat it', () => {
    const s = 'Ministers met in Geneva on Monday.';
    expect(summarize([statement(s, 'a'), statement(s, 'b')])).toBe(s);
  });
});

describe('timeline: event titles', () => {
  it('drops a leading day or "since" from the sentence it takes, and nothing else', async () => {
    const { titleFrom } = await import('../src/timeline/events.js');
    // [sentence, title]
    const cases: [string, string][] = [
      ["On Saturday, the Arab League announced it was suspending the country's membership", "The Arab League announced it was suspending the country's membership"],
      ['Since the unrest which broke out on March 18 in the southern city of Deraa', 'The unrest which broke out on March 18 in the southern city of Deraa'],
      ['Since 2008, Paris has sought to improve ties', 'Since 2008, Paris has sought to improve ties'],
      ['On Monday talks began.', 'On Monday talks began'],
      ['Meanwhile, the central bank of Russia more than doubled its key rate', 'The central bank of Russia more than doubled its key rate'],
      ['Since Russia launched its invasion five days earlier', 'Russia launched its invasion five days earlier'],
      ['since early Sunday, when part of a road tunnel under construction collapsed', 'Part of a road tunnel under construction collapsed'],
      ['Late on Friday night, rebels entered the capital of the province', 'Rebels entered the capital of the province'],
      ['Sunday Times reporters were present at the scene tonight', 'Sunday Times reporters were present at the scene tonight'],
      ['a day after the storm devastated the resort city', 'The storm devastated the resort city'],
      ['a day after Rino Festa was dismissed', 'Rino Festa was dismissed'],
      ['May 1: The regional government orders the evacuation of 12 villages', 'The regional government orders the evacuation of 12 villages'],
      ['May 3, 2024 — Part of the dam gives way at about 4 a.m.', 'Part of the dam gives way at about 4 a.m.'],
      ['Two weeks after the vote the count was still going on', 'Two weeks after the vote the count was still going on'],
      // A live page's entry time, and a timeline's day set off by a plain hyphen.
      ['12:30 - The court confirms it has received the bankruptcy petition', 'The court confirms it has received the bankruptcy petition'],
      ['March 5 - The council names a new cabinet for the country', 'The council names a new cabinet for the country'],
    ];
    for (const [sentence, title] of cases) expect(titleFrom(sentence)).toBe(title);
  });

  it('cuts a long sentence at a clause, but not where all before the comma is a subject and its apposition', async () => {
    const { titleFrom } = await import('../src/timeline/events.js');
    expect(titleFrom('The Tessmark Holdings chief executive officer, Ilse Varga-Moreau, told the Quay Ledger that the company could not raise its offer again without closing a mill.'))
      .toBe('The Tessmark Holdings chief executive officer, Ilse Varga-Moreau, told the Quay Ledger that the company could not raise…');
    expect(titleFrom('The crew used a mobile crane to lift the first span of the bridge back into place, cleared the debris from the river and reopened the channel, the port said.'))
      .toBe('The crew used a mobile crane to lift the first span of the bridge back into place…');
  });

  it('opens again a quote its sentence only closes, and leaves a quote the sentence opens as it is', async () => {
    const { titleFrom } = await import('../src/timeline/events.js');
    expect(titleFrom('Markets like that," said Ines Varga, an economist.')).toBe('"Markets like that," said Ines Varga, an economist');
    expect(titleFrom('All Velmari are praying for this,” Jane Roe said.')).toBe('“All Velmari are praying for this,” Jane Roe said');
    expect(titleFrom('Jane Roe said the ruling was "overwhelming" and final.')).toBe('Jane Roe said the ruling was "overwhelming" and final');
  });
});

describe('timeline: labour talks and counts that hold', () => {
  it('reads a round held "after a third round of talks", a "six-hour meeting", and no outcome from an article written before the round', () => {
    // 2026-03-02 is a Monday.
    const tl = timelineOf({
      a: 'Talks\n\nPublished: 2 March 2026\n\nNegotiators for the Harbour Pilots Guild and Portline ended a first round of talks in Bergen on Monday after a six-hour meeting. The two sides agreed to meet again on Thursday in Tromso.',
      b: 'Talks\n\nPublished: 5 March 2026\n\nThe second round of talks between the guild and Portline opened in Tromso on Thursday.',
      c: 'Deal\n\nPublished: 8 March 2026\n\nThe guild and Portline reached a deal on Saturday after a third round of talks in Tromso that ran through the night.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.status, r.placeName, r.duration])).toEqual([
      [1, '2026-03-02', 'held', 'Bergen', 'six-hour meeting'], [2, '2026-03-05', 'held', 'Tromso', null], [3, '2026-03-07', 'held', 'Tromso', null],
    ]);
    expect(tl.rounds[1].outcome).toBe('');
  });

  // Each: articles, then the values every discrepancy found gives, sorted.
  it.each([
    ['takes counts a few days apart for rival accounts, but not elapsed days or a tally', {
      a: 'Walkout\n\nPublished: 2 June 2024\n\nAbout 1,800 nurses walked out in a nine-day strike. Doctors said 30 patients had been injured.',
      b: 'Talks\n\nPublished: 6 June 2024\n\nThe union said about 1,500 nurses were on strike, now a 13-day strike. Doctors said 45 patients had been injured.',
    }, [['About 1,800', 'about 1,500']]],
    ['counts residents as people, and reads "forced from their homes" and a later "evacuated" as one outcome', {
      a: 'Fire\n\nPublished: 8 July 2025\n\nThe prefect said 800 residents of the hillside district had been evacuated.',
      b: 'Fire\n\nPublished: 9 July 2025\n\nThe fire forced about 1,000 people from their homes, officials said.',
    }, [['800', 'about 1,000']]],
    ['takes "unaccounted for" for missing, a count apart from the dead', {
      a: 'Flood\n\nPublished: 12 September 2023\n\nThe flood killed 2,000 people and at least 4,000 people were missing.',
      b: 'Flood\n\nPublished: 13 September 2023\n\nOfficials said 2,300 people had died and 4,600 people were still unaccounted for.',
    }, [['2,000', '2,300'], ['4,600', 'at least 4,000']]],
  ])('%s', (_name, texts, expected) => {
    expect(valuesOf(timelineOf(texts))).toEqual(expected);
  });

  it('does not date a count by the day that started what it counts, and takes a raise and an increase for one offer', () => {
    const tl = timelineOf({
      a: 'Offer\n\nPublished: 3 June 2024\n\nThe board offered pay increases of 6 per cent.',
      b: 'Offer\n\nPublished: 4 June 2024\n\nThe board has offered a 7 per cent raise, a spokesman said. The strike, which began on May 2, idled about 900 drivers.',
      c: 'Drivers\n\nPublished: 4 June 2024\n\nThe union said 1,100 drivers were on strike.',
    });
    const values = valuesOf(tl);
    expect(values).toContainEqual(['6 per cent', '7 per cent']);
    expect(values).toContainEqual(['1,100', 'about 900']);
  });


  it('takes a sentence with no name or figure as an event when it tells a past deed on its own day, but no heading or page stamp', () => {
    // 2024-06-12 is a Wednesday.
    const tl = timelineOf({
      a: 'Heist\n\nPublished: 12 June 2024\n\nTwo suspects were arrested on Saturday after the raid.\n\nLast modified on Tue 11 Jun 2024 10.02 BST\n\n## Monday 10 June\n\nThe gallery reopened to visitors on Tuesday.',
    });
    expect(tl.events.map((e) => [e.date, e.title]).sort()).toEqual([
      ['2024-06-08', 'Two suspects were arrested on Saturday after the raid'],
      ['2024-06-11', 'The gallery reopened to visitors on Tuesday'],
    ]);
  });

  it('takes an irregular past deed ("began", "broke out") on its own day as an event, as it does a regular one', () => {
    const tl = timelineOf({ a: 'Blockade\n\nPublished: 17 June 2025\n\nThe blockade, which began on June 2, was the longest in the valley for years.' });
    expect(tl.events.map((e) => e.date)).toEqual(['2025-06-02']);
  });

  it('takes talks told "in a second round" as held, with the round\'s venue', () => {
    const tl = timelineOf({
      a: 'Talks\n\nPublished: 10 June 2025\n\nTalks between the government and the valley communities ended in Harlow on Monday with an agreement to meet again next week in Brantby.',
      b: 'Deal\n\nPublished: 17 June 2025\n\nThe valley communities lifted their blockade of the mine road on Tuesday after reaching a deal with the government in a second round of talks in Brantby.',
    });
    expect(tl.rounds.map((r) => [r.number, r.status, r.placeName])).toEqual([[1, 'held', 'Harlow'], [2, 'held', 'Brantby']]);
  });

  it('puts nothing on the day a running count starts inside a clause ("deaths since Saturday had risen to 21")', () => {
    const tl = timelineOf({ a: 'Heat\n\nPublished: 18 July 2025\n\nHealth Minister Brita Hovlandt said on Friday the number of heat deaths since Saturday had risen to 21.' });
    expect(tl.events.map((e) => e.date)).toEqual(['2025-07-18']);
  });

  it('compares no value of a past year ("the record of 45.9C set in 2017") and no running totals told on later days', () => {
    const tl = timelineOf({
      a: 'Heat\n\nPublished: 16 July 2025\n\nThe agency said Tarvo reached 46.2C on Tuesday. At least 12 deaths have been linked to the heat since Saturday, the ministry said.',
      b: 'Heat record\n\nPublished: 16 July 2025\n\nThe agency said Tarvo reached 46.0C on Tuesday, beating the record of 45.9C set in 2017.',
      c: 'Toll\n\nPublished: 17 July 2025\n\n"We have confirmed 19 deaths since Saturday," the minister, Brita Hovlandt, said on Thursday.',
    });
    expect(valuesOf(tl)).toEqual([['46.0 °C', '46.2 °C']]);
  });

  it('dates a count by a day in its own clause ("the crush that killed six people in Tarvo on Wednesday") before a day named earlier in the sentence', () => {
    const tl = timelineOf({
      a: 'Stampede\n\nPublished: 8 January 2026\n\nNine people were killed in a stampede near a ticket counter in Tarvo on Wednesday night, officials said.',
      b: 'Visit\n\nPublished: 9 January 2026\n\nGovernor Ines Varga on Thursday visited the injured in Tarvo and suspended two officials, for lapses that led to the crush that killed six people in Tarvo on Wednesday.',
    });
    expect(valuesOf(tl)).toEqual([['Nine', 'six']]);
  });

  it('sets only the value nearest the other outlets\' of an article that gives two against them ("21%" of cancer, "38%" of bleeding, against "19%")', () => {
    const tl = timelineOf({
      a: 'Aspirin\n\nPublished: 9 April 2025\n\nDaily aspirin cut the risk of developing bowel cancer by 21% in a Harlow University trial. But it raised the risk of serious bleeding by 38%, the researchers found.',
      b: 'Aspirin study\n\nPublished: 10 April 2025\n\nThe Harlow University trial found that the risk fell by 19%.',
    });
    expect(valuesOf(tl)).toEqual([['19 %', '21 %']]);
  });

  it('sets no demand against an offer ("unions want a 6% pay rise; management offered 2.5%"), but offers against offers', () => {
    const tl = timelineOf({
      a: 'Strike\n\nPublished: 19 December 2025\n\nThe Harlow Rail unions want a 6% pay rise, while Harlow Rail management offered a 2.5% pay rise.',
      b: 'Strike talks\n\nPublished: 18 December 2025\n\nThe Harlow Rail unions are demanding a 6% pay rise. Harlow Rail has so far offered a 2.3% pay rise.',
    });
    expect(valuesOf(tl)).toEqual([['2.3 %', '2.5 %']]);
  });

  it('compares no reinforcements ("80 extra firefighters") with a total, no count of a sentence set "Last year," and no area burned a day later with the day before\'s', () => {
    const tl = timelineOf({
      a: 'Fire\n\nPublished: 10 September 2025\n\nAbout 150 firefighters were fighting the flames near Tarvo. The fire has burned around 3,000 hectares, the agency said.',
      b: 'Fire spreads\n\nPublished: 10 September 2025\n\nThe government had sent 80 extra firefighters to Tarvo. The fire had burned about 3,400 hectares by Wednesday morning. Last year, a fire on the island burned more than 5,000 hectares.',
      c: 'Fire held\n\nPublished: 11 September 2025\n\nThe civil protection service put the area burned at 4,100 hectares on Thursday morning.',
    });
    expect(valuesOf(tl)).toEqual([['about 3,400', 'around 3,000']]);
  });

  it('compares two outlets\' flight times of one launch, told a day apart across time zones', () => {
    const tl = timelineOf({
      a: 'Launch\n\nPublished: 8 October 2025\n\nA missile fired by Norrland on Wednesday flew for about 71 minutes before falling into the sea, Velmar\'s government said.',
      b: 'Launch\n\nPublished: 8 October 2025\n\nThe missile Norrland launched late on Tuesday flew for 86 minutes, a defense official said.',
    });
    expect(valuesOf(tl)).toEqual([['86 minutes', 'about 71 minutes']]);
  });

  it('joins two outlets\' first sentences on their news day, told in their own words, as one event', () => {
    const tl = timelineOf({
      a: 'Launch\n\nPublished: 8 October 2025\n\nNorth Korea fired a long-range ballistic missile into the sea off its east coast on Wednesday morning, South Korea\'s Joint Chiefs of Staff said, the first such launch in nearly a year.',
      b: 'Missile\n\nPublished: 8 October 2025\n\nA ballistic missile fired by North Korea on Wednesday flew for about 71 minutes before falling into the sea inside Japan\'s exclusive economic zone, 200 km west of Okushiri island off Hokkaido, Japan\'s government said.',
      c: 'Summit\n\nPublished: 9 October 2025\n\nLeaders of Japan and South Korea met in Tokyo on Thursday and agreed to share missile warning data in real time.',
    });
    expect(tl.events.filter((e) => e.date === '2025-10-08').map((e) => e.sources)).toEqual([['a', 'b']]);
  });

  it('sets a sum said to have risen against later reports of it, not against the reports before the rise', () => {
    const tl = timelineOf({
      a: 'Escape\n\nPublished: 4 May 2025\n\nA $20,000 bounty has been offered for information leading to the capture of Velmo Ardent, police said.',
      b: 'Search\n\nPublished: 6 May 2025\n\nThe search for Velmo Ardent went on as the bounty for information rose to $30,000, police said on Tuesday.',
      c: 'Caught\n\nPublished: 8 May 2025\n\nVelmo Ardent was caught on Thursday, police said. The $25,000 bounty will go to a motel clerk.',
    });
    expect(valuesOf(tl)).toEqual([['$25,000', '$30,000']]);
  });

  it('counts homes and households as one thing', () => {
    const tl = timelineOf({
      a: 'Advisory\n\nPublished: 11 August 2025\n\nThe city issued a boil-water advisory on Monday for about 18,000 households in Tarvo, officials said.',
      b: 'Advisory\n\nPublished: 12 August 2025\n\nAbout 22,000 homes in Tarvo remained under a boil-water advisory on Tuesday, officials said.',
    });
    expect(valuesOf(tl)).toEqual([['About 22,000', 'about 18,000']]);
  });

  it('puts nothing on the day a span ends ("closed until Thursday")', () => {
    const tl = timelineOf({ a: 'Closed\n\nPublished: 6 May 2024\n\nOfficials in Lyon said the school would be closed until Thursday.' });
    expect(tl.events.map((e) => e.date)).not.toContain('2024-05-09');
    expect(tl.events.map((e) => e.date)).not.toContain('2024-05-02');
  });

  it('reads a bare "the first round" in an article about talks, and the venue from "talks in"', () => {
    const tl = timelineOf({
      a: 'Talks\n\nPublished: 8 June 2024\n\nNegotiators broke off their first round of talks on Tuesday. The second round of talks on Friday ended a lockout at the Port of Antwerp after ten hours of talks in Brussels.',
      b: 'Talks\n\nPublished: 8 June 2024\n\nThe union and the company held talks in Liege this week. The first round, held in Liege on Tuesday, ended after eight hours.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.placeName])).toEqual([[1, '2024-06-04', 'Liege'], [2, '2024-06-07', 'Brussels']]);
    expect(tl.rounds[0].sources).toEqual(['a', 'b']);
    for (const r of tl.rounds) expect(new Set(r.provenance.map((p) => `${p.article}#${p.sentence}`)).size).toBe(r.provenance.length);
  });

  it('takes "met … for about three hours" in a story about talks for a round, with its length', () => {
    const tl = timelineOf({
      a: 'Envoy visits\n\nPublished: 5 June 2023\n\nA regional envoy opened talks with the military government on Monday. The envoy met the junta chief for about three hours on Monday.',
      b: 'Talks\n\nPublished: 6 June 2023\n\nState television said the talks on Monday had lasted four hours.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date])).toEqual([[1, '2023-06-05']]);
    expect(tl.discrepancies.find((d) => d.topic === 'duration of round 1')?.values.map((v) => v.value)).toEqual(['about three hours', 'four hours']);
  });

  it('keeps a dateline out of clauses, takes "produced a deal" for talks held, and the venue from the last preposition', () => {
    const tl = timelineOf({
      a: 'Swap\n\nPublished: 14 November 2024\n\nMUSCAT, Oman (Harbour Wire) — The two countries swapped prisoners on Thursday, a day after a second round of talks in Muscat produced a deal.',
      b: 'Talks\n\nPublished: 4 November 2024\n\nNegotiators began indirect talks on a prisoner exchange in Doha on Sunday.',
    });
    expect(tl.events.find((e) => e.date === '2024-11-14')?.title).toBe('The two countries swapped prisoners on Thursday');
    expect(tl.rounds.map((r) => [r.number, r.date, r.status, r.placeName])).toEqual([[1, '2024-11-03', 'held', 'Doha'], [2, '2024-11-13', 'held', 'Muscat']]);
  });

  it('gives undated sentences the lead\'s day when two days are named as often', () => {
    // 2024-06-20 is a Thursday: the lead's Monday is the 17th, the later Wednesday the 19th.
    const tl = timelineOf({ a: 'Deal\n\nPublished: 20 June 2024\n\nA deal was reached early on Monday in Oslo. Work resumed on Wednesday.\n\nMaria Lund\'s members won a raise.' });
    expect(tl.events.find((e) => e.summary.includes('Maria Lund'))?.date).toBe('2024-06-17');
  });

  it('reads a four-outlet strike story: three rounds, their venues, and what the outlets disagree on', () => {
    const tl = timelineOf(storyTexts('port-strike'));
    expect(tl.rounds.map((r) => [r.number, r.date, r.status, r.placeName])).toEqual([
      [1, '2025-09-09', 'held', 'Halifax'], [2, '2025-09-12', 'held', 'Ottawa'], [3, '2025-09-15', 'held', 'Ottawa'],
    ]);
    const values = tl.discrepancies.map((d) => d.values.map((v) => `${v.article.slice(0, 2)}:${v.value}`).sort().join(' '));
    expect(values).toEqual(expect.arrayContaining(['01:nine hours 02:eight hours', '02:about 3,000 04:about 3,200']));
    expect(values.some((v) => v.includes('01:11 per cent') && v.includes('02:12 per cent'))).toBe(true);
    expect(values.some((v) => /day/.test(v))).toBe(false);
  });
});

describe('timeline: coalition talks after an election', () => {
  it('reads two held rounds and a scheduled one with its day, and the seats and turnout the outlets disagree on', () => {
    const tl = timelineOf(storyTexts('coalition'));
    expect(tl.rounds.map((r) => [r.number, r.date, r.status])).toEqual([[1, '2022-10-06', 'held'], [2, '2022-10-11', 'held'], [3, '2022-10-18', 'planned']]);
    const election = tl.events.filter((e) => e.date === '2022-10-01').flatMap((e) => e.sources);
    expect(election).toEqual(expect.arrayContaining(['01-results', '02-first-round']));
    const values = tl.discrepancies.map((d) => d.values.map((v) => `${v.article.slice(0, 2)}:${v.value}`).sort().join(' '));
    expect(values).toContain('01:59.4 percent 03:58.9 percent');
    expect(values.some((v) => v.includes('01:26') && v.includes('02:25'))).toBe(true);
    expect(tl.entities.filter((e) => e.kind === 'person').map((e) => e.name)).not.toContain('Tomas Vilks');
  });
});

describe('timeline: an air crash told by four outlets', () => {
  it('dates the crash from all four, and finds the count of people on board they disagree on', () => {
    const tl = timelineOf(storyTexts('air-crash'));
    expect(tl.articles.map((a) => a.published)).toEqual(['2023-01-16', '2023-01-17', '2023-01-16', '2023-02-17']);
    const crash = new Set(tl.events.filter((e) => e.date === '2023-01-15').flatMap((e) => e.sources));
    expect([...crash].sort()).toEqual(['a-crash', 'b-black-box', 'c-live', 'd-report']);
    const values = tl.discrepancies.map((d) => d.values.map((v) => `${v.article.slice(0, 1)}:${v.value}`).sort().join(' '));
    expect(values).toContain('a:72 b:71');
  });
});

describe('timeline: a rocket launch called off and flown four days later', () => {
  it('does not take a date the article looks ahead to for its own, and finds the costs the outlets disagree on', () => {
    const tl = timelineOf(storyTexts('launch'));
    expect(tl.articles.map((a) => a.published)).toEqual(['2023-07-13', '2023-07-15', '2023-07-17', '2023-07-18']);
    expect(tl.entities.filter((e) => e.kind === 'person').map((e) => e.name)).not.toContain('Rhea Mogul');
    const costs = tl.discrepancies.find((d) => d.topic.includes('(inr)'));
    expect(new Set(costs?.values.map((v) => v.article))).toEqual(new Set(['1-scrub', '2-new-date', '4-orbit']));
  });
});

describe('timeline: an outbreak counted by three outlets', () => {
  it('dates a count by the clause that names it, and compares a running total with a count of cases', () => {
    const tl = timelineOf(storyTexts('outbreak'));
    expect(tl.articles.map((a) => a.published)).toEqual(['2023-03-08', '2023-03-10', '2023-03-13']);
    expect(valuesOf(tl)).toContainEqual(['212', '215']);
    expect(tl.entities.filter((e) => e.kind === 'place').map((e) => e.name)).toEqual(expect.arrayContaining(['Chikwawa', 'Nsanje', 'Tete']));
  });
});

describe('timeline: protests against a bill', () => {
  it('makes no round of talks from a bill\'s readings, and finds the arrests the outlets count differently', () => {
    const tl = timelineOf(storyTexts('protest-bill'));
    expect(tl.articles.map((a) => a.published)).toEqual(['2023-03-08', '2023-03-09', '2023-03-09']);
    expect(tl.rounds).toEqual([]);
    expect(valuesOf(tl)).toContainEqual(['66', '76']);
    expect(tl.entities.find((e) => e.name === 'Georgia')?.placeKind).toBe('country');
  });
});

describe('timeline: a cyberattack on a hospital group', () => {
  it('names the state a dateline abbreviates, keeps the company out of the places, and finds the ransom demands that differ', () => {
    const tl = timelineOf(storyTexts('cyberattack'));
    const places = tl.entities.filter((e) => e.kind === 'place');
    expect(places.map((e) => e.name).sort()).toEqual(['Murfreesboro', 'Nashville', 'Tennessee']);
    expect(tl.entities.filter((e) => e.kind === 'person').map((e) => e.name)).not.toContain('BlackVeil');
    expect(valuesOf(tl)).toContainEqual(['$4.5 million', '$5 million']);
  });
});

describe('timeline: a round that ran late into the night, and one that ended without a deal', () => {
  it('dates a third round by the night its talks ran into, and keeps "ended without a deal" as the outcome', () => {
    const tl = timelineOf({
      a: 'Second round\n\nPublished: 12 March 2025\n\nThe second round of talks between the Harlow teachers\' union and the government ended on Tuesday without a deal.',
      b: 'Strike off\n\nPublished: 16 March 2025\n\nHARLOW, March 16 (Tarvo Wire) - The Harlow teachers\' union called off a strike planned for Monday after reaching an agreement in a third round of talks that ran late into Saturday night.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.status])).toEqual([[2, '2025-03-11', 'held'], [3, '2025-03-15', 'held']]);
    expect(tl.rounds[0].outcome).toContain('without a deal');
  });
});

describe('timeline: two outlets put one round in two cities', () => {
  it('reports the venue of the round as a discrepancy, but not a city named beside the talks in another clause', () => {
    const tl = timelineOf({
      a: 'Talks\n\nPublished: 12 March 2025\n\nDelegations from Velmar and Tarvonia held a second round of talks in Lisbon on Tuesday, mediated by Harlow.\n\nThe talks lasted about seven hours.',
      b: '---\ntitle: "Second round opens"\ndate: 2025-03-12\nsource: Tarvo Wire\n---\n\nThe second round of talks between Velmar and Tarvonia opened in Porto on Wednesday, two diplomats said.\n',
      c: 'Blasts\n\nPublished: 12 March 2025\n\nThe second round of talks between Velmar and Tarvonia was held on Tuesday. As the talks wrapped up, blasts could be heard in Madrid.',
    });
    const venue = tl.discrepancies.filter((d) => d.topic === 'venue of round 2');
    expect(venue.map((d) => d.values.map((v) => `${v.value}@${v.article}`))).toEqual([['Lisbon (held)@a', 'Porto (held)@b']]);
  });
});

describe('timeline: a round whose talks "lasted three days"', () => {
  it('dates the round from its first day and keeps how long it lasted', () => {
    // 2025-06-13 is a Friday.
    const tl = timelineOf({
      a: 'Deal\n\nPublished: 14 June 2025\n\nHARLOW (Tarvo Wire) - Velmar and Tarvonia agreed on Friday to a demilitarised line, at the end of a third round of talks in Harlow that lasted three days.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.endDate ?? null, r.duration])).toEqual([[3, '2025-06-11', '2025-06-13', 'three days']]);
  });
});

describe('timeline: rounds numbered seventh and eighth', () => {
  it('keeps the stated numbers, spans a round that "broke off after five days", and is not misled by an earlier round\'s ending', () => {
    const tl = timelineOf(storyTexts('numbered-rounds'));
    // The sixth round, recalled as ended "in June", was held too: undated, and it dates no other round.
    expect(tl.rounds.map((r) => [r.number, r.date, r.endDate ?? null, r.status, r.placeName])).toEqual([
      [6, null, null, 'held', null],
      // (It broke off after five days and, as a later article says, "ended on Dec. 17".)
      [7, '2021-11-29', '2021-12-17', 'held', 'Vienna'],
      [8, '2021-12-27', null, 'held', 'Vienna'],
    ]);
  });

  it('counts a day on which the same numbered round went on as that round, not a new one', () => {
    const tl = timelineOf({
      a: 'Talks resume\n\nPublished: 6 March 2023\n\nThe fourth round of talks opened in Oslo on Monday.',
      b: 'Talks stall\n\nPublished: 17 March 2023\n\nThe fourth round of talks ended in Oslo on Friday without a deal.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.endDate ?? null])).toEqual([[4, '2023-03-06', '2023-03-17']]);
  });
});

describe('timeline: talks in a British paper\'s words', () => {
  it('reads talks that "collapsed last night" and an offer made "at the third round" as rounds held, under a numeric date line', () => {
    const tl = timelineOf(storyTexts('doctors-strike'));
    expect(tl.articles.map((a) => a.published)).toEqual(['2023-04-11', '2023-04-20', '2023-04-27']);
    expect(tl.rounds.map((r) => [r.number, r.date, r.status])).toEqual([[1, '2023-04-10', 'held'], [2, '2023-04-19', 'held'], [3, '2023-04-26', 'held']]);
    // One article, two named sources: the ministry's 5 per cent and the union's "the figure was 4.5 per cent".
    expect(valuesOf(tl)).toContainEqual(['4.5 per cent', '5 per cent']);
  });

  it('takes two named sources in one article for rival accounts, but not a company described twice', () => {
    const rivals = timelineOf({ a: 'Rally\n\nPublished: 4 May 2022\n\nPolice said 12,000 protesters marched in Tbilisi on Sunday. Organisers said 20,000 protesters marched.' });
    expect(valuesOf(rivals)).toEqual([['12,000', '20,000']]);
    const one = timelineOf({ a: 'Dividend\n\nPublished: 4 May 2022\n\nThe company said it would pay a dividend of 8.4 pence. The total dividend, at 18.9 pence, is up, Harlow Lane said.' });
    expect(valuesOf(one)).toEqual([]);
    // "…, Energy Minister Ines Varga said" and later "…, Varga said": one source, not two.
    const same = timelineOf({ a: 'Blackout\n\nPublished: 4 May 2022\n\nAbout 2 million homes lost power, Energy Minister Ines Varga said, or roughly 90% of customers. By midnight, power had been restored to about 22% of customers, Varga said.' });
    expect(valuesOf(same)).toEqual([]);
    // Customers who lost power and customers reconnected are two quantities; a count of
    // households that "remain without power" counts households, not "without".
    const blackout = timelineOf({
      a: 'Blackout\n\nPublished: 4 May 2022\n\nBlackout leaves millions without power. About 2 million homes lost power on Tuesday, or roughly 90% of customers, the grid operator said.',
      b: 'Power back\n\nPublished: 5 May 2022\n\nAbout 400,000 households remain without power on Wednesday. By Wednesday evening, the grid operator said 99% of customers had been reconnected.',
    });
    expect(valuesOf(blackout)).toEqual([]);
  });
});

describe('timeline: trade talks filed under a dateline without a year', () => {
  it('dates the article by its dateline, reads "ended a week of talks …, and agreed to meet again next week" as a round held, and links "Liu said"', () => {
    const tl = timelineOf(storyTexts('trade-talks'));
    expect(tl.articles.map((a) => a.published)).toEqual(['2019-02-15', '2019-02-21', '2019-02-25']);
    expect(tl.rounds.map((r) => [r.number, r.date, r.endDate ?? null, r.status, r.placeName])).toEqual([
      [1, '2019-02-11', '2019-02-15', 'held', 'Beijing'], [2, '2019-02-21', null, 'held', 'Washington'],
    ]);
    expect(tl.entities.find((e) => e.name === 'Liu He')?.aliases).toEqual(['Liu']);
  });
});

describe('timeline: a live page with day headings in reverse order', () => {
  it('dates each entry by the day heading above it and finds the evacuation counts that differ', () => {
    const tl = timelineOf(storyTexts('eruption-live'));
    const live = tl.articles.find((a) => a.id === 'live')!;
    const dayOf = (start: string) => tl.events.find((e) => e.provenance.some((p) => p.article === 'live' && live.sentences[p.sentence]?.text.startsWith(start)))?.date;
    expect([dayOf('Icelandair said'), dayOf('Keflavik airport closed to all traffic')]).toEqual(['2024-04-17', '2024-04-16']);
    expect(valuesOf(tl).some((v) => v.includes('3,800') && v.includes('About 3,700'))).toBe(true);
  });
});

describe('timeline: a live page\'s entries under clock stamps and day headings', () => {
  it('dates undated entries under clock stamps by the page\'s day, and under a day heading by that day', () => {
    // 2025-03-29 is a Saturday.
    const tl = timelineOf({
      a: '---\ntitle: "Quake in Velmar: live updates"\ndate: 2025-03-29\nsource: Harbour Live\n---\n\n- A 7.7-magnitude earthquake struck central Velmar on Friday\n\n## 09:30 ICT\n\nThe Tarvo Geological Survey estimated the death toll could exceed 10,000.\n\n## 11:15 ICT\n\nHarlow has sent a team of 37 rescuers to Tarvo, state media said.\n',
      b: '---\ntitle: "Velmar floods: live"\ndate: 2024-04-17\nsource: Harbour Live\n---\n\n## Wednesday 17 April\n\n### 10.15 BST\n\nThe Velmar Met Office said the river was falling.\n\n## Tuesday 16 April\n\n### 09.00 BST\n\nPrime Minister Ines Varga said the 3,800 residents of Tarvo had all been evacuated safely.\n',
    });
    const dayOf = (start: string) => tl.events.find((e) => e.title.startsWith(start))?.date;
    expect([dayOf('A 7.7-magnitude'), dayOf('The Tarvo Geological Survey'), dayOf('Harlow has sent')]).toEqual(['2025-03-28', '2025-03-29', '2025-03-29']);
    expect([dayOf('The Velmar Met Office'), dayOf('Prime Minister Ines Varga')]).toEqual(['2024-04-17', '2024-04-16']);
  });
});

describe('timeline: a flood told by four outlets', () => {
  it('dates every article, merges respellings, and finds the tolls they disagree on', () => {
    const tl = timelineOf(storyTexts('flood'));
    expect(tl.articles.map((a) => a.published)).toEqual(['2023-09-12', '2023-09-13', '2023-09-15', '2023-09-19']);
    const people = tl.entities.filter((e) => e.kind === 'person');
    expect(people.find((e) => e.name === 'Abdul Hamid Dbeibah')?.aliases).toEqual(['Dbeibeh']);
    expect(people.some((e) => /Storm/.test(e.name))).toBe(false);
    expect(tl.entities.find((e) => e.name === 'Derna')?.aliases).toEqual(['Darnah']);
    expect(valuesOf(tl)).toEqual([['at least 6,000', 'more than 5,300'], ['10,100', 'at least 10,000']]);
    expect(tl.events.some((e) => e.date === '2023-09-10' && e.sources.length === 2)).toBe(true);
    expect(['2023-09-10', '2023-09-11'].map((d) => tl.events.find((e) => e.date === d && e.sources.length === 2)?.sources.map((x) => x[0]))).toEqual([['a', 'b'], ['a', 'b']]);
  });
});

describe('timeline: invented stories of other kinds', () => {
  it('a derailment: wagons counted in words and evacuees compared across outlets, the follow-up dated by its own day', () => {
    const tl = timelineOf(storyTexts('rail-derailment'));
    expect(valuesOf(tl)).toEqual(expect.arrayContaining([['Some 2,500', 'about 3,000'], ['Eleven', 'Eleven', 'Twelve']]));
    expect(tl.events.find((e) => e.title.startsWith('Prosecutors in Kalisz'))?.date).toBe('2024-05-16');
    expect(tl.entities.find((e) => e.name === 'Vistula Rail Cargo')?.kind).toBe('organization');
  });

  it('a coach sacked: clubs are organisations, the club by its first word too, and talks with a coach are no round', () => {
    const tl = timelineOf(storyTexts('coach-sacking'));
    expect(tl.rounds).toEqual([]);
    expect(tl.entities.filter((e) => e.kind === 'person').map((e) => e.name)).not.toContain('Calderon');
    expect(tl.entities.find((e) => e.name === 'Calderon Athletic')?.aliases).toContain('Calderon');
  });

  it('a bank fraud in Indian papers: leads under capital-and-colon datelines are events, amounts in crore rival', () => {
    const tl = timelineOf(storyTexts('bank-fraud'));
    expect(valuesOf(tl)).toContainEqual(['Rs 1,200 crore', 'Rs 1,250 crore']);
    expect(tl.events.find((e) => e.title.startsWith('A special court in Mumbai'))?.date).toBe('2025-07-15');
    expect(tl.events.some((e) => /^(?:MUMBAI|BENGALURU|TNN)\b/.test(e.title))).toBe(false);
  });

  it('a winter storm: gusts compared across outlets, the police who spoke credited, no person named Ingrid', () => {
    const tl = timelineOf(storyTexts('winter-storm'));
    expect(valuesOf(tl)).toContainEqual(['38 metres per second', 'up to 41 metres per second']);
    expect(tl.claims.find((c) => c.text.startsWith('A 72-year-old man died'))?.speakerName).toBe('police');
    expect(tl.entities.some((e) => e.name === 'Ingrid')).toBe(false);
  });

  it('a car recall: the widened count is an update, the US counts rival, and the carmaker is one company', () => {
    const tl = timelineOf(storyTexts('car-recall'));
    expect(valuesOf(tl)).toEqual([['330,000', 'about 310,000']]);
    expect(tl.entities.filter((e) => e.kind === 'person').map((e) => e.name).sort()).toEqual(['Erik Dahl', 'Ingrid Solberg']);
    expect(tl.entities.find((e) => e.name === 'Halvorsen Motors')?.aliases).toContain('Halvorsen');
  });

  it('a hotline agreed at talks: the round held on its day, its length disputed, the aside\'s name not the speaker', () => {
    const tl = timelineOf(storyTexts('sea-hotline'));
    expect(tl.rounds.map((r) => [r.number, r.date, r.placeName])).toEqual([[1, '2025-03-11', 'Hanoi']]);
    expect(valuesOf(tl)).toContainEqual(['about three hours', 'nearly four hours']);
    expect(tl.claims.find((c) => c.text.startsWith('Both sides showed goodwill'))?.speakerName).toBe('Ramon Dizon');
  });

  it('a court ruling: the split told two ways is a discrepancy, the court one body, the chair after a quote a person', () => {
    const tl = timelineOf(storyTexts('court-ruling'));
    expect(valuesOf(tl)).toContainEqual(['5-4', '6-3']);
    expect(tl.entities.filter((e) => e.kind === 'organization').map((e) => e.name)).toContain('Constitutional Tribunal of Slovenia');
    expect(tl.entities.filter((e) => e.kind === 'organization').map((e) => e.name)).not.toContain('Constitutional Tribunal');
    expect(tl.entities.find((e) => e.name === 'Mirela Kosta')?.kind).toBe('person');
  });

  it('a dam explainer: its history makes no events of the news day, its ruling keeps its date, the new round is held', () => {
    const tl = timelineOf(storyTexts('dam-explainer'));
    expect(tl.events.map((e) => e.date).sort()).toEqual(['2022-03-14', '2025-09-01', '2025-09-01', '2025-09-01']);
    expect(tl.rounds.map((r) => [r.number, r.placeName])).toEqual([[1, 'Geneva']]);
  });

  it('quarterly results: the growth and the share move two outlets give differently, the company not a town', () => {
    const tl = timelineOf(storyTexts('shipping-earnings'));
    expect(valuesOf(tl)).toEqual(expect.arrayContaining([['39 %', '41 %'], ['5.9 %', '6.2 %']]));
    expect(tl.entities.filter((e) => e.kind === 'place').map((e) => e.name)).not.toContain('Nordvik');
  });

  it('a drug approval: the effect two outlets give differently rivals, the regulator is one body', () => {
    const tl = timelineOf(storyTexts('drug-approval'));
    expect(valuesOf(tl)).toContainEqual(['25 %', '27 %']);
    expect(tl.entities.filter((e) => e.kind === 'person').map((e) => e.name).sort()).toEqual(['Priya Raman', 'Samuel Oduya']);
  });

  it('a mayor after a flood: the lead counted from the flood keeps the news day, "he said" is the resident\'s', () => {
    const tl = timelineOf(storyTexts('flood-mayor'));
    expect(tl.events.every((e) => e.date <= '2025-10-14')).toBe(true);
    expect(tl.claims.find((c) => c.text.startsWith('I have never seen'))?.speakerName).toBe('Jean-Baptiste Morel');
  });

  it('an impeachment: the police\'s and the organisers\' counts of one crowd rival, and the lawyer speaks on the day of the review', () => {
    const tl = timelineOf(storyTexts('impeachment'));
    expect(valuesOf(tl)).toContainEqual(['about 40,000', 'more than 200,000']);
    expect(tl.events.find((e) => e.title.startsWith("Han's lawyer"))?.date).toBe('2025-03-18');
  });

  it('a ferry sinking: "sank" and "capsized" that night are one event, a surname after "leaving port," no place, "X island" the island', () => {
    const tl = timelineOf(storyTexts('ferry-sinking'));
    const sinking = tl.events.filter((e) => e.date === '2024-07-03' && e.sources.includes('01-wire'));
    expect(sinking.map((e) => e.sources)).toEqual([['01-wire', '03-broadcaster']]);
    const places = tl.entities.filter((e) => e.kind === 'place');
    expect(places.map((e) => e.name)).not.toContain('Latif');
    expect(places.find((e) => e.name === 'Selayar')?.aliases).toContain('Selayar island');
  });

  it('hostages freed: two outlets\' days of one abduction, the release on its own day, the charity\'s town in Switzerland', () => {
    const tl = timelineOf(storyTexts('hostages-freed'));
    expect(tl.discrepancies.filter((d) => d.id.startsWith('date-')).map((d) => [d.topic, d.values.map((v) => v.value)])).toEqual([
      ['date Mireille Dantou and Tomas Ekwall were abducted', ['2025-06-12', '2025-06-14']],
    ]);
    expect(tl.events.filter((e) => e.date === '2025-11-20').flatMap((e) => e.sources)).toEqual(expect.arrayContaining(['01', '04']));
    expect(tl.events.some((e) => e.date > '2025-11-23')).toBe(false);
    expect(tl.entities.find((e) => e.name === 'Geneva')).toMatchObject({ kind: 'place', lat: expect.closeTo(46.2, 1) });
    expect(tl.entities.filter((e) => e.kind === 'organization').map((e) => e.name)).toEqual(['Lumen Relief']);
  });

  it('senate vote: "passed the bill" and "approved the package" one event, water money compared, the senators\' states', () => {
    const tl = timelineOf(storyTexts('senate-vote'));
    expect(tl.events.find((e) => e.title.startsWith('The Senate passed'))?.sources).toEqual(['01', '02']);
    expect(valuesOf(tl)).toEqual(expect.arrayContaining([['$50 billion', '$55 billion']]));
    expect(tl.entities.filter((e) => e.kind === 'place').map((e) => e.name).sort()).toEqual(['Kansas', 'Oregon', 'Washington']);
  });

  it('junta talks: the bloc by its spelled-out name and acronym, the wire\'s own name nobody, two rounds held in the capital and a third announced', () => {
    const tl = timelineOf(storyTexts('junta-talks'));
    const names = (kind: string) => tl.entities.filter((e) => e.kind === kind).map((e) => e.name);
    expect(tl.entities.find((e) => e.name === 'Economic Community of West African States')).toMatchObject({ kind: 'organization', aliases: ['ECOWAS'] });
    expect(names('person')).not.toContain('Wirepost');
    // ("A third round of talks is due in Abuja on April 9", told on March 20.)
    expect(tl.rounds.map((r) => [r.number, r.date, r.status, r.placeName])).toEqual([[1, '2025-03-19', 'held', 'Niamey'], [2, '2025-03-26', 'held', 'Niamey'], [3, '2025-04-09', 'planned', 'Abuja']]);
  });

  it('mine blockade: the next round\'s announced venue is the one after "to meet", the dead counted apart by two outlets, the blockade\'s first day', () => {
    const tl = timelineOf(storyTexts('mine-blockade'));
    expect(tl.rounds.map((r) => [r.number, r.status, r.placeName])).toEqual([[1, 'held', 'Lima'], [2, 'held', 'Cusco']]);
    expect(tl.discrepancies.map((d) => d.topic)).toEqual(['protesters']);
    expect(tl.events.map((e) => e.date)).toContain('2025-06-02');
    // "the four men killed on Thursday", told on a Tuesday, were killed five days before, not two days after.
    expect(tl.events.map((e) => e.date)).not.toContain('2025-06-12');
    expect(tl.entities.filter((e) => e.kind === 'organization').map((e) => e.name).sort()).toEqual(['Antaccasa Valley Defence Front', 'Cobre Altoandino', 'Defensoría del Pueblo']);
  });

  it('heatwave: two outlets\' record temperatures rival, and their tolls of one day, but not the toll as it grows, a signed blockquote and interview answers attributed', () => {
    const tl = timelineOf(storyTexts('heatwave'));
    expect(valuesOf(tl)).toEqual([['15', 'At least 12'], ['46.0 °C', '46.2 °C']]);
    const quoted = tl.claims.filter((c) => c.kind === 'quote' && !c.speaker).map((c) => c.text);
    expect(quoted).toEqual([]);
    expect(tl.events.some((e) => e.title.startsWith('Saturday'))).toBe(false);
  });

  it('pilots\' pay talks: rounds recalled, announced, held and scheduled, and the strike\'s cancellations compared', () => {
    const tl = timelineOf(storyTexts('pilots-pay-talks'));
    expect(tl.rounds.map((r) => [r.number, r.date, r.status])).toEqual([[1, '2025-01-09', 'held'], [2, '2025-01-23', 'held'], [3, '2025-02-05', 'held'], [4, '2025-03-03', 'planned']]);
    expect(valuesOf(tl)).toEqual(expect.arrayContaining([['1,000', 'about 800'], ['130,000', 'some 100,000'], ['11 %', '12 %']]));
  });

  it('a museum heist: the jewels\' value in two outlets rivals, a senator "of the Republicans" and an empress by her given name are people', () => {
    const tl = timelineOf(storyTexts('museum-heist'));
    // (One outlet's 88 million, written two ways, once.)
    expect(valuesOf(tl)).toEqual([['88 million euros', '€102m']]);
    const people = tl.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Olivier Lambert', 'Adélaïde']));
  });

  it('diplomats expelled: one country\'s count rivals, the other country\'s is apart, and "MOSCOW, March 14." is a dateline', () => {
    const tl = timelineOf(storyTexts('diplomat-expulsions'));
    expect(valuesOf(tl)).toEqual([['seven', 'six']]);
    expect(tl.events.some((e) => /^MOSCOW\b/.test(e.title))).toBe(false);
    expect(tl.events.find((e) => e.date === '2024-03-14' && e.sources.includes('03-tass'))?.title).toMatch(/^Russia on Thursday ordered six Lithuanian diplomats/);
  });

  it('prisoner talks in rounds: a third recalled without its day, a fourth that opened and ended in a deal, a fifth announced', () => {
    const tl = timelineOf(storyTexts('detainee-exchange'));
    expect(tl.rounds.map((r) => [r.number, r.date, r.status, r.placeName])).toEqual([[3, null, 'held', 'Muscat'], [4, '2025-09-08', 'held', 'Oman'], [5, null, 'planned', 'Muscat']]);
    expect(tl.entities.filter((e) => e.kind === 'organization').map((e) => e.name)).not.toContain('Houthi-allied');
    // Prisoners a deal frees are no tally that grows by the day: two days apart, the counts still rival.
    expect(valuesOf(tl)).toContainEqual(['34', '35']);
  });

  it('a shooting told AP style: titled names, a bureau listing its fields, a "… Springs" town', () => {
    const tl = timelineOf(storyTexts('bowling-shooting'));
    const named = (kind: string) => tl.entities.filter((e) => e.kind === kind).map((e) => e.name);
    expect(named('person')).toContain('Warren Hale');
    expect(named('organization')).toEqual(expect.arrayContaining(['Bureau of Alcohol, Tobacco, Firearms and Explosives', 'State Police']));
    expect(named('place')).toContain('Eagle Springs');
  });

  it('a presidential vote: double family names make one person each, the vote shares of two outlets rival', () => {
    const tl = timelineOf(storyTexts('presidential-vote'));
    expect(tl.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Mariela Gallardo Ortiz', 'Inés Ramírez Luna', 'Andrés Olvera Paredes']);
    expect(valuesOf(tl)).toEqual([['59.4 %', 'about 58 %']]);
  });
});

describe('timeline: costs of different things', () => {
  const dated = (body: string) => `Headline\n\nPublished: 7 November 2025\n\n${body}`;
  it('sets no cost of a strike against the cost of the deal that ends it, but two outlets\' costs of one strike against each other', () => {
    const apart = timelineOf({ a: dated('Analysts said the two-day strike would cost the airline 60 million euros.'), b: dated('Jane Roe said the deal would cost the airline 140 million euros.') });
    expect(valuesOf(apart)).toEqual([]);
    const rivals = timelineOf({ a: dated('Analysts said the two-day strike would cost the airline 60 million euros.'), b: dated('Jane Roe said the strike would cost the airline 40 million euros.') });
    expect(valuesOf(rivals)).toEqual([['40 million euros', '60 million euros']]);
  });
});

describe('timeline: "the airline said" after two companies', () => {
  it('takes the company whose name says it is an airline, not the planemaker named first', () => {
    const tl = timelineOf({ a: 'Jet loses window\n\nPublished: 4 January 2025\n\nInvestigators on Saturday examined the jet built by Corvane Industries that lost a window, as Velmar Air grounded eight similar aircraft. The airline said 174 passengers and six crew were on board.' });
    expect(tl.claims.find((c) => c.text.startsWith('174 passengers'))?.speakerName).toBe('Velmar Air');
  });
});

describe('timeline: a toll one source raised and another source put lower', () => {
  it('sets "has risen to 11, doctors said" against "the ministry, now run by the army, put the toll at three"', () => {
    const tl = timelineOf({ a: 'Protest toll\n\nPublished: 2 November 2021\n\nThe death toll from Saturday\'s protests has risen to 11, the Velmar Doctors Committee said on Monday. The health ministry, now controlled by the army, put the toll at three.' });
    expect(valuesOf(tl)).toEqual([['11', 'three']]);
  });

  it('sets a death toll against the number of people killed that another outlet gives for the same day', () => {
    const tl = timelineOf({
      a: 'Blast\n\nPublished: 3 March 2025\n\nThe death toll from the blast in Tarvo rose to 12 on Monday, police said.',
      b: 'Blast\n\nPublished: 3 March 2025\n\nThe number of people killed in the blast in Tarvo rose to 14 on Monday, hospital officials said.',
    });
    expect(valuesOf(tl)).toEqual([['12', '14']]);
  });
});

describe('timeline: rounds told under headings, and a round recalled as the time of a deal', () => {
  const explainer = `---
title: "Velmar and Tarvonia talks: what we know"
date: 2025-03-20
source: Harbour Times
---

Negotiators from Velmar and Tarvonia have met three times since January.

## First round: Geneva, January 14

The delegations met for six hours at a hotel near Lake Geneva. Both sides agreed to a prisoner exchange.

## Second round: Vienna, February 11-12

The second round lasted two days. The two sides failed to agree on the withdrawal of troops.

## Third round: Istanbul, March 18

Turkey's foreign minister hosted the third round, which ended with a joint statement promising a ceasefire from April 1.
`;
  const wire = 'Ceasefire agreed\n\nISTANBUL, March 18 (Harbour Wire) - Velmar and Tarvonia agreed on Tuesday to a ceasefire from April 1, after a third round of talks hosted by Turkey.\n\nTarvonia\'s delegation head said prisoner exchanges agreed in the first round had been completed.';

  it('takes a heading\'s city and span of days for its round, and a later article\'s "agreed in the first round" for no session of round one', () => {
    const tl = timelineOf({ a: explainer, b: wire });
    expect(tl.rounds.map((r) => [r.number, r.date, r.endDate ?? null, r.status, r.placeName])).toEqual([
      [1, '2025-01-14', null, 'held', 'Geneva'],
      [2, '2025-02-11', '2025-02-12', 'held', 'Vienna'],
      [3, '2025-03-18', null, 'held', 'Istanbul'],
    ]);
  });
});

describe('timeline: rounds of pay talks called meetings', () => {
  it('takes "the four-hour meeting ended without a deal" for a round held, and "began on Wednesday and ended … Friday" for its span', () => {
    const tl = timelineOf({
      a: 'Nurses and board hold first talks\n\nPublished: 3 June 2025\n\nLeaders of the Velmar Nurses\' Union met hospital managers for the first time on Monday to avert a strike, but the four-hour meeting ended without a deal.\n\nBoth sides agreed to meet again on Thursday.',
      b: 'Second round of pay talks ends in deadlock\n\nPublished: 6 June 2025\n\nTalks between the Velmar Nurses\' Union and the Velmar Hospitals Trust broke down on Thursday after a second round that lasted more than nine hours, union officials said.',
      c: 'Nurses call off strike\n\nPublished: 14 June 2025\n\nThe Velmar Nurses\' Union called off next week\'s strike on Friday after reaching a pay deal in a third round of talks that began on Wednesday and ended in the early hours of Friday.',
    });
    expect(tl.rounds.map((r) => [r.number, r.date, r.endDate ?? null, r.status])).toEqual([
      [1, '2025-06-02', null, 'held'],
      [2, '2025-06-05', null, 'held'],
      [3, '2025-06-11', '2025-06-13', 'held'],
    ]);
  });
});

describe('timeline: a headline\'s count and a toll that grew the next day', () => {
  it('dates an undated headline\'s count by its lead, and reads "killing nine people and damaging homes" as deaths', () => {
    const tl = timelineOf({
      a: 'Magnitude 6.4 earthquake strikes Tarvo, killing at least 9\n\nTARVO, Aug 12 (Harbour Wire) - A magnitude 6.4 earthquake struck on Monday, killing at least nine people and damaging hundreds of homes, officials said.',
      b: 'Quake toll rises\n\nPublished: 13 August 2025\n\nThe death toll from Monday\'s earthquake has risen to 12, the civil defence agency said on Tuesday.',
    });
    expect(valuesOf(tl)).toEqual([]);
  });
});

describe('timeline: the price of a takeover told two ways', () => {
  it('sets "agreed to buy X for $4.2 billion" against "the planned $4.1 billion takeover of X"', () => {
    const tl = timelineOf({
      a: 'Deal\n\nPublished: 24 February 2025\n\nHarlow Soft said on Monday it had agreed to buy smaller rival Velmarix for $4.2 billion in cash.',
      b: 'Deal\n\nPublished: 26 February 2025\n\nHarlow Soft\'s planned $4.1 billion takeover of Velmarix could draw scrutiny from regulators, lawyers said on Tuesday.',
    });
    expect(valuesOf(tl)).toEqual([['$4.1 billion', '$4.2 billion']]);
  });
});

describe('timeline: a day in a participle set off after a noun', () => {
  it('dates the next sentence by the article\'s news, not by "passed by parliament on March 4"', () => {
    const tl = timelineOf({ c: 'Ban\n\nPublished: 10 March 2025\n\nThe ban, passed by the Velmar parliament on March 4, takes effect in June. Harlow Media said it would challenge the law in court.' });
    expect(tl.events.find((e) => e.title.startsWith('Harlow Media'))?.date).toBe('2025-03-10');
  });
});

describe('timeline: sources named by their kind, and rates told after their unit', () => {
  it('sets "according to the government" against a named source in one article', () => {
    const tl = timelineOf({ a: 'Rescue\n\nPublished: 2 April 2024\n\nThe rescue cost about $20 million, according to the government. Rescue coordinator Jane Roe put the figure at $18 million.' });
    expect(valuesOf(tl)).toEqual([['$18 million', 'about $20 million']]);
  });

  it('sets no rate "per hour" against a rate "a year" when the unit stands between number and span', () => {
    const tl = timelineOf({ a: 'Plant\n\nPublished: 15 March 2011\n\nReadings of 300 microsieverts per hour were taken at the gate, the government said. A dose above 50 microsieverts a year raises the risk of illness, according to the Harlow Radiation Board.' });
    expect(valuesOf(tl)).toEqual([]);
  });
});

describe('timeline: a claim about a day to come', () => {
  it('dates "said the strike would go ahead on June 16" by when it was said', () => {
    const tl = timelineOf({ b: 'Talks fail\n\nPublished: 6 June 2025\n\nTalks broke down on Thursday. Jane Roe, the union\'s general secretary, said a 48-hour strike would go ahead on June 16 unless the trust returned with a better offer.' });
    expect(tl.claims.find((c) => c.kind === 'paraphrase')?.date).toBe('2025-06-05');
  });
});

describe('timeline: a mishap recalled by a sentence about what comes of it', () => {
  it('keeps the warning\'s day as the article\'s news, not the mishap\'s', () => {
    const tl = timelineOf({ b: 'Satellite loss\n\nPublished: 13 November 2025\n\nThe loss of the Velsat satellite on Tuesday will leave a gap in weather observations until 2027, scientists warned on Wednesday.\n\nThe agency\'s member states will discuss funding at a meeting in Harlow later this month.' });
    expect(tl.events.find((e) => e.title.startsWith('The agency'))?.date).toBe('2025-11-12');
  });
});
