import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/clean-article.js';
import { splitSentences } from '../src/clean/sentences.js';
import { parseArticle } from '../src/load/parse-article.js';

const load = (text: string) => cleanArticle(parseArticle({ file: 'f.txt', id: 'f', format: 'txt', text }).article!);
/** Cleans the lines as one page and checks the paragraphs kept and why each other line went. */
const expectCleaned = (lines: string[], kept: string[], reasons: string[]): void => {
  const a = load(lines.join('\n\n'));
  expect(a.paragraphs.map((p) => p.text)).toEqual(kept);
  expect(a.removed.map((r) => r.reason)).toEqual(reasons);
};

describe('clean', () => {
  const article = load(readFileSync(new URL('./fixtures/clean/boilerplate.txt', import.meta.url), 'utf8'));
  const kept = article.paragraphs.map((p) => p.text).join('\n');

  it('takes the writer\'s beat on the line under the byline away, however far down the byline stands', () => {
    const lines = ['Dam cracks after rain', 'Home', 'News', 'World', 'Business', 'Sport', 'Subscribe', 'By Jane Roe', 'Environment Correspondent', 'Engineers worked through the night to shore up the wall.'];
    const cleaned = load(lines.join('\n'));
    expect(cleaned.removed.filter((r) => r.reason === 'byline').map((r) => r.text)).toEqual(['By Jane Roe', 'Environment Correspondent']);
    expect(cleaned.paragraphs.map((p) => p.text)).toEqual(['Dam cracks after rain', 'Engineers worked through the night to shore up the wall.']);
  });

  it('removes scraped page furniture by its shape', () => {
    for (const junk of ["Your browser doesn't support", 'LOADINGERROR', 'SEE ALSO:', 'River Levels Reach Record', 'Live Briefing', 'click here', 'Getty Images', 'Popular in the Community', 'Close', "What's Hot"]) {
      expect(kept).not.toContain(junk);
    }
    expect(article.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['video fallback', 'video title', 'all-caps page furniture', 'teaser', 'promo heading', 'promo', 'photo credit', 'repeated line', 'byline', 'trailing site furniture']));
  });

  it('keeps the story text, once', () => {
    expect(kept).toContain('Flood waters rose along the Danube on Tuesday');
    expect(kept.match(/Rescue teams used boats/g)).toHaveLength(1);
  });

  it('gives every sentence an anchor and its line in the file', () => {
    const s = article.sentences.find((x) => x.text.startsWith('Rescue teams'))!;
    expect(s.anchor).toBe(`s${s.index + 1}`);
    expect(s.start.line).toBe(13);
  });

  it('keeps abbreviations inside one sentence', () => {
    const spans = splitSentences('Talks began just after 1 p.m. Kyiv time, officials said. The U.S. envoy Mr. Smith left.');
    expect(spans.map((s) => s.text)).toEqual(['Talks began just after 1 p.m. Kyiv time, officials said.', 'The U.S. envoy Mr. Smith left.']);
    expect(spans[1].offset).toBe(57);
  });

  it('keeps a ticker\'s full stop inside its sentence: "Velmar Air (VLMR.OL) filed …"', () => {
    const spans = splitSentences('Velmar Air (VLMR.OL) filed for bankruptcy on Tuesday. Shares were suspended.');
    expect(spans.map((s) => s.text)).toEqual(['Velmar Air (VLMR.OL) filed for bankruptcy on Tuesday.', 'Shares were suspended.']);
  });

  it('keeps a clock time written with a full stop inside its sentence: "found in a barn at 2.15pm on Sunday"', () => {
    const spans = splitSentences('The second man was found in a barn outside Harlow at 2.15pm on Sunday. He was unarmed.');
    expect(spans.map((s) => s.text)).toEqual(['The second man was found in a barn outside Harlow at 2.15pm on Sunday.', 'He was unarmed.']);
  });

  it('splits a paragraph the same the first time the process meets one of its words as every later time', () => {
    // wink-nlp alone splits after "mid-Quintober." on first sight of the word and not afterwards.
    const paragraph = 'The harvest ended in mid-Quintober... Then the rains came.';
    const first = splitSentences(paragraph).map((s) => s.text);
    expect(first).toEqual(splitSentences(paragraph).map((s) => s.text));
    expect(first).toEqual([paragraph]);
  });

  it('removes menus above the story, ad labels, link lists and the copyright line', () => {
    const a = load([
      'Ferry service resumes after strike | Harbour Times', 'Skip to main content', 'Menu', 'Home > Transport > Ferries', 'Advertisement',
      'Ferry service resumes after strike', 'Published 6:42 PM GMT+3, May 6, 2023', 'Share', '4 min read',
      'Ferries sailed again on Saturday after a week-long strike ended.', 'Related: Dock workers vote on pay deal', 'Advertisement',
      'The union said crews would return on Monday.', 'Read more:', 'Who runs the ferries?', 'Strike timeline in maps',
      '© 2023 Harbour Times. All rights reserved.', 'Cookie settings',
    ].join('\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Ferry service resumes after strike', 'Ferries sailed again on Saturday after a week-long strike ended.', 'The union said crews would return on Monday.']);
    expect(a.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['leading site furniture', 'advertisement label', 'repeated line', 'date stamp', 'teaser', 'copyright line', 'cookie notice']));
  });

  it('removes an agency\'s stamp line: "HARBOUR NEWS - Jan 2, 2024 - 21:45 | World, All"', () => {
    const a = load(['Death toll rises', 'HARBOUR NEWS - Jan 2, 2024 - 21:45 | World, All', 'The death toll rose to 48 on Tuesday, officials said.'].join('\n'));
    expect(a.removed.map((r) => r.reason)).toEqual(['date stamp']);
  });

  it('removes a date line with a time, an offset zone and "Updated 2 hours ago"', () => {
    const a = load(['Tanker runs aground', 'October 14, 2025 7:52 AM GMT-3 Updated 2 hours ago', 'A tanker ran aground on Monday, the navy said.'].join('\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Tanker runs aground', 'A tanker ran aground on Monday, the navy said.']);
  });

  it('removes a newsletter box set in the story, a "Last modified on" stamp and the note of an amendment', () => {
    const a = load([
      'Fund drops stake in Harlow Mining', 'Last modified on Wed 5 Nov 2025 16.30 GMT',
      'The fund sold its stake in Harlow Mining on Wednesday, its ethics council said.',
      'Sign up to Business Today', 'Our morning email breaks down the key business stories of the day', 'after newsletter promotion',
      'The fund owns on average 1.5% of every listed company.', 'This article was amended on 6 November 2025 to correct the value of the stake.',
    ].join('\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Fund drops stake in Harlow Mining', 'The fund sold its stake in Harlow Mining on Wednesday, its ethics council said.', 'The fund owns on average 1.5% of every listed company.']);
    expect(a.removed.map((r) => r.reason)).toEqual(['date stamp', 'promo', 'promo', 'promo', 'correction note']);
  });

  it('takes the first line kept for the headline when the scraped first line was page furniture', () => {
    const a = load(['Skip to main content', 'Harbour fares rise after strike', 'Fares rose by a tenth on Friday, the operator said.'].join('\n'));
    expect(a.title).toBe('Harbour fares rise after strike');
    // ("Home | News | World": a menu, whose last item is no site's name.)
    const menu = load(['Home | News | World', 'Harbour fares rise after strike', 'Fares rose by a tenth on Friday, the operator said.'].join('\n'));
    expect(menu.title).toBe('Harbour fares rise after strike');
    expect(load(['Harbour fares rise after strike | Harbour Times', 'Fares rose by a tenth on Friday, the operator said.'].join('\n')).title).toBe('Harbour fares rise after strike');
    // A lead paragraph is no headline: the first line stays the title when none is short enough.
    const b = load(['Skip to main content', `${'Fares rose by a tenth on Friday after a long strike at the port, '.repeat(3)}the operator said.`].join('\n'));
    expect(b.title).toBe('Skip to main content');
  });

  it('removes a cookie banner, a "Related" list and a wire sign-off whose names are no one in the story', () => {
    expectCleaned([
      'Harbour fares rise', 'Cookies on this site. We use cookies to improve your experience. Accept all', 'Menu', 'Search',
      'Fares rose by a tenth on Friday, the operator said.', 'Related', 'Ferry pay talks explained in five charts',
      '(Reporting by Jane Roe; Editing by John Doe)',
    ], ['Harbour fares rise', 'Fares rose by a tenth on Friday, the operator said.'], ['cookie notice', 'page label', 'page label', 'page label', 'teaser', 'agency credit line']);
  });

  it('removes a caption closed by a bracketed credit, and a "Recommended Stories" list counted by "list of 4 items"', () => {
    expectCleaned([
      'Harbour fares rise', 'Ferries moored in Port Harlow [File: Jane Roe/Wire]',
      'Fares rose by a tenth on Friday, the operator said.', 'Recommended Stories', 'list of 4 items', 'Ferry pay talks explained',
      'Who runs the harbour?', 'list 1 of 4',
    ], ['Harbour fares rise', 'Fares rose by a tenth on Friday, the operator said.'], ['photo caption', 'page label', 'page label', 'teaser', 'teaser', 'page label']);
  });

  it('removes a caption set in brackets, with its credit inside ("(Photo: … Credit: Jane Roe/Wire)")', () => {
    expectCleaned([
      'Harbour fares rise', 'Fares rose by a tenth on Friday, the operator said.',
      '(Photo: Ferries moored at dawn in Port Harlow. Credit: Jane Roe/Wire)', '[Picture: The quay at Velmar. Tomas Berg]',
      'The union said the rise was unfair.',
    ], ['Harbour fares rise', 'Fares rose by a tenth on Friday, the operator said.', 'The union said the rise was unfair.'], ['photo caption', 'photo caption']);
  });

  it('removes a rule of underscores and a line that points to more coverage at an address', () => {
    expectCleaned(['Harbour fares rise', 'HARLOW (Wire) — Fares rose by a tenth on Friday, the operator said.', '___', 'Follow the Wire\'s coverage of shipping at https://example.com/hub/shipping'], ['Harbour fares rise', 'HARLOW (Wire) — Fares rose by a tenth on Friday, the operator said.'], ['separator', 'promo']);
  });

  it('removes a gallery\'s numbered captions and a link\'s label with "opens new tab"', () => {
    expectCleaned(['Harbour strike ends', '[1/3] Dockers march in Harlow, May 10, 2023. WIRE/Jane Roe Purchase Licensing Rights, opens new tab', 'Item 1 of 3 Dockers march in Harlow, May 10, 2023. WIRE/Jane Roe', 'HARLOW, May 17 (Wire) - The strike ended on Wednesday, the union said.', 'Acquire Licensing Rights, opens new tab'], ['Harbour strike ends', 'HARLOW, May 17 (Wire) - The strike ended on Wednesday, the union said.'], ['photo caption', 'photo caption', 'page label']);
  });

  it('removes "Link Copied!", "Follow:" and a "Related article" with its headline', () => {
    expectCleaned(['Harbour bridge shut', 'Link Copied!', 'Follow:', 'Engineers closed the bridge on Sunday, officials said.', 'Related article', 'Cracks found in second bridge'], ['Harbour bridge shut', 'Engineers closed the bridge on Sunday, officials said.'], ['page label', 'page label', 'page label', 'teaser']);
  });

  it('removes a topics list under "Explore more on these topics", "Reuse this content", "Most viewed" and "First published on …"', () => {
    expectCleaned(['Harbour bridge shut', 'Engineers closed the bridge on Sunday, officials said.', 'Explore more on these topics', 'Bridges', 'Transport', 'Reuse this content', 'Most viewed', 'First published on Tue 7 May 2024 10.41 BST'], ['Harbour bridge shut', 'Engineers closed the bridge on Sunday, officials said.'], ['page label', 'teaser', 'teaser', 'page label', 'page label', 'date stamp']);
  });

  it('removes "Image caption," with its caption on the same line, not a sentence that mentions a caption', () => {
    expectCleaned(['Harbour bridge shut', 'Image caption, Relatives wait for news at the port of Tarvo', 'Engineers closed the bridge on Sunday, officials said.', 'The image caption, officials said, was wrong.'], ['Harbour bridge shut', 'Engineers closed the bridge on Sunday, officials said.', 'The image caption, officials said, was wrong.'], ['photo caption']);
  });

  it('removes a place and a stamp on a line of their own ("Tarvo, January 09, 2026 12:15 IST"), not a sentence that starts so', () => {
    expectCleaned(['Harbour bridge shut', 'Tarvo, January 09, 2026 12:15 IST', 'Engineers closed the bridge on Sunday, officials said.', 'Tarvo, 12 March 2024 was the day the bridge shut.'], ['Harbour bridge shut', 'Engineers closed the bridge on Sunday, officials said.', 'Tarvo, 12 March 2024 was the day the bridge shut.'], ['dateline']);
  });

  it('removes a press release\'s "About <company>" section and its contact lines, not a story\'s section titled "About …"', () => {
    expectCleaned(['Harlow Foods recalls spinach', 'TARVO, Iowa, March 3, 2026 /PRNewswire/ -- Harlow Foods is recalling 48,000 pounds of frozen spinach, the company said.', 'No illnesses have been reported.', 'About Harlow Foods', 'Founded in 1962, Harlow Foods is a family-owned producer of frozen vegetables.', 'Media Contact:', 'Ines Varga'],
      ['Harlow Foods recalls spinach', 'TARVO, Iowa, March 3, 2026 /PRNewswire/ -- Harlow Foods is recalling 48,000 pounds of frozen spinach, the company said.', 'No illnesses have been reported.'], ['press release boilerplate', 'press release boilerplate', 'press release boilerplate', 'press release boilerplate']);
    expectCleaned(['Harbour guide', 'The harbour reopened on Monday, officials said.', 'About the Harbour Trail', 'The trail runs for 12 miles along the coast and opened in May.'], ['Harbour guide', 'The harbour reopened on Monday, officials said.', 'About the Harbour Trail', 'The trail runs for 12 miles along the coast and opened in May.'], []);
  });

  it('removes the reporters\' credit at the foot ("Jane Roe reported from Tarvo, and Tomas Berg from Harlow."), not a story sentence that someone reported', () => {
    expectCleaned(['Harbour bridge shut', 'Ines Varga reported the cracks to the council on Friday, officials said.', 'Engineers closed the bridge on Sunday, officials said.', 'Jane Roe reported from Tarvo, and Tomas Berg from Harlow.'],
      ['Harbour bridge shut', 'Ines Varga reported the cracks to the council on Friday, officials said.', 'Engineers closed the bridge on Sunday, officials said.'], ['agency credit line']);
  });

  it('removes a newsletter box\'s email field and a two-sentence writer\'s note before the copyright line and a "Most read" list', () => {
    expectCleaned(['Harbour bridge shut', 'Engineers closed the bridge on Sunday, officials said.', 'Sign up to our daily newsletter', 'Enter your email address', 'Ines Varga is the Harbour Times\'s transport correspondent. She has covered roads for 12 years.', '© 2024 Harbour Times. All rights reserved.', 'Most read'],
      ['Harbour bridge shut', 'Engineers closed the bridge on Sunday, officials said.'], ['promo', 'page label', 'author bio', 'copyright line', 'page label']);
  });

  it('removes contact lines with an address to write to and the writer\'s note at the foot, not a story sentence about a reporter', () => {
    expectCleaned(['Harbour bridge shut', 'Jane Roe is a reporter who was detained in Tarvo on Monday, her editor said.', 'Engineers closed the bridge on Sunday, officials said.', 'Got a news tip? Email us at tips@example.org', 'Ines Varga is a transport reporter at the Harbour Times.'],
      ['Harbour bridge shut', 'Jane Roe is a reporter who was detained in Tarvo on Monday, her editor said.', 'Engineers closed the bridge on Sunday, officials said.'], ['contact line', 'author bio']);
  });

  it('removes a page\'s own sentence-like lines mid-story: rights, disclaimers, ad and player labels, prompts to follow', () => {
    expectCleaned(['Harbour bridge shut', 'Engineers closed the bridge on Sunday, officials said.', 'Advertisement - Scroll to continue', 'Listen to this article · 4:12 min', 'Follow Jane Roe on Twitter: @janeroe', 'Follow the money, investigators said.', 'This material may not be published, broadcast, rewritten or redistributed.', 'The ferry will run again on Monday, the operator said.'],
      ['Harbour bridge shut', 'Engineers closed the bridge on Sunday, officials said.', 'Follow the money, investigators said.', 'The ferry will run again on Monday, the operator said.'], ['advertisement label', 'page label', 'page label', 'page label']);
  });

  it('removes a row of share buttons and a lone "Share via Email" wherever they sit, not a sentence naming the networks', () => {
    expectCleaned(['Harbour bridge shut', 'Engineers closed the bridge on Sunday, officials said.', 'Share on Facebook Share on Twitter', 'Drivers posted videos of the cracks on Facebook and Twitter.', 'Share via Email'], ['Harbour bridge shut', 'Engineers closed the bridge on Sunday, officials said.', 'Drivers posted videos of the cracks on Facebook and Twitter.'], ['page label', 'page label']);
    expectCleaned(['Harbour bridge shut', 'Share on Facebook Share on X Copy link', 'Engineers closed the bridge on Sunday, officials said.'], ['Harbour bridge shut', 'Engineers closed the bridge on Sunday, officials said.'], ['page label']);
  });

  it('removes a caption closed by its credit after a full stop ("… at dawn. Photograph: Jane Roe/Harbour Wire"), not a sentence that names a photo', () => {
    expectCleaned(['Harbour bridge reopens', 'The rebuilt bridge at dawn on Monday. Photograph: Tomas Berg/Harbour Wire', 'The bridge reopened on Monday, officials said.', 'The mayor showed reporters the photo: it was taken in 1990.'],
      ['Harbour bridge reopens', 'The bridge reopened on Monday, officials said.', 'The mayor showed reporters the photo: it was taken in 1990.'], ['photo caption']);
  });

  it('removes a bar-separated menu and a "Published … | Updated …" line under the headline', () => {
    expectCleaned(['Ferry fares rise', 'Home | World | Business | Sport', 'Published Jan. 5, 2024 at 6:15 a.m. | Updated Jan. 5, 2024 at 9:40 a.m.', 'Fares rose by a tenth on Friday, the operator said.'], ['Ferry fares rise', 'Fares rose by a tenth on Friday, the operator said.'], ['menu', 'date stamp']);
  });

  it('drops the hyphens of a list\'s items, not of a signature alone, and a caption closed by "(Photo: …)"', () => {
    const a = load(['Ferry fares rise', '- Fares on the island routes rise by a tenth', '', '- Talks resume on Monday', 'Passengers queue at the terminal on Friday. (Photo: Jane Roe/Harbour Wire)', '"We will appeal," the union said.', '- Ines Varga, union secretary', 'Ferries stopped in Tarvo on Friday, officials said.'].join('\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Ferry fares rise', 'Fares on the island routes rise by a tenth', 'Talks resume on Monday', '"We will appeal," the union said.', '- Ines Varga, union secretary', 'Ferries stopped in Tarvo on Friday, officials said.']);
  });

  it('drops a list item\'s bullet and a caption closed by its credit', () => {
    const a = load(['Ferry fares rise', 'Key points:', '• Fares on the island routes rise by a tenth', 'Fares rose by a tenth on Friday, the operator said.', 'Photo: Passengers queue at the terminal on Friday. (Harbour Photos)', 'The union said it would appeal.'].join('\n\n'));
    expect(a.paragraphs.map((p) => p.text)).toContain('Fares on the island routes rise by a tenth');
    expect(a.paragraphs.some((p) => p.text.startsWith('Photo:'))).toBe(false);
    const item = a.sentences.find((s) => s.text === 'Fares on the island routes rise by a tenth');
    expect(item?.start.column).toBe(3);
  });

  it('keeps a short line once the story has begun', () => {
    const a = load('Floods\n\nRivers rose across the valley on Tuesday.\n\nEvacuation centres\n\nSchools opened their doors to families.\n');
    expect(a.paragraphs.map((p) => p.text)).toContain('Evacuation centres');
  });

  it('removes a live blog\'s entry times on lines of their own', () => {
    const a = load('Floods: live\n\n18.40 CEST\n\nThe toll rose to nine.\n\n17.15 CEST\n\nMore than 13,000 people were evacuated.\n');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Floods: live', 'The toll rose to nine.', 'More than 13,000 people were evacuated.']);
  });

  it('drops a Markdown pipe table that reached the text as one paragraph', async () => {
    const { parseArticle } = await import('../src/load/parse-article.js');
    const md = '---\ntitle: Summit\ndate: 2024-06-10\n---\n\nLeaders met in Lisbon.\n\n| Country | Pledge |\n|---|---|\n| Portugal | 2.1% |\n';
    const a = cleanArticle(parseArticle({ file: 'a.md', id: 'a', format: 'md', text: md }).article!);
    expect(a.sentences.map((x) => x.text)).toEqual(['Summit', 'Leaders met in Lisbon.']);
    expect(a.removed.map((r) => r.reason)).toContain('table');
  });

  it('ends the story at its credit line', () => {
    const a = load('Bill passes\n\nThe parliament passed the bill on Thursday.\n\nReporting by Jane Roe; Editing by John Doe\n\nOur Standards: The Trust Principles.\n');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Bill passes', 'The parliament passed the bill on Thursday.']);
  });

  it('drops a wire photo\'s caption ("FILE PHOTO: …", "… WIRE/Jane Roe/File Photo") and a correction note, but not "the EU/IMF loan"', () => {
    const a = load('Bank holds rates\n\nThe bank kept its rate at 5.25% on Wednesday.\n\nFILE PHOTO: The central bank building in Tarvo, June 5, 2024.\n\nDockers march in Harlow on Monday. WIRE/Ines Varga/File Photo\n\nThe deficit puts the EU/IMF loan at risk.\n\n(This story has been corrected to show the board voted 6-1, not 5-2, in paragraph 2)\n');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Bank holds rates', 'The bank kept its rate at 5.25% on Wednesday.', 'The deficit puts the EU/IMF loan at risk.']);
    expect(a.removed.map((r) => r.reason).slice(1)).toEqual(['photo caption', 'update note']);
  });

  it('strips a wire\'s version tag from the headline and drops its note on what the update adds', () => {
    const a = load('UPDATE 2-Velmar Air files for bankruptcy\n\n(Adds analyst comment, share price)\n\nVelmar Air filed for bankruptcy on Tuesday.\n');
    expect(a.title).toBe('Velmar Air files for bankruptcy');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Velmar Air files for bankruptcy', 'Velmar Air filed for bankruptcy on Tuesday.']);
    expect(a.removed.map((r) => [r.reason, r.text])).toEqual([['wire tag', 'UPDATE 2-'], ['update note', '(Adds analyst comment, share price)']]);
    // A name joined by a hyphen is no tag.
    expect(load('UK-Velmar talks collapse\n\nThe talks collapsed on Monday.\n').title).toBe('UK-Velmar talks collapse');
  });

  it('drops a dateline on a line of its own, "Harlow, 22 April 2025 (Velmar Wire)", and takes its outlet for the source', async () => {
    const a = load('Blast kills five miners\n\nHarlow, 22 April 2025 (Velmar Wire)\n\nFive miners were killed on Tuesday.\n');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Blast kills five miners', 'Five miners were killed on Tuesday.']);
    expect(a.removed.map((r) => r.reason)).toEqual(['dateline']);
    const { extractSource } = await import('../src/extract/source.js');
    expect(extractSource(a, []).source).toBe('Velmar Wire');
  });

  it('strips a date stamp glued to the headline', () => {
    const a = load(' date 2023-05-02 Storm hits the coast\n\nThe storm hit the coast on Monday.\n');
    expect(a.title).toBe('Storm hits the coast');
    expect(a.removed[0]).toMatchObject({ reason: 'date stamp', text: 'date 2023-05-02' });
  });
});

