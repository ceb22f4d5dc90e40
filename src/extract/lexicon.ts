/**
 * General word lists for news text. Nothing here is about one story: titles, role
 * nouns, organisation head words and agencies appear in news about anything.
 */

/** Words that, capitalised before a name, are a title rather than part of the name. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'defense', 'defence', 'interior', 'finance', 'deputy',
  'secretary', 'chancellor', 'general', 'state', 'senator', 'sen', 'rep', 'representative', 'governor', 'mayor',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'presidential', 'chief',
  'king', 'queen', 'prince', 'princess', 'pope', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'judge',
  'justice', 'commander', 'colonel', 'col', 'lt', 'major', 'gen', 'admiral', 'captain', 'sergeant', 'officer', 'brigadier', 'lieutenant', 'corporal', 'marshal', 'commodore',
  // AP style abbreviates titles before a name: "Gov. Jane Roe", "Capt. John Doe".
  'gov', 'capt', 'sgt', 'adm', 'cmdr', 'det', 'supt', 'atty', 'brig', 'maj',
  'chairman', 'chairwoman', 'chair', 'ceo', 'director', 'head', 'leader', 'majority', 'minority', 'whip', 'speaker', 'premier', 'envoy',
  'aide', 'lawmaker', 'mp', 'deputy', 'former', 'acting', 'senior', 'top', 'opposition', 'economy', 'health',
  'trade', 'energy', 'justice', 'education', 'culture', 'sports', 'agriculture', 'transport', 'economic',
  'security', 'national', 'parliamentary', 'duma', 'oligarch', 'coach', 'professor', 'prof', 'bishop',
  'archbishop', 'cardinal', 'sheikh', 'emir', 'sultan', 'crown', 'first', 'lady', 'attorney', 'inspector',
  'father', 'rabbi', 'imam', 'rev', 'reverend', 'monsignor', 'msgr', 'sister', 'pastor', 'commissioner', 'council', 'press', 'secretary-general',
  'counterpart', 'negotiator', 'delegate', 'mediator', 'spy', 'intelligence', 'prefect', 'sheriff', 'marshal', 'superintendent', 'collector', 'constable', 'magistrate', 'prosecutor', 'ombudsman', 'treasurer', 'comptroller', 'auditor', 'coroner', 'assessor', 'registrar', 'clerk', 'solicitor',
  'executive', 'operating', 'financial', 'managing', 'analyst', 'economist', 'strategist', 'researcher',
  'correspondent', 'editor', 'founder', 'co-founder', 'manager',
  'emperor', 'empress', 'tsar', 'czar', 'duke', 'duchess', 'baron', 'baroness',
]);

/** Titles that go with a given name alone: "King Aldric", "Empress Adela", "Pope Linus", "Sheikh Nasser". */
export const GIVEN_NAME_TITLES = 'king|queen|emperor|empress|tsar|czar|tsarina|pope|prince|princess|sultan|emir|sheikh|sheikha';

/** Lower-case nouns that make a phrase a role ("a top adviser to …", "the head of …"). */
/** Offices named in apposition as often as before a name: one list for roles.ts and ROLE_NOUNS. */
// "neurologist", "epidemiologist", "seismologist": a scientist by their field.
export const OFFICES = 'commissioner|counsel|regulator|inspector|auditor|ombudsman|administrator|coordinator|treasurer|headteacher|headmaster|headmistress|principal|warden|magistrate|successor|chair|chairperson|[a-z]+ologist';
export const ROLE_NOUNS = new RegExp(String.raw`\b(president|minister|counterpart|mediator|arbitrator|facilitator|moderator|conciliator|interpreter|translator|adviser|advisor|aide|spokes(?:man|woman|person)|head|chief|leader|official|secretary|chancellor|ambassador|envoy|deputy|negotiator|commander|general|director|executive|ceo|chairman|chairwoman|governor|mayor|senator|lawmaker|member|oligarch|founder|analyst|professor|correspondent|reporter|editor|candidate|premier|king|queen|monarch|judge|prosecutor|lawyer|attorney|activist|resident|campaigner|lobbyist|organiser|organizer|curator|historian|commentator|columnist|presenter|officer|representative|delegate|steward|speaker|superintendent|predecessor|expert|specialist|engineer|scientist|economist|researcher|doctor|surgeon|pilot|conductor|composer|soprano|tenor|singer|pianist|violinist|actor|actress|novelist|author|poet|painter|architect|coach|champion|sprinter|athlete|player|striker|goalkeeper|swimmer|cyclist|boxer|rival|challenger|opponent|wife|husband|widow|son|daughter|brother|sister|mother|father|nurse|paramedic|midwife|diplomat|journalist|photographer|filmmaker|teacher|lecturer|student|priest|nun|imam|rabbi|farmer|soldier|businessman|businesswoman|entrepreneur|banker|investor|miner|volunteer|logistician|colleague|tourist|guard|driver|worker|employee|manager|owner|mechanic|technician|contractor|consultant|clerk|chef|electrician|accountant|pharmacist|dentist|firefighter|detective|inspector|instructor|referee|midfielder|defender|winger|forward|captain|fisherman|shopkeeper|vendor|trader|labourer|laborer|carpenter|shepherd|baker|butcher|tailor|cleaner|waiter|waitress|cashier|${OFFICES})\b`, 'i');

