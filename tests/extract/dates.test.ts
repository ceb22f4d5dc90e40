import { describe, expect, it } from 'vitest';
import { datesInSentence, directionAt, extractDates } from '../../src/extract/dates.js';
import { inferPublicationDate, numericDate, statedPublicationDate } from '../../src/extract/publication-date.js';
import { extractArticles, publicationDates } from '../../src/extract/extract-articles.js';
import { prepareArticle } from '../../src/extract/prepare.js';
import { cleanText } from '../helpers.js';

const sentence = (text: string) => ({ index: 0, anchor: 's1', text, paragraph: 0, offset: 0, start: { line: 1, column: 1 } });
const datesOf = (text: string, published: string) => datesInSentence(sentence(text), published).map((d) => [d.text, d.date]);

describe('dates in text', () => {
  it('reads a weekday right before a past verb as past, whatever plan the sentence goes on to ("on Tuesday approved a plan to build …")', () => {
    expect(datesOf('The harbour authority on Tuesday approved a plan to build a second bridge, its chairwoman said.', '2025-05-14')).toEqual([['on Tuesday', '2025-05-13']]);
    expect(datesOf('Troops on Tuesday tried to retake the harbour from the rebels.', '2011-09-28')).toEqual([['on Tuesday', '2011-09-27']]);
    expect(datesOf('The ministers will on Tuesday approve a plan.', '2025-05-14')).toEqual([['on Tuesday', '2025-05-20']]);
  });

  it('takes a day something was set for ("set sentencing for Jan. 15") as possibly ahead of its setting, but "was sentenced on Jan. 15" as past', () => {
    expect(datesOf('Judge Ines Varga set sentencing for Jan. 15.', '2024-10-10')).toEqual([['Jan. 15', '2025-01-15']]);
    expect(datesOf('Tomas Berg was sentenced on Jan. 15.', '2024-10-10')).toEqual([['Jan. 15', '2024-01-15']]);
    // 2011-10-06 is a Thursday: the nearer Sunday is ahead, the one gone is the plan's.
    expect(datesOf('Jane Roe cancelled the ceremony, which had been scheduled for Sunday.', '2011-10-06')).toEqual([['Sunday', '2011-10-02']]);
  });

  it('reads "the next government" as a noun\'s, not the tense ("talks to form the next government broke down on Sunday"), and "will be announced" as to come', () => {
    // 2025-01-13 is a Monday.
    expect(datesOf("Talks to form Velmar's next federal government broke down on Sunday night after the liberals rejected a budget.", '2025-01-13')).toEqual([['on Sunday night', '2025-01-12']]);
    expect(datesOf('The next round will be announced on Sunday.', '2025-01-13')).toEqual([['on Sunday', '2025-01-19']]);
    expect(datesOf('The next round of talks will start on Sunday.', '2025-01-13')).toEqual([['on Sunday', '2025-01-19']]);
  });

  it('reads the day in "on the night of Sept. 14" and "on the evening of 14 September"', () => {
    expect(datesOf('The bars were taken on the night of Sept. 14 after a shipment arrived.', '2024-10-03')).toEqual([['Sept. 14', '2024-09-14']]);
    expect(datesOf('The bars were taken on the evening of 14 September.', '2024-10-03')).toEqual([['14 September', '2024-09-14']]);
    // 2026-02-12 is a Thursday.
    expect(datesOf('Engineers worked through the night on Thursday to shore up the wall.', '2026-02-12')).toEqual([['Thursday', '2026-02-12']]);
  });

  it('reads no day in "after 11 days of clashes": how long something lasted, not when', () => {
    expect(datesOf('The two agreed on Sunday to a ceasefire after 11 days of clashes that killed 230 people.', '2025-05-12')).toEqual([['on Sunday', '2025-05-11']]);
  });

  it('reads no day of the month in a count before "on Thursday" ("the toll rose to 10 on Thursday"), but keeps "May 10"', () => {
    expect(datesOf('The death toll rose to 10 on Thursday, hospital authorities said.', '2026-01-09')).toEqual([['on Thursday', '2026-01-08']]);
    expect(datesOf('The talks are set for May 10 in Tarvo.', '2026-01-09')).toEqual([['May 10', '2026-05-10']]);
  });

  it('reads a weekday after "is forecast for" or "expected on" ahead', () => {
    // 2024-09-03 is a Tuesday.
    expect(datesOf('Tomas Berg told our reporter that more rain is forecast for Wednesday night.', '2024-09-03')).toEqual([['Wednesday night', '2024-09-04']]);
    expect(datesOf('A verdict is expected on Friday.', '2024-09-03')).toEqual([['on Friday', '2024-09-06']]);
  });

  it('reads a bare weekday as the latest such day on or before publication', () => {
    // 2023-03-07 is a Tuesday: "on Thursday" is the 2nd, not the 9th.
    expect(datesOf('The army crossed the border on Thursday.', '2023-03-07')).toEqual([['on Thursday', '2023-03-02']]);
  });

  it('reads "an agreement reached late on Tuesday" as past, though the sentence plans ahead', () => {
    expect(datesOf('Ines Varga will return as chief executive under an agreement reached late on Tuesday.', '2023-11-22')).toEqual([['on Tuesday', '2023-11-21']]);
  });

  it('reads a weekday after an irregular past ("broke down on Monday") as past, though the sentence plans ahead', () => {
    expect(datesOf('Drivers will strike again in November after talks broke down on Monday.', '2028-10-03')).toEqual([['on Monday', '2028-10-02']]);
  });

  it('dates "three days after the river burst its banks" only from a day named before it, never from publication', () => {
    expect(datesOf('Three days after the River Velna burst its banks, Mayor Anne Lemaire stood in the square.', '2025-10-14')).toEqual([]);
    // 2025-10-13 is a Monday.
    expect(datesOf('The line reopened on Monday, six days after a train derailed.', '2025-10-14')).toEqual([['on Monday', '2025-10-13'], ['six days after', '2025-10-07']]);
  });

  it('reads a weekday after "agreed to meet" as the nearer one, like "would meet"', () => {
    // 2026-03-02 is a Monday: the Thursday they agreed to meet on is the 5th, not the 26th of February.
    expect(datesOf('The two sides agreed to meet again on Thursday in Porto, a spokesman said.', '2026-03-02')).toEqual([['on Thursday', '2026-03-05']]);
    expect(datesOf('The board vowed to reply on Tuesday.', '2026-03-02')).toEqual([['on Tuesday', '2026-03-03']]);
  });

  it('reads a weekday something is "expected on" as the nearer one, though the saying is past', () => {
    // 2025-08-06 is a Wednesday: the Thursday the weather is expected is the 7th.
    expect(datesOf('Fire officials said cooler weather expected on Thursday could help crews.', '2025-08-06')).toEqual([['on Thursday', '2025-08-07']]);
  });

  it('reads a weekday after a plan told in the past ("announced a plan to …") as the nearer one, and after "plans to" as ahead', () => {
    // 2025-10-26 is a Sunday: the Friday of the announcement is the 24th.
    expect(datesOf('The government announced a €500m plan to modernise security at museums on Friday.', '2025-10-26')).toEqual([['on Friday', '2025-10-24']]);
    expect(datesOf('The council unveiled plans to reopen the road on Friday.', '2025-10-26')).toEqual([['on Friday', '2025-10-24']]);
    expect(datesOf('The government plans to hold a vote on Friday.', '2025-10-26')).toEqual([['on Friday', '2025-10-31']]);
    expect(datesOf('The council has a plan to reopen the road on Friday.', '2025-10-26')).toEqual([['on Friday', '2025-10-31']]);
  });

  it('reads a weekday by its own clause told in the past, before a future in a later clause', () => {
    // 2025-11-21 is a Friday.
    expect(datesOf('The two were flown to Tarvo on Thursday evening and are expected to return home on Saturday.', '2025-11-21'))
      .toEqual([['on Thursday evening', '2025-11-20'], ['on Saturday', '2025-11-22']]);
    expect(datesOf('The pair landed in Harlow on Saturday and will fly on to Brantby on Sunday.', '2025-11-21'))
      .toEqual([['on Saturday', '2025-11-15'], ['on Sunday', '2025-11-23']]);
    // An adjective is no verb: "the long-delayed vote on Sunday will …" still looks ahead.
    expect(datesOf('The long-delayed vote on Sunday will decide the race.', '2025-11-21')).toEqual([['on Sunday', '2025-11-23']]);
  });

  it('dates a deed\'s noun ("the decision on Wednesday to raise rates caught …") by the first verb after it, not a later future', () => {
    // 2025-05-15 is a Thursday.
    expect(datesOf('The bank\'s decision on Wednesday to raise its key rate caught analysts off guard and will add 90 velm to repayments.', '2025-05-15')).toEqual([['on Wednesday', '2025-05-14']]);
    expect(datesOf('The meeting on Monday will be chaired by Jane Roe.', '2025-05-15')).toEqual([['on Monday', '2025-05-19']]);
  });

  it('puts a day told without a year in the past when the sentence is, even when next year\'s is nearer', () => {
    expect(datesOf('The siege began on May 2.', '2025-11-23')).toEqual([['May 2', '2025-05-02']]);
    expect(datesOf('Talks will resume on May 2.', '2025-11-23')).toEqual([['May 2', '2026-05-02']]);
  });

  it('takes the nearer year for the day of a plan, gone by or not ("The next launch had been planned for October 2")', () => {
    expect(datesOf('The next launch had been planned for October 2.', '2025-08-18')).toEqual([['October 2', '2025-10-02']]);
    expect(datesOf('The siege began on October 2.', '2025-08-18')).toEqual([['October 2', '2024-10-02']]);
  });

  it('reads "for 159 days" as how long, not a day counted from publication', () => {
    expect(datesOf('Tarvo, who was abducted on June 14, was held for 159 days, the ministry said.', '2025-11-23')).toEqual([['June 14', '2025-06-14']]);
    expect(datesOf('He was jailed on Monday for 30 days.', '2025-11-23')).toEqual([['on Monday', '2025-11-17']]);
  });

  it('reads a weekday in a sentence about the future forward', () => {
    expect(datesOf('The envoys will meet again on Monday.', '2023-03-07')).toEqual([['on Monday', '2023-03-13']]);
  });

  it('dates a weekday by the nearest cue: the saying in the past, the plan ahead', () => {
    // 2023-05-21 is a Sunday.
    expect(datesOf('A truce will take effect on Monday evening, the two governments said in a statement on Saturday.', '2023-05-21'))
      .toEqual([['on Monday evening', '2023-05-22'], ['on Saturday', '2023-05-20']]);
  });

  it('dates "signed by the army and the militia in Harlow late on Saturday, will take effect on Monday" back, then ahead', () => {
    // 2023-05-21 is a Sunday: the "and" between two nouns leaves "signed" the Saturday's verb.
    expect(datesOf('The truce, signed by envoys of the army and the militia in Harlow late on Saturday, will take effect on Monday.', '2023-05-21'))
      .toEqual([['on Saturday', '2023-05-20'], ['on Monday', '2023-05-22']]);
  });

  it('keeps a later clause\'s future off a weekday, and lets "next" and "last" say their own direction', () => {
    // 2022-10-03 is a Monday.
    expect(datesOf('The party won Saturday\'s election, results showed on Sunday, but it will need two partners.', '2022-10-03'))
      .toEqual([['Saturday', '2022-10-01'], ['on Sunday', '2022-10-02']]);
    // 2022-10-06 is a Thursday.
    expect(datesOf('The premier said the parties had agreed to meet again next Tuesday.', '2022-10-06')).toEqual([['next Tuesday', '2022-10-11']]);
    expect(datesOf('The premier said they will review what was agreed last Tuesday.', '2022-10-06')).toEqual([['last Tuesday', '2022-10-04']]);
  });

  it('reads "a truce starting on Monday" as the nearer Monday, whatever the tense of the sentence', () => {
    expect(datesOf('The sides agreed to a seven-day truce starting on Monday evening.', '2023-05-21')).toEqual([['on Monday evening', '2023-05-22']]);
    expect(datesOf('The strike, effective from Monday, closed every port.', '2023-05-24')).toEqual([['Monday', '2023-05-22']]);
  });

  it('reads "three days of mourning from Monday" after a decision as the nearer Monday, but a deed "from Friday" as past', () => {
    // Published on a Sunday: the Monday after is a day away, the one before six.
    expect(datesOf('The mayor announced three days of mourning from Monday.', '2025-06-15')).toEqual([['Monday', '2025-06-16']]);
    expect(datesOf('A curfew is in force from Friday.', '2025-06-12')).toEqual([['Friday', '2025-06-13']]);
    expect(datesOf('Soldiers entered the town from Friday.', '2025-06-11')).toEqual([['Friday', '2025-06-06']]);
  });

  it('reads a date written with dots day first: "12.02.2025" is 12 February', () => {
    expect(datesOf('The court ruled on 12.02.2025 that the plan was unlawful.', '2025-02-14')).toEqual([['12.02.2025', '2025-02-12']]);
    expect(datesOf('It opened on 3.11.2024.', '2025-02-14')).toEqual([['3.11.2024', '2024-11-03']]);
  });

  it('reads a weekday in a clause of its own told in the past as past, after a future main clause', () => {
    expect(datesOf("The two will meet in a runoff on April 28 after neither won a majority in Sunday's first round.", '2024-04-15')).toEqual([['April 28', '2024-04-28'], ['Sunday', '2024-04-14']]);
    expect(datesOf('The sides will meet again after the talks ended on Friday.', '2024-04-15')).toEqual([['on Friday', '2024-04-12']]);
  });

  it('reads the days British papers name by a word: "this morning", "last night", "yesterday"', () => {
    expect(datesOf('Nurses walked out this morning after talks collapsed last night.', '2023-04-11')).toEqual([['this morning', '2023-04-11'], ['last night', '2023-04-10']]);
    expect(datesOf('Ministers met the union yesterday.', '2023-04-11')).toEqual([['yesterday', '2023-04-10']]);
  });

  it('reads "March 4, 2024 / 10:12 AM / Updated 2 hours ago" as March 4, never as hours before some epoch', () => {
    const a = cleanText('Ferry service resumes\n\nMarch 4, 2024 / 10:12 AM / Updated 2 hours ago\n\nFerries sailed again, officials said.');
    expect(statedPublicationDate(a)?.date).toBe('2024-03-04');
    expect(a.removed.map((r) => r.reason)).toEqual(['date stamp']);
  });

  it('reads a stamp such as "Published 12/03/2026" the way nearer the days the other articles state', () => {
    const story = (stamp: string) => publicationDates([
      cleanText('Inmates escape\n\nPublished: 9 March 2026\n\nSeven inmates escaped on Monday.', 'a'),
      cleanText(`Fugitive arrested\n\nPublished ${stamp}\n\nPolice arrested one of the inmates on Thursday.`, 'b'),
    ]).map((d) => d.date);
    expect(story('12/03/2026')).toEqual(['2026-03-09', '2026-03-12']);
    expect(story('03/12/2026')).toEqual(['2026-03-09', '2026-03-12']);
    // Alone, it is read month first, as before.
    expect(publicationDates([cleanText('Fugitive arrested\n\nPublished 12/03/2026\n\nPolice arrested a man.', 'b')])[0].date).toBe('2026-12-03');
    // So is a line with no label, a time after it.
    const unlabelled = publicationDates([
      cleanText('Inmates escape\n\nPublished: 9 March 2026\n\nSeven inmates escaped on Monday.', 'a'),
      cleanText('Fugitive arrested\n\n12/03/2026 10:00:00 AM\n\nPolice arrested one of the inmates on Thursday.', 'b'),
    ]).map((d) => d.date);
    expect(unlabelled).toEqual(['2026-03-09', '2026-03-12']);
    expect(publicationDates([cleanText('Fugitive arrested\n\n12/03/2026 10:00:00 AM\n\nPolice arrested a man.', 'b')])[0]).toMatchObject({ date: '2026-12-03', how: 'stated' });
  });

  it('takes a publication date written in numbers only when one reading is a date', () => {
    expect(numericDate('27/04/2023')).toBe('2023-04-27');
    expect(numericDate('04.27.2023 14:02')).toBe('2023-04-27');
    expect(numericDate('03/04/2023')).toBeNull();
    // Dots and dashes are written day first.
    expect(numericDate('03.04.2023 14:05')).toBe('2023-04-03');
    expect(numericDate('03-04-2023')).toBe('2023-04-03');
    expect(numericDate('31/02/2023')).toBeNull();
    expect(statedPublicationDate(cleanText('Storm hits coast\n\nPublished: 12.03.2024 14:05\n\nA storm hit the coast on Tuesday.'))?.date).toBe('2024-03-12');
    expect(statedPublicationDate(cleanText('Storm hits coast\n\n12.03.2024 14:05\n\nA storm hit the coast on Tuesday.'))?.date).toBe('2024-03-12');
  });

  it('reads an unlabelled stamp just above the story under a long menu', () => {
    const menu = ['Home', 'World', 'Europe', 'Business', 'Sign in', 'Subscribe', 'World › Europe', 'Key points:', 'Ferries stop at Tarvo', 'Fares rise by a tenth', 'Talks resume on Monday', 'By Ines Varga in Tarvo', 'Sport', 'Weather', 'Friday 19 December 2025 16:20 CET'];
    const page = ['Harbour strike halts ferries', ...menu, 'Half of the ferries from Tarvo were cancelled on Friday as harbour workers began a three-day strike over pay, the operator said.'].join('\n');
    expect(statedPublicationDate(cleanText(page))?.date).toBe('2025-12-19');
  });

  it('ends a clause at a spaced hyphen, so a dateline\'s day keeps its own tense', () => {
    expect(directionAt('OSLO, Feb 15 (Harbour Wire) - Envoys ended talks, and agreed to meet again next week.', 6)).toBe('back');
  });

  it('reads "said they would … on Monday" as the Monday nearer to publication, either side', () => {
    // 2023-05-20 is a Saturday: the coming Monday is two days on, the last one five days back.
    expect(datesOf('A spokesman said the board would meet again on Monday.', '2023-05-20')).toEqual([['on Monday', '2023-05-22']]);
    // 2023-05-23 is a Tuesday: Monday was yesterday.
    expect(datesOf('A spokesman said the board would meet again on Monday.', '2023-05-23')).toEqual([['on Monday', '2023-05-22']]);
  });

  it('reads "expected to … Saturday" ahead, and "had been due to close on Friday" back', () => {
    // 2024-11-22 is a Friday, 2024-11-24 a Sunday.
    expect(datesOf('Talks are expected to run into Saturday.', '2024-11-22')).toEqual([['Saturday', '2024-11-23']]);
    expect(datesOf('The summit had been due to close on Friday.', '2024-11-24')).toEqual([['on Friday', '2024-11-22']]);
  });

  it('counts "the following day" and "two days later" from the day named before, not from publication', () => {
    const sentences = ['Talks opened in Geneva on Monday.', 'The following day, the envoys signed a truce.', 'Two days later, fighting resumed.'].map((text, index) => ({ ...sentence(text), index }));
    // 2024-03-07 is a Thursday: Monday is the 4th.
    expect(extractDates(sentences, '2024-03-07').map((d) => [d.text, d.date])).toEqual([['on Monday', '2024-03-04'], ['The following day', '2024-03-05'], ['Two days later', '2024-03-07']]);
    // "The previous day" likewise, once a day has been named; before that, from publication.
    const before = ['Troops left the town the previous day.', 'Talks opened in Geneva on Monday.', 'The previous day, the envoys arrived.'].map((text, index) => ({ ...sentence(text), index }));
    expect(extractDates(before, '2024-03-07').map((d) => d.date)).toEqual(['2024-03-06', '2024-03-04', '2024-03-03']);
  });

  it('resolves relative days and skips durations, spans and lower-case words', () => {
    expect(datesOf('They sat down for talks five days earlier.', '2023-03-07')).toEqual([['five days earlier', '2023-03-02']]);
    expect(datesOf('The meeting lasted for three hours.', '2023-03-07')).toEqual([]);
    expect(datesOf('It fired 50 missiles in the past five days.', '2023-03-07')).toEqual([]);
    expect(datesOf('Troops recaptured the town the previous day.', '2023-03-07')).toEqual([['the previous day', '2023-03-06']]);
    // 2023-03-08 is a Wednesday: "two days after" the dated clause is the Monday.
    expect(datesOf('Aid reached the town on Wednesday, two days after the bridge collapsed.', '2023-03-08')).toEqual([['on Wednesday', '2023-03-08'], ['two days after', '2023-03-06']]);
  });
});

