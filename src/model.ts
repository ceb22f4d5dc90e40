/**
 * Every intermediate type of the pipeline, in the order the stages produce them:
 * load → clean → extract → resolve → timeline → render.
 */

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A place in an input file, 1-based like an editor shows it. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** How a publication date was found. */
export type PublishedHow = 'front-matter' | 'stated' | 'inferred' | 'unknown';

/** Recognised front-matter keys; anything else is kept in `extra`. */
export interface FrontMatter {
  title?: string;
  date?: IsoDate;
  source?: string;
  url?: string;
  author?: string;
  /** `draft: true`: written but not for publishing; the build leaves it out. */
  draft?: boolean;
  extra: Record<string, unknown>;
}

/** One block of text (paragraph or heading) as it stands in the input file. */
export interface Block {
  text: string;
  kind: 'paragraph' | 'heading';
  start: SourcePosition;
}

/** Output of load/: a file read and split into blocks, nothing removed yet. */
export interface LoadedArticle {
  /** Stable slug, unique in the corpus. */
  id: string;
  /** Path relative to the project root (or to the input folder's parent). */
  file: string;
  format: 'txt' | 'md';
  title: string;
  frontMatter: FrontMatter;
  blocks: Block[];
}

/** A sentence of cleaned text, with where it came from. */
export interface Sentence {
  index: number;
  /** Anchor id on the article page, e.g. `s12`. */
  anchor: string;
  text: string;
  paragraph: number;
  /** Character offset of the sentence inside its paragraph. */
  offset: number;
  start: SourcePosition;
}

/** Something the cleaner removed, kept for the log and the article page. */
export interface RemovedBlock {
  text: string;
  line: number;
  reason: string;
}

/** Output of clean/: story text only, split into sentences. */
export interface Paragraph {
  text: string;
  kind: 'paragraph' | 'heading';
  start: SourcePosition;
}

export interface CleanArticle extends LoadedArticle {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  removed: RemovedBlock[];
}

export type EntityKind = 'person' | 'place' | 'organization';

/** A name found in a sentence. */
export interface Mention {
  kind: EntityKind;
  text: string;
  sentence: number;
  /** Character offset of `text` inside the sentence. */
  offset: number;
  /** Role or title stated next to a person ("Ukrainian Defense Minister"). */
  role?: string;
  /** Place detail from the gazetteer. */
  placeKind?: string;
  /** Gazetteer name when it differs from the text ("Hrodna" for "Grodno"). */
  canonical?: string;
  lat?: number;
  lon?: number;
  /** Population of a gazetteer city, when the gazetteer gives one. */
  population?: number;
  /** A lone capitalised word that is a person only if the story names them in full. */
  tentative?: boolean;
  /** An ordinary word standing as a speaker ("Bird said"): it may be only a surname spelled exactly so. */
  wordAsName?: boolean;
  /** An unknown acronym that speaks after "the" ("The HDU said"): a body even if never spelled out. */
  speaks?: boolean;
  /** A news agency credited in the text (a source, not an actor). */
  agency?: boolean;
  /** A body's name standing alone in brackets, as an acronym is introduced: "the Harlow Rescue Service (HRS)". */
  inBrackets?: boolean;
  /** A town placed by the state or country written after it ("Santa Rosa, Calif."): its coordinates are the ones to keep. */
  qualified?: boolean;
  /** Characters between the long name and this short one when other than " (": ", known as " is 11. */
  namedAfter?: number;
  /** A place its sentence puts on the map ("north of Tarvo", "near Tarvo"): a place, whatever else bears its name. */
  locative?: boolean;
  /** A nickname the text gives a person named just before ("…, widely known as Lulu"): that name. */
  aliasOf?: string;
}

/** Capitalised words no rule of the article could read as a name of anything: the corpus may know them. */
export interface UnreadName {
  text: string;
  sentence: number;
  offset: number;
}

/** A date stated or implied in a sentence, resolved against the publication date. */
export interface DateMention {
  text: string;
  sentence: number;
  offset: number;
  date: IsoDate;
}