/** Common Chinese and Korean family names, written before the given name ("Xi Jinping", "Kim Jong Un"). */
export const EAST_ASIAN_FAMILY_NAMES = new Set(('Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Luo Gao Zheng Liang Xie Tang Xi Han Feng Deng Cao Peng Zeng Xiao Tian '
  + 'Dong Pan Yuan Cai Jiang Du Ye Wei Su Ding Ren Shen Yao Jin Qin Kong Wen Bo Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Hong Moon Roh Chung Ban').split(' '));

/** Cardinal words up to twelve: "round two", "two days of talks". */
export const CARDINAL_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** Ordinal words and their numbers: "the fifth day of …", "the seventh round". */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, thirtieth: 30, hundredth: 100,
};

/**
 * Head words that make a body only where the name ends or before its "of" ("East African
 * Community", "Community of Harlow Churches"); first in a longer name they name a thing
 * ("Community Shield", a trophy).
 */
export const END_HEADS = new Set(['community']);

/** Head words that make a capitalised phrase an organisation. */
export const ORG_HEADS = new Set([
  'bank', 'ministry', 'department', 'fund', 'agency', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc',
  'group', 'council', 'commission', 'committee', 'union', 'party', 'parliament', 'duma', 'congress', 'senate',
  'assembly', 'court', 'office', 'service', 'services', 'forces', 'army', 'navy', 'police', 'guard',
  'organization', 'organisation', 'association', 'federation', 'institute', 'university', 'foundation', 'hospital', 'infirmary', 'clinic',
  'network', 'times', 'post', 'news', 'press', 'journal', 'television', 'tv', 'radio', 'house', 'pentagon', 'kremlin',
  'cabinet', 'government', 'administration', 'treasury', 'authority', 'board', 'bureau', 'alliance', 'coalition',
  'front', 'movement', 'league', 'club', 'relief', 'airlines', 'airways', 'motors', 'energy', 'oil', 'gas', 'pipeline',
  'exchange', 'reserve', 'staff', 'command', 'secretariat', 'tribunal', 'nations', 'programme', 'program',
  'college', 'school', 'academy', 'society', 'trust', 'centre', 'center', 'centres', 'centers', 'laboratory', 'laboratories', 'institution',
  'syndicate', 'survey', 'guild', 'brigade', 'brigades', 'militia', 'battalion', 'regiment', 'directorate', 'observatory', 'crescent', 'chamber', 'consortium', 'cooperative', 'co-operative', 'co-op', 'collective',
  'chancellery', 'presidency', 'embassy', 'consulate', 'prefecture', 'ministries',
  'superintendency', 'superintendence', 'inspectorate', 'regulator', 'constabulary',
  'orchestra', 'symphony', 'philharmonic', 'opera', 'ballet', 'choir', 'unit',
  // Football clubs' letters: "Harlow FC", "Brantby AFC", "Velno CF".
  'fc', 'afc', 'cf',
  // Museums and galleries, also as French, Spanish, Italian and Portuguese name them.
  'museum', 'museums', 'gallery', 'galleries', 'musée', 'museo', 'museu', 'galerie', 'galleria',
  // Public bodies as Spanish, Portuguese, French and Italian name them, which English reports keep
  // untranslated ("the Fiscalía General", "the Conseil d'État"); none is a given name or surname.
  'ministerio', 'ministério', 'ministère', 'ministero', 'defensoría', 'defensoria', 'fiscalía', 'procuraduría', 'contraloría',
  'secretaría', 'consejo', 'conselho', 'conseil', 'consiglio', 'instituto', 'institut', 'comisión', 'comissão', 'partido', 'partito',
  'banco', 'banque', 'policía', 'polícia', 'universidad', 'universidade', 'université', 'università', 'congreso', 'senado', 'sénat',
  'asamblea', 'assemblée', 'sindicato', 'syndicat', 'fundación', 'fundação', 'gendarmerie', 'carabineros',
]);