describe('publication date', () => {
  it('prefers front matter, then a Published stamp over an Updated one', () => {
    expect(statedPublicationDate(cleanText('---\ndate: 2021-05-04\n---\nText.', 'a', 'md'))).toMatchObject({ date: '2021-05-04', how: 'front-matter' });
    const stamped = cleanText('Headline\n\nUpdated: 09:00 6 June 2021\n\nPublished: 18:30 5 June 2021\n\nText of the story.');
    expect(statedPublicationDate(stamped)).toMatchObject({ date: '2021-06-05', how: 'stated' });
  });

  it('infers a date from the calendar date an article tells as today, with the year from the corpus', () => {
    const a = cleanText('Strike spreads\n\nOn June 3, workers walked out. Late on June 3, police arrived; on June 2 talks had failed.');
    expect(inferPublicationDate(a, ['2021-06-05'])).toMatchObject({ date: '2021-06-03', how: 'inferred' });
  });

  it('infers a weekday-only article from the dates of the others', () => {
    const dates = publicationDates([
      cleanText('A\n\nPublished: 10 March 2021\n\nText.', 'a'),
      cleanText('B\n\nThe summit ended Tuesday without a deal. Leaders arrived Monday.', 'b'),
    ]);
    expect(dates[1]).toMatchObject({ date: '2021-03-09', how: 'inferred' });
  });

  it('finds a stamp under menus, with the time before the date', () => {
    const a = cleanText(['Ferry strike ends | Harbour Times', 'Skip to main content', 'Menu', 'World', 'Business', 'Sport', 'Advertisement', 'Ferry strike ends', 'By Ana Ruiz', 'Published 6:42 PM GMT+3, May 6, 2023', 'Ferries sailed again on Saturday.'].join('\n'));
    expect(statedPublicationDate(a)).toMatchObject({ date: '2023-05-06', how: 'stated' });
  });

  it('does not take the day a thing was set for ("set sentencing for Jan. 22") for an undated article\'s today', () => {
    const dates = publicationDates([
      cleanText('A\n\nPublished: 1 December 2025\n\nThe trial of the former treasurer of Harlow County opened on Monday.', 'a'),
      cleanText('B\n\nA federal jury on Thursday convicted the former treasurer of Harlow County of fraud. The judge set sentencing for Jan. 22.', 'b'),
    ]);
    expect(dates[1]).toMatchObject({ date: '2025-12-04', how: 'inferred' });
  });

  it('does not take a date the article looks back to ("since April 15") for its today', () => {
    const dates = publicationDates([
      cleanText('A\n\nPublished: 21 May 2023\n\nA truce was agreed on Saturday.', 'a'),
      cleanText('B\n\nThe truce took effect on Monday night. At least 800 people have been killed since the fighting began on April 15.', 'b'),
    ]);
    expect(dates[1]).toMatchObject({ date: '2023-05-22', how: 'inferred' });
  });

  it('reads the day from the article\'s web address when the front matter has no date', () => {
    const a = cleanText('---\ntitle: Port reopens\nurl: https://example.org/news/2024/03/14/port-reopens\n---\nThe port reopened on Thursday.', 'a', 'md');
    expect(statedPublicationDate(a)).toMatchObject({ date: '2024-03-14', how: 'front-matter' });
    const b = cleanText('---\ntitle: Port reopens\nurl: https://example.org/news/2024/13/40/x\n---\nThe port reopened.', 'b', 'md');
    expect(statedPublicationDate(b)).toBeNull();
  });

  it('gives null when nothing dates the article', () => {
    const dates = publicationDates([cleanText('Harbour strike\n\nDock workers stayed off the job.', 'x')]);
    expect(dates[0]).toMatchObject({ date: null, how: 'unknown' });
  });
});