/** A quantity with its bound and unit ("more than 4,500 Russian soldiers"). */
export interface Figure {
  text: string;
  value: number;
  unit: string;
  bound: 'exact' | 'at least' | 'more than' | 'nearly' | 'about' | 'up to';
  subject: string;
  sentence: number;
  /** Where the figure starts in its sentence: its text is normalised ("17%" → "17 %"), so not found by search. */
  offset?: number;
  /** The whole a part is counted out of ("24" in "9 of the 24 lifeboats"): it does not count what the part does. */
  whole?: true;
  /**
   * A part of the count before it ("11" in "40 cars derailed, including 11 carrying fuel") or a
   * measure of a group ("turnout among voters under 30 was 52%"): no rival to values of the whole.
   */
  part?: true;
}

/** A direct quote or a reported statement with whoever said it, as written. */
export interface QuoteRecord {
  text: string;
  kind: 'quote' | 'paraphrase';
  speakerName: string | null;
  sentence: number;
}

/** Output of extract/: everything found in one article. */
export interface ArticleRecord extends CleanArticle {
  published: IsoDate | null;
  publishedHow: PublishedHow;
  /** Human-readable evidence for the publication date. */
  publishedEvidence: string;
  source: string;
  credits: string[];
  byline: string | null;
  mentions: Mention[];
  dates: DateMention[];
  quotes: QuoteRecord[];
  figures: Figure[];
  /** Titles of works the article names ("The Salt Road", a film): no one's name, nor a place's. */
  works: string[];
}

/** Where an entity, claim or event was found. */
export interface Provenance {
  article: string;
  sentence: number;
  /** Character offset inside the sentence, for mentions. */
  offset?: number;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: Provenance[];
  placeKind?: string;
  /** An organization credited as a news agency. */
  agency?: boolean;
  lat?: number;
  lon?: number;
}

/** Output of resolve/: entities merged across articles. */
export interface ResolvedCorpus {
  articles: ArticleRecord[];
  entities: Entity[];
  /** article id → mention index → entity id */
  mentionEntity: Record<string, string[]>;
  warnings: string[];
}

export interface Claim {
  id: string;
  speaker: string | null;
  speakerName: string | null;
  text: string;
  kind: 'quote' | 'paraphrase' | 'figure';
  article: string;
  sentence: number;
  date: IsoDate | null;
  /** Independent outlets that report the same words. */
  outlets?: number;
  /** For figures: the normalised quantity. */
  value?: number;
  unit?: string;
  bound?: Figure['bound'];
  subject?: string;
}

export interface TimelineEvent {
  id: string;
  date: IsoDate;
  title: string;
  summary: string;
  people: string[];
  places: string[];
  organizations: string[];
  claims: string[];
  sources: string[];
  provenance: Provenance[];
  /** Independent outlets reporting it (articles of one outlet count once). */
  outlets: number;
  /** Higher = more central to the story (see timeline/events.ts). */
  importance?: number;
  round?: number;
  /** Every source was published before its date: a plan or a forecast, not yet told as done. */
  expected?: boolean;
}

export interface Round {
  number: number;
  date: IsoDate | null;
  /** Last day of talks that ran over several days. */
  endDate?: IsoDate;
  status: 'held' | 'planned';
  place: string | null;
  placeName: string | null;
  duration: string | null;
  /** Start time as written ("just after 1 p.m. Ukraine time"). */
  start: string | null;
  /** Venue announced before the round, when it differs from where it was held. */
  announcedPlace: string | null;
  announcedPlaceName: string | null;
  topics: string[];
  outcome: string;
  delegations: Record<string, string[]>;
  events: string[];
  sources: string[];
  /** Articles that announced the round before it was held (or that it is planned). */
  announcedBy: string[];
  /** Person who hosted or greeted the delegations. */
  host: string | null;
  provenance: Provenance[];
  /** Cities different articles say the round was held in, when they name more than one. */
  heldIn?: { place: string; placeName: string; article: string; sentence: number }[];
}

export interface DiscrepancyValue {
  value: string;
  article: string;
  sentence: number;
}

export interface Discrepancy {
  id: string;
  topic: string;
  values: DiscrepancyValue[];
  event: string | null;
  /** The round of talks the disagreement is about. */
  round?: number;
}

/** Output of timeline/: the whole story model that rendering reads. */
export interface Timeline extends ResolvedCorpus {
  claims: Claim[];
  events: TimelineEvent[];
  rounds: Round[];
  discrepancies: Discrepancy[];
  /** Articles judged not to be about the story: pages kept, left out of the timeline. */
  offTopic: string[];
}