/** A company's legal form written after its name, as each country writes it: "Velmar AG", "Harlow SpA", "Tarvo Oyj". */
export const LEGAL_FORMS = 'SA|AG|NV|BV|AB|ASA|SE|SpA|GmbH|Oyj|Bhd|Pty|Srl|KGaA|PLC|LLC';
export const LEGAL_FORM = new RegExp(`^(?:${LEGAL_FORMS})$`);
/**
 * Words that end a company's name ("Korvane Air", "Nordic Rail", "Acme Health") but open other
 * things ("Air Marshal"): a name ending so is a company's, and its first word alone is the company.
 */
export const COMPANY_HEADS = new Set(['air', 'express', 'line', 'lines', 'rail', 'railway', 'railways', 'railroad', 'railroads', 'cargo', 'freight', 'aviation', 'shipping', 'logistics', 'telecom', 'pharma', 'holdings',
  'health', 'healthcare', 'systems', 'technologies', 'solutions', 'partners', 'capital', 'ventures', 'media', 'industries', 'labs',
  'pharmaceuticals', 'therapeutics', 'networks', 'communications', 'resources', 'mining', 'insurance', 'securities', 'investments',
  'steel', 'group', 'inc', 'co', 'corp', 'holding', 'corporation', 'ltd', 'llc', 'plc', 'company', 'motors', 'energy', 'airlines', 'airways', 'oil', 'gas',
  'foods', 'brands', 'bank', 'electric', 'power', 'terminals', 'shipyards', 'construction', 'chemicals', 'metals', 'minerals', 'textiles', 'fisheries', 'motorworks', 'aerospace', 'automotive', 'packaging', 'plastics', 'cement', 'fertilizers', 'fertilisers',
  'supplies', 'engineering', 'electronics', 'software', 'retail', 'properties', 'developments', 'consulting',
  // Makers and studios: "Harlow Micro", "Tarvo Devices", "Velmar Pictures".
  'semiconductor', 'semiconductors', 'micro', 'microsystems', 'devices', 'instruments', 'dynamics', 'robotics', 'biotech', 'biosciences',
  'materials', 'components', 'digital', 'studios', 'entertainment', 'pictures', 'beverages', 'brewing', 'apparel',
  'exports', 'imports', 'trading', 'traders', 'enterprises', 'infrastructure', 'finance', 'realty', 'builders', 'jewellers', 'jewelers',
  // Utilities: "Tarnmere Water", "Harlow Utilities".
  'water', 'utilities',
  // Carriers, hotels and shops by what they run: "Tarvo Trains", "Harlow Ferries", "Velmar Hotels".
  'trains', 'buses', 'ferries', 'cruises', 'hotels', 'resorts', 'stores', 'farms', 'dairies', 'bakeries',
  // Sports clubs: "Velno Athletic", "Brantby Rovers".
  'athletic', 'athletico', 'rovers', 'wanderers', 'albion', 'hotspur', 'rangers', 'united']);

