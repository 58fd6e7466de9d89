// Titles and appositions that say who a person is: "Prime Minister Fumio Kishida",
// "Malaysian counterpart Anwar Ibrahim", "John Doe, the firm's chief executive,".
import type { Entity, PersonInfo, Token } from './doc.js';
import { TITLES } from '../lang/en/words.js';

const DESCRIPTOR_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dr.', 'dr']);

/** The descriptor words right before a name: "Prime Minister", "Malaysian counterpart", "chief executive". */
function titleBefore(tokens: readonly Token[], start: number): [number, number] | undefined {
  let a = start;
  while (a > 0 && DESCRIPTOR_POS.has(tokens[a - 1].pos) && !HONORIFICS.has(tokens[a - 1].lower)) a--;
  if (a === start) return undefined;
  const words = tokens.slice(a, start);
  // The descriptor must end in a title word ("minister", "counterpart", "executive").
  const last = words[words.length - 1].lower;
  const lastTwo = words.length > 1 ? `${words[words.length - 2].lower} ${last}` : '';
  if (!TITLES.has(last) && !TITLES.has(lastTwo)) return undefined;
  if (words.length > 5) return [start - 5, start];
  return [a, start];
}

/** "Name, the/a DESCRIPTOR (of X)," right after a name. */
function appositionAfter(tokens: readonly Token[], end: number): [number, number] | undefined {
  if (tokens[end]?.text !== ',') return undefined;
  const det = tokens[end + 1]?.lower;
  // "..., president of ClearView Economics": a role word with its "of"/"at" needs no article.
  const bareRole = TITLES.has(det ?? '') && tokens.slice(end + 2, end + 8).some((t) => /^(of|at|for)$/.test(t.lower));
  if (det !== 'the' && det !== 'a' && det !== 'an' && tokens[end + 1]?.pos !== 'PROPN' && !bareRole) return undefined;
  let b = end + 1;
  while (b < tokens.length && tokens[b].text !== ',' && tokens[b].text !== '.' && b - end < 14) b++;
  if (tokens[b]?.text !== ',' && tokens[b]?.text !== '.') return undefined;
  const words = tokens.slice(end + 1, b);
  if (!words.some((t) => TITLES.has(t.lower))) return undefined;
  if (words.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  return [end + 1, b];
}

export function collectPeople(
  sentences: readonly { text: string; tokens: readonly Token[]; entities: readonly Entity[] }[],
): Map<string, PersonInfo> {
  const people = new Map<string, PersonInfo>();
  sentences.forEach((s, n) => {
    for (const e of s.entities) {
      if (e.type !== 'person') continue;
      const span = titleBefore(s.tokens, e.start) ?? appositionAfter(s.tokens, e.end);
      const slice = (a: number, b: number) => s.text.slice(s.tokens[a].start, s.tokens[b - 1].end);
      const known = people.get(e.text);
      if (span && (!known?.title)) {
        const title = slice(span[0], span[1]);
        const phrase = span[0] < e.start ? slice(span[0], e.end) : `${e.text}, ${title}`;
        const info: PersonInfo = { name: e.text, title, sentence: n, phrase };
        people.set(e.text, info);
        const parts = e.text.split(/\s+/);
        if (parts.length > 1 && !people.has(parts[parts.length - 1])) people.set(parts[parts.length - 1], info);
      } else if (!known) {
        const info: PersonInfo = { name: e.text, sentence: n, phrase: e.text };
        people.set(e.text, info);
        const parts = e.text.split(/\s+/);
        if (parts.length > 1 && !people.has(parts[parts.length - 1])) people.set(parts[parts.length - 1], info);
      }
    }
  });
  return people;
}
