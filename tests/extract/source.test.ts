import { describe, expect, it } from 'vitest';
import { extractTexts } from '../helpers.js';

describe('source and credits', () => {
  it('takes no outlet from a byline that gives the writer\'s job', () => {
    const [r] = extractTexts({ a: 'Ruling\n\nBy Clara Whitmore, Legal Affairs Correspondent\n\nJune 27, 2025\n\nThe court upheld the ban on Friday.' });
    expect(r.source).toBe('Unknown source');
    expect(r.byline).toBe('Clara Whitmore');
  });

  it('gives the writers a byline names, without "By", its stamp, its outlet or capitals', () => {
    const byline = (line: string) => extractTexts({ a: `Ruling\n\n${line}\n\nJune 27, 2025\n\nThe court upheld the ban on Friday.` })[0].byline;
    expect(byline('By Jane Roe | Published: June 27, 2025')).toBe('Jane Roe');
    expect(byline('By Jane Roe and Tomas Berg, Harbour Times')).toBe('Jane Roe and Tomas Berg');
    expect(byline('BY INES VARGA')).toBe('Ines Varga');
  });

  it('reads "Evening Post | 12 February 2025" under the headline as the outlet and the day, and drops the line', () => {
    const [r] = extractTexts({ a: 'Chief quits\n\nEvening Post | 12 February 2025\n\nJane Roe has resigned as chief executive of Harlow Group, the retailer said on Wednesday.' });
    expect([r.source, r.published, r.publishedHow]).toEqual(['Evening Post', '2025-02-12', 'stated']);
    expect(r.removed.map((x) => [x.reason, x.text])).toEqual([['date stamp', 'Evening Post | 12 February 2025']]);
  });

  it('reads the outlet from a dateline that names only it: "(Harbour Wire) - A child …"', () => {
    const [r] = extractTexts({ a: 'Child dies\n\nBy Tomas Berg\n\n(Harbour Wire) - A child has died of measles in Harlow County, officials said on Wednesday.\n\nFebruary 26, 2025' });
    expect(r.source).toBe('Harbour Wire');
    expect(r.mentions.map((m) => m.text)).not.toContain('Harbour Wire');
  });

  it('reads the outlet and the day from a dateline that writes the day before its month and year: "BRANTBY, 9 June 2025 (Harbour Wire) —"', () => {
    const [r] = extractTexts({ a: "Party loses majority\n\nBy Ana Kovac\n\nBRANTBY, 9 June 2025 (Harbour Wire) — Velmar's ruling party lost its majority in Sunday's election, officials said on Monday." });
    expect([r.source, r.published, r.publishedHow]).toEqual(['Harbour Wire', '2025-06-09', 'stated']);
    expect(r.sentences[1].text.startsWith('BRANTBY')).toBe(true);
  });

  it('reads the outlet and the day from a dateline with the place in ordinary case: "Brantby, 6 November 2025 (Harbour Wire) —"', () => {
    const [r] = extractTexts({ a: 'Pilots walk out\n\nBrantby, 6 November 2025 (Harbour Wire) — Pilots at Velmar Air began a strike on Thursday after talks broke down.' });
    expect([r.source, r.published, r.publishedHow]).toEqual(['Harbour Wire', '2025-11-06', 'stated']);
    expect(r.mentions.map((m) => m.text)).not.toContain('Harbour Wire');
    // ("Jane Roe (Velmar) - …": a name and a bracket with no dash after it is no dateline.)
    const [s] = extractTexts({ a: 'Pilots walk out\n\nPublished: 6 November 2025\n\nVelmar Air (VLA) said on Thursday that talks broke down.' });
    expect(s.source).not.toBe('VLA');
  });

  it('reads the agency an Indian dateline names with no dash: "Tarvo (Velmar), Jul 10 (PTI) A portion …"', () => {
    const [r] = extractTexts({ a: 'Bridge falls\n\nTarvo (Velmar), Jul 10 (PTI) A portion of a bridge collapsed on Wednesday morning, officials said.' });
    expect(r.source).toBe('PTI');
    const [s] = extractTexts({ a: 'Bridge falls | Harbour Times\n\nTarvo (Velmar), Jul 10 (PTI) A portion of a bridge collapsed on Wednesday morning, officials said.' });
    expect(s.credits).toEqual(['PTI']);
  });

  it('takes the outlet after a bar in a byline: "By Ines Varga | Harbour Gazette"', () => {
    const [r] = extractTexts({ a: 'Fire grows\n\nBy Ines Varga | Harbour Gazette\n\nPublished 2:15 PM PDT, August 4, 2025\n\nA wildfire north of Tarvo had burned about 8,500 acres by Monday, officials said.' });
    expect([r.source, r.byline]).toEqual(['Harbour Gazette', 'Ines Varga']);
  });

  it('splits a byline of names in capitals from the outlet after them: "By JANE ROE and TOMAS BERG Harbour Press"', () => {
    const [r] = extractTexts({ a: 'Fire grows\n\nBy JANE ROE and TOMAS BERG Harbour Press\n\nPublished 2:15 PM PDT, August 4, 2025\n\nA wildfire north of Tarvo had burned about 8,500 acres by Monday, officials said.' });
    expect([r.source, r.byline]).toEqual(['Harbour Press', 'Jane Roe and Tomas Berg']);
  });

  it('takes the outlet from front matter', () => {
    const [r] = extractTexts({ a: '---\ntitle: T\nsource: Harbour Times\ndate: 2022-01-02\n---\nThe port reopened.' });
    expect(r.source).toBe('Harbour Times');
  });

  it('finds an outlet that names itself and the agencies it credits', () => {
    const [r] = extractTexts({
      a: 'Port reopens\n\nPublished: 2 January 2022\n\nNORDWIRE learnt that the port reopened. The talks began at noon, CNN reported.\n\nFor all of NordWire\'s coverage, click here.\n\nWith reporting by Reuters, AP and AFP',
    });
    expect(r.source).toBe('NordWire');
    expect(r.credits).toEqual(['Reuters', 'AP', 'AFP', 'CNN']);
  });

  it('credits the agency a removed photo caption names, in brackets or not', () => {
    const [r] = extractTexts({ a: 'Port reopens\n\nPublished: 2 January 2022\n\nThe port reopened on Sunday.\n\n(Photo: Ferries at dawn in Port Harlow. Credit: Jane Roe/Lusa)\n\nThe union said the rise was unfair.' });
    expect(r.credits).toEqual(['Lusa']);
  });

  it('keeps a byline on the article, not among people', () => {
    const [r] = extractTexts({ a: 'Port reopens\n\nPublished: 2 January 2022\n\nThe port reopened on Sunday.\n\nMaria Lopez contributed to this report.' });
    expect(r.byline).toBe('Maria Lopez');
    expect(r.mentions.filter((m) => m.kind === 'person')).toEqual([]);
    expect(r.source).toBe('Unknown source');
  });
  it('reads the outlet from a copyright line, a dateline or the page title, never the words after it', () => {
    const outlet = (text: string) => extractTexts({ a: text })[0].source;
    expect(outlet('Port reopens\n\nPublished: 2 January 2022\n\nThe port reopened.\n\n© 2022 Harbour Times. All rights reserved.')).toBe('Harbour Times');
    expect(outlet('Port reopens\n\nVALPARAISO (Harbour Times) - The port reopened on Sunday.')).toBe('Harbour Times');
    expect(outlet('Port reopens after strike | Harbour Times\n\nThe port reopened on Sunday.')).toBe('Harbour Times');
    // Wire copy that names no other outlet is the agency's own.
    expect(extractTexts({ a: 'Port reopens\n\nVALPARAISO (Reuters) - The port reopened on Sunday.' })[0].source).toBe('Reuters');
    // …and a page that names its outlet only credits the agency.
    expect(extractTexts({ a: 'Port reopens | Harbour Times\n\nVALPARAISO (Reuters) - The port reopened on Sunday.' })[0]).toMatchObject({ source: 'Harbour Times', credits: ['Reuters'] });
  });
  it('reads the outlet from a dateline that abbreviates a state, and takes the dateline\'s date for no happening', () => {
    // 2024-09-11 is a Wednesday.
    const [r] = extractTexts({ a: 'Port reopens\n\nPublished: 11 September 2024\n\nATLANTA, Ga., Sept 11 (Harbour Wire) - The port reopened on Sunday after a week.' });
    expect(r.source).toBe('Harbour Wire');
    expect(r.dates.map((d) => [d.text, d.date])).toEqual([['on Sunday', '2024-09-08']]);
    expect(r.mentions.filter((m) => m.kind === 'place').map((m) => m.canonical ?? m.text)).toEqual(['Atlanta', 'Georgia']);
  });

  it('reads the outlet from a byline that adds where the writer files from', () => {
    const outlet = (text: string) => extractTexts({ a: text })[0].source;
    expect(outlet('Port reopens\nBy Ana Ruiz, Harbour News, Lisbon\n2 January 2022\n\nThe port reopened on Sunday.')).toBe('Harbour News');
    expect(outlet('Port reopens\nBy Ana Ruiz, Harbour Times\n2 January 2022\n\nThe port reopened on Sunday.')).toBe('Harbour Times');
  });

  it('reads the masthead line under a scraped headline as the outlet', () => {
    const outlet = (text: string) => extractTexts({ a: text })[0].source;
    expect(outlet('Storm hits the coast\nHarbour Herald\nOct. 25, 2023, 9:14 a.m. ET\n\nThe storm made landfall on Wednesday.')).toBe('Harbour Herald');
    expect(outlet('Storm hits the coast\nMarket Ledger\nOct. 25, 2023, 9:14 a.m. ET\n\nThe storm made landfall on Wednesday.')).toBe('Market Ledger');
    expect(outlet('Storm hits the coast\nSkip to content\nOct. 25, 2023\n\nThe storm made landfall on Wednesday.')).toBe('Unknown source');
    expect(outlet('Storm hits the coast\nQuayside Herald | Business\nOct. 25, 2023\n\nThe storm made landfall on Wednesday.')).toBe('Quayside Herald');
    // ("Harbour Daily live team": the outlet's own people credited under its name.)
    expect(outlet('Live: storm hits the coast\nHarbour Daily live team\nUpdated 25 October 2023\n\n09:05\nThe storm made landfall on Wednesday.')).toBe('Harbour Daily');
  });

  it('reads " - Site Name" after a page title when it names an outlet, and a dateline with its date', () => {
    const outlet = (text: string) => extractTexts({ a: text })[0].source;
    expect(outlet('Ferries resume - Coastal Herald\nCoastal Herald\nNews\n\nFerries sailed again on Sunday.')).toBe('Coastal Herald');
    expect(outlet('Ferries resume - what we know\n\nFerries sailed again on Sunday.')).toBe('Unknown source');
    expect(outlet('Ferries resume\n\nVALPARAISO, Sept 11 (Harbour Wire) - Ferries sailed again on Sunday.')).toBe('Harbour Wire');
  });
  it('takes the agency a dateline names for the outlet of wire copy that names no other, and ends the story at its credit line', () => {
    const [r] = extractTexts({ a: 'Bill passes\n\nPublished: 20 June 2024\n\nLAGOS, June 20 (Reuters) - The parliament passed the bill on Thursday.\n\nReporting by Jane Roe; Editing by John Doe\n\nOur Standards: The Trust Principles.' });
    expect(r.credits).toEqual([]);
    expect(r.source).toBe('Reuters');
  });

  it('takes the outlet from the line under the byline that gives the writer\'s job first', () => {
    const [r] = extractTexts({ a: 'Which trains are running?\nBy Tom Ellery\nBusiness reporter, Harbour News\nPublished\n4 November 2028\nDrivers are on strike on Saturday.' });
    expect(r.source).toBe('Harbour News');
    const [regional] = extractTexts({ a: 'Which trains are running?\nBy Tom Ellery\nHarbour News, Wales\nPublished\n4 November 2028\nDrivers are on strike on Saturday.' });
    expect(regional.source).toBe('Harbour News');
  });

  it('takes the name before the bar of a date stamp for the outlet, but not an agency\'s or a desk\'s', () => {
    const outlet = (stamp: string) => extractTexts({ a: `Runner welcomed home\n${stamp}\nFans greeted the runner on Wednesday, officials said.` })[0].source;
    expect(outlet('Harbour Sport | Published: 30 September 2026')).toBe('Harbour Sport');
    expect(outlet('IANS | Updated: Jul 9, 2025, 06:12 IST')).toBe('Unknown source');
    expect(outlet('Sports Desk | Published: 30 September 2026')).toBe('Unknown source');
  });

  it('takes the outlet from a dateline that gives only the date ("March 3 (Harbour Wire) - …")', () => {
    const [r] = extractTexts({ a: 'Velmar firm buys rival\nMarch 3 (Harbour Wire) - Velmar Systems said on Monday it had agreed to buy a rival.' });
    expect(r.source).toBe('Harbour Wire');
  });

  it('takes the outlet after the bar of a stamp that starts with the date, but not a section', () => {
    const outlet = (stamp: string) => extractTexts({ a: `Runner welcomed home\n${stamp}\nBy Jane Roe\nFans greeted the runner on Wednesday, officials said.` })[0].source;
    expect(outlet('September 30, 2026 | Harlow Public Radio')).toBe('Harlow Public Radio');
    expect(outlet('30 September 2026 · Tarvo Evening Post')).toBe('Tarvo Evening Post');
    expect(outlet('September 30, 2026 | World News')).toBe('Unknown source');
    expect(outlet('September 30, 2026 | Sport')).toBe('Unknown source');
  });
});
