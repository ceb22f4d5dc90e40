import { DEMONYMS } from './demonyms.js';
import { ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';
import { isFirstName, type NameRun, type Token } from './name-runs.js';

const APPOSITIVE = /^,\s*((?:the|a|an|his|her|their)\s[^,.;:"“”()]{3,90}?|who (?:heads?|headed|leads?|led|is|was|chairs?|chaired) [^,.;:"“”()]{3,90}?|(?:(?:senior|chief|former|deputy|acting) )?(?:spokes(?:man|woman|person)|analyst|director|head|minister|adviser|advisor|professor|economist|president|secretary|leader|envoy|ambassador|commander|official|editor|correspondent|researcher|executive|fellow|chairman|chairwoman)\b[^,.;:"“”()]{0,80}?)\s*(?:[,.;:)]|$)/i;

/**
 * The role stated next to a person: the title words in front of the name
 * ("Ukrainian Defense Minister", "Pentagon spokesman") or an appositive after it
 * (", the head of the Russian delegation,").
 */
export function personRole(sentence: string, run: NameRun, nameTokens: Token[]): string | undefined {
  const roles: string[] = [];
  const peeled = run.tokens.slice(0, run.tokens.length - nameTokens.length).map((t) => t.text);
  const before: string[] = [];
  if (/^\s+$/.test(run.before)) {
    // Walk back over title words and proper nouns directly before the run.
    for (let i = run.prev.length - 1; i >= 0; i--) {
      const t = run.prev[i];
      const lower = t.text.toLowerCase();
      if (TITLE_WORDS.has(lower) || DEMONYMS[t.text] || /^\p{Lu}/u.test(t.text) || ROLE_NOUNS.test(lower) || lower === 'policy') before.unshift(t.text);
      else break;
      const gapBefore = i > 0 ? sentence.slice(run.prev[i - 1].offset + run.prev[i - 1].text.length + (run.prev[i - 1].possessive ? 2 : 0), t.offset) : ' ';
      if (!/^\s+$/.test(gapBefore)) break;
    }
  }
  const pre = [...before, ...peeled].join(' ');
  if (pre && (ROLE_NOUNS.test(pre) || peeled.length)) roles.push(pre);
  const last = nameTokens[nameTokens.length - 1];
  const after = sentence.slice(last.offset + last.text.length + (last.possessive ? 2 : 0));
  const app = APPOSITIVE.exec(after);
  // "the head of …" → "head of …": the article belongs to the sentence, not the role.
  if (app) {
    // "who headed the Russian delegation" states the role "head of the Russian delegation".
    const role = app[1].replace(/^who (?:is|was) /i, '').replace(/^(?:the|a|an)\s+/i, '').replace(/^who (?:heads?|headed|leads?|led|chairs?|chaired) /i, 'head of ')
      // A missing closing comma lets the sentence run on: "spokesman for the WHO is giving …".
      .replace(/\s+(?:is|was|are|were|has|have|had|will|would|said|says|told)\b.*$/, '').trim();
    // ", the head of the ruling party Ana Brnabic," introduces the next name in a list.
    const trailing = /(\p{Lu}\p{L}+) \p{Lu}\p{L}+$/u.exec(role);
    if (ROLE_NOUNS.test(role) && !(trailing && isFirstName(trailing[1]))) roles.push(role);
  }
  return roles.length ? roles.join('; ') : undefined;
}
