import { describe, expect, it } from 'vitest';
import { figuresInSentence } from '../../src/extract/figures.js';
import { extractTexts } from '../helpers.js';

const quotesOf = (body: string) => extractTexts({ q: `Published: 4 May 2022\n\nHeadline here\n\n${body}` })[0].quotes;
/** Who said each direct quote of a body. */
const quoteSpeakers = (body: string) => quotesOf(body).filter((x) => x.kind === 'quote').map((x) => x.speakerName);
/** Who each paraphrase of a body is given to, and what it says. */
const paraphrases = (body: string) => quotesOf(body).filter((q) => q.kind === 'paraphrase').map((q) => [q.speakerName, q.text]);
const sentence = (text: string) => ({ index: 0, anchor: 's1', text, paragraph: 0, offset: 0, start: { line: 1, column: 1 } });
/** Each figure of a one-sentence text, as written and with what it counts. */
const subjects = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.subject]);

describe('quotes', () => {
  it('leaves out whom it was told, a broadcaster named after its kind included: "told state broadcaster HTV that …"', () => {
    const q = quotesOf('Ines Varga told state broadcaster HTV that no deaths had been reported. Ines Varga told reporters the army had shelled Tarvo overnight.');
    expect(q.map((x) => x.text)).toEqual(['no deaths had been reported', 'the army had shelled Tarvo overnight']);
  });

  it('attributes a quote to a speaker who jokes, intones or explains, and to the name after "said" when the quote follows a colon', () => {
    expect(quoteSpeakers('"We will need a bigger boat," joked Tomas Berg, 62, a retired officer from Harlow.')).toEqual(['Tomas Berg']);
    expect(quoteSpeakers('"The whole valley may flood," intones a reporter for Harlow News.')).toEqual(['a reporter for Harlow News']);
    expect(quoteSpeakers('It is no coincidence, as Tomas Berg, director of the Harlow Society, explains: "The farms are huge."')).toEqual(['Tomas Berg']);
    expect(quoteSpeakers('Cases may be spreading already, said Dr Ines Varga at the University of Harlow: "Thousands travel in and out every day."')).toEqual(['Ines Varga']);
    // "told" names whom it was said to: the speaker stays the subject.
    expect(quoteSpeakers('Tomas Berg told Ines Varga: "We are ready."')).toEqual(['Tomas Berg']);
  });

  it('gives both parts of a quote a scraped page broke across paragraphs to the speaker named where it closes', () => {
    const q = quotesOf('"We have seen this flu in people for years, and it came from pig contact.\n\nThis strain is new," said Dr Tomas Berg, who studies viruses at Harlow.\n\nThe ministry said the risk was low.');
    expect(q.filter((x) => x.kind === 'quote').map((x) => [x.speakerName, x.text])).toEqual([
      ['Tomas Berg', 'We have seen this flu in people for years, and it came from pig contact'],
      ['Tomas Berg', 'This strain is new'],
    ]);
    // A closing mark with no quote left open before it opens nothing.
    expect(quotesOf('The ministry said the risk was low.\n\nThis strain is new," said Dr Tomas Berg.').filter((x) => x.kind === 'quote')).toEqual([]);
  });

  it('takes the written subject without a discourse adverbial, a frame of saying or a manner adverb, and "the source" for the last "a … source" of its kind', () => {
    const speakers = (body: string) => quotesOf(body).map((x) => x.speakerName);
    expect(speakers('Nevertheless, the harbour authority said the quay was safe.')).toEqual(['the harbour authority']);
    expect(speakers('In a statement the union said: "We will strike."')).toEqual(['the union']);
    expect(speakers('The ministry publicly said the quay was safe on Monday.')).toEqual(['The ministry']);
    expect(speakers('A senior port official said the quay was safe. "We are ready," the official said.')).toEqual(['A senior port official', 'A senior port official']);
    expect(speakers('A harbour source said fares would rise. A union source said the strike would go on. "Ships are idle," the harbour source said.')).toEqual(['A harbour source', 'A union source', 'A harbour source']);
  });

  it('reads paragraphs with no quote mark between a quote left open and the paragraph that closes it as that quote, and only then', () => {
    const q = quotesOf('"We cannot say how far the water will rise yet.\n\nIt is reassuring that cases are mild.\n\nWe will keep watching," said Ines Varga, the chief medical officer.');
    expect(q.map((x) => [x.speakerName, x.text])).toEqual([
      ['Ines Varga', 'We cannot say how far the water will rise yet'], ['Ines Varga', 'It is reassuring that cases are mild'], ['Ines Varga', 'We will keep watching'],
    ]);
    // No paragraph closes the quote: the page lost its closing mark, and what follows is the story again.
    const lost = quotesOf('The ministry said: "Stay calm.\n\nThe ferry sailed at noon.\n\nThe port reopened on Monday.');
    expect(lost.filter((x) => x.kind === 'quote').map((x) => x.text)).toEqual(['Stay calm']);
  });

  it('gives each of two quotes joined by "while" to its own clause\'s speaker', () => {
    expect(quoteSpeakers('Ms Ines Varga called the deal "a win for every driver", while Mr Tomas Berg said it was "fair and affordable".')).toEqual(['Ines Varga', 'Tomas Berg']);
  });

  it('leaves whom it was told out of a paraphrase up to "that" ("told our reporter that …")', () => {
    expect(quotesOf('Tomas Berg told our reporter that more rain was on its way to the valley.').map((x) => x.text)).toEqual(['more rain was on its way to the valley']);
  });

  it('gives a quote after a colon to the person the sentence opens with, speech verb or not', () => {
    expect(quoteSpeakers('Ines Varga was rescued on Monday.\n\nVarga talked about the days she spent on the boat: "It was very hot on that boat."')).toEqual(['Varga']);
    expect(quoteSpeakers('Ines Varga was rescued on Monday.\n\nVarga talked about the days she spent on the boat:\n\n"It was very hot on that boat."')).toEqual(['Varga']);
    expect(quoteSpeakers('The inventory listed what was found: "a knife".')).toEqual([null]);
  });

  it('goes on quoting a speaker named with an office after the verb in the paragraphs that follow', () => {
    const q = quotesOf('"Please do not panic," said Tomas Berg, the harbour master at Velmar.\n\n"Crews should check the notices.\n\nShips will sail at dawn."');
    expect(q.map((x) => [x.speakerName, x.text])).toEqual([['Tomas Berg', 'Please do not panic'], ['Tomas Berg', 'Crews should check the notices'], ['Tomas Berg', 'Ships will sail at dawn']]);
  });

  it('gives a quote after ", saying" to the subject of the first saying, not to the person it fired', () => {
    const q = quotesOf('Harlow Labs said on Friday it had fired its chief executive, Ines Varga, saying she had not been "consistently candid" with the board.');
    expect(q.filter((x) => x.kind === 'quote').map((x) => [x.speakerName, x.text])).toEqual([['Harlow Labs', 'consistently candid']]);
  });

  it('gives a quote after "telling lawmakers" to the subject of the sentence', () => {
    const q = quotesOf("The country's prime minister, Marko Vrhovnik, stepped down on Tuesday, telling lawmakers he would not let the affair \"paralyse the country\".");
    expect(q.filter((x) => x.kind === 'quote').map((x) => [x.speakerName, x.text])).toEqual([['Marko Vrhovnik', 'paralyse the country']]);
  });

  it('takes the speaker after a body the sentence sets it against: "Unlike the ministry, which …, the prosecutor said"', () => {
    const q = quotesOf('Unlike the justice ministry, which had given a figure of seven on Monday, the prosecutor\'s office said eight inmates had fled.');
    expect(q.map((x) => [x.speakerName, x.text])).toEqual([["the prosecutor's office", 'eight inmates had fled']]);
  });

  it('leaves a participle\'s phrase after the speaker out of the name ("Berg, speaking to reporters in Tarvo, said")', () => {
    expect(quotesOf('Berg, speaking to reporters in Tarvo, said the deal was "a good start".').map((q) => q.speakerName)).toEqual(['Berg']);
  });

  it('takes "added the old town to its heritage list" for a deed, but "added the council wanted to see it reopen" for a saying', () => {
    expect(paraphrases('Unesco added the old town to its heritage list in 1994. Jane Roe added the council wanted to see the bridge reopen in 2026.'))
      .toEqual([['Jane Roe', 'the council wanted to see the bridge reopen in 2026']]);
  });

  it('takes "…, the headteacher, Jane Roe, told the governor on Friday, far more than reported" for a closing saying', () => {
    expect(paraphrases('The number of pupils missing is 287, the headteacher, Jane Roe, told the governor on Friday, far more than first reported.'))
      .toEqual([['Jane Roe', 'The number of pupils missing is 287']]);
  });

  it('takes "…, the agency said Wednesday morning" for a closing saying, not a saying of "morning"', () => {
    expect(paraphrases('Crews raised containment to 30%, the Harlow Fire Agency said Wednesday morning. Crews cleared the road, Jane Roe said this morning.'))
      .toEqual([['Harlow Fire Agency', 'Crews raised containment to 30%'], ['Jane Roe', 'Crews cleared the road']]);
  });

  it('gives a saying that closes the sentence ("…, the companies said in a joint statement") to that closer, though a name opens it', () => {
    const [q] = quotesOf('Harlow Inc will pay $12 per Tessmark share, a 30% premium to the last close, the companies said in a joint statement.');
    expect(q).toMatchObject({ kind: 'paraphrase', speakerName: 'the companies', text: 'Harlow Inc will pay $12 per Tessmark share, a 30% premium to the last close' });
  });

  it('attributes "…, said Jane Roe, a director" to the name after the verb, and takes no clause for a speaker', () => {
    const [q] = quotesOf('Rescuers began digging a second shaft from the hilltop, said Anil Varekar, a director of the roads corporation, which is building the tunnel.');
    expect(q).toMatchObject({ kind: 'paraphrase', speakerName: 'Anil Varekar', text: 'Rescuers began digging a second shaft from the hilltop' });
    expect(quotesOf('The port will reopen next week, said the mayor\'s office.').filter((x) => x.speakerName === 'The port will reopen next week')).toEqual([]);
  });

  it('reads a headline\'s "…, says security firm", "…, says union chief" and "…, says Harlow Bank" for that speaker, not the name that opens it', () => {
    expect(paraphrases('Tarvo breach far bigger than first thought, says security firm.')).toEqual([['security firm', 'Tarvo breach far bigger than first thought']]);
    expect(paraphrases('Talks with the port collapsed, says union chief.')).toEqual([['union chief', 'Talks with the port collapsed']]);
    expect(paraphrases('Prices in Velmar will rise, says Harlow Bank.')).toEqual([['Harlow Bank', 'Prices in Velmar will rise']]);
  });

  it('reads a saying turned round or in the present tense: "…, says city engineer Jane Roe", "…, said the mayor of Tarvo, Jane Roe", "…, says the port authority", "…, the council says", and a headline\'s "…, says regional government"', () => {
    expect(paraphrases('The bridge is safe, says city engineer Ines Varga.')).toEqual([['Ines Varga', 'The bridge is safe']]);
    expect(paraphrases('The number of people displaced rose to 600 overnight, said the mayor of Tarvo, Tomas Berg.')).toEqual([['Tomas Berg', 'The number of people displaced rose to 600 overnight']]);
    expect(paraphrases('Ferries will run again on Monday, says the port authority.')).toEqual([['the port authority', 'Ferries will run again on Monday']]);
    expect(paraphrases('The harbour wall is now under control, the regional council says.')).toEqual([['the regional council', 'The harbour wall is now under control']]);
    const headline = extractTexts({ q: 'Harbour blaze contained after four days, says regional government\nPublished: 4 May 2022\n\nFirefighters left the harbour on Friday.' })[0].quotes;
    expect(headline.filter((q) => q.kind === 'paraphrase').map((q) => [q.speakerName, q.text])).toEqual([['regional government', 'Harbour blaze contained after four days']]);
  });

  it('reads "Police say …" in the present plural, but not "critics who say" nor "refused to say", and takes the subject of a clause "but" or "Although" opens', () => {
    expect(paraphrases('Jane Roe arrived. Police say 12 people were arrested.')).toEqual([['Police', '12 people were arrested']]);
    expect(paraphrases('He rejected the claims of rivals who say the bridge is too costly.')).toEqual([]);
    expect(paraphrases('Officials refused to say whether 12 people were arrested.')).toEqual([]);
    expect(paraphrases('Roe lifted the curfew on Monday but residents say the shooting continued.')).toEqual([['residents', 'the shooting continued']]);
    expect(paraphrases('Harlow residents say dozens of boats have sunk since May.')).toEqual([['Harlow residents', 'dozens of boats have sunk since May']]);
  });

  it('leaves a participle\'s aside out of a speaker named after the quote (\'"…," the minister, speaking in Tarvo, told reporters\')', () => {
    expect(quoteSpeakers('Jane Roe arrived. "We are ready," the minister, speaking in Tarvo, told reporters.')).toEqual(['the minister']);
  });

  it('reads "The government has confirmed that …", a participle\'s fronted phrase ("Speaking to reporters on Monday, …") and "told the court she …"', () => {
    expect(paraphrases('Jane Roe arrived. The government has confirmed that 12 people died.')).toEqual([['The government', '12 people died']]);
    expect(paraphrases('Jane Roe arrived. Speaking to reporters on Monday, the prime minister said the plan would go ahead.')).toEqual([['the prime minister', 'the plan would go ahead']]);
    expect(paraphrases('Jane Roe arrived. Roe, 54, told the court she had acted alone.')).toEqual([['Roe', 'she had acted alone']]);
    expect(paraphrases('Jane Roe arrived. Roe told reporters on her return to Harlow that the talks had failed.')).toEqual([['Roe', 'the talks had failed']]);
  });

  it('takes "according to the council" for a body that speaks, and "Engineers added 1,200 sensors" for a deed, not a saying', () => {
    expect(paraphrases('Jane Roe arrived. Lorries over 18 tonnes remain banned, according to the council.')).toEqual([['the council', 'Lorries over 18 tonnes remain banned']]);
    expect(paraphrases('Jane Roe arrived. At least six people have died, according to the coastguard.')).toEqual([['the coastguard', 'At least six people have died']]);
    expect(paraphrases('Jane Roe arrived. At least six people have died, according to police.')).toEqual([['police', 'At least six people have died']]);
    // ("wrote on its website that", "acknowledged on Monday that": when or where it was said, then what.)
    expect(paraphrases('Jane Roe arrived. Harlow Motors wrote on its website that production would restart.')).toEqual([['Harlow Motors', 'production would restart']]);
    expect(paraphrases('Jane Roe arrived. The director, Tomas Berg, acknowledged on Tuesday that the vault had no alarm.')).toEqual([['Tomas Berg', 'the vault had no alarm']]);
    // ("…denied any wrongdoing, saying …": the subject of the deed says what follows "saying".)
    expect(paraphrases('Jane Roe arrived. The minister denied any wrongdoing, saying the payments were legal.')).toEqual([['The minister', 'the payments were legal']]);
    expect(paraphrases('Jane Roe arrived. Velmar blames the strike on the union, saying it was paid.')).toEqual([]);
    // The wires' unnamed sources say things too.
    expect(paraphrases('Jane Roe arrived. The deal will close next week, people familiar with the plans said.')).toEqual([['people familiar with the plans', 'The deal will close next week']]);
    expect(paraphrases('Jane Roe arrived. The deal will close next week, sources said.')).toEqual([['sources', 'The deal will close next week']]);
    // (One list of sources named by their trade serves "…, state television said" and "according to diplomats in Tarvo".)
    expect(paraphrases('Jane Roe arrived. Gunmen killed a guard on Friday, state television said.')).toEqual([['state television', 'Gunmen killed a guard on Friday']]);
    expect(paraphrases('Jane Roe arrived. The round ended with a common text, according to diplomats in Tarvo.')).toEqual([['diplomats', 'The round ended with a common text']]);
    expect(paraphrases('Jane Roe arrived. Engineers added 1,200 sensors.')).toEqual([]);
    expect(paraphrases('Jane Roe arrived. He added 1,200 people had died.')).toEqual([['Jane Roe', '1,200 people had died']]);
  });

  it('reads a saying set off inside what was said ("The strike, the union said, would continue"), not "…, the agency said, citing …"', () => {
    expect(paraphrases('Jane Roe arrived. The strike, the union said, would continue until Friday.')).toEqual([['the union', 'The strike would continue until Friday']]);
    expect(paraphrases('Jane Roe arrived. Tarvo, Roe said, could also send 40 buses a week.')).toEqual([['Roe', 'Tarvo could also send 40 buses a week']]);
    expect(paraphrases('It had been carrying 500 people, the agency said, citing migrants it had interviewed.')).toEqual([['the agency', 'It had been carrying 500 people']]);
  });

  it('reads a saying closed by "told" and a named outlet ("…, Roe told the Harbour Gazette in an interview.")', () => {
    expect(paraphrases('Jane Roe arrived. The talks were over, Roe told the Harbour Gazette in an interview.')).toEqual([['Roe', 'The talks were over']]);
  });

  it('reads a saying that closes the sentence in the present perfect ("…, an interior ministry official has said")', () => {
    expect(paraphrases('More than 300 people are believed to have died after floods swept through Tarvo, an interior ministry official has said.')).toEqual([['an interior ministry official', 'More than 300 people are believed to have died after floods swept through Tarvo']]);
  });

  it('reads a counted speaker after a turned-round saying ("…, said one of the people", "…, said two officials …") as the speaker, not what was said', () => {
    expect(paraphrases('The government wants observers from Tarvo; the rebels insist on Velmari monitors, said one of the people.')).toEqual([['one of the people', 'The government wants observers from Tarvo; the rebels insist on Velmari monitors']]);
    expect(paraphrases('The deal is close, said two officials familiar with the matter.')).toEqual([['two officials familiar with the matter', 'The deal is close']]);
  });

  it('leaves a list item\'s or a post\'s label out of the subject ("February 3: Workers at the farm reported that …")', () => {
    expect(paraphrases('February 3: Workers at Tarvo Farms, an egg producer near Harlow, reported that hundreds of hens had died overnight.')).toEqual([['Workers at Tarvo Farms', 'hundreds of hens had died overnight']]);
    expect(paraphrases('Update: The ministry said the roads were closed.')).toEqual([['The ministry', 'the roads were closed']]);
  });

  it('lets a one-word name that only ends like a participle speak ("Beijing said …"), not "Having said that"', () => {
    expect(paraphrases('Beijing said on Monday it would open the port to foreign ships.')).toEqual([['Beijing', 'it would open the port to foreign ships']]);
    expect(quoteSpeakers('In a statement, Beijing said the plan was "a good start".')).toEqual(['Beijing']);
    expect(quoteSpeakers('Having said that, the plan was "ready".')).toEqual([null]);
  });

  it('lets a name that opens with a participle\'s ending speak ("Harling Street said"), and takes a single-quoted phrase of two words', () => {
    expect(paraphrases('Harling Street said the minister had accepted the resignation with regret.')).toEqual([['Harling Street', 'the minister had accepted the resignation with regret']]);
    expect(paraphrases('Having said that, the plan was ready.')).toEqual([]);
    expect(quoteSpeakers("Ines Varga said she had 'made mistakes' but insisted she had 'always acted within the rules'.")).toEqual(['Ines Varga', 'Ines Varga']);
    expect(quotesOf("The players' union and the clubs' owners met.")).toEqual([]);
    // Two words in single quotes that no one is said to have said are a scare quote.
    expect(quotesOf("The bill would brand charities 'foreign agents' in Tarvo.")).toEqual([]);
  });

  it('gives a quote said by "the 21-year-old Spaniard" to the subject of the sentence before, not to a name later in it', () => {
    expect(quoteSpeakers('Tomas Berg, the top seed, needed treatment on his thigh before he lost to Ines Varga. "It is not an excuse," the 21-year-old Spaniard said.')).toEqual(['Tomas Berg']);
    expect(quoteSpeakers('Tomas Berg, 22, had been seeking a third title. "Varga was better today," the Spaniard said.')).toEqual(['Tomas Berg']);
    // A quote going on in the next paragraph is the same speaker's, not the name its first part gave.
    const quotes = extractTexts({ q: 'Match\nPublished: 4 May 2022\n\nTomas Berg praised his striker. "Ines Varga plays like a champion," the Italian said.\n\n"She can play anywhere.' })[0].quotes;
    expect(quotes.map((q) => q.speakerName)).toEqual(['Tomas Berg', 'Tomas Berg']);
  });

  it('reads "claimed responsibility" and "claimed 40 lives" as deeds, not claims, and "claimed that" as a claim', () => {
    expect(paraphrases('A group calling itself Grey Tarn claimed responsibility for the attack on its leak site on Tuesday night.')).toEqual([]);
    expect(paraphrases('The storm claimed 40 lives in Tarvo.')).toEqual([]);
    expect(paraphrases('The group claimed that it had stolen 2.3 terabytes of data.')).toEqual([['The group', 'it had stolen 2.3 terabytes of data']]);
  });

  it('reads "confirmed that", "reported that", "noted that" as sayings, not "confirmed the arrest", and leaves "Late last night" out of who', () => {
    expect(paraphrases('The ministry confirmed that 12 people had died in the fire.')).toEqual([['The ministry', '12 people had died in the fire']]);
    expect(paraphrases('Late last night the Harbour Health Agency reported that a man from Tarvo had become infected.')).toEqual([['Harbour Health Agency', 'a man from Tarvo had become infected']]);
    expect(paraphrases('Police confirmed the arrest of a 61-year-old man.')).toEqual([]);
  });

  it('takes no name in a fronted phrase for the subject ("A day after a jury found Tom Berg guilty, Harlow officials said")', () => {
    expect(paraphrases('A day after a federal jury found former mayor Tomas Berg guilty of fraud, Harlow officials said they would review every contract.')).toEqual([['Harlow officials', 'they would review every contract']]);
    expect(paraphrases('After meeting Ines Varga on Monday, the ministers said they would wait.')).toEqual([['the ministers', 'they would wait']]);
    expect(paraphrases('After the vote, Ines Varga said she would resign.')).toEqual([['Ines Varga', 'she would resign']]);
  });

  it('takes a shared body\'s name with its "and" for who said it ("…, Velmar and Tarvo Police said")', () => {
    expect(paraphrases('A man died after a tree fell on his car near Harlow, Velmar and Tarvo Police said.')).toEqual([['Velmar and Tarvo Police', 'A man died after a tree fell on his car near Harlow']]);
  });

  it('gives "She called for a "truce"" opening a sentence to the one "she" is', () => {
    expect(quoteSpeakers('"I assume the presidency," Ines Varga, 60, told lawmakers. She called for a "political truce" and said she would serve until July.')).toEqual(['Ines Varga', 'Ines Varga']);
  });

  it('takes no "and" after a quote for its speaker: "Roe said it had been "fixed," and stressed …" is Roe\'s', () => {
    expect(quoteSpeakers('Ines Varga said the problem had been "identified and fixed," and stressed that it was no attack.')).toEqual(['Ines Varga']);
  });

  it('gives a quote to whoever "called" it so after an earlier "according to"', () => {
    expect(quoteSpeakers('The talks lasted 11 hours, according to the Harlow Teachers Union, whose leader Ines Varga called the deal "an honourable compromise".')).toEqual(['Ines Varga']);
  });

  it('reads a name after "said" past the full stops of "U.S." and "Lt. Gov."', () => {
    expect(quoteSpeakers('"The people trusted him," said Assistant U.S. Attorney Ines Varga after the verdict. "It is over," said Lt. Gov. Tomas Berg.')).toEqual(['Ines Varga', 'Tomas Berg']);
  });

  it('leaves a fronted "By Wednesday evening," or "Across the north," out of who said it', () => {
    expect(paraphrases('By Wednesday evening, the Tarvo Grid Authority said 99% of customers had been reconnected.')).toEqual([['Tarvo Grid Authority', '99% of customers had been reconnected']]);
    expect(paraphrases('Across the north, the regional grid company said lines were down.')).toEqual([['the regional grid company', 'lines were down']]);
  });

  it('gives a headline\'s quote after "Name in Tarvo:" to that name', () => {
    const quotes = extractTexts({ q: "Ines Varga in Tarvo: 'The delta is sinking faster than the sea is rising'\nPublished: 4 May 2022\n\nInes Varga toured a sluice gate in Tarvo on Thursday." })[0].quotes;
    expect(quotes.map((q) => [q.speakerName, q.text])).toEqual([['Ines Varga', 'The delta is sinking faster than the sea is rising']]);
  });

  it('gives a quote to the kin or staff a name owns ("Berg\'s mother told …", "…," Ines Varga\'s lawyer said), not to the owner; a letter is its owner\'s', () => {
    expect(quoteSpeakers('Tomas Berg went missing on Monday. Berg\'s mother told local radio that the family had "never given up hope".')).toEqual(["Berg's mother"]);
    expect(quoteSpeakers('"She is innocent," Ines Varga\'s lawyer said.')).toEqual(["Ines Varga's lawyer"]);
    expect(quoteSpeakers('Tomas Berg\'s letter called the raids "extremism and terrorism".')).toEqual(['Tomas Berg']);
  });

  it('gives a quote to the subject after a fronted phrase naming someone else, and to the one who said it before an "according to" source', () => {
    expect(quoteSpeakers('During talks with President Ines Varga on Saturday, Tomas Berg said the two countries should be "good neighbours".')).toEqual(['Tomas Berg']);
    expect(quoteSpeakers('Tomas Berg told Ines Varga that the two countries were "neighbours that cannot move away", according to Harbour TV.')).toEqual(['Tomas Berg']);
    expect(quoteSpeakers('The plan was "dead on arrival", according to Ines Varga.')).toEqual(['Ines Varga']);
  });

  it('gives a closing saying with a name in apposition to that name ("…, the mayor of Tarvo, Carla Tavares, said", "…, the region\'s police, the Harbour Guard, said")', () => {
    expect(paraphrases('Residents evacuated near Tarvo on Wednesday have returned home, the mayor of Tarvo, Carla Tavares, said.')).toEqual([['Carla Tavares', 'Residents evacuated near Tarvo on Wednesday have returned home']]);
    expect(paraphrases("The attack began at about 5:15 p.m. in the mall, the region's police, the Harbour Guard, said on Saturday.")).toEqual([['Harbour Guard', 'The attack began at about 5:15 p.m. in the mall']]);
  });

  it('reads "claimed £41,200" as a deed and "…, the Harbour Post understands" as who says it', () => {
    expect(paraphrases('Tomas Berg claimed £41,200 over four years, the Harbour Post understands.')).toEqual([['Harbour Post', 'Tomas Berg claimed £41,200 over four years']]);
    expect(paraphrases('Tomas Berg claimed that he had paid the money back.')).toEqual([['Tomas Berg', 'he had paid the money back']]);
  });

  it('takes no clause after "said" for a description, nor a name set off before it for an object', () => {
    // Neither "the water reached the first floor…" nor "the agency, which …, had mapped …" speaks.
    expect(paraphrases('Tomas Berg, 71, who has lived by the river for 40 years, said the water reached the first floor of his house within an hour.')).toEqual([['Tomas Berg', 'the water reached the first floor of his house within an hour']]);
    expect(paraphrases('The numbers arrived as the port minister, Ines Varga, said the Harbour Board, which runs the docks, had cut fees.').map(([who]) => who)).toEqual(['Ines Varga']);
    expect(paraphrases('According to a statement from the harbour police, the suspect will be heard by a judge on Thursday.')).toEqual([['the harbour police', 'the suspect will be heard by a judge on Thursday']]);
  });

  it('lets a body named in apposition speak, and an attribution end in a trailing clause', () => {
    const [q] = quotesOf("The country's power company, the Federal Grid Commission, said on Monday it had restored power to most homes.");
    expect(q).toMatchObject({ speakerName: 'Federal Grid Commission', text: 'it had restored power to most homes' });
    const [r] = quotesOf('The death toll rose to 27 on Thursday, Security Minister Rosa Elvira Mendoza said, a day after the storm hit the city.');
    expect(r).toMatchObject({ speakerName: 'Rosa Elvira Mendoza', text: 'The death toll rose to 27 on Thursday' });
  });

  it('attributes "…, according to X." to X, and a saying dated "last week"; figures alone name no one', () => {
    expect(quotesOf('About 800,000 households will pay more, according to the Harbour Lenders Association.')[0]).toMatchObject({ speakerName: 'Harbour Lenders Association', text: 'About 800,000 households will pay more' });
    expect(quotesOf('Prices rose 8.7% in May, the statistics office said last week.')[0]).toMatchObject({ speakerName: 'the statistics office', text: 'Prices rose 8.7% in May' });
    expect(quotesOf('Unemployment fell to 4%, according to figures released on Monday.')).toEqual([]);
    // A named body's data is that body's word.
    expect(quotesOf('Harlow Air cancelled 1,200 flights on Saturday, according to FlightTrack data.')[0]).toMatchObject({ speakerName: 'FlightTrack' });
    expect(quotesOf('According to Tarvo Bank figures, prices rose 3%.')[0]).toMatchObject({ speakerName: 'Tarvo Bank' });
  });

  it('gives a quote "his defence called" so to the defence, not to the man named before', () => {
    const [q] = quotesOf('Erik Vandrup was sentenced to prison, a verdict his defence called "deeply flawed".');
    expect(q).toMatchObject({ text: 'deeply flawed', speakerName: 'his defence' });
  });

  it('attributes "…, lawyer Jane Roe said." and "…, his lawyer said on Tuesday."', () => {
    expect(quotesOf('The appeal will be heard in the autumn, lawyer Mads Tofteby said.')[0]).toMatchObject({ speakerName: 'Mads Tofteby', text: 'The appeal will be heard in the autumn' });
    expect(quotesOf('Erik Vandrup has appealed his conviction, his lawyer said on Tuesday.')[0]).toMatchObject({ speakerName: 'his lawyer', text: 'Erik Vandrup has appealed his conviction' });
  });

  it('takes "she" after "…, Helena Marsk said." for the one who said it, and a full name in apposition over a guessed word', () => {
    const qs = quotesOf('An inquiry led by former judge Arne Lundberg will report by June, Helena Marsk said. "We will find out who is responsible," she told parliament.');
    expect(qs.map((q) => [q.kind, q.speakerName])).toEqual([['paraphrase', 'Helena Marsk'], ['quote', 'Helena Marsk']]);
    const [p] = quotesOf("Vantoria's president of global affairs, Nadia Brennock, said the company would appeal.");
    expect(p.speakerName).toBe('Nadia Brennock');
    expect(quotesOf('The commission said Vantoria had broken the rules for four years.')[0].text).toBe('Vantoria had broken the rules for four years');
  });

  it('gives "in what Beijing called "…"" to Beijing, and keeps "on Friday evening" out of what was said', () => {
    expect(quotesOf('The drills began on Thursday, in what Beijing called "strong punishment" for separatist acts.')[0]).toMatchObject({ speakerName: 'Beijing', text: 'strong punishment' });
    expect(quotesOf("The navy said on Friday evening it had ended the drills.")[0].text).toBe('it had ended the drills');
  });

  it('takes "announced the cuts" for a deed and "announced that …" for words', () => {
    // (What follows "saying" is words, the carmaker's; the cuts it announced are a deed.)
    expect(quotesOf('The carmaker announced the closures on Tuesday, saying it hopes to save money.').map((q) => [q.speakerName, q.text])).toEqual([['The carmaker', 'it hopes to save money']]);
    expect(quotesOf('The ministry announced that the border would reopen on Monday.')[0]).toMatchObject({ speakerName: 'The ministry', text: 'the border would reopen on Monday' });
  });

  it('carries a quote left open at a paragraph\'s end into the next paragraph, with its speaker', () => {
    const qs = quotesOf('"We have fished these waters for centuries," said Tom Aldrin, who chairs the fishermen\'s association. "The turbines will close our best grounds.\n\n"Nobody asked us. Not once."');
    expect(qs.map((q) => [q.text, q.speakerName])).toEqual([
      ['We have fished these waters for centuries', 'Tom Aldrin'], ['The turbines will close our best grounds', 'Tom Aldrin'], ['Nobody asked us. Not once', 'Tom Aldrin'],
    ]);
  });

  it('attributes a quote closed by a comma to the name after it', () => {
    const [q] = quotesOf('“We will not give up the port,” Mayor Vitali Klitschko said.');
    expect(q).toMatchObject({ kind: 'quote', text: 'We will not give up the port', speakerName: 'Vitali Klitschko' });
  });

  it('attributes "said X" after the quote to the last name in that phrase', () => {
    const [q] = quotesOf('The city is "holding on," said defence adviser Ihor Zhovkva.');
    expect(q.speakerName).toBe('Ihor Zhovkva');
  });

  it('follows a pronoun to the subject of an earlier sentence, across a sentence break inside the quote', () => {
    const qs = quotesOf('Mateusz Morawiecki spoke to reporters in Warsaw.\n\n"Open the corridor. Let the grain go," he said.');
    expect(qs.find((q) => q.kind === 'quote')).toMatchObject({ text: 'Open the corridor. Let the grain go', speakerName: 'Mateusz Morawiecki' });
  });

  it('takes the speaker before a mid-sentence quote', () => {
    const [q] = quotesOf('Pentagon spokesman John Kirby said the troops were "behind schedule" in the north.');
    expect(q.speakerName).toBe('John Kirby');
  });

  it('keeps an unnamed speaker as written instead of guessing a person', () => {
    const [q] = quotesOf('“The enemy has slowed its advance,” the general staff of the army said.');
    expect(q.speakerName).toBe('the general staff of the army');
  });

  it('leaves when it was said ("last week", "earlier this month", "repeatedly that", "shortly after midnight that") out of what was said, not "earlier talks"', () => {
    const texts = (body: string) => quotesOf(body).map((q) => q.text);
    expect(texts("Velmar's government said last week that 14 suspects had been arrested.")).toEqual(['14 suspects had been arrested']);
    expect(texts('Officials said earlier this month that the dam was safe.')).toEqual(['the dam was safe']);
    expect(texts('Mayor Ilse Brandt said repeatedly that the plan would fail.')).toEqual(['the plan would fail']);
    expect(texts('Mayor Ilse Brandt said earlier talks had failed badly.')).toEqual(['earlier talks had failed badly']);
    expect(texts('The council chief said shortly after midnight that Jane Roe had won 5.1 million votes.')).toEqual(['Jane Roe had won 5.1 million votes']);
  });

  it('records "X said that …" as a paraphrase', () => {
    const qs = quotesOf('Recep Tayyip Erdogan said that the two sides agreed to meet again.');
    expect(qs).toEqual([expect.objectContaining({ kind: 'paraphrase', speakerName: 'Recep Tayyip Erdogan', text: 'the two sides agreed to meet again' })]);
  });
  it('takes the name in apposition for the speaker and leaves "on Twitter that" out of the claim', () => {
    const qs = quotesOf("The union's leader, Maria Okafor, said on Twitter that her members would return to work.");
    expect(qs).toEqual([expect.objectContaining({ kind: 'paraphrase', speakerName: 'Maria Okafor', text: 'her members would return to work' })]);
  });

  it('does not read a participle before "since" as a saying', () => {
    expect(quotesOf('Several earlier truces announced since the fighting began were broken within hours.')).toEqual([]);
  });

  it('reads a closing attribution, and gives "the official" the description it was introduced with', () => {
    const qs = quotesOf('The deal was signed late on Thursday, a senior port official told reporters. "This is not the end of the strike," the official said.');
    expect(qs.map((q) => [q.kind, q.speakerName])).toEqual([['paraphrase', 'a senior port official'], ['quote', 'a senior port official']]);
  });
  it('gives "the council" the organisation named before, and leaves a dateline out of the claim', () => {
    const qs = quotesOf('ANKARA (Harbour Wire) - The incumbent won 52.2% of the vote, the Supreme Election Council said. Turnout was 88.9%, the council said.');
    expect(qs.map((q) => [q.speakerName, q.text])).toEqual([
      ['Supreme Election Council', 'The incumbent won 52.2% of the vote'],
      ['Supreme Election Council', 'Turnout was 88.9%'],
    ]);
  });
  it('ends a figure\'s subject at a comma after its unit, not at a bracket', () => {
    expect(subjects('The deal gives nurses a 9% raise over three years, union leader Oda Brekk said.')).toEqual([['9 %', 'raise']]);
    expect(subjects('They agreed a $12m (10 million euros) cash deal.')).toEqual([['$12m', 'cash deal'], ['10 million euros', 'cash deal']]);
  });

  it('counts a part whose noun is left out before a participle as the count before it does, and marks it a part', () => {
    const figures = figuresInSentence(sentence('Officials said 40 wagons derailed, including 11 carrying fuel.'));
    expect(figures.map((f) => [f.text, f.subject, f.part ?? false])).toEqual([['40', 'wagons', false], ['11', 'wagons', true]]);
  });

  it('reads basis and percentage points as units, ends a figure\'s phrase at a comma after "per cent", and skips multipliers and frequencies', () => {
    const figures = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.unit, f.subject]);
    expect(figures('The bank raised its key rate by 50 basis points to 6.5%.')).toEqual([['50 basis points', 'basis point', ''], ['6.5 %', 'percent', 'key rate']]);
    expect(figures('Growth slowed by 1.5 percentage points.')).toEqual([['1.5 percentage points', 'percentage point', '']]);
    expect(figures('The rise, to 6.5 per cent, caught most analysts off guard.')).toEqual([['6.5 per cent', 'percent', '']]);
    expect(figures('Inflation, at 9.8 per cent, is more than three times the target.')).toEqual([['9.8 per cent', 'percent', 'inflation']]);
    expect(figures('The committee votes eight times a year.')).toEqual([]);
    expect(figures('The firm discharged sewage into the river more than 900 times.')).toEqual([['more than 900', '', 'times']]);
  });

  it('counts what the count before it did in "Police gave a figure of 38,000", and people in "put the turnout at 120,000"', () => {
    const figures = extractTexts({ q: 'Published: 4 May 2022\n\nMarch\n\nUnions said 150,000 people joined the march, while police put the turnout at 120,000. The ministry gave a lower figure of 38,000.' })[0].figures;
    expect(figures.map((f) => [f.text, f.subject])).toEqual([['150,000', 'people'], ['120,000', 'people'], ['38,000', 'people']]);
  });

  it('counts votes on both sides of "by 312 votes to 279" and "311 in favour and 278 against"', () => {
    expect(subjects('The parliament approved the reform by 312 votes to 279.')).toEqual([['312', 'votes'], ['279', 'votes']]);
    expect(subjects('It passed with 311 votes in favour and 278 against.')).toEqual([['311', 'votes'], ['278', 'votes']]);
  });

  it('reads "no more than 5 years" as an upper bound, not "more than"', () => {
    expect(figuresInSentence(sentence('His lawyer had asked for a sentence of no more than 5 years.')).map((f) => [f.text, f.bound])).toEqual([['no more than 5 years', 'up to']]);
  });

  it('ends a figure\'s subject before "worth", "valued" or "each"', () => {
    expect(subjects('They stole 12 gold bars worth about a million pounds.').slice(0, 1)).toEqual([['12', 'gold bars']]);
    expect(subjects('Some 300,000 people each year fall ill.')).toEqual([['Some 300,000', 'people']]);
  });

  it('reads "nine and a half years" as one figure of 9.5 years', () => {
    const figures = figuresInSentence(sentence('He was jailed for nine and a half years, and his aide for 2 and a half.'));
    expect(figures.map((f) => [f.text, f.value, f.unit])).toEqual([['nine and a half years', 9.5, 'year']]);
  });

  it('counts no age that marks out a group, and marks a measure of a group a part', () => {
    const figures = figuresInSentence(sentence('Turnout among voters under 30 was just 52%, and 4,000 people over 65 voted by post.'));
    expect(figures.map((f) => [f.text, f.subject, f.part ?? false])).toEqual([['52 %', 'turnout', true], ['4,000', 'people', false]]);
  });

  it('gives a distance or a sum no subject from a measure noun before it ("temperature about 20 miles before")', () => {
    expect(subjects('A detector read the bearing above ambient temperature about 20 miles before the crash.')).toEqual([['about 20 miles', '']]);
    expect(subjects('Inflation rose to 4.2% in May.')).toEqual([['4.2 %', 'inflation']]);
  });

  it('reads a share right after a name ("gave the Harlow Party 31.5% of the vote", "Berg 31.5 per cent") as a figure, not a model number', () => {
    const texts = (text: string) => figuresInSentence(sentence(text)).map((f) => f.text);
    expect(texts('Final results gave the Harlow Party 31.5% of the vote and 59 seats.')).toEqual(['31.5 %', '59']);
    expect(texts('Roe won 38.2% of the vote and Berg 31.5 per cent.')).toEqual(['38.2 %', '31.5 per cent']);
  });

  it('reads a change in consumer prices as inflation, and in other prices as those prices', () => {
    expect(subjects('Consumer prices rose 2.6% in the year to August.')).toEqual([['2.6 %', 'inflation']]);
    expect(subjects('Fuel prices rose 12% in a week.')).toEqual([['12 %', 'prices']]);
  });

  it('names a measure of a whole by the whole\'s noun phrase: "three days of national mourning", "4% of their global annual turnover"', () => {
    expect(subjects('He declared three days of national mourning.')).toEqual([['three days', 'national mourning']]);
    expect(subjects('It can fine companies up to 4% of their global annual turnover.')).toEqual([['up to 4 %', 'global annual turnover']]);
    expect(subjects('About 40 percent of the catch was lost.')).toEqual([['About 40 percent', 'catch']]);
    // A sum's subject: the clause's noun before "between", or the noun whose sum reached it.
    expect(subjects('Trade between the two countries was worth about $48 billion last year.')).toEqual([['about $48 billion', 'trade']]);
    expect(subjects('Bilateral trade reached $52 billion in 2024.')).toEqual([['$52 billion', 'trade']]);
    // ("will save €800 million a year", "€750 million annually": a saving, and an adverb is no subject.)
    expect(subjects('The plan will save €800 million a year.')).toEqual([['€800 million', 'savings']]);
    expect(subjects('The plan would save €750 million annually.')).toEqual([['€750 million', 'savings']]);
    expect(subjects('Sales could hit $2.3 billion by spring.')).toEqual([['$2.3 billion', '']]);
    expect(subjects('The jewels stolen from the museum are worth an estimated 88 million euros.')).toEqual([['88 million euros', 'jewels']]);
    // ("62% of the Tarn Fire, which …": a named whole leaves no determiner for a subject.)
    expect(subjects('Crews have contained 62% of the Tarn Fire, which has burned for days.')).toEqual([['62 %', '']]);
  });

  it('counts a capacity as one ("licensed to carry 50 people"), people "on board" as aboard, and "the 120 reported by police" as what its sentence counts', () => {
    expect(subjects('The boat was licensed to carry 50 people.')).toEqual([['50', 'capacity']]);
    expect(subjects('The plane, which can seat 180 passengers, crashed.')).toEqual([['180', 'capacity']]);
    expect(subjects('A witness saw lorries able to carry some 250 soldiers.')).toEqual([['some 250', 'capacity']]);
    const [r] = extractTexts({ a: 'Ferry\n\nPublished: 16 June 2024\n\nThe ferry left with more than 150 people on board, far above the 120 reported by police.' });
    expect(r.figures.map((f) => [f.text, f.subject])).toEqual([['more than 150', 'people aboard'], ['120', 'people aboard']]);
  });

  it('counts "the 120,000 first reported" as what its sentence counts, not as "first"', () => {
    const [r] = extractTexts({ a: 'Airline\n\nPublished: 5 September 2025\n\nThe ministry now puts the number at 95,000 passengers, fewer than the 120,000 first reported.' });
    expect(r.figures.map((f) => [f.text, f.subject])).toEqual([['95,000', 'passengers'], ['120,000', 'passengers']]);
  });

  it('counts what "the number of striking workers" names, and a bare number a source gives as the doer of a deed', () => {
    expect(subjects('The employers put the number of striking workers at 2,700.')).toEqual([['2,700', 'striking workers']]);
    expect(subjects('The number of measles cases linked to the outbreak has risen to 159, officials said.')).toEqual([['159', 'measles cases']]);
    expect(subjects('The number of striking workers was 2,700.')).toEqual([['2,700', 'striking workers']]);
    // A rate per so many is a unit of its own, not a count.
    expect(figuresInSentence(sentence('The number of graduates was 4,120 per 100,000, the census said.')).map((f) => [f.text, f.unit])).toEqual([['4,120 per 100,000', 'per 100,000']]);
    const [r] = extractTexts({ a: 'Strike\n\nPublished: 6 March 2025\n\nThe employers put the number of striking workers at 2,700, while the union said 3,400 had joined the walkout.' });
    expect(r.figures.map((f) => [f.text, f.subject])).toEqual([['2,700', 'striking workers'], ['3,400', 'striking workers']]);
  });

  it('names a sum by the noun a copula gives it: "the ransom was $5 million", "the bail is $20,000"', () => {
    expect(subjects('The group said the ransom was $5 million.')).toEqual([['$5 million', 'ransom']]);
    expect(subjects('The bail is $20,000.')).toEqual([['$20,000', 'bail']]);
    expect(subjects('The mission\'s budget is 6.1 billion rupees.')).toEqual([['6.1 billion rupees', 'budget']]);
  });

  it('names a sum by the deed that moved it as well as by what it was for: "claimed £40,000 in expenses", "claimed £38,500 for the London flat"', () => {
    expect(subjects('He had claimed more than £40,000 in expenses.')).toEqual([['more than £40,000', 'expenses claimed']]);
    expect(subjects('He had claimed £38,500 for the Tarvo flat.')).toEqual([['£38,500', 'claimed']]);
    expect(subjects('We have invested £120m in our network.')).toEqual([['£120m', 'invested']]);
  });

  it('names a change by the head noun of what a deed changed, before what it is "of": "cut the risk of developing bowel cancer by 21%"', () => {
    expect(subjects('Taking a low-dose aspirin every day cut the risk of developing bowel cancer by 21%.')).toEqual([['21 %', 'risk']]);
  });

  it('reads numbers written in words of several parts: "One hundred and thirty-one cardinals", "forty-two miles"', () => {
    const values = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.value, f.subject]);
    expect(values('One hundred and thirty-one cardinals processed in.')).toEqual([['One hundred and thirty-one', 131, 'cardinals']]);
    expect(values('Forty-two miles of road and six hundred homes were cut off.')).toEqual([['Forty-two miles', 42, 'road'], ['six hundred', 600, 'homes']]);
    expect(values('The thirty-one-year-old striker scored.')).toEqual([]);
  });

  it('takes no age for a figure ("a 52-year-old captain"), but keeps a span ("a 9-day strike")', () => {
    const texts = (text: string) => figuresInSentence(sentence(text)).map((f) => f.text);
    expect(texts('The captain, a 52-year-old sailor, and a 3-month-old baby were rescued after a 9-day search.')).toEqual(['9-day']);
  });

  it('names what money is worth past "were" and before "an estimated", and never a verb', () => {
    const subjects = (text: string) => figuresInSentence(sentence(text)).map((f) => f.subject);
    expect(subjects('The stolen brooches were worth €4 million, the insurer said.')).toEqual(['brooches']);
    expect(subjects('Six paintings worth an estimated $30 million were taken.')).toEqual(['paintings']);
    expect(subjects('The paintings, which were worth $30 million, vanished.')).toEqual(['']);
    // A noun a preposition governs is no subject: the contracts were worth it, not the associates.
    expect(subjects('According to court records, the contracts he steered to associates were worth about $2.6 million.')).toEqual(['contracts']);
  });

  it('reads "£2.1bn" and "$5m" after a currency sign, and pence', () => {
    const of = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.value, f.unit]);
    expect(of('The group agreed a £2.1bn takeover and raised $5m more.')).toEqual([['£2.1bn', 2.1e9, 'gbp'], ['$5m', 5e6, 'usd']]);
    expect(of('It will pay 415p a share.')).toEqual([['415p', 415, 'pence']]);
  });

  it('names the closing speaker, not the first name in the claim', () => {
    const qs = quotesOf("Harbour Freight, the port's biggest carrier, has agreed to a merger with Delta Lines, the companies said on Monday, ending months of talks.");
    expect(qs.map((q) => [q.speakerName, q.text])).toEqual([['the companies', "Harbour Freight, the port's biggest carrier, has agreed to a merger with Delta Lines"]]);
  });
  it('reads "Lawyers for Jane Roe told the Court of Appeal for Harlow on Tuesday that …" as her lawyers\' words, without whom they told', () => {
    expect(paraphrases('Lawyers for Jane Roe told the Court of Appeal for Harlow on Tuesday that a meal of tainted beef was the source.')).toEqual([['Lawyers for Jane Roe', 'a meal of tainted beef was the source']]);
  });

  it('reads "According to X, …", a second quote sentence, "In a statement, X said", "told the BBC that" and single quotes', () => {
    const qs = quotesOf([
      'According to Health Minister Ana Ruiz, the outbreak is under control.',
      '"We never received the warning," said Maria Lopez, a resident. "Nobody told us anything."',
      'In a statement, the ministry said it was "deeply concerned" about the reports.',
      'Kowalski told the BBC that the city would need months to recover.',
      "The mayor, Jan Kowalski, said: 'We will rebuild every house.' The Taliban's spokesman didn't comment on the 'rumours'.",
    ].join('\n\n'));
    expect(qs.map((q) => [q.kind, q.speakerName, q.text])).toEqual([
      ['paraphrase', 'Ana Ruiz', 'the outbreak is under control'],
      ['quote', 'Maria Lopez', 'We never received the warning'],
      ['quote', 'Maria Lopez', 'Nobody told us anything'],
      ['quote', 'the ministry', 'deeply concerned'],
      ['paraphrase', 'Kowalski', 'the city would need months to recover'],
      ['quote', 'Jan Kowalski', 'We will rebuild every house'],
    ]);
  });
  it('takes the speech verb nearest the quote, and whoever "called" something so', () => {
    const qs = quotesOf('Asked about the deal, Pedro Alvarez said: "It is done."\n\nThe ministry called the report "baseless and irresponsible".');
    expect(qs.map((q) => [q.speakerName, q.text])).toEqual([['Pedro Alvarez', 'It is done'], ['The ministry', 'baseless and irresponsible']]);
  });

  it('gives a quote after a colon to the name set off after an opening office ("The developer\'s chief executive, X, was blunt: …")', () => {
    const qs = quotesOf('The developer\'s chief executive, Piotr Nowak, was blunt: "Without these homes, Harlow stands still."');
    expect(qs.map((q) => [q.speakerName, q.text])).toEqual([['Piotr Nowak', 'Without these homes, Harlow stands still']]);
  });

  it('takes the subject of a closing "when" or "after" clause for whoever said or demanded something', () => {
    const qs = quotesOf('Norway has condemned the crackdown and drew a rebuke on Sunday when a Velmari adviser said Tarvo would not accept interference.\n\nThe strike began after the union demanded "a fair wage for every shift".');
    expect(qs.map((q) => [q.speakerName, q.text])).toEqual([['a Velmari adviser', 'Tarvo would not accept interference'], ['the union', 'a fair wage for every shift']]);
  });

  it('finds whoever "described" something so in the verb\'s own clause, not a name earlier in the sentence', () => {
    const qs = quotesOf('Talks between Velmar and the Harlow Union ended on Tuesday without a deal, though the mediator described them as "constructive".');
    expect(qs.map((q) => [q.speakerName, q.text])).toEqual([['the mediator', 'constructive']]);
  });
});