describe('ordinal days', () => {
  it('dates "the fifth day of the invasion" from the start another article states', async () => {
    const { extractTexts } = await import('../helpers.js');
    const [a, b] = extractTexts({
      a: 'Siege\n\nPublished: 12 April 2021\n\nThe army invaded the province on Thursday, officials said.',
      b: 'Siege goes on\n\nPublished: 13 April 2021\n\nShelling continued on the fifth day of the invasion.',
    });
    expect(a.dates.map((d) => d.date)).toEqual(['2021-04-08']);
    expect(b.dates.find((d) => d.text.startsWith('fifth day'))?.date).toBe('2021-04-12');
  });
});

describe('publication date: stamp formats', () => {
  it.each([
    ['Published: March 4, 2022', '2022-03-04'],
    ['Updated 3:45 PM EST, Fri March 4, 2022', '2022-03-04'],
    ['Posted on 2022-03-04 10:00', '2022-03-04'],
    ['4 March 2022 | 12:20', '2022-03-04'],
    ['By Jane Roe, Associated Press | March 4, 2022', '2022-03-04'],
    ['Last modified on Fri 4 Mar 2022 13.02 GMT', '2022-03-04'],
  ])('reads "%s"', (stamp, date) => {
    expect(statedPublicationDate(cleanText(`Headline here\n\n${stamp}\n\nThe talks resumed on Friday in Geneva.`))).toMatchObject({ date, how: 'stated' });
  });

  it('does not take a dated sentence of the story for a stamp', () => {
    expect(statedPublicationDate(cleanText('Headline here\n\nThe talks resumed on March 4, 2022 in Geneva.'))).toBeNull();
  });
});