/** Words that open a sports club's name before its town: "Real Velno", "Eintracht Harlow", "Dynamo Brantby". */
export const CLUB_PREFIXES = new Set(['Real', 'Sporting', 'Atletico', 'Atlético', 'Athletic', 'Eintracht', 'Borussia', 'Dynamo', 'Dinamo', 'Olympique', 'Racing', 'Deportivo',
  'Lokomotiv', 'Spartak', 'Partizan', 'Hapoel', 'Maccabi', 'Fortuna', 'Alemannia', 'Rapid', 'Sparta', 'Slavia', 'Legia', 'Ferencvaros', 'Inter', 'Bayern']);

/** Organisations written as one well-known word or acronym. */
export const KNOWN_ORGS = new Set([
  'NATO', 'EU', 'UN', 'UNICEF', 'UNHCR', 'WHO', 'IMF', 'OPEC', 'OSCE', 'WTO', 'FIFA', 'UEFA', 'IOC', 'SWIFT',
  'U.N.', 'E.U.', 'Pentagon', 'Kremlin', 'White House', 'Mossad', 'Shin Bet', 'MI5', 'NSA', 'Bundestag', 'Knesset', 'Politburo', 'Interpol', 'Europol', 'Red Cross', 'Amnesty International',
  'Human Rights Watch', 'Facebook', 'Twitter', 'Google', 'Apple', 'Microsoft', 'Amazon', 'Meta', 'Telegram',
  'YouTube', 'Gazprom', 'Rosneft', 'Shell', 'BP', 'Exxon', 'Chevron', 'Boeing', 'Airbus', 'Tesla', 'Hamas',
  'Hezbollah', 'Taliban', 'FBI', 'CIA', 'KGB', 'FSB', 'GRU', 'MI6', 'ECB', 'G7', 'G20', 'ASEAN', 'OECD',
  'World Bank', 'European Union', 'United Nations', 'African Union', 'Arab League', 'Security Council',
  'World Athletics', 'WADA', 'IAEA', 'ICC', 'ICJ', 'MSF', 'WFP', 'UNESCO', 'UNDP', 'UNRWA', 'OCHA', 'FAO', 'ILO', 'WMO', 'IOM', 'IFRC', 'OPCW', 'Greenpeace', 'Oxfam', 'WWF', 'Caritas',
  // Medical journals, which news cites by these names.
  'Lancet', 'The Lancet', 'BMJ', 'JAMA', 'NEJM',
  // Central banks news names by a short word: "the Fed".
  'Fed', 'Federal Reserve',
  // Public agencies news names by their letters alone.
  'NASA', 'ESA', 'FDA', 'FAA', 'NTSB', 'CDC', 'SEC', 'FEMA', 'NOAA', 'DEA', 'ATF', 'IRS', 'USDA', 'FTC', 'FCC', 'NIH', 'NHS', 'EMA', 'EASA', 'Doctors Without Borders', 'Médecins Sans Frontières',
]);

/** News agencies and broadcasters: credited for reporting, they are sources, not actors. */
export const NEWS_AGENCIES = [
  'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'TASS', 'RIA Novosti', 'RIA', 'Interfax',
  'Xinhua', 'Anadolu Agency', 'Anadolu', 'DPA', 'EFE', 'ANSA', 'Kyodo', 'Yonhap', 'PTI', 'IANS', 'ANI', 'TNN', 'UNIAN', 'Ukrinform', 'Lusa', 'ANP', 'NTB', 'Ritzau',
  'Bloomberg', 'CNN', 'BBC', 'NBC', 'CBS', 'ABC', 'Fox News', 'Al Jazeera', 'Sky News', 'NPR', 'PAP', 'CTK',
  'Getty Images', 'Sputnik', 'RT', 'Belta', 'Kyiv Independent', 'The New York Times', 'The Washington Post',
  'The Guardian', 'Financial Times', 'The Wall Street Journal', 'Le Monde', 'Der Spiegel', 'Politico', 'Axios',
];