describe('figures', () => {
  it('normalises value, unit, bound and subject', () => {
    const fs = figuresInSentence(sentence('At least 352 civilians died, more than 4,500 soldiers were killed and $630 billion in reserves were frozen as rates rose to 20 percent.'));
    expect(fs.map((f) => [f.bound, f.value, f.unit, f.subject])).toEqual([
      ['at least', 352, '', 'civilians'], ['more than', 4500, '', 'soldiers'], ['exact', 630e9, 'usd', 'reserves'], ['exact', 20, 'percent', ''],
    ]);
  });

  it('ends the counted noun before a verb of state or "without": "1.8 million households remain without power"', () => {
    const subjects = (text: string) => figuresInSentence(sentence(text)).map((f) => f.subject);
    expect(subjects('About 1.8 million households remain without power.')).toEqual(['households']);
    expect(subjects('Some 4,000 families face eviction.')).toEqual(['families']);
    expect(subjects('It left 9,000 people without water.')).toEqual(['people']);
    expect(subjects('Another 47 people remain missing.')).toEqual(['people missing']);
    // Nor is a pronoun or "between" part of it; "US" in capitals is a name.
    expect(subjects('The offer fell short of the 9% it is seeking. They split $9,370 between them. Police counted 10 US states.')).toEqual(['', '', 'US states']);
  });

  it('counts no decade ("a man in his 70s", "the 90s")', () => {
    expect(figuresInSentence(sentence("A man in his 70s died, and prices rose as in the '90s, but 40 homes were lost.")).map((f) => f.text)).toEqual(['40']);
  });

  it('counts no "Five years later" or "three days ago": a moment told from another, not a length of time', () => {
    expect(figuresInSentence(sentence('Five years later, the plant closed, three days ago it reopened, and the talks lasted two days.')).map((f) => f.text)).toEqual(['two days']);
  });

  it('reads "20 are missing" and "12 were killed" as counts of the missing and the killed', () => {
    const counted = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.value, f.subject]);
    expect(counted('At least three people were killed and 20 are missing, police said.')).toEqual([[3, 'people'], [20, 'missing']]);
    expect(counted('Of the crew, 12 were killed.')).toEqual([[12, 'killed']]);
    expect(counted('The 500 are a band.')).toEqual([]);
  });

  it('reads amounts in rupees, yen and other dollars by their signs, and crore and lakh as scales', () => {
    const money = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.value, f.unit]);
    expect(money('The state will spend Rs 1,200 crore on the project.')).toEqual([['Rs 1,200 crore', 12e9, 'inr']]);
    expect(money('Each family will get ₹2 lakh in compensation.')).toEqual([['₹2 lakh', 2e5, 'inr']]);
    expect(money('The bank lost ¥1.2 trillion.')).toEqual([['¥1.2 trillion', 1.2e12, 'jpy']]);
    expect(money('The deal is worth A$2 billion, or HK$50,000 a head.')).toEqual([['A$2 billion', 2e9, 'aud'], ['HK$50,000', 50000, 'hkd']]);
  });

  it('reads a vote\'s tally as the votes for, and a score as nothing', () => {
    const tally = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.value, f.unit, f.subject]);
    expect(tally('The committee voted 7-2 for the increase.')).toEqual([['7-2', 7, 'votes', 'vote']]);
    expect(tally('The Senate passed the bill by a 51-49 vote.')).toEqual([['51-49', 51, 'votes', 'vote']]);
    expect(tally('Harbour United won 3-1 on Saturday.')).toEqual([]);
  });

  it('reads hyphenated units and ignores dates, times, years and ordinals', () => {
    const fs = figuresInSentence(sentence('A 40-mile convoy was seen on March 3, 2022 at 1 p.m. before the second round and the 3rd meeting.'));
    expect(fs.map((f) => [f.value, f.unit, f.subject])).toEqual([[40, 'mile', 'convoy']]);
  });

  it('does not read "a second round" as a number', () => {
    expect(figuresInSentence(sentence('A second round of talks is planned.'))).toEqual([]);
  });
});