describe('time zones', () => {
  it('reads a stamp with a time as the day it was in the site\'s time zone', () => {
    const a = cleanText('Headline here\n\nPublished: 01:30 GMT 4 March 2022\n\nThe talks resumed on Friday in Geneva.');
    expect(statedPublicationDate(a)?.date).toBe('2022-03-04');
    expect(statedPublicationDate(a, 'America/New_York')?.date).toBe('2022-03-03');
  });

  it('reads a stamp as the day it prints when no zone is set', () => {
    const a = cleanText('Headline here\n\nPublished Nov. 14, 2024 at 7:05 p.m. ET\n\nThe two sides swapped prisoners on Thursday.');
    expect(statedPublicationDate(a)?.date).toBe('2024-11-14');
    expect(statedPublicationDate(a, 'UTC')?.date).toBe('2024-11-15');
  });

  it('reads weekdays the same way in any zone', () => {
    expect(datesOf('The army crossed the border on Thursday.', '2023-03-07')).toEqual([['on Thursday', '2023-03-02']]);
    expect(datesInSentence(sentence('The army crossed the border on Thursday.'), '2023-03-07', 'Pacific/Kiritimati').map((d) => d.date)).toEqual(['2023-03-02']);
    expect(datesInSentence(sentence('The army crossed the border on Thursday.'), '2023-03-07', 'America/Los_Angeles').map((d) => d.date)).toEqual(['2023-03-02']);
  });
});

