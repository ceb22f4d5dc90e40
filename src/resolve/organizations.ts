import { DEMONYMS } from '../extract/demonyms.js';
import { ORG_ACRONYMS } from '../extract/lexicon.js';
import type { Cluster, Located } from './group-names.js';
import { plainKey } from './alias-key.js';

/** "Russian State Duma" and "State Duma", "EU" and "European Union": one key. */
function orgKey(text: string): string {
  const words = text.replace(/^the /i, '').split(' ');
  const bare = words.length > 1 && DEMONYMS[words[0]] ? words.slice(1).join(' ') : words.join(' ');
  return plainKey(ORG_ACRONYMS[bare] ?? bare);
}

/**
 * Organisations group by a key that drops a leading country adjective and expands
 * well-known acronyms; credited news agencies with no mention in the text are
 * organizations too, flagged as agencies.
 */
export function clusterOrganizations(mentions: Located[], credits: string[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  for (const m of mentions) {
    const key = orgKey(m.mention.text);
    let c = byKey.get(key);
    if (!c) { c = { kind: 'organization', members: [], extraAliases: [] }; byKey.set(key, c); clusters.push(c); }
    c.members.push(m);
    if (m.mention.agency) c.agency = true;
    const words = m.mention.text.replace(/^the /i, '').split(' ');
    const bare = words.length > 1 && DEMONYMS[words[0]] ? words.slice(1).join(' ') : null;
    for (const alias of [ORG_ACRONYMS[words.join(' ')], bare]) {
      if (alias && !c.extraAliases!.includes(alias)) c.extraAliases!.push(alias);
    }
  }
  for (const credit of credits) {
    const key = orgKey(credit);
    const c = byKey.get(key);
    if (c) { c.agency = true; continue; }
    const created: Cluster = { kind: 'organization', members: [], name: credit, agency: true, extraAliases: [] };
    byKey.set(key, created);
    clusters.push(created);
  }
  return clusters;
}