describe('clean: wire stamps before the lead', () => {
  it('cuts credits, byline and stamp glued before the dateline, keeping the column of what stays', () => {
    const a = load('Headline\n\nCredit: Reuters TV By Jane Roe SANAA | Tue Mar 22, 2011 3:31 pm EDT SANAA (Reuters) - The president said on Tuesday he would stay.\n\nHe spoke in Sanaa | a city of two million.');
    expect(a.sentences[1].text).toBe('SANAA (Reuters) - The president said on Tuesday he would stay.');
    expect(a.sentences[1].start).toEqual({ line: 3, column: 69 });
    expect(a.removed).toEqual([{ text: 'Credit: Reuters TV By Jane Roe SANAA | Tue Mar 22, 2011 3:31 pm EDT', line: 3, reason: 'date stamp' }]);
    expect(a.sentences[2].text).toBe('He spoke in Sanaa | a city of two million.');
  });
});

describe('clean: datelines of an outlet alone or of a place in ordinary case', () => {
  it('takes "(Harbour TV) — " and "Tarvo, Velmar — " for datelines, not "Jane Roe, Velmar-born …"', async () => {
    const { withoutDateline } = await import('../src/clean/clean-article.js');
    expect(withoutDateline('(Harbour TV) — A storm hit the coast on Tuesday, officials said.')).toBe('A storm hit the coast on Tuesday, officials said.');
    expect(withoutDateline('Tarvo, Velmar — A storm hit the coast on Tuesday, officials said.')).toBe('A storm hit the coast on Tuesday, officials said.');
    expect(withoutDateline('Tarvo (Velmar), Jul 31 (PTI) The toll in the landslides rose to 143 on Wednesday.')).toBe('The toll in the landslides rose to 143 on Wednesday.');
    expect(withoutDateline('HARLOW/TARVO, July 19 (Harbour Wire) - A faulty update crashed computers on Friday.')).toBe('A faulty update crashed computers on Friday.');
    expect(withoutDateline('Jane Roe, Velmar-born and raised, said the storm hit on Tuesday.')).toBe('Jane Roe, Velmar-born and raised, said the storm hit on Tuesday.');
  });

  it('takes a press release\'s "TARVO, Iowa, March 3, 2026 /PRNewswire/ -- " for a dateline', async () => {
    const { withoutDateline } = await import('../src/clean/clean-article.js');
    expect(withoutDateline('TARVO, Iowa, March 3, 2026 /PRNewswire/ -- Harlow Foods is recalling 48,000 pounds of spinach.')).toBe('Harlow Foods is recalling 48,000 pounds of spinach.');
  });

  it('takes a place in capitals closed by an em dash with no spaces ("TARVO—Negotiators …") for a dateline, not "EU—US talks"', async () => {
    const { withoutDateline } = await import('../src/clean/clean-article.js');
    expect(withoutDateline('TARVO—Negotiators broke off talks on Friday for a New Year break.')).toBe('Negotiators broke off talks on Friday for a New Year break.');
    expect(withoutDateline('EU—US talks resumed on Friday.')).toBe('EU—US talks resumed on Friday.');
  });
});