/** Continents and large world regions written as names. */
export const WORLD_REGIONS: Record<string, string> = {
  Europe: 'continent', Asia: 'continent', Africa: 'continent', 'North America': 'continent',
  'South America': 'continent', 'Latin America': 'region', Antarctica: 'continent', Oceania: 'continent',
  'Middle East': 'region', 'Central America': 'region', 'East Asia': 'region', 'South Asia': 'region', 'West Africa': 'region', 'East Africa': 'region', 'North Africa': 'region', Balkans: 'region', Caucasus: 'region', Scandinavia: 'region', 'Central Asia': 'region',
  'Eastern Europe': 'region', 'Western Europe': 'region', 'Southeast Asia': 'region', Arctic: 'region',
  'Gulf': 'region', Sahel: 'region', 'Horn of Africa': 'region', Siberia: 'region', Caribbean: 'region',
  'West Bank': 'region', Kurdistan: 'region', Balochistan: 'region', Kashmir: 'region', Donbas: 'region',
};

/** First names common in news that general name lists miss (Slavic, Turkish, Catalan, Arabic…). */
export const FIRST_NAMES = new Set([
  'Oleksiy', 'Oleksii', 'Oleksandr', 'Olexander', 'Mykhailo', 'Mykola', 'Volodymyr', 'Vladimir', 'Vladymyr',
  'Davyd', 'Dmytro', 'Dmitry', 'Dmitri', 'Denys', 'Andriy', 'Andrii', 'Andrei', 'Andrey', 'Yuriy', 'Yurii',
  'Yuri', 'Serhiy', 'Serhii', 'Sergei', 'Sergey', 'Vitali', 'Vitaliy', 'Vitalii', 'Petro', 'Pyotr', 'Ihor', 'Igor',
  'Iryna', 'Irina', 'Olena', 'Yelena', 'Yulia', 'Yuliya', 'Anatoliy', 'Anatoly', 'Valeriy', 'Valery', 'Leonid',
  'Arseniy', 'Arseny', 'Taras', 'Bohdan', 'Vadym', 'Vadim', 'Kyrylo', 'Kirill', 'Ruslan', 'Maksym', 'Maxim',
  'Nikolai', 'Nikolay', 'Mikhail', 'Alexei', 'Alexey', 'Aleksei', 'Aleksandr', 'Alexander', 'Ramzan',
  'Yevgeny', 'Evgeny', 'Yevhen', 'Gennady', 'Vyacheslav', 'Dmitriy', 'Svetlana', 'Sviatlana', 'Tatiana',
  'Lyudmila', 'Oksana', 'Mevlut', 'Recep', 'Tayyip', 'Ekrem', 'Kemal', 'Hulusi', 'Ibrahim', 'Mehmet', 'Ahmet',
  'Mustafa', 'Binali', 'Hakan', 'Josep', 'Jordi', 'Oriol', 'Carles', 'Pere', 'Quim', 'Xavier', 'Pedro', 'Inés',
  'Naftali', 'Benjamin', 'Yair', 'Mahmoud', 'Bashar', 'Recep', 'Abdel', 'Abdul', 'Mohammed', 'Mohammad',
  'Muhammad', 'Ali', 'Hassan', 'Hussein', 'Ayatollah', 'Xi', 'Li', 'Wang', 'Narendra', 'Shehbaz', 'Imran',
  'Jens', 'Olaf', 'Ursula', 'Annalena', 'Emmanuel', 'Boris', 'Rishi', 'Keir', 'Giorgia', 'Mario', 'Viktor',
  'Andrzej', 'Mateusz', 'Zbigniew', 'Jaroslaw', 'Kaja', 'Gitanas', 'Egils', 'Alar', 'Sauli', 'Sanna', 'Mette',
  'Liz', 'Antony', 'Lloyd', 'Jake', 'Kamala', 'Nancy', 'Mitch', 'Chuck', 'Liza', 'Kamal', 'Jair', 'Luiz',
  'Ilham', 'Jeyhun', 'Heydar', 'Mehriban', 'Nikol', 'Ararat', 'Serzh', 'Levon', 'Kassym-Jomart', 'Nursultan',
  'Shavkat', 'Emomali', 'Sadyr', 'Aleksandar', 'Milorad', 'Zoran', 'Ilir', 'Edi', 'Abiy', 'Uhuru', 'Cyril',
  'Bola', 'Yoweri', 'Paul', 'Salva', 'Riek', 'Volkan', 'Ekmeleddin', 'Ahmad', 'Khalil', 'Yahya', 'Ismail',
  'Hafez', 'Bashar', 'Rafik', 'Saad', 'Hamad', 'Khaled', 'Khalid', 'Anas', 'Riad', 'Moussa', 'Nabil', 'Walid',
  'Maher', 'Farouk', 'Fayez', 'Omar', 'Osama', 'Ayman', 'Hosni', 'Muammar', 'Saif', 'Abdullah', 'Salman', 'Faisal',
]);

