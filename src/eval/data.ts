// The evaluation data (../shared/data relative to the repository root, never copied into the
// repository): which sets there are, where they live, and how to read them.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../article/index.js';
import type { Article } from '../types.js';

/** The repository root, from this module's location (not the working directory). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '../shared/data');
export const DEFAULT_EVAL_OUT = join(REPO_ROOT, '.eval', 'faq-eval.json');

export const SETS = [
  { name: 'bbc2005', dir: 'articles/bbc2005' },
  { name: 'rtqa_news', dir: 'articles/rtqa_news' },
  { name: 'reuters21578', dir: 'articles/reuters21578' },
  { name: 'news_faq', dir: 'news_faq/input' },
] as const;
export type SetName = (typeof SETS)[number]['name'];
export const SET_NAMES: readonly SetName[] = SETS.map((s) => s.name);

export function isSetName(s: string): s is SetName {
  return (SET_NAMES as readonly string[]).includes(s);
}

/** Parse `--sets a,b`; undefined or empty means all sets. Throws on an unknown name. */
export function parseSets(arg: string | undefined): SetName[] {
  if (!arg || !arg.trim()) return [...SET_NAMES];
  const names = arg.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = names.filter((n) => !isSetName(n));
  if (bad.length) throw new Error(`unknown set ${bad.map((b) => `"${b}"`).join(', ')} (expected ${SET_NAMES.join(', ')})`);
  return SET_NAMES.filter((n) => names.includes(n));
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function setDir(dataDir: string, set: SetName): string {
  return join(dataDir, SETS.find((s) => s.name === set)!.dir);
}

/** The article files of a set, sorted by name; empty when the folder is absent. */
export function listFiles(dataDir: string, set: SetName): string[] {
  const dir = setDir(dataDir, set);
  if (!isDirectory(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
}

/** A deterministic, evenly spaced sample of at most `n` items (all of them when n is undefined). */
export function evenSample<T>(items: readonly T[], n: number | undefined): T[] {
  if (n === undefined || n >= items.length) return [...items];
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.floor((i * items.length) / n)]);
  return out;
}

export function readSetArticle(dataDir: string, set: SetName, file: string): Article {
  return readArticle(readFileSync(join(setDir(dataDir, set), file)), { source: file });
}

/** One journalist's question from news_faq/pairs.jsonl, with the paragraphs that answer it. */
export interface JournalistPair {
  readonly id: string;
  readonly article_id: string;
  readonly date?: string;
  readonly question: string;
  readonly answers: readonly string[];
}

export function readJournalistPairs(dataDir: string): JournalistPair[] {
  const path = join(dataDir, 'news_faq', 'pairs.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as JournalistPair);
}

/** The article id of a news_faq input file name ("<article_id>.txt"). */
export function fileArticleId(file: string): string {
  return file.replace(/\.txt$/, '');
}