describe('quotes: more attributions', () => {
  it('takes the speaker from "according to X" after the quote', () => {
    const [q] = quotesOf('The ceasefire is "holding for now", according to Colonel Andriy Hrytsenko.');
    expect(q.speakerName).toBe('Andriy Hrytsenko');
  });

  it('takes the speaker from "X tweeted" after a quote', () => {
    const [q] = quotesOf('“Nothing was agreed,” Nika Melia tweeted after the meeting.');
    expect(q.speakerName).toBe('Nika Melia');
  });
});

describe('quotes: introductions and unnamed subjects', () => {
  it('gives a quote that follows "X said:" to X, across a paragraph break', () => {
    const qs = quotesOf('Foreign Minister Ayman Safadi told reporters in Amman:\n\n“We will not accept any change to the border.”');
    expect(qs.find((q) => q.kind === 'quote')?.speakerName).toBe('Ayman Safadi');
  });

  it('names an outlet before its appositive, and never "it"', () => {
    const [q] = quotesOf("China's Global Times, a tabloid run by the People's Daily, said the drills were \"a show of force\" on Monday.");
    expect(q.speakerName).toBe("China's Global Times");
    const [r] = quotesOf('“Production has stopped,” it said in a statement.');
    expect(r.speakerName).toBeNull();
  });
});