/** Nouns for one's kin: "her brother Basel", "his widow", "the victim's son". */
export const KIN_NOUNS = 'father|mother|son|daughter|wife|husband|brother|sister|widow|widower|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandfather|grandmother|fianc[eé]e?';

/**
 * Simple past tenses not made with "-ed" (and short "-ed" ones a \w{3,}ed pattern misses:
 * "died", "tied"), as a regular-expression alternation. Forms that are as often a present, a
 * noun or an adjective ("hit", "set", "put", "read", "saw", "left") are left to each caller, and
 * "did" too: "did not reply when asked" reports nothing.
 */
export const IRREGULAR_PAST = ['arose', 'awoke', 'became', 'began', 'bit', 'bled', 'blew', 'broke', 'brought', 'built', 'bought', 'caught', 'chose', 'clung', 'came', 'crept', 'dealt',
  'dug', 'drew', 'drank', 'drove', 'ate', 'fell', 'fed', 'fought', 'found', 'fled', 'flung', 'flew', 'forbade', 'forgot', 'forgave', 'froze', 'got', 'gave', 'went',
  'grew', 'hung', 'heard', 'hid', 'held', 'kept', 'knelt', 'knew', 'led', 'lent', 'lost', 'made', 'meant', 'met', 'paid', 'rode', 'rang', 'rose', 'ran', 'said', 'sought', 'sold',
  'sent', 'shook', 'shot', 'shrank', 'sang', 'sank', 'sat', 'slept', 'slid', 'spoke', 'sped', 'spent', 'sprang', 'stood', 'stole', 'stuck', 'struck', 'swore', 'swept', 'swam',
  'swung', 'took', 'taught', 'tore', 'told', 'thought', 'threw', 'understood', 'woke', 'wore', 'wept', 'won', 'wrote', 'withdrew', 'overthrew', 'undertook', 'upheld',
  'oversaw', 'overtook', 'mistook', 'withheld', 'died', 'tied', 'lied', 'owed', 'axed', 'eyed', 'laid', 'slew', 'bore', 'bent', 'lit', 'leapt', 'burnt', 'spilt', 'spun', 'shone', 'strode', 'sued'].join('|');
/** A past form, regular or not ("sent", "recalled"), for patterns that look for a past deed. */
export const PAST_FORM = String.raw`\p{Ll}{3,}ed|${IRREGULAR_PAST}`;

/** Verbs of saying: "X said", "said X". */
export const SPEECH_VERBS = 'said|says|told|tells|added|adds|tweeted|posted|wrote|writes|stated|declared|announced|warned|insisted|noted|explained|argued|claimed|urged|asked|replied|stressed|admitted|acknowledged|denied|promised|vowed|pledged|according|advised|complained|cautioned|informed|suggested|predicted|conceded|confirmed|recalled|remarked|countered|responded|accused|thanked|blamed|condemned|criticised|criticized|hailed|praised|dismissed|explains|warns|notes|argues|insists|recalls|joked|jokes|quipped|intoned|intones|exclaimed|pleaded|boasted|demanded|noting|adding|saying|telling|warning|insisting|stressing';

/** Nouns written after a place's name for its kind of subdivision: "Grodno region", "Tanahunkot district". */
export const REGION_NOUNS = ['region', 'oblast', 'province', 'state', 'county', 'district', 'governorate', 'prefecture'];

/** Capitalised last words that make a run a geographic region ("Gaza Strip", "Korean Peninsula"). */
export const GEO_HEADS = new Set(['strip', 'peninsula', 'island', 'islands', 'falls', 'springs', 'valley', 'desert', 'mountains', 'corridor', 'heights', 'coast', 'basin', 'delta', 'plateau', 'highlands', 'oblast', 'province', 'region', 'county', 'governorate', 'district', 'prefecture', 'municipality', 'township', 'borough', 'canton', 'glacier', 'volcano', 'massif', 'archipelago', 'atoll', 'lagoon', 'fjord', 'gorge', 'canyon', 'rainforest', 'jungle']);

