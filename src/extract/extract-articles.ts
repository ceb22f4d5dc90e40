import type { ArticleRecord, CleanArticle, DateMention, Figure, IsoDate, Mention, QuoteRecord, UnreadName } from '../model.js';
import type { Message } from '../messages.js';
import { groupByIndex } from '../group-by.js';
import { daysBetween, extractDates } from './dates.js';
import { withCorpusNames } from './corpus-names.js';
import { entitiesAndUnread } from './entities.js';
import { extractFigures } from './figures.js';
import { resolveOrdinalDays } from './ordinal-days.js';
import { inferPublicationDate, statedPublicationDate, type PublicationDate } from './publication-date.js';
import { extractQuotes } from './quotes.js';
import { extractSource, type SourceInfo } from './source.js';
import { isTitleQuote, titleKey, workTitles } from './work-titles.js';

export interface ExtractResult {
  records: ArticleRecord[];
  messages: Message[];
}

/** Mentions of one article: the part of extraction that needs no other article. */
export function extractMentions(article: CleanArticle): Mention[] {
  return mentionsAndUnread(article).mentions;
}

function mentionsAndUnread(article: CleanArticle): { mentions: Mention[]; unread: UnreadName[] } {
  const headings = new Set(article.sentences.filter((s) => article.paragraphs[s.paragraph].kind === 'heading').map((s) => s.index));
  return entitiesAndUnread(article.sentences, headings);
}

/**
 * Publication dates for the whole corpus, most certain first: stated dates anchor
 * the articles that only name calendar dates, and both anchor those that only name
 * weekdays.
 */
export function publicationDates(articles: CleanArticle[], zone?: string): PublicationDate[] {
  const dates: (PublicationDate | null)[] = articles.map((a) => statedPublicationDate(a, zone));
  const known = (): IsoDate[] => dates.filter((d): d is PublicationDate => Boolean(d?.date)).map((d) => d.date!);
  // A stamp two ways ("11/04/2025") takes the reading nearer the days the other articles state:
  // coverage of one story is published within days of itself.
  const sure = dates.filter((d): d is PublicationDate => Boolean(d?.date && !d.otherReading)).map((d) => d.date!);
  dates.forEach((d, i) => {
    if (!d?.otherReading || !sure.length) return;
    const distance = (day: IsoDate): number => sure.reduce((n, x) => n + Math.abs(daysBetween(day, x)), 0);
    if (distance(d.otherReading) < distance(d.date!)) dates[i] = { ...d, date: d.otherReading, evidence: `${d.evidence}, read day first: nearer the other articles' dates` };
  });
  const stated = known();
  articles.forEach((a, i) => {
    if (dates[i]) return;
    const byCalendar = inferPublicationDate(a, stated, false, zone);
    if (byCalendar.date) dates[i] = byCalendar;
  });
  const anchored = known();
  return articles.map((a, i) => dates[i] ?? inferPublicationDate(a, anchored, true, zone));
}

/** What one article yields on its own, without the corpus: cacheable and parallel. */
export interface ArticleParts {
  mentions: Mention[];
  quotes: QuoteRecord[];
  figures: Figure[];
  source: SourceInfo;
  /** Titles of works the article names ("The Salt Road", a film). */
  works: string[];
  /** The article's dates read against its own stated publication date, when it states one. */
  datesAt?: { published: IsoDate; zone?: string; dates: DateMention[] };
  /** Runs of capitalised words no rule could read: a name another article explains. */
  unread?: UnreadName[];
}

/** The per-article part of extraction: names, quotes, figures, outlet and credits. */
export function extractParts(article: CleanArticle): ArticleParts {
  const { mentions: found, unread } = mentionsAndUnread(article);
  const source = extractSource(article, found);
  // "two officials told Harbour Press": the outlet's own name, wherever the article repeats it, is nobody.
  const named = found.filter((m) => !(m.kind === 'person' && m.text === source.source));
  // "The Salt Road", a film: a title of a work names no road, and no one says it.
  const works = workTitles(article.sentences, named);
  const mentions = named.filter((m) => !works.inTitles.has(m));
  const byParagraph = groupByIndex(article.sentences, (s) => s.paragraph, article.paragraphs.length);
  const paragraphs = article.paragraphs.map((p, index) => ({ text: p.text, sentences: byParagraph[index].map((x) => x.item) }));
  return {
    mentions,
    quotes: extractQuotes(paragraphs, mentions).filter((q) => !isTitleQuote(q, new Set(works.titles.map(titleKey)))),
    figures: extractFigures(article.sentences),
    source,
    works: works.titles,
    unread,
  };
}

/**
 * Every record of every article. Publication dates and the dates in the text need the
 * whole corpus (an undated article is anchored by the others), so they are resolved here
 * over the per-article parts.
 */
export function extractArticles(articles: CleanArticle[], parts: ArticleParts[] = articles.map(extractParts), zone?: string): ExtractResult {
  const messages: Message[] = [];
  const published = publicationDates(articles, zone);
  messages.push(...farFutureDates(articles, published));
  const mentionsOf = withCorpusNames(parts);
  const records = articles.map((article, i): ArticleRecord => {
    const pub = published[i];
    if (!pub.date) messages.push({ id: 'extract/no-date', severity: 'warning', file: article.file, line: 1, column: 1 });
    const { quotes, figures, source, works, datesAt } = parts[i];
    const mentions = mentionsOf[i];
    const reuse = datesAt && datesAt.published === pub.date && datesAt.zone === zone;
    return {
      ...article,
      ...source,
      published: pub.date,
      publishedHow: pub.how,
      publishedEvidence: pub.evidence,
      mentions,
      dates: reuse ? datesAt.dates : extractDates(article.sentences, pub.date, zone),
      quotes,
      figures,
      works,
    };
  });
  return { records: resolveOrdinalDays(records), messages };
}

/** A year mistyped puts a date about a year out; a story's follow-ups come months later. */
const FUTURE_SLACK_DAYS = 300;

/**
 * A stated date far beyond every other article's is most likely a typo in the year.
 * "Every other article" is the latest date overall, or the runner-up for the latest
 * article itself: linear, not a sort per article.
 */
function farFutureDates(articles: CleanArticle[], dates: PublicationDate[]): Message[] {
  let first = -1;
  let second = -1;
  dates.forEach((d, i) => {
    if (!d.date) return;
    if (first < 0 || d.date > dates[first].date!) { second = first; first = i; }
    else if (second < 0 || d.date > dates[second].date!) second = i;
  });
  const out: Message[] = [];
  dates.forEach((d, i) => {
    if (!d.date || d.how === 'inferred') return;
    const other = i === first ? second : first;
    if (other < 0) return;
    const latest = dates[other].date!;
    if (daysBetween(latest, d.date) > FUTURE_SLACK_DAYS) {
      out.push({ id: 'load/future-date', severity: 'warning', file: articles[i].file, line: 1, column: 1, detail: `${d.date} (others end ${latest})` });
    }
  });
  return out;
}