describe('quotes: across paragraphs and relative clauses', () => {
  it('goes on quoting a speaker in a paragraph that is one more quote', () => {
    const qs = quotesOf('“The ceasefire is holding,” Colonel Anna Maliar said.\n\n“We expect the next convoy to cross the river on Friday.”\n\nThe army denied it.\n\n“Nothing was agreed.”').filter((q) => q.kind === 'quote');
    expect(qs.map((q) => q.speakerName)).toEqual(['Anna Maliar', 'Anna Maliar', null]);
  });

  it('finds the subject before a "which …" clause', () => {
    const [q] = quotesOf('Hamas, which has run the enclave since 2007, said the abductors "had the intention to kill him from the beginning."');
    expect(q.speakerName).toBe('Hamas');
  });
});

describe('figures: what money costs', () => {
  it('reads "will cost Calvera 5.5 million euros" as a cost, a name before an amount with its scale being no model number', () => {
    expect(figuresInSentence(sentence('His exit will cost Calvera 5.5 million euros, a daily reported.')).map((f) => [f.text, f.unit, f.subject])).toEqual([['5.5 million euros', 'eur', 'cost']]);
    expect(figuresInSentence(sentence('The Boeing 737 landed.'))).toEqual([]);
  });

  it('reads what is said to be worth an amount: the sentence\'s subject, or the noun a "which … valued at" clause is about', () => {
    const worth = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.subject]);
    expect(worth('The paintings taken from the gallery on Sunday are worth an estimated 40 million euros, police said.')).toEqual([['40 million euros', 'paintings']]);
    expect(worth('The prosecutor said the paintings, which she valued at €45m on Saturday, had not been found.')).toEqual([['€45m', 'paintings']]);
  });
});