/** Lower-case nouns of an appositive that make the name before them a place (", a mountainous region"). */
// The place noun heads the phrase: "the chief county officer" is a person, not a district.
export const PLACE_NOUNS = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(region|city|town|village|province|area|district|enclave|territory|island|republic|port|capital)\b(?!\s+(?!(?:of|in|on|at|near|where|that|which|and|with|about|some|close|bordering|known|north|south|east|west)\b)\p{Ll})/iu;

/** Words for groups of people (nations, faiths, movements): never a person's name. */
export const GROUP_NOUNS = /^(Arabs?|Islamists?|Islamic|Sunnis?|Shi'?ites?|Shias?|Shiites?|Alawites?|Kurds?|Kurdish|Druze|Christians?|Muslims?|Jews?|Jewish|Catholics?|Protestants?|Orthodox|Hindus?|Buddhists?|Sikhs?|Western(?:ers)?|Eastern|Westerners|Europeans?|Africans?|Asians?|Latinos?|Hispanics?|Bedouins?|Pashtuns?|Tamils?|Uighurs?|Uyghurs?|Rohingya|Roma|Yazidis?|Maronites?|Copts?|Coptic|Salafists?|Jihadists?|Zionists?|Communists?|Socialists?|Democrats?|Republicans?|Conservatives?|Liberals?|Tories|Labour|Loyalists?|Rebels?|Allies|Allied|Nations?)$/;

/** Acronyms news uses for international bodies, with their full names. */
export const ORG_ACRONYMS: Record<string, string> = {
  EU: 'European Union', 'E.U.': 'European Union', UN: 'United Nations', 'U.N.': 'United Nations',
  NATO: 'North Atlantic Treaty Organization', IMF: 'International Monetary Fund', WHO: 'World Health Organization',
  ICC: 'International Criminal Court', ICRC: 'International Committee of the Red Cross', ECB: 'European Central Bank',
  OPEC: 'Organization of the Petroleum Exporting Countries', OSCE: 'Organization for Security and Co-operation in Europe',
  WTO: 'World Trade Organization', UNHCR: 'UN Refugee Agency', UNICEF: "United Nations Children's Fund", AU: 'African Union',
  IAEA: 'International Atomic Energy Agency', FBI: 'Federal Bureau of Investigation', CIA: 'Central Intelligence Agency',
  Fed: 'Federal Reserve',
};

/**
 * First words of Arabic, Hebrew and Persian place names as English news spells them
 * ("Jisr" = bridge, "Deir" = monastery, "Ras" = cape, "Kafr" = village, "Beit" = house:
 * "Ras Tanura", "Beit Shemesh"): a name starting with one is a place, never a person.
 */
export const TOPONYM_PREFIXES = new Set([
  'Jisr', 'Deir', 'Dayr', 'Bir', 'Tell', 'Tal', 'Ras', 'Ain', 'Ayn', 'Ein', 'Wadi', 'Jebel', 'Jabal', 'Jabel',
  'Kafr', 'Kfar', 'Beit', 'Bayt', 'Qasr', 'Marj', 'Mazraat', 'Madinat', 'Tel', 'Khirbet', 'Khirbat', 'Nahr', 'Bandar', 'Qalaat',
  'Port', 'Puerto', 'Porto', 'Fort', 'Mount', 'Lake', 'Cape', 'Saint', 'San', 'Santa', 'Sao', 'São', 'Ciudad', 'Nizhny',
  // Island, beach, lake, hill and cape in other languages: "Isla Holbox", "Pulau Seribu", "Lac Léman".
  'Isla', 'Isola', 'Ile', 'Île', 'Playa', 'Lago', 'Cerro', 'Pulau', 'Gunung', 'Tanjung', 'Lac', 'Mont', 'Bahia', 'Bahía',
]);

/** Month and weekday names, written once for every pattern that needs them. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** The same as regular-expression alternations: "January|February|…", "Monday|Tuesday|…". */
export const MONTH = MONTH_NAMES.join('|');
/** Months as news abbreviates them: "Jan", "Sept". */
export const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
export const WEEKDAY = WEEKDAY_NAMES.join('|');

/** Lower-case kinds written after a body's name ("Acme company", "Socialist party"). */
export const ORG_AFTER = new Set(['company', 'party', 'agency', 'group', 'firm', 'giant', 'bank', 'ministry', 'pipeline', 'network', 'newspaper', 'broadcaster', 'television', 'radio', 'tv', 'militia', 'movement', 'union', 'alliance', 'paper', 'daily', 'tabloid', 'magazine', 'weekly', 'channel', 'website']);
/** Lower-case kinds of body ("the regulator, Tarnwell,", ", a construction firm,"). */
export const ORG_KINDS = /^(?:company|firm|broker|consultancy|group|giant|bank|utility|conglomerate|startup|start-up|chain|broadcaster|newspaper|carrier|airline|lender|insurer|retailer|operator|developer|supplier|exporter|importer|manufacturer|producer|service|authority|regulator|watchdog|charity|organi[sz]ation|\p{L}*maker)$/u;
/** "the accountancy firm Harlow Grant", "separatist party Junts": a kind of body right before a name makes it that body's. */
export const kindOfBody = (word: string): boolean => ORG_AFTER.has(word) || ORG_KINDS.test(word);

// Articles and prepositions, English and foreign: "El Universal" is not "EU".
const MINOR_WORDS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'les', 'el', 'los', 'las', 'il', 'lo', 'der', 'die', 'das', 'het', '&']);

