import type { ArticleRecord, DateMention, Mention } from '../../model.js';
import { groupByIndex } from '../../group-by.js';
import { html, safeUrl, type SafeHtml } from '../escape.js';
import { paths, rel, type Index } from '../links.js';
import type { Page } from '../page.js';

interface Span { start: number; end: number; render: (text: string) => SafeHtml }

interface ArticleIndex {
  mentions: { item: Mention; index: number }[][];
  dates: { item: DateMention; index: number }[][];
}

/** One sentence with its people, places, organizations linked and its dates in `<time>`. */
function markSentence(ix: Index, from: string, r: ArticleRecord, index: number, by: ArticleIndex): SafeHtml {
  const s = r.sentences[index];
  const spans: Span[] = [];
  by.mentions[index].forEach(({ item: m, index: i }) => {
    const entity = ix.entity.get(ix.tl.mentionEntity[r.id][i]);
    if (!entity || s.text.slice(m.offset, m.offset + m.text.length) !== m.text) return;
    spans.push({ start: m.offset, end: m.offset + m.text.length, render: (t) => html`<a class="${entity.kind}" href="${rel(from, paths.entity(entity))}">${t}</a>` });
  });
  for (const { item: d } of by.dates[index]) {
    if (s.text.slice(d.offset, d.offset + d.text.length) !== d.text) continue;
    spans.push({ start: d.offset, end: d.offset + d.text.length, render: (t) => html`<time datetime="${d.date}">${t}</time>` });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: (string | SafeHtml)[] = [];
  let at = 0;
  for (const sp of spans) {
    if (sp.start < at) continue;
    parts.push(s.text.slice(at, sp.start), sp.render(s.text.slice(sp.start, sp.end)));
    at = sp.end;
  }
  parts.push(s.text.slice(at));
  return html`<span class="sentence" id="${s.anchor}">${parts}</span>`;
}

/** The cleaned article: sentences with anchors, mentions marked up, boilerplate removed listed at the end. */
export function articlePage(ix: Index, r: ArticleRecord): Page {
  const from = paths.article(r.id);
  const n = r.sentences.length;
  const by: ArticleIndex = { mentions: groupByIndex(r.mentions, (m) => m.sentence, n), dates: groupByIndex(r.dates, (d) => d.sentence, n) };
  const inParagraph = groupByIndex(r.sentences, (s) => s.paragraph, r.paragraphs.length).map((xs) => xs.map((x) => x.item.index));
  const body = html`
<article>
<p class="meta">${r.source} · ${r.published ? html`<time datetime="${r.published}">${r.published}</time>` : 'date unknown'} <span class="muted">(${r.publishedEvidence})</span>${r.byline ? html` · ${r.byline}` : ''}</p>
<h1>${r.paragraphs[0]?.text === r.title ? (inParagraph[0] ?? []).map((i) => markSentence(ix, from, r, i, by)) : r.title}</h1>
${r.frontMatter.url ? html`<p><a href="${safeUrl(r.frontMatter.url)}" rel="nofollow noopener">Original article</a></p>` : ''}
${r.paragraphs.map((p, pi) => {
    const content = inParagraph[pi].map((i, k) => html`${k ? ' ' : ''}${markSentence(ix, from, r, i, by)}`);
    if (pi === 0 && p.text === r.title) return '';
    return p.kind === 'heading' ? html`<h2>${content}</h2>` : html`<p>${content}</p>`;
  })}
</article>
${r.credits.length ? html`<p class="meta">Credits: ${r.credits.join(', ')}</p>` : ''}
<p class="meta">File: <code>${r.file}</code>${ix.enabled.has('sources') ? html` · <a href="${rel(from, paths.source(r.source))}">More from ${r.source}</a>` : ''}</p>
${r.removed.length ? html`<details class="removed"><summary>Removed as page boilerplate (${r.removed.length})</summary><ul>${r.removed.map((x) => html`<li>line ${x.line}, ${x.reason}: ${x.text}</li>`)}</ul></details>` : ''}`;
  return {
    path: from, title: r.title, description: r.sentences.find((s) => s.paragraph > 0)?.text.slice(0, 200) ?? r.title, body, ogType: 'article',
    jsonld: { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: r.title, datePublished: r.published ?? undefined,
      publisher: { '@type': 'Organization', name: r.source }, author: r.byline ?? undefined, url: r.frontMatter.url ? safeUrl(r.frontMatter.url) : undefined },
  };
}