describe('figures: temperatures and the Richter scale', () => {
  it('reads "44C" and "104 °F" as temperatures, not "3 C-130 planes", and "6.8 on the Richter scale" as a magnitude', () => {
    const read = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.subject]);
    expect(read('Temperatures reached 44C in Seville.')).toEqual([['44 °C', 'temperature']]);
    expect(read('It was 104 °F in Phoenix.')).toEqual([['104 °F', 'temperature']]);
    expect(read('He bought 3 C-130 planes.')).toEqual([['3', 'C-130 planes']]);
    expect(read('The quake measured 6.8 on the Richter scale.')).toEqual([['6.8', 'magnitude']]);
  });

  it('reads "48.8 degrees Celsius" and "119.8 degrees Fahrenheit" as temperatures, but not "a 90 degree turn"', () => {
    const read = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.subject]);
    expect(read('Temperatures hit 48.8 degrees Celsius in Tarvo, or 119.8 degrees Fahrenheit.')).toEqual([['48.8 °C', 'temperature'], ['119.8 °F', 'temperature']]);
    expect(read('The car made a 90 degree turn.')).toEqual([['90', 'degree turn']]);
  });
});

describe('figures: speeds', () => {
  it('reads metres per second, mph and km/h as speeds, and what blew that fast', () => {
    const fs = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.unit, f.subject]);
    expect(fs('Gusts of up to 41 metres per second (92 mph) were measured at the airport.')).toEqual([['up to 41 metres per second', 'm/s', 'gusts'], ['92 mph', 'mph', '']]);
    expect(fs('The institute said gusts reached 38 metres per second at the airport.')).toEqual([['38 metres per second', 'm/s', 'gusts']]);
    expect(fs('The wind farm would power 400,000 homes.')).toEqual([['400,000', '', 'homes']]);
  });
});

describe('quotes: who said it, when other words stand near "said"', () => {
  // [what it shows, the sentence, the speakers expected]
  it.each<[string, string, string[]]>([
    ['the police in Velmark, not a name in a clause after "said"', 'A man died on Saturday when a tree fell on his car, police in Velmark said, as storm Ingrid swept across the region.', ['police']],
    ['"Roe, speaking after talks with Jane Doe, said: …" is Roe\'s', 'Dizon, speaking a day after his talks with Foreign Minister Nguyen Thi Lan, said: "Both sides showed goodwill."', ['Dizon']],
    ['"X began in April, when the government said …" is the government\'s', 'Construction began in April 2013, when Velmar\'s government said the dam would double the country\'s electricity output.', ["Velmar's government"]],
  ])('%s', (_, text, speakers) => {
    expect(quotesOf(text).map((q) => q.speakerName)).toEqual(speakers);
  });
});