describe('clean: a dateline closed by a full stop', () => {
  it('keeps "VELMORA, March 14." with the sentence it dates, and only a dateline with a day', () => {
    expect(splitSentences('VELMORA, March 14. Norrland on Thursday expelled six diplomats. It gave no reason.').map((s) => s.text)).toEqual(['VELMORA, March 14. Norrland on Thursday expelled six diplomats.', 'It gave no reason.']);
    expect(splitSentences('Talks ended in VELMORA. Norrland expelled six diplomats.').map((s) => s.text)).toEqual(['Talks ended in VELMORA.', 'Norrland expelled six diplomats.']);
  });
});

describe('clean: a dateline in capitals with a colon', () => {
  it('keeps a lead that opens "MUMBAI:", and drops a desk\'s stamp and an "Also Read:" teaser', () => {
    const a = load('Headline\n\nTNN | Updated: Jul 9, 2025, 06:12 IST\n\nPUNE: The agency on Tuesday arrested a jeweller in connection with an alleged loan fraud at a cooperative bank, officials said.\n\nAlso Read: Bank unions call a strike\n\nWATCH: Scenes outside the bank');
    expect(a.sentences.map((x) => x.text)).toEqual(['Headline', 'PUNE: The agency on Tuesday arrested a jeweller in connection with an alleged loan fraud at a cooperative bank, officials said.']);
    expect(a.removed.map((r) => r.reason)).toEqual(['date stamp', 'teaser', 'teaser']);
    // A byline with its stamp stays a byline.
    expect(load('Headline\n\nBy Jane Roe | Published: March 14, 2024\n\nThe court ruled on Monday.').removed.map((r) => r.reason)).toEqual(['byline']);
  });

  it('takes a writer\'s name and beat without "By" for a byline: "Harriet Colville Transport correspondent"', () => {
    const a = load('Train drivers to strike again\n\nHarriet Colville Transport correspondent\n\nTrain drivers will strike again in November, the union said.');
    expect(a.removed.map((r) => [r.reason, r.text])).toEqual([['byline', 'Harriet Colville Transport correspondent']]);
  });
});
