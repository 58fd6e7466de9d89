// Locate and load the public evaluation articles (../shared/data relative to the repo root).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The article sets timed by the benchmark (news_faq/articles duplicates news_faq/input, so it is left out). */
export const ARTICLE_SETS = ['articles/bbc2005', 'articles/rtqa_news', 'articles/reuters21578', 'news_faq/input'] as const;

export interface CorpusFile {
  readonly set: string;
  readonly name: string;
  readonly path: string;
  readonly bytes: Buffer;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = resolve(REPO_ROOT, '..', 'shared', 'data');

/** Sets present under `dataDir`, with their sorted .txt file names. */
export function listSets(dataDir: string): { set: string; dir: string; names: string[] }[] {
  const out: { set: string; dir: string; names: string[] }[] = [];
  for (const set of ARTICLE_SETS) {
    const dir = join(dataDir, set);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    if (names.length) out.push({ set, dir, names });
  }
  return out;
}

/**
 * Load every article into memory (so disk I/O is outside the timings), interleaving the sets
 * round-robin: any prefix (`--limit N`, the warm-up) is then a mix of all sets.
 */
export function loadCorpus(dataDir: string): CorpusFile[] {
  const sets = listSets(dataDir);
  const out: CorpusFile[] = [];
  const longest = Math.max(0, ...sets.map((s) => s.names.length));
  for (let k = 0; k < longest; k++) {
    for (const { set, dir, names } of sets) {
      if (k >= names.length) continue;
      const path = join(dir, names[k]);
      out.push({ set, name: names[k], path, bytes: readFileSync(path) });
    }
  }
  return out;
}