describe('figures: a court\'s split', () => {
  it('reads "the 5-4 decision" as a vote, like "ruled 6-3"', () => {
    expect(figuresInSentence(sentence('The 5-4 decision ends a long fight, a day after the court ruled 6-3.')).map((f) => [f.text, f.subject])).toEqual([['5-4', 'vote'], ['6-3', 'vote']]);
  });
});

describe('figures: changes in per cent', () => {
  it('names what moved: "profit climbed 39%", "a 41% jump in operating profit", "Revenue rose 18% to $13.4 billion in the quarter"', () => {
    const fs = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.subject]);
    expect(fs('Operating profit climbed 39% to $2.3 billion.')).toEqual([['39 %', 'profit'], ['$2.3 billion', '']]);
    expect(fs('The shipper reported a 41% jump in third-quarter operating profit on Thursday.')).toEqual([['41 %', 'profit']]);
    expect(fs('Revenue rose 18% to $13.4 billion in the July-September period.')).toEqual([['18 %', 'revenue'], ['$13.4 billion', '']]);
    expect(fs('In the trial, the drug slowed cognitive decline by 27% compared with a placebo.')).toEqual([['27 %', 'decline']]);
    expect(fs('Harlow Inc fell 2.1% in Frankfurt.')).toEqual([['2.1 %', '']]);
    expect(fs('The council approved a 4.99% rise in council tax and cuts to libraries.')).toEqual([['4.99 %', 'tax']]);
    expect(fs('"We now see an 80% drop in cases and that is why we act," the health secretary said.')).toEqual([['80 %', 'cases']]);
  });
});

describe('figures: small numbers in words', () => {
  it('reads every number word from thirteen to ninety whole, never "six" out of "sixty" or "nine" out of "nineteen"', () => {
    const counted = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.value, f.subject]);
    expect(counted('Nineteen people died in the crush.')).toEqual([['Nineteen', 19, 'people']]);
    expect(counted('Police arrested seventeen men and sixty women.')).toEqual([['seventeen', 17, 'men'], ['sixty', 60, 'women']]);
    expect(counted('Eighty homes and ninety shops burned.')).toEqual([['Eighty', 80, 'homes'], ['ninety', 90, 'shops']]);
  });

  it('counts a small number in words when what it counts does something, and marks the whole a part is counted out of', () => {
    const counted = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.subject, f.whole ?? false]);
    expect(counted('Twelve wagons came off the rails, and three people were killed.')).toEqual([['Twelve', 'wagons', false], ['three', 'people', false]]);
    expect(counted('Eleven of the train\'s 32 wagons left the tracks.')).toEqual([['Eleven', 'wagons', false], ['32', 'wagons', true]]);
    // Known groups and small numbers that do nothing count no news.
    expect(counted('The two sides met in Minsk, and two leaders will speak.')).toEqual([]);
  });

  it('counts the people a deed was done to ("expelled six Velmar diplomats"), and those named in capitals who did one', () => {
    const counted = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.subject]);
    expect(counted('Norrland on Tuesday ordered six Velmar diplomats to leave within 72 hours.')).toEqual([['six', 'Velmar diplomats'], ['72 hours', '']]);
    expect(counted('Rescuers freed nine miners.')).toEqual([['nine', 'miners']]);
    expect(counted('Six Velmar diplomats were expelled.')).toEqual([['Six', 'Velmar diplomats']]);
    expect(counted('He ordered two coffees at the bar.')).toEqual([['two', 'coffees']]);
  });
});

describe('figures: not quantities', () => {
  it('skips the day of an abbreviated date and a clock time', () => {
    expect(figuresInSentence(sentence('Aug. 11 - Amateur video shows 40 protesters at 10.40 BST.')).map((f) => f.text)).toEqual(['40']);
    // A clock time in words is no count; a range of number words is.
    expect(figuresInSentence(sentence('Around twenty to midnight some 40 fans were still inside.')).map((f) => f.text)).toEqual(['some 40']);
    expect(figuresInSentence(sentence('About three to four in every 100 patients in the trial recovered.')).map((f) => f.text)).toContain('About three');
  });
});

describe('quotes: more ways of saying', () => {
  it('reads closing attributions, more speech verbs, and a name in apposition after a time', () => {
    const qs = quotesOf('Health minister Alan Johnson spoke on Monday. There were "very strong" plans in place to deal with the flu, he said. On Monday the EU health commissioner, Androulla Vassiliou, advised travellers not to go "unless it is very urgent". "It has happened before," the chief medical officer informed a presenter. Chan appeared to allay fears, adding: "We are not there yet."').filter((q) => q.kind === 'quote');
    expect(qs.map((q) => q.speakerName)).toEqual(['Alan Johnson', 'Androulla Vassiliou', 'the chief medical officer', 'Chan']);
  });

  it('gives a quote to a body named before its description ("Harlow Shipping, the ferry operator, said"), not to a place phrase before an office', () => {
    const qs = quotesOf('Harlow Shipping, the ferry operator, said the ships were "fully safe" on Monday. In Tarvo, the harbour master, Jane Roe, called the damage "serious" on Tuesday.').filter((q) => q.kind === 'quote');
    expect(qs.map((q) => [q.text, q.speakerName])).toEqual([['fully safe', 'Harlow Shipping'], ['serious', 'Jane Roe']]);
  });

  it('gives a quoted phrase closed by "…, the company said" or "said the harbour master." to the body or office as written', () => {
    const qs = quotesOf('Brantby Resources runs the mine. A second shaft would take "at least five days" to drill, the company said. Ferries would be "back by May", said the harbour master.').filter((q) => q.kind === 'quote');
    expect(qs.map((q) => [q.text, q.speakerName])).toEqual([['at least five days', 'the company'], ['back by May', 'the harbour master']]);
  });

  it('gives a closing saying to the speaker as written when the name in it only owns or describes the speaker ("the head of Velmar\'s space agency said")', () => {
    expect(paraphrases('A faulty valve caused the loss of the rocket, the head of Velmar\'s space agency said on Monday.')).toEqual([["the head of Velmar's space agency", 'A faulty valve caused the loss of the rocket']]);
    expect(paraphrases('Rocket failure caused by engine fault, Velmar space chief says')).toEqual([['Velmar space chief', 'Rocket failure caused by engine fault']]);
    expect(paraphrases('The port will reopen, the mayor of Tarvo, Jane Roe, said.')).toEqual([['Jane Roe', 'The port will reopen']]);
    // …and so is a quote closed the same way.
    const qs = quotesOf('The valve had been "badly fitted", the head of Velmar\'s space agency said on Monday. "People have taken arms," Landis at Harlow University said.').filter((q) => q.kind === 'quote');
    expect(qs.map((q) => [q.text, q.speakerName])).toEqual([['badly fitted', "the head of Velmar's space agency"], ['People have taken arms', 'Landis']]);
  });

  it('gives a saying inside a clause a conjunction opens to that clause\'s subject ("…in Tarvo, where witnesses said …", "…, though officials said …")', () => {
    expect(paraphrases('Police fired tear gas at demonstrators in Tarvo, where witnesses said about 8,000 people had gathered.')).toEqual([['witnesses', 'about 8,000 people had gathered']]);
    expect(paraphrases('Thousands joined the parties, though officials said the south seemed keener than the north.')).toEqual([['officials', 'the south seemed keener than the north']]);
    expect(paraphrases('Harbour chief Jane Roe hinted at it in a speech, when she noted that trade was slowing.')).toEqual([['Jane Roe', 'trade was slowing']]);
  });

  it('gives a closing attribution said "in a statement" or "at the scene" to the name in it, past a title and a name earlier in the sentence', () => {
    expect(paraphrases('The crowd surged after a set by Kessa Vellan, Interior Minister Dalia Osterby told reporters at the scene.')).toEqual([['Dalia Osterby', 'The crowd surged after a set by Kessa Vellan']]);
    expect(paraphrases('The bridge will reopen in May, harbour engineer Tomas Berg said in a statement.')).toEqual([['Tomas Berg', 'The bridge will reopen in May']]);
    expect(paraphrases('The fund will double by 2030, Ines Varga said in Harlow.')).toEqual([['Ines Varga', 'The fund will double by 2030']]);
  });

  it('gives a sentence whose saying is told by another ("X told investigators …, prosecutors said") to the one who closes it', () => {
    expect(paraphrases('The man accused of shooting the mayor of Harlow told investigators he blamed the mayor for the loss of his job, prosecutors said on Tuesday.'))
      .toEqual([['prosecutors', 'The man accused of shooting the mayor of Harlow told investigators he blamed the mayor for the loss of his job']]);
    expect(paraphrases('Tomas Berg, who the army says fled the country, was alive and well, Ines Varga said.')).toEqual([['Ines Varga', 'Tomas Berg, who the army says fled the country, was alive and well']]);
  });

  it('takes a phrase of three words or more in single quotation marks for a quote, but not possessives', () => {
    const qs = quotesOf('The ward sister, Ama Boateng, warned that nurses faced \'one of the hardest winters\' in memory. The workers\' union said the bosses\' offer was poor.').filter((q) => q.kind === 'quote');
    expect(qs.map((q) => [q.text, q.speakerName])).toEqual([['one of the hardest winters', 'Ama Boateng']]);
  });

  it('gives a count that leaves out what it counts ("said it sold 11,800.") what a figure of its sentence or the one before counted', () => {
    const figuresOf = (body: string) => extractTexts({ q: `Published: 4 May 2022\n\nHeadline here\n\n${body}` })[0].figures.map((f) => [f.text, f.subject]);
    expect(figuresOf('Police said about 15,000 tickets had been sold. Velmar Events said it sold 11,800.')).toEqual([['about 15,000', 'tickets'], ['11,800', 'tickets']]);
    expect(figuresOf('Police counted 50,000 marchers. It rained all day. Organisers said 200,000.')).toEqual([['50,000', 'marchers']]);
    expect(figuresOf('A source said 3,000-4,000 fans had gathered.').map(([text]) => text)).not.toContain('3,000-4');
  });

  it('gives a figure named only as "the figure" what the article\'s last figure in that unit counted', () => {
    const figures = extractTexts({ q: 'Published: 4 May 2022\n\nHeadline here\n\nNurses would get a 5 per cent rise, the ministry said. The union said the figure was 4.5 per cent.' })[0].figures;
    expect(figures.map((f) => [f.text, f.subject])).toEqual([['5 per cent', 'rise'], ['4.5 per cent', 'rise']]);
  });

  it('gives a quote "according to a statement from X" to X', () => {
    const [q] = quotesOf('“The deal is off,” according to a statement from the transport ministry.').filter((x) => x.kind === 'quote');
    expect(q.speakerName).toBe('the transport ministry');
  });

  it('gives a quote in a sentence led by "According to X," to X', () => {
    const [q] = quotesOf('Finance Minister Edvin Raudsepp spoke on Monday. According to Raudsepp, the tax rise was "not up for debate."').filter((x) => x.kind === 'quote');
    expect([q.text, q.speakerName]).toEqual(['not up for debate', 'Raudsepp']);
  });

  it('does not take ", adding that …" after a quote for its speaker', () => {
    const [q] = quotesOf('After five hours of talks, Vladimir Medinsky, the head of the delegation, said the sides "agreed to keep talking," adding that the next meeting would be on the border.');
    expect(q.speakerName).toBe('Vladimir Medinsky');
  });
  it('reads a measure named before its number', () => {
    const of = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.subject]);
    expect(of('The death toll from Friday\'s earthquake rose to 2,012 on Saturday.')).toEqual([['2,012', 'death toll']]);
    expect(of('The magnitude 6.8 quake hit at night; the institute put its magnitude at 7.')).toEqual([['6.8', 'magnitude'], ['7', 'magnitude']]);
    // A small number in words counts when a measure names it.
    expect(of('The number of people killed in the fire has risen to five.')).toEqual([['five', 'people killed']]);
    expect(of('A woman died overnight, bringing the death toll to six.')).toEqual([['six', 'death toll']]);
    expect(of('He was one of five children.')).toEqual([]);
  });
  it('takes the whole a named owner has for no rival of its part: "700 of Harlow Labs\' 770 employees"', () => {
    expect(figuresInSentence(sentence("More than 700 of Harlow Labs' 770 employees signed a letter.")).map((f) => [f.text, f.subject, Boolean(f.whole)]))
      .toEqual([['More than 700', 'employees', false], ['770', 'employees', true]]);
  });
  it('counts those "taken to hospital"', () => {
    expect(figuresInSentence(sentence('Three people died and 21 were taken to hospital.')).map((f) => [f.text, f.subject])).toEqual([['Three', 'people'], ['21', 'hospitalised']]);
  });
  it('reads one currency in words and signs, and what the money was for', () => {
    const of = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.unit, f.subject]);
    expect(of('He took bribes worth more than €2 million.')).toEqual([['eur', 'bribes']]);
    expect(of('He accepted 1.8 million euros in bribes.')).toEqual([['eur', 'bribes']]);
    // ("4.2 billion euro ($4.6 billion) acquisition": past the conversion; "the deal, valued at …": past the comma.)
    expect(of('It blocked the proposed 4.2 billion euro ($4.6 billion) acquisition of Tarvo Trains.')).toEqual([['eur', 'acquisition'], ['usd', '']]);
    expect(of('He said the deal, valued at 4.4 billion euros, would create a champion.')).toEqual([['eur', 'deal']]);
    // Currencies named by a word after the amount, each with one code.
    expect(of('He accepted 2.4 million kroner in bribes.')).toEqual([['krone', 'bribes']]);
    expect(of('The studio paid 300 million yen.')).toEqual([['jpy', 'paid']]);
    expect(of('It spent 20 billion rupees and 5 million pesos.')).toEqual([['inr', 'spent'], ['peso', '']]);
    expect(of('The developer paid him a total of 85,000 kronor in consulting fees.')).toEqual([['sek', 'consulting fees']]);
    expect(of('The halt could cost up to $1 billion in lost sales.')).toEqual([['usd', 'sales']]);
    // The thing a sum values names it before what the sum pays for.
    expect(of('The scandal concerns contracts worth about 120 million euros for hospital equipment.')).toEqual([['eur', 'contracts']]);
  });
  it('ends a subject at a weekday, a relative word or punctuation', () => {
    const of = (text: string) => figuresInSentence(sentence(text)).map((f) => f.subject);
    expect(of('Troops killed almost 90 protesters Friday in the city.')).toEqual(['protesters']);
    expect(of('There are about 90,000 Catholics -- most of them poor.')).toEqual(['Catholics']);
  });
});