describe('dates read once per article', () => {
  const input = { file: 'a.md', id: 'a', format: 'md' as const, text: '---\ndate: 2023-05-05\n---\n\nThe ministers met in Geneva on Monday. They meet again on May 20.\n' };

  it('reads an article\'s dates in preparation against its stated date, and the corpus stage keeps them', () => {
    const prepared = prepareArticle(input, 'UTC');
    expect(prepared.parts!.datesAt).toMatchObject({ published: '2023-05-05', zone: 'UTC' });
    expect(prepared.parts!.datesAt!.dates.map((d) => d.date)).toEqual(['2023-05-01', '2023-05-20']);
    const [record] = extractArticles([prepared.clean!], [prepared.parts!]).records;
    expect(record.dates).toEqual(prepared.parts!.datesAt!.dates);
  });

  it('reads them again when the publication date or the time zone differs from the prepared one', () => {
    const prepared = prepareArticle(input, 'UTC');
    const moved = { ...prepared.clean!, frontMatter: { ...prepared.clean!.frontMatter, date: '2023-05-12' } };
    const [record] = extractArticles([moved], [prepared.parts!]).records;
    expect(record.dates.map((d) => d.date)).toEqual(['2023-05-08', '2023-05-20']);
    const stale = { ...prepared.parts!, datesAt: { ...prepared.parts!.datesAt!, dates: [] } };
    expect(extractArticles([prepared.clean!], [stale], 'Asia/Tokyo').records[0].dates).toHaveLength(2);
  });
});

