// Search queries in words (the Store contract) turned into SQLite FTS5 MATCH expressions. Nothing outside the
// SQLite store sees FTS5 syntax.
import { FUNCTION_WORDS } from '../verify/words.js';
import type { SearchQuery } from './store.js';

/** Function words and question words: never worth searching for on their own. */
const STOP = new Set([...FUNCTION_WORDS, 'did', 'does', 'do', 'whats', "what's", 'who', "who's", 'whom', 'said', 'says', 'say']);

/** The words of free text a search looks for (lower case, function words dropped, each once). */
export function queryWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu) ?? []) {
    const w = raw.replace(/'s$/, '').replace(/[.'-]+$/, '');
    if (!w || STOP.has(w) || out.includes(w)) continue;
    out.push(w);
  }
  return out;
}

/** Term groups of a query: each group is a list of alternatives. */
export function termGroups(query: SearchQuery): string[][] {
  if (typeof query === 'string') return queryWords(query).map((w) => [w]);
  const out: string[][] = [];
  for (const g of query) {
    const alts = (typeof g === 'string' ? [g] : [...g]).map(clean).filter((a) => a !== '');
    if (alts.length) out.push([...new Set(alts)]);
  }
  return out;
}

/** Letters, digits and single spaces only: what the unicode61 tokenizer keeps anyway. */
function clean(term: string): string {
  return term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** An FTS5 expression: groups joined by OR (any) or AND (all); undefined when nothing is searchable. */
export function ftsExpression(query: SearchQuery, mode: 'any' | 'all' = 'any'): string | undefined {
  const groups = termGroups(query);
  if (!groups.length) return undefined;
  const parts = groups.map((alts) => (alts.length === 1 ? quote(alts[0]) : `(${alts.map(quote).join(' OR ')})`));
  return parts.join(mode === 'any' ? ' OR ' : ' AND ');
}