describe('quotes: guillemets and a name set off after an office', () => {
  it('reads «…» and „…“ as quotes, and gives "…," said the consul, Anne Morel. to the name', () => {
    const said = (body: string) => quotesOf(body).map((q) => [q.text, q.speakerName]);
    expect(said('«Nous reconstruirons», said the consul, Anne Morel.')).toEqual([['Nous reconstruirons', 'Anne Morel']]);
    expect(said('„Wir bauen wieder auf“, said Mayor Jana Vogt.')).toEqual([['Wir bauen wieder auf', 'Jana Vogt']]);
    expect(said('"We will rebuild," said the consul.')).toEqual([['We will rebuild', 'the consul']]);
    expect(said('"It is a sad day," said a spokeswoman for the water authority, Leni Baum.')).toEqual([['It is a sad day', 'Leni Baum']]);
    expect(said('"The atmosphere was serious," said Velmar\'s chief negotiator, Arne Tolvik.')).toEqual([['The atmosphere was serious', 'Arne Tolvik']]);
  });

  it('takes no paraphrase from "X said in a statement:", which only introduces the quote after it', () => {
    expect(quotesOf('Water Minister Ilse Varga said in a statement:\n\n"We have done everything we can."').map((q) => [q.kind, q.text, q.speakerName])).toEqual([['quote', 'We have done everything we can', 'Ilse Varga']]);
  });
});

describe('quotes: owners and thanks', () => {
  it('gives "X\'s successor, Y, said" to Y, a later "she said" to the name in full, and "thanked … for" to who thanked', () => {
    const qs = quotesOf('Maria Lund\'s successor as commissioner, Ove Hogan, said the fine reflected "the gravity of the breach". Vantor\'s president of global affairs, Nadia Brennan, said the company would appeal.\n\n"This decision is flawed," she said.\n\nChief executive Arjun Mehta thanked Ms Brennan for "years of tireless work".').filter((q) => q.kind === 'quote');
    expect(qs.map((q) => q.speakerName)).toEqual(['Ove Hogan', 'Nadia Brennan', 'Arjun Mehta']);
  });
});

describe('figures and quotes: labour-dispute wording', () => {
  it('reads "hundreds of thousands of people" as one vague quantity', () => {
    expect(figuresInSentence(sentence('The war has killed hundreds of thousands of people, and tens of thousands were displaced.')).map((f) => [f.text, f.value, f.bound, f.subject]))
      .toEqual([['hundreds of thousands', 200_000, 'about', 'people'], ['tens of thousands', 20_000, 'about', '']]);
  });

  it('reads what moved by a per cent before "in the …" or ", which", so that outlets\' share falls meet', () => {
    const moved = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.subject]);
    expect(moved('Shares in the Harlow-listed dairy group fell 12% in early trading.')).toEqual([['12 %', 'shares']]);
    expect(moved("The company's shares, which lost 12% on Tuesday, rallied later.")).toEqual([['12 %', 'shares']]);
    expect(moved('Shares closed down 14%.')).toEqual([['14 %', 'shares']]);
  });

  it('reads what money is for after it ("$55 billion for water systems"), but not why ("fined $5 million for violating")', () => {
    expect(subjects('The bill includes $110 billion for roads and $55 billion for water systems.')).toEqual([['$110 billion', 'roads'], ['$55 billion', 'water']]);
    expect(subjects('The firm was fined $5 million for violating the rules.')).toEqual([['$5 million', 'fined']]);
    expect(subjects('Oil has been over $87 for six months.').map((f) => f[1])).not.toContain('six');
  });

  it('counts "the ministry put the number at 250" as what the figure before it counted', async () => {
    const { extractFigures } = await import('../../src/extract/figures.js');
    const fs = extractFigures([sentence('The company said 252 miners were underground, while the ministry put the number at 250.')]);
    expect(fs.map((f) => [f.text, f.subject])).toEqual([['252', 'miners'], ['250', 'miners']]);
  });

  it('reads "per cent" in two words, and the noun before "of" when none follows', () => {
    const of = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.value, f.unit, f.subject]);
    expect(of('Nurses were offered pay rises of 9 per cent over two years.')[0]).toEqual(['9 per cent', 9, 'percent', 'rises']);
    expect(of('Eleven per cent of voters stayed home.')[0]).toEqual(['Eleven per cent', 11, 'percent', 'voters']);
    expect(of('Earlier reports had put the number of people on board at 71.')[0]).toEqual(['71', 71, '', 'people']);
    // Money is what the deed makes it: "demanded $4.5 million in bitcoin" is a demand, paid in bitcoin.
    expect(of('The gang demanded $4.5 million in bitcoin, and officials seized $3 million in bribes.').map((f) => f[3])).toEqual(['demanded', 'bribes']);
    // "a one-off payment" counts nothing; "a 5 per cent rise this year" is a rise.
    expect(of('Staff get a 5 per cent rise this year and a one-off payment.')).toEqual([['5 per cent', 5, 'percent', 'rise']]);
    // "bringing the total to 212": a running total counts what the figure before it did.
    expect(of('The ministry reported 34 new measles cases, bringing the total since May 2 to 212.').map((f) => f[3])).toEqual(['new measles cases', 'cases']);
    // "26 of the 101 seats": the part counts what the whole does.
    expect(of('The bloc won 26 of the 101 seats, and turnout in the Oct. 2 vote was 58.9 percent.').map((f) => f[3])).toEqual(['seats', 'seats', 'turnout']);
    // "a total of", "most of" share out a number; they are not what it counts.
    expect(of('A total of 40 ships waited.')[0][3]).toBe('ships');
  });

  it('takes the speaker of "X accused Y of …" and does not make "the union\'s Local" an organization', () => {
    const records = extractTexts({ q: 'Published: 4 May 2022\n\nHeadline here\n\nMaria Lund, who chairs the union\'s Local 12, accused the board of "hiding behind lawyers," a reference to the court case.' });
    expect(records[0].quotes.find((q) => q.kind === 'quote')?.speakerName).toBe('Maria Lund');
    expect(records[0].mentions.filter((m) => m.kind === 'organization').map((m) => m.text)).not.toContain('Local');
  });
});

describe('quotes: signatures and interviews', () => {
  it('gives a blockquote to the name signed under it with a dash', () => {
    const [a] = extractTexts({ q: '---\ntitle: Heat\ndate: 2025-07-16\n---\n\n> "This is not a normal summer any more. Heatwaves are starting earlier."\n> — Anders Kvellstad, weather agency spokesman\n\nOfficials met on Tuesday.' });
    expect(a.quotes.filter((q) => q.kind === 'quote').map((q) => [q.speakerName, q.text])).toEqual([['Anders Kvellstad', 'This is not a normal summer any more. Heatwaves are starting earlier']]);
  });

  it('keeps an interview\'s answers with the one interviewed across the interviewer\'s short questions', () => {
    const quotes = quotesOf('Brita Hovlandt, the health minister, spoke to the Harbour Ledger on Thursday.\n\n**How bad is it?**\n\n"We have confirmed 19 deaths," she said.\n\n**Are hospitals coping?**\n\n"Our hospitals are coping, for now."');
    expect(quotes.filter((q) => q.kind === 'quote').map((q) => q.speakerName)).toEqual(['Brita Hovlandt', 'Brita Hovlandt']);
  });
});

describe('figures: flight times', () => {
  it('reads how long a missile or a plane "flew for" as its flight time, which two outlets may give differently', () => {
    const [f] = figuresInSentence(sentence('A ballistic missile flew for about 71 minutes before falling into the sea.'));
    expect([f.text, f.unit, f.subject]).toEqual(['about 71 minutes', 'minute', 'flight']);
  });
});

describe('figures: lengths of time in two units', () => {
  it('reads "four hours and 38 minutes" as one length, in minutes', () => {
    const figures = figuresInSentence(sentence('The final lasted four hours and 38 minutes, the third-longest in history.'));
    expect(figures.map((f) => [f.text, f.value, f.unit])).toEqual([['four hours and 38 minutes', 278, 'minute']]);
    // (Down to seconds: "2 hours, 0 minutes and 35 seconds" is one time, in seconds.)
    expect(figuresInSentence(sentence('He won the race in 2 hours, 0 minutes and 35 seconds.')).map((f) => [f.text, f.value, f.unit])).toEqual([['2 hours, 0 minutes and 35 seconds', 7235, 'second']]);
  });
});

describe('figures: money named before it', () => {
  it('reads what an amount is from the noun that "rose to" it ("the bounty for information rose to $8,000")', () => {
    const [f] = figuresInSentence(sentence('The search went on as the bounty for information rose to $8,000.'));
    expect([f.text, f.subject]).toEqual(['$8,000', 'bounty']);
  });
});

describe('figures: ratios', () => {
  it('takes neither number of a ratio for a count ("about one in ten of its workers", "1 in 4 children"), but keeps "150 in 12 towns"', () => {
    expect(figuresInSentence(sentence('Harlow Motors will cut 5,000 jobs, or about one in ten of its workers there.')).map((f) => f.text)).toEqual(['5,000']);
    expect(figuresInSentence(sentence('Nearly 1 in 4 children in Tarvo are poor.')).map((f) => f.text)).toEqual([]);
    expect(figuresInSentence(sentence('Cases grew to at least 150 in 12 towns.')).map((f) => f.text)).toEqual(['at least 150', '12']);
  });
});

describe('figures: addresses', () => {
  it('takes no house number for a figure ("400 Tarvo Avenue")', () => {
    expect(figuresInSentence(sentence('Water is handed out at the community centre, 400 Tarvo Avenue, and at 12 Velmar Street to 300 families.')).map((f) => f.text)).toEqual(['300']);
  });

  it('takes no telephone number for a figure ("call 999 immediately", "ring 101"), but counts whom a firm will call back', () => {
    expect(figuresInSentence(sentence('If you see him, call 999 immediately, or ring 101 with information.')).map((f) => f.text)).toEqual([]);
    expect(figuresInSentence(sentence('The firm will call 300 workers back next week.')).map((f) => f.text)).toEqual(['300']);
  });
});