describe('a publication date far after the others', () => {
  const warnings = (dates: string[]) => extractArticles(dates.map((d, i) => cleanText(`Story\n\nPublished: ${d}\n\nThe port reopened on Monday.`, `a${i}`)), undefined).messages.filter((m) => m.id === 'load/future-date').map((m) => m.detail);
  it('warns of a date about a year after every other (a mistyped year), not of a follow-up months later', () => {
    expect(warnings(['12 March 2025', '8 July 2025'])).toEqual([]);
    expect(warnings(['12 March 2025', '14 March 2025', '13 March 2026'])).toEqual(['2026-03-13 (others end 2025-03-14)']);
  });
});

describe('publication date from a wire dateline', () => {
  it('reads "CITY | Mon Jun 6, 2011 5:16 pm BST" in the first paragraphs, the day as written', () => {
    const a = cleanText('Headline\n\nA caption for the photo, March 21, 2011.\n\nCredit: Reuters TV By Jane Roe SANAA | Tue Mar 22, 2011 11:31 pm EDT SANAA (Reuters) - The president said on Tuesday he would stay.');
    expect(statedPublicationDate(a, 'UTC')).toMatchObject({ date: '2011-03-22', how: 'stated' });
    const b = cleanText('Headline\n\nZHUKOVSKY, Russia | Wed Aug 17, 2011 12:26 pm EDT ZHUKOVSKY, Russia (Reuters) - Russia will sell arms.');
    expect(statedPublicationDate(b, 'UTC')?.date).toBe('2011-08-17');
    expect(statedPublicationDate(cleanText('Headline\n\nPARIS (Reuters) - A ruler unleashed his forces on Friday.'), 'UTC')).toBeNull();
  });
});

