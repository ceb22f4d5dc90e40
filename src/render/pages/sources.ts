import { html } from '../escape.js';
import { paths, rel, sentenceHref, type Index } from '../links.js';
import type { Page } from '../page.js';
import { counted } from '../parts.js';

/** One outlet: its articles, what only it reported, the agencies it credits. */
export function sourcePage(ix: Index, name: string): Page {
  const from = paths.source(name);
  const articles = ix.tl.articles.filter((a) => a.source === name);
  const ids = new Set(articles.map((a) => a.id));
  const exclusive = ix.tl.events.filter((e) => e.sources.every((s) => ids.has(s)));
  const credits = [...new Set(articles.flatMap((a) => a.credits))];
  const body = html`<p class="meta"><a href="${rel(from, 'sources/index.html')}">Sources</a></p>
<h1>${name}</h1>
<h2>Articles</h2>
<ul>${articles.map((a) => html`<li><a href="${rel(from, paths.article(a.id))}">${a.title}</a> <span class="muted">${a.published ?? 'undated'}</span></li>`)}</ul>
${credits.length ? html`<h2>Credited agencies</h2><p>${credits.join(', ')}</p>` : ''}
<h2>Reported only here (${exclusive.length})</h2>
<ul>${exclusive.map((e) => html`<li><time datetime="${e.date}">${e.date}</time> <a href="${rel(from, paths.event(e.id))}">${e.title}</a> <a class="muted" href="${sentenceHref(from, e.provenance[0].article, e.provenance[0].sentence)}">(sentence)</a></li>`)}</ul>`;
  return { path: from, title: name, description: `${counted(articles.length, 'article')} from ${name}`, body, jsonld: { '@context': 'https://schema.org', '@type': 'NewsMediaOrganization', name } };
}

/** Every outlet, with its article count. */
export function sourceIndexPage(ix: Index): Page {
  const from = 'sources/index.html';
  const names = [...new Set(ix.tl.articles.map((a) => a.source))].sort();
  const body = html`<h1>Sources</h1><ul>${names.map((n) => html`<li><a href="${rel(from, paths.source(n))}">${n}</a> <span class="muted">${counted(ix.tl.articles.filter((a) => a.source === n).length, 'article')}</span></li>`)}</ul>`;
  return { path: from, title: 'Sources', description: counted(names.length, 'outlet'), body };
}

/** Every disagreement between outlets, values side by side with their sentences. */
export function discrepanciesPage(ix: Index): Page {
  const from = paths.discrepancies;
  const body = html`<h1>Discrepancies</h1>
<p>Where outlets give different values for the same fact, or a figure contradicts itself.</p>
${ix.tl.discrepancies.length ? '' : html`<p class="muted">No discrepancies found.</p>`}
${ix.tl.discrepancies.map((d) => html`<section id="${d.id}"><h2>${d.topic}</h2>
${d.event ? html`<p class="meta">About <a href="${rel(from, paths.event(d.event))}">${ix.tl.events.find((e) => e.id === d.event)?.title}</a></p>` : ''}
<div class="side-by-side">${d.values.map((v) => html`<div class="card"><p><strong>${v.value}</strong></p><p class="meta"><a href="${sentenceHref(from, v.article, v.sentence)}">${ix.articleSource.get(v.article)}</a>: <q>${ix.article.get(v.article)?.sentences[v.sentence]?.text}</q></p></div>`)}</div>
</section>`)}`;
  return { path: from, title: 'Discrepancies', description: `${counted(ix.tl.discrepancies.length, 'disagreement')} between sources`, body };
}