describe('figures: an earlier value and a time after the number', () => {
  it('gives "up from $3.70 last week" what the value before it measures, and no "last week" for a subject', () => {
    const figures = figuresInSentence(sentence('A dozen eggs now costs $5.20 at Tarvo stores, up from $3.70 last week, a spokeswoman said.'));
    expect(figures.map((f) => [f.text, f.subject])).toEqual([['$5.20', 'cost'], ['$3.70', 'cost']]);
    expect(figuresInSentence(sentence('The port handled 8,000 tonnes last year.')).map((f) => [f.text, f.subject])).toEqual([['8,000 tonnes', '']]);
  });
});

describe('figures: a span, a model and an adverb after the number', () => {
  it('takes no count from "a 15% pay rise over two years", nor "the 737 MAX", and ends a subject before "also"', () => {
    const texts = (t: string) => figuresInSentence(sentence(t)).map((f) => [f.text, f.subject]);
    expect(texts('The union is demanding a 15% pay rise over two years for its pilots.')).toEqual([['15 %', 'pay rise']]);
    expect(texts('Over four years, 300 people left the town.')).toEqual([['Over four years', ''], ['300', 'people']]);
    expect(texts('The strike halts work on the 737 MAX, while 91 US cases are pending.')).toEqual([['91', 'US cases']]);
    expect(texts('The union said 96% of members also voted to strike.')).toEqual([['96 %', 'members']]);
    expect(texts('The jury returned its verdict after deliberating for nine hours over two days.')).toEqual([['nine hours', '']]);
  });
});

describe('figures: "over" as a verb\'s particle', () => {
  it('reads "hand over 25 soldiers" as exactly 25, but "over 25 soldiers" as more than 25', () => {
    const bounds = (text: string) => figuresInSentence(sentence(text)).map((f) => [f.text, f.bound]);
    expect(bounds('The rebels will hand over 25 soldiers and free 40 civilians.')).toEqual([['25', 'exact'], ['40', 'exact']]);
    expect(bounds('The army handed over 12 tanks.')).toEqual([['12', 'exact']]);
    expect(bounds('The rebels hold over 25 soldiers.')).toEqual([['over 25', 'more than']]);
  });
});

describe('figures: people harmed, counted without a noun', () => {
  it('reads the number after "injuring" or "wounded" as people ("killing 14 people and injuring 21")', () => {
    const figures = figuresInSentence(sentence('A bus plunged into a ravine on Saturday, killing 14 people and injuring 21, officials said.'));
    expect(figures.map((f) => [f.text, f.subject])).toEqual([['14', 'people'], ['21', 'people']]);
  });
});

describe('quotes: subjects that are no speakers', () => {
  const said = (body: string) => quotesOf(body).map((x) => [x.kind, x.speakerName, x.text]);

  it('gives a quote after "she said" to the last subject, not to a lone word of the clause before, but to a full name there', () => {
    expect(said('Jane Roe met the press on Monday. Asked whether people should buy Velmacin online, she said: "Certainly not."')[0]).toEqual(['quote', 'Jane Roe', 'Certainly not']);
    expect(said('Tomas Berg spoke first. While Jane Roe agreed, she argued the risk was "small".')[0]).toEqual(['quote', 'Jane Roe', 'small']);
  });

  it('gives a quote to a group written before its verb: after "has said", in a closing "with" phrase, with a list of countries, or before a "with" aside', () => {
    expect(said('Diplomats have said there are only "weeks, not months" left.')[0]).toEqual(['quote', 'Diplomats', 'weeks, not months']);
    expect(said('Talks paused on Friday, with European diplomats saying Tarvo had walked back "almost all" of its offers.')[0]).toEqual(['quote', 'European diplomats', 'almost all']);
    expect(said('Senior diplomats from Chile, Peru and Bolivia said the proposals were "not serious".')[0]).toEqual(['quote', 'Senior diplomats from Chile, Peru and Bolivia', 'not serious']);
    expect(said('The Harlow Union, with some 25,000 members, has said the offer was "an insult".')[0]).toEqual(['quote', 'Harlow Union', 'an insult']);
  });

  it('gives a quote to a lone name before a lower-case aside ("Berg, in power since 2013, told supporters …")', () => {
    expect(said('Berg, in power since 2013, told supporters outside the palace that Tarvo had "defeated its enemies".')[0]).toEqual(['quote', 'Berg', 'defeated its enemies']);
  });

  it('takes the subject after "came as", and drops "today" and a live page\'s stamp from a written subject', () => {
    expect(said('His remarks came as the Harlow Health Agency said it would send "two million" doses.')[0]).toEqual(['quote', 'Harlow Health Agency', 'two million']);
    expect(said('The harbour master today said the storm had sunk "dozens" of boats.')[0]).toEqual(['quote', 'The harbour master', 'dozens']);
    expect(said('Tuesday 3 March 2026 09.12 GMT Harbour officials said the quay had reopened after the storm.')[0]).toEqual(['paraphrase', 'Harbour officials', 'the quay had reopened after the storm']);
  });

  it('takes no participle, adverb or pronoun for a subject, and reads "in what the weekly X called"', () => {
    expect(said('Having said that, the campaign "will help" in the end.').some(([, who]) => who === 'Having')).toBe(false);
    expect(said('Largely out of sight, crews have moved into position, with the warning that a flood "is near".').some(([, who]) => who)).toBe(false);
    expect(said('In what the weekly Harbour Gazette called a "rushed verdict", the court ruled for the port.')[0]).toEqual(['quote', 'Harbour Gazette', 'rushed verdict']);
  });

  it('reads "Speaking at a briefing, she said that …" as the last subject\'s saying', () => {
    expect(said('Jane Roe arrived in Harlow on Monday. Speaking at a briefing, she said that two more cases had been ruled out.')).toContainEqual(['paraphrase', 'Jane Roe', 'two more cases had been ruled out']);
  });

  it('leaves "tonight that" out of what was said', () => {
    expect(said('The Harlow health board said tonight that the boy had died.')).toContainEqual(['paraphrase', 'The Harlow health board', 'the boy had died']);
  });

  it('reads "Talks stall as Velmar says …" for Velmar, "some activists" for a subject, and takes no "said in an email" for a saying', () => {
    expect(said('Water talks stall as Harlow says it released "more than enough" water.')[0]).toEqual(['quote', 'Harlow', 'more than enough']);
    expect(said('As well as the floods, some activists said the drought had cut the harvest.')).toContainEqual(['paraphrase', 'some activists', 'the drought had cut the harvest']);
    expect(said('"The dam held," a harbour official named only as Tarvo said in an email.').filter(([kind]) => kind === 'paraphrase')).toEqual([]);
  });

  it('gives "she told …" after a ministry\'s quote to the last person, and drops an age from a speaker set off after a quote', () => {
    const q = said('Jane Roe, the mayor of Harlow, spoke on Monday.\n\nIn a statement, the ministry said: "The border is closed."\n\n"It is over," she told the Wire.\n\n"We are ready," Berg, 54, said.');
    expect(q).toEqual([['quote', 'the ministry', 'The border is closed'], ['quote', 'Jane Roe', 'It is over'], ['quote', 'Berg', 'We are ready']]);
  });

  it('gives a quote after ", saying" the sentence\'s subject whatever its verb', () => {
    expect(said("The mayor of Harlow has defended the closure, saying 'no risk is acceptable' after cracks were found.")[0]).toEqual(['quote', 'The mayor of Harlow', 'no risk is acceptable']);
  });
});

describe('quotes: a name set off after "said" that goes on with a verb', () => {
  it('gives the saying to the body before "said", not to the person its clause is about', () => {
    expect(paraphrases('The company, Velmar Oruka, said its chief executive, Jane Roe, would travel to the site on Sunday.'))
      .toEqual([['Velmar Oruka', 'its chief executive, Jane Roe, would travel to the site on Sunday']]);
    expect(paraphrases('The port will reopen next week, said the harbour master, Jane Roe, adding that repairs were done.'))
      .toEqual([['Jane Roe', 'The port will reopen next week']]);
  });
});

describe('quotes: a verb of judging with "as"', () => {
  it('gives "welcomed the ruling as "…"" to the one who welcomed it, inside a relative clause too', () => {
    expect(quoteSpeakers('The complaint was filed by Tunely, whose chief executive, Karl Vantorp, welcomed the ruling as "a strong message".')).toEqual(['Karl Vantorp']);
  });
});

describe('quotes: a source named after "according to" who goes on to say more', () => {
  it('gives both what it reported and what it said next to the source', () => {
    expect(paraphrases('About 2.5 million people remain affected, according to the aid agency Harbour Relief, which said it was sending water tablets to the region.'))
      .toEqual([['the aid agency Harbour Relief', 'About 2.5 million people remain affected'], ['the aid agency Harbour Relief', 'it was sending water tablets to the region']]);
    expect(paraphrases('The winner earned a prize of 40,000 euros, according to race director Jane Roe, who said a million people lined the course.'))
      .toEqual([['Jane Roe', 'The winner earned a prize of 40,000 euros'], ['Jane Roe', 'a million people lined the course']]);
  });
});

describe('quotes: someone who speaks for the one named before them', () => {
  it('gives "Roe\'s lawyer said …" to the lawyer, and "Roe\'s office said …" to Roe', () => {
    expect(paraphrases('Valdo Carrin\'s lawyer said he would appeal the verdict.')).toEqual([["Valdo Carrin's lawyer", 'he would appeal the verdict']]);
    expect(paraphrases('Valdo Carrin\'s office said the talks were useful.')).toEqual([['Valdo Carrin', 'the talks were useful']]);
    // (The name set off after an office someone owns is who speaks.)
    expect(paraphrases('Valdo Carrin\'s successor, Tomas Berg, said the port would reopen.')).toEqual([['Tomas Berg', 'the port would reopen']]);
  });
});

describe('figures: the number of people harmed, named far before the number', () => {
  it('counts "the number of people killed during … has risen to 11" as people killed', () => {
    expect(subjects('The number of people killed during the weekend protests in Tarvo has risen to 11.')).toEqual([['11', 'people killed']]);
  });
});

describe('quotes: told a named outlet or person that …', () => {
  it('gives "X told Harbour Wire that …" to X, keeping a name that opens what was said', () => {
    expect(paraphrases('A government spokesman told Harbour Wire that Jane Roe would stay in Tarvo for the time being.')).toEqual([['A government spokesman', 'Jane Roe would stay in Tarvo for the time being']]);
    expect(paraphrases('Security sources in Tarvo told Harbour Times that a payment of about 2 million euros had been made.')).toEqual([['Security sources', 'a payment of about 2 million euros had been made']]);
  });
});

describe('quotes: an interview\'s answers under the speaker\'s name', () => {
  it('gives \'Berg: "…"\' to the Tomas Berg the article names, and \'Update: "…"\' to no one', () => {
    expect(quoteSpeakers('The plant manager, Tomas Berg, spoke to us.\n\nBerg: "We followed the procedure. The decision lies with the fire service."\n\nUpdate: "The leak is over."')).toEqual(['Tomas Berg', null]);
  });
});

describe('quotes: posted, and a subject set off by dashes', () => {
  it('gives a quote "he posted" to whoever posted it, and "The minister — who … — said" to the minister', () => {
    expect(quoteSpeakers('Foreign Minister Tomas Berg announced the recall.\n\n"Velmar has summoned its ambassador," he posted on his account.')).toEqual(['Tomas Berg']);
    expect(paraphrases('The minister — who has denied any wrongdoing — said she would not resign.')).toEqual([['The minister', 'she would not resign']]);
  });
});

describe('quotes: a headline echoing a quote the story gives in full', () => {
  it('gives the headline\'s quote to whoever the story says said it, not to the label before it', () => {
    const q = extractTexts({ a: 'Tarvo fire: \'We ran to the sea with our children\'\n\nPublished: 23 July 2023\n\n"We ran to the sea with our children and waited for a boat," said Tomas Berg, 44.' })[0].quotes;
    expect(q.map((x) => [x.sentence, x.speakerName])).toEqual([[0, 'Tomas Berg'], [1, 'Tomas Berg']]);
  });
});