describe('publication date inferred in a story covered for months', () => {
  const months = ['2011-03-15', '2011-06-01', '2011-09-01', '2011-11-20'];

  it('takes a calendar date told as today anywhere in the corpus span, not only near its middle', () => {
    const a = cleanText('Headline\n\nBERLIN, Nov 17 (Reuters) - Ministers met on Thursday to rethink the bank rule.');
    expect(inferPublicationDate(a, months, true, 'UTC')).toMatchObject({ date: '2011-11-17', how: 'inferred' });
  });

  it('keeps a dateline\'s day far from the other articles, in the year its lead\'s weekday fits, over days the story mentions', () => {
    // 2024-09-09 is a Monday, 2025-09-09 a Tuesday; the others came out in February and April 2025.
    const a = cleanText('Headline\n\nLAUSANNE, Switzerland, Sept 9 (Harbour Wire) - Sprinter Jane Roe has been banned, the unit said on Monday.\n\nHer ban is backdated to May 2 and she loses all results since April 14.');
    expect(inferPublicationDate(a, ['2025-02-18', '2025-04-01'], true, 'UTC')).toMatchObject({ date: '2024-09-09', how: 'inferred' });
  });

  it('does not guess the week of a lone weekday when the corpus spans months', () => {
    const a = cleanText('Headline\n\nPARIS (Reuters) - Ministers met on Thursday.');
    expect(inferPublicationDate(a, months, true, 'UTC').date).toBeNull();
    expect(inferPublicationDate(a, ['2011-03-01', '2011-03-05'], true, 'UTC').date).toBe('2011-03-03');
  });
});

describe('dates: plans and the nouns they name', () => {
  // 2025-06-08 is a Sunday; 2025-06-10 a Tuesday.
  it('reads "invited … to talks on Monday" as the Monday nearest publication, like "agreed to meet"', () => {
    expect(datesOf('The premier called the measure necessary and invited community leaders to talks in Harlow on Monday.', '2025-06-08')).toEqual([['on Monday', '2025-06-09']]);
  });

  it('reads a participle right before the day ("the men killed on Thursday") as past, whatever the sentence plans', () => {
    expect(datesOf('The government agreed to pay compensation to the families of the four men killed on Thursday.', '2025-06-10')).toEqual([['on Thursday', '2025-06-05']]);
    // A plan's participle and a verb after "be" keep the plan's reading.
    expect(datesOf('The two sides agreed to meet again on Thursday.', '2025-06-10')).toEqual([['on Thursday', '2025-06-12']]);
    expect(datesOf('He said the ministers would be freed on Thursday.', '2025-06-10')).toEqual([['on Thursday', '2025-06-12']]);
  });
});

