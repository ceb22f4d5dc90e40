import type { Claim, Provenance } from '../model.js';
import { html, type SafeHtml } from './escape.js';
import { outletLabel, paths, rel, sentenceHref, type Index } from './links.js';

/** A list of entity links, by id. */
export function entityLinks(ix: Index, from: string, ids: string[]): SafeHtml {
  const items = ids.map((id) => ix.entity.get(id)).filter(Boolean).map((e) => html`<a href="${rel(from, paths.entity(e!))}">${e!.name}</a>`);
  return items.length ? html`${items.map((x, i) => html`${i ? ', ' : ''}${x}`)}` : html`<span class="muted">none found</span>`;
}

/** "Reported by": each outlet with the exact sentence, linked to its anchor. */
export function reportedBy(ix: Index, from: string, prov: Provenance[]): SafeHtml {
  return html`<ul class="reported">${prov.map((p) => {
    const a = ix.article.get(p.article)!;
    return html`<li><a href="${sentenceHref(from, p.article, p.sentence)}">${outletLabel(a)}</a> <span class="muted">(${a.published ?? 'undated'})</span>: <q>${a.sentences[p.sentence]?.text ?? ''}</q></li>`;
  })}</ul>`;
}

/** A quote or claim with its speaker and source link. */
export function claimItem(ix: Index, from: string, c: Claim): SafeHtml {
  const speaker = c.speaker && ix.entity.get(c.speaker)
    ? html`<a href="${rel(from, paths.entity(ix.entity.get(c.speaker)!))}">${c.speakerName}</a>`
    : html`${c.speakerName ?? 'unattributed'}`;
  const body = c.kind === 'quote' ? html`<q>${c.text}</q>` : html`${c.text}`;
  return html`<li>${speaker}: ${body} <a class="muted" href="${sentenceHref(from, c.article, c.sentence)}">(${ix.articleSource.get(c.article)})</a></li>`;
}

/** "1 source", "3 sources": a count with its noun in the right number. */
export const counted = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;

export const badge = (outlets: number, disputed: boolean, expected = false): SafeHtml =>
  html`${expected ? html`<span class="badge expected" title="Every report of it came before this date">expected</span>` : ''}${outlets < 2 ? html`<span class="badge single">single source</span>` : html`<span class="badge">${outlets} outlets</span>`}${disputed ? html`<span class="badge disputed">disputed</span>` : ''}`;