/** "International Atomic Energy Agency" → "IAEA"; null for a one-word name. */
export function initialsOf(name: string): string | null {
  // "U.S. State Department" is not "USD": abbreviated words are not spelled out.
  // "United Auto Workers union" is UAW: a kind written after the name in lower case is no initial.
  const words = name.replace(/^the /i, '').replace(/(?:\s+\p{Ll}+)+$/u, '').split(/[\s-]+/).filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()) && !w.includes('.'));
  if (words.length < 2 || words.some((w) => !/^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]).join('');
}

/**
 * "Val Fire" for the "Valdora Department of Forestry and Fire Protection": a short name of two
 * or more words, each the start of a word of the long name, in order.
 */
export function shortens(long: string, short: string): boolean {
  const words = short.split(/\s+/);
  const longWords = long.toLowerCase().split(/[\s-]+/);
  let at = 0;
  for (const w of words) {
    const i = longWords.findIndex((l, k) => k >= at && w.length >= 2 && l.startsWith(w.toLowerCase()));
    if (i < 0) return false;
    at = i + 1;
  }
  return words.length >= 2 && words.length < longWords.length;
}

/** Titles as AP style abbreviates them before a name ("Col. Jane Roe", "Lt. Gov. Tom Berg"). */
export const AP_TITLES = 'Gov|Lt|Sen|Rep|Col|Capt|Sgt|Cpl|Gen|Maj|Adm|Cmdr|Det|Supt|Insp|Atty|Brig|Dr|Prof|Rev';

/** Heads of public bodies that serve an area: a state owns "Velmar Department of Roads", and "the company" never means one. */
export const PUBLIC_SERVICE_HEADS = 'Department|Ministry|Agency|Authority|Office|Commission|Board|Council|Police|Service|Court|Bureau|Directorate';

/** What a utility supplies, two of which name it: "Velmar Gas and Electric", "Harlow Light & Power". */
export const UTILITY_GOODS = 'Gas|Light|Power|Water|Electric|Electricity|Telephone|Telegraph|Heat|Energy|Sewer|Sewerage';
const UTILITY_GOOD = new RegExp(`^(?:${UTILITY_GOODS})$`);
/** One of the goods a utility is named for ("Electric" of "Velmar Gas and Electric"). */
export const isUtilityGood = (word: string): boolean => UTILITY_GOOD.test(word);

/** Verbs of buying a company, in every tense news uses: "agreed to buy", "acquired", "is buying". */
export const PURCHASE_VERBS = 'buy|bought|buying|acquire|acquired|acquiring|purchase|purchased';