describe('dates: comparisons and limits', () => {
  // 2025-07-18 is a Friday; 2025-07-16 a Wednesday.
  it('reads "a day earlier than planned" as a comparison, not a day', () => {
    expect(datesOf('The agency lifted its alert on Friday afternoon, a day earlier than planned.', '2025-07-18')).toEqual([['on Friday afternoon', '2025-07-18']]);
  });

  it('reads a limit told in the present ("in force until Friday") as ahead, one told in the past as behind', () => {
    expect(datesOf('Red alerts are in force in three regions until Friday.', '2025-07-16')).toEqual([['Friday', '2025-07-18']]);
    expect(datesOf('The road stayed shut until Friday.', '2025-07-16')).toEqual([['Friday', '2025-07-11']]);
  });

  it('reads a deadline for a deed to come ("threatening to publish the files by Friday") as ahead, and one that had passed as behind', () => {
    // 2025-07-14 is a Monday.
    expect(datesOf('The gang demanded $10 million, threatening to publish the files by Friday, the firm said on Monday.', '2025-07-14')).toEqual([['Friday', '2025-07-18'], ['on Monday', '2025-07-14']]);
    expect(datesOf('By Friday, rescuers had managed to reach the village.', '2025-07-14')).toEqual([['Friday', '2025-07-11']]);
  });
});

describe('dates: times given again in another zone', () => {
  it('reads "(2210 GMT Tuesday)" after a local time as that time again, not a day of its own', () => {
    expect(datesOf('The missile was launched at 7:10 a.m. (2210 GMT Tuesday) and flew 1,000 km.', '2025-10-08')).toEqual([]);
    expect(datesOf('The quake struck at 3:15 a.m. on Sunday (1815 GMT Saturday).', '2025-10-08')).toEqual([['at 3:15 a.m. on Sunday', '2025-10-05']]);
  });
});

describe('dates: days declared', () => {
  // 2025-06-16 is a Monday.
  it('reads the day in "declared Tuesday a day of national mourning" as the one to come', () => {
    expect(datesOf('The prime minister declared Tuesday a day of national mourning.', '2025-06-16')).toEqual([['Tuesday', '2025-06-17']]);
    expect(datesOf('The government declared Friday a public holiday.', '2025-06-16')).toEqual([['Friday', '2025-06-20']]);
  });
});

describe('dates: "the day before yesterday"', () => {
  it('reads the phrase whole, not also as "the day before" another day', () => {
    expect(datesOf('The attack happened the day before yesterday, police said.', '2025-03-12')).toEqual([['the day before yesterday', '2025-03-10']]);
  });
});

describe('dates: a weekday of last or next week', () => {
  it('reads "on Monday last week" and "Friday of next week" in the weeks around publication', () => {
    expect(datesOf('The deal was signed on Monday last week.', '2025-03-12')).toEqual([['on Monday last week', '2025-03-03']]);
    expect(datesOf('Talks resume on Friday of next week.', '2025-03-12')).toEqual([['on Friday of next week', '2025-03-21']]);
  });
});

describe('dates: a market\'s close on a weekday', () => {
  it('reads "a premium to its closing price on Friday" in a sentence about the future as the Friday gone by', () => {
    expect(datesOf('Harlow Soft will pay $38 per share, a 27% premium to Velmarix\'s closing price on Friday.', '2025-02-24')).toEqual([['on Friday', '2025-02-21']]);
  });
});

describe('dates: a weekday\'s short form inside a name', () => {
  it('reads no day in "the Velsat-Sat 4 satellite", but "Sat 15 Nov." is a day', () => {
    expect(datesOf('The rocket was carrying the 2.1-tonne Velsat-Sat 4 satellite.', '2025-11-12')).toEqual([]);
    expect(datesOf('The launch slipped to Sat 15 Nov.', '2025-11-12')).toEqual([['Sat 15 Nov.', '2025-11-15']]);
  });
});

describe('dates: a mishap named with its day in a sentence about what comes of it', () => {
  it('reads "the loss of the satellite on Tuesday will leave a gap" as the Tuesday gone by, and a launch to come ahead', () => {
    expect(datesOf('The loss of the satellite on Tuesday will leave a gap in observations.', '2025-11-13')).toEqual([['on Tuesday', '2025-11-11']]);
    expect(datesOf('The launch of the satellite on Tuesday will be watched live.', '2025-11-13')).toEqual([['on Tuesday', '2025-11-18']]);
  });
});
