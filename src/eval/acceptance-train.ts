// Fit the acceptance model (src/engines/linguistic/acceptance.ts) on the blind ratings in docs/quality/.
//
//   node --import tsx src/eval/acceptance-train.ts [--data ../shared/data] [--write]
//
// A ratings file holds pair ids and verdicts only (the pairs quote copyrighted articles), so the rated pairs are
// rebuilt from history: each round's review sheet is generated again at the commit it was rated at (a git
// worktree per round, under the system's temporary folder), with the generator's scores from `faq --format jsonl`
// at that commit. Features are then computed with today's annotation of the same articles. Leave-one-round-out
// cross-validation gives the honest estimate: a round is never scored by a model fitted on it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { annotate } from '../nlp/annotate.js';
import type { Doc } from '../nlp/doc.js';
import { FEATURE_NAMES, pairFeatures } from '../engines/linguistic/acceptance.js';
import { ACCEPTANCE_WEIGHTS } from '../engines/linguistic/acceptance-weights.js';
import type { PairKind } from '../types.js';
import { DEFAULT_DATA_DIR, isSetName, readSetArticle, REPO_ROOT, setDir } from './data.js';
import { fitLogistic } from './fit.js';

/** Each blind round: the commit its sheet was made at, its seed and size (docs/quality.md). */
const ROUNDS = [
  { round: 'a', commit: '5a57b19', seed: 2026, articles: 32 },
  { round: 'b', commit: 'e801687', seed: 4242, articles: 32 },
  { round: 'c', commit: 'c8797d2', seed: 9001, articles: 32 },
  { round: 'd', commit: 'a0862b2', seed: 31337, articles: 32 },
  { round: 'e', commit: 'b064c9e', seed: 777, articles: 32 },
  { round: 'f', commit: '6b35e4d', seed: 20261127, articles: 32 },
  { round: 'g', commit: 'b9ca3a9', seed: 55, articles: 40 },
  { round: 'h', commit: 'ae920a6', seed: 8080, articles: 36 },
  { round: 'i', commit: '06340c0', seed: 4711, articles: 36 },
  { round: 'j', commit: 'bb2da40', seed: 2718, articles: 36 },
  { round: 'k', commit: '8f8d86e', seed: 1618, articles: 36 },
  { round: 'l', commit: '9dc1a50', seed: 31415, articles: 40 },
  { round: 'm', commit: '20c4868', seed: 27182, articles: 40 },
  { round: 'n', commit: 'a93f80d', seed: 60221, articles: 40 },
  { round: 'o', commit: '9945ea3', seed: 91357, articles: 40 },
  { round: 'p', commit: '52ced6a', seed: 4242424, articles: 64 },
  { round: 'q', commit: 'f860bd4', seed: 777123, articles: 48 },
  { round: 'r', commit: '54774f0', seed: 8675309, articles: 56 },
  { round: 's', commit: '5401fe4', seed: 1234567, articles: 56 },
  { round: 't', commit: '0a888a1', seed: 5550123, articles: 56 },
  { round: 'u', commit: 'c64e1f0', seed: 7070707, articles: 56 },
  { round: 'v', commit: 'c64e1f0', seed: 3131313, articles: 56 },
  { round: 's10-2323', commit: '2817458', seed: 2323, articles: 30, date: '2026-11-28' },
  { round: 's10-2424', commit: '2817458', seed: 2424, articles: 30, date: '2026-11-28' },
  { round: 's10-end-2525', commit: '31e2d74', seed: 2525, articles: 30, date: '2026-11-28' },
  { round: 's10-end-2626', commit: '31e2d74', seed: 2626, articles: 30, date: '2026-11-28' },
] as const;
type Round = { readonly round: string; readonly commit: string; readonly seed: number; readonly articles: number; readonly date?: string };

/** Paired sheets (`eval compare`): one rater, the same articles at two commits. A pair is rebuilt from the
 *  version that made it, the new one where both did; a side whose exact commit is unknown (a working tree was
 *  rated) is left out, with the pairs only it made. */
const PAIRED = [
  { round: 's5-202', a: 'dbc2f7a', seed: 202, articles: 36 },
  { round: 's5-303', a: 'dbc2f7a', seed: 303, articles: 36 },
  { round: 's5-404', a: 'dbc2f7a', seed: 404, articles: 36 },
  { round: 's5-505', a: 'dbc2f7a', b: '50ee26c', seed: 505, articles: 40 },
  { round: 's5-606', a: 'dbc2f7a', b: '50ee26c', seed: 606, articles: 40 },
  { round: 's6-707', a: '6e18acc', b: '0bff191', seed: 707, articles: 40 },
  { round: 's6-808', a: '6e18acc', b: '0bff191', seed: 808, articles: 40 },
  { round: 's6-909', a: '6e18acc', b: '4c45e0b', seed: 909, articles: 40 },
  { round: 's6-1010', a: '6e18acc', b: '4c45e0b', seed: 1010, articles: 40 },
  { round: 's6-1111', a: '6e18acc', b: 'f2d304b', seed: 1111, articles: 40 },
  { round: 's6-1212', a: '6e18acc', b: 'f2d304b', seed: 1212, articles: 40 },
  { round: 's6-1313', a: '6e18acc', b: '60c3777', seed: 1313, articles: 40 },
  { round: 's6-1414', a: '6e18acc', b: '60c3777', seed: 1414, articles: 40 },
  { round: 's7-1515', a: 'c1f88aa', b: '6b06ed0', seed: 1515, articles: 40 },
  { round: 's7-1616', a: 'c1f88aa', b: '8e0fe8e', seed: 1616, articles: 40 },
  { round: 's7-1717', a: 'c1f88aa', b: '8e0fe8e', seed: 1717, articles: 40 },
  { round: 's7-1818', a: 'c1f88aa', b: '14d7dcf', seed: 1818, articles: 40 },
  { round: 's7-1919', a: 'c1f88aa', b: '14d7dcf', seed: 1919, articles: 40 },
  { round: 's8-2020', a: 'ace220c', b: '89c462b', seed: 2020, articles: 40 },
  { round: 's8-2121', a: 'ace220c', b: '89c462b', seed: 2121, articles: 40 },
  { round: 's8-2222', a: 'ace220c', b: '89c462b', seed: 2222, articles: 40 },
  { round: 's10-2727', a: '2817458', b: 'e30b4f1', seed: 2727, articles: 40, date: '2026-11-28' },
] as const;
const RATINGS_DATE = '2026-11-27';
const L2 = 0.1;

interface RatedPair {
  readonly round: string;
  readonly set: string;
  readonly file: string;
  readonly kind: PairKind;
  readonly question: string;
  readonly answer: string;
  readonly evidence: string[];
  readonly score: number;
  readonly label: number;
}

function git(args: string[]): string {
  return execFileSync('git', ['-C', REPO_ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The round's sheet and the generator's JSON at its commit, cached in a worktree under the temp folder. */
function rebuildRound(r: Round, dataDir: string, work: string): { sheet: string; jsonl: string } {
  const dir = join(work, r.round);
  const sheetPath = join(work, `sheet-${r.round}.txt`);
  const jsonPath = join(work, `faq-${r.round}.jsonl`);
  if (existsSync(sheetPath) && existsSync(jsonPath)) return { sheet: readFileSync(sheetPath, 'utf8'), jsonl: readFileSync(jsonPath, 'utf8') };
  if (!existsSync(dir)) {
    git(['worktree', 'add', '--detach', dir, r.commit]);
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'));
  }
  const cli = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  cli(['eval', 'review', '--data', dataDir, '--sample', String(r.articles), '--seed', String(r.seed), '--out', sheetPath]);
  const sheet = readFileSync(sheetPath, 'utf8');
  const files = [...sheet.matchAll(/^\[\d+\] (\S+)/gm)].map((m) => {
    const [set, ...rest] = m[1].split('/');
    if (!isSetName(set)) throw new Error(`unknown set in ${m[1]}`);
    return join(setDir(dataDir, set), rest.join('/'));
  });
  writeFileSync(jsonPath, cli(['faq', '--format', 'jsonl', ...files]));
  git(['worktree', 'remove', '--force', dir]);
  return { sheet, jsonl: readFileSync(jsonPath, 'utf8') };
}

function ratingsOf(round: string, file = `ratings-${RATINGS_DATE}-${round}.txt`): Map<string, number> {
  const out = new Map<string, number>();
  const text = readFileSync(join(REPO_ROOT, 'docs', 'quality', file), 'utf8');
  for (const m of text.matchAll(/^(\S+#\d+)\s+([01])\b/gm)) out.set(m[1], Number(m[2]));
  return out;
}

/** A sheet's pairs by id, with the generator's scores. */
function sheetPairs(round: string, sheet: string, jsonl: string, dataDir: string): Map<string, Omit<RatedPair, 'label'>> {
  const scores = new Map<string, number>();
  for (const line of jsonl.split('\n').filter(Boolean)) {
    const o = JSON.parse(line) as { input: string; faq: { pairs: { score: number }[] } };
    o.faq.pairs.forEach((p, i) => scores.set(`${o.input}#${i + 1}`, p.score));
  }
  const out = new Map<string, Omit<RatedPair, 'label'>>();
  let file = '';
  let cur: Omit<RatedPair, 'score' | 'label'> | undefined;
  for (const line of sheet.split('\n')) {
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^\[\d+\] (\S+)/))) file = m[1];
    else if ((m = line.match(/^#\d+ \[(\w+)\] (.*)$/))) cur = { round, set: file.split('/')[0], file: file.split('/').slice(1).join('/'), kind: m[1] as PairKind, question: m[2], answer: '', evidence: [] };
    else if (cur && (m = line.match(/^ {3}A: (.*)$/))) cur = { ...cur, answer: m[1] };
    else if (cur && (m = line.match(/^ {3}evidence (p\d+s\d+):/))) cur.evidence.push(m[1]);
    else if (cur && (m = line.match(/^rate: (\S+)/))) {
      const input = join(setDir(dataDir, cur.set as never), cur.file);
      out.set(m[1], { ...cur, score: scores.get(`${input}#${m[1].split('#')[1]}`) ?? 0.5 });
    }
  }
  return out;
}

function pairedSheetPairs(r: (typeof PAIRED)[number], dataDir: string, work: string): RatedPair[] {
  const side = (commit: string, tag: string) => {
    const { sheet, jsonl } = rebuildRound({ round: `${r.round}-${tag}`, commit, seed: r.seed, articles: r.articles }, dataDir, work);
    return sheetPairs(r.round, sheet, jsonl, dataDir);
  };
  const a = side(r.a, 'a');
  const b = 'b' in r ? side(r.b, 'b') : undefined;
  const date = 'date' in r ? r.date : RATINGS_DATE;
  const key = JSON.parse(readFileSync(join(REPO_ROOT, 'docs', 'quality', `compare-${date}-${r.round}.key.json`), 'utf8')) as Record<string, { a?: number; b?: number }>;
  const out: RatedPair[] = [];
  for (const [id, label] of ratingsOf(r.round, `compare-${date}-${r.round}.txt`)) {
    const at = key[id];
    if (!at) throw new Error(`${r.round}: ${id} is not in the key`);
    const file = id.slice(0, id.lastIndexOf('#'));
    const pair = b && at.b !== undefined ? b.get(`${file}#${at.b}`) : at.a !== undefined ? a.get(`${file}#${at.a}`) : undefined;
    if (!pair && (at.a !== undefined && !b || at.b !== undefined && b)) throw new Error(`${r.round}: ${id} was not rebuilt (the sheet does not match the key)`);
    if (pair) out.push({ ...pair, label });
  }
  return out;
}

function ratedPairs(r: Round, dataDir: string, work: string): RatedPair[] {
  const { sheet, jsonl } = rebuildRound(r, dataDir, work);
  const ratings = ratingsOf(r.round, `ratings-${r.date ?? RATINGS_DATE}-${r.round}.txt`);
  const pairs = sheetPairs(r.round, sheet, jsonl, dataDir);
  const out: RatedPair[] = [];
  for (const [id, pair] of pairs) {
    const label = ratings.get(id);
    if (label === undefined) throw new Error(`round ${r.round}: ${id} is not rated (the sheet does not match the ratings)`);
    out.push({ ...pair, label });
  }
  if (out.length !== ratings.size) throw new Error(`round ${r.round}: ${out.length} pairs on the sheet, ${ratings.size} rated`);
  return out;
}

/** Features standardised for fitting; the weights are mapped back to raw features when written. */
function standardise(x: number[][]): { z: number[][]; mean: number[]; sd: number[] } {
  const d = FEATURE_NAMES.length;
  const mean = new Array(d).fill(0);
  const sd = new Array(d).fill(1);
  for (let j = 1; j < d; j++) {
    const col = x.map((r) => r[j]);
    mean[j] = col.reduce((a, b) => a + b, 0) / col.length;
    sd[j] = Math.sqrt(col.reduce((a, b) => a + (b - mean[j]) ** 2, 0) / col.length) || 1;
  }
  return { z: x.map((r) => r.map((v, j) => (j === 0 ? 1 : (v - mean[j]) / sd[j]))), mean, sd };
}

function fitRaw(x: number[][], y: number[]): number[] {
  const { z, mean, sd } = standardise(x);
  const w = fitLogistic(z, y, FEATURE_NAMES.length, L2);
  const raw = w.map((wj, j) => (j === 0 ? wj : wj / sd[j]));
  raw[0] = w[0] - w.reduce((a, wj, j) => (j === 0 ? a : a + (wj * mean[j]) / sd[j]), 0);
  return raw;
}

const predict = (w: number[], x: number[]) => 1 / (1 + Math.exp(-x.reduce((a, v, j) => a + v * w[j], 0)));

function auc(p: number[], y: number[]): number {
  let pairs = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    if (!y[i]) continue;
    for (let k = 0; k < p.length; k++) {
      if (y[k]) continue;
      pairs++;
      right += p[i] > p[k] ? 1 : p[i] === p[k] ? 0.5 : 0;
    }
  }
  return right / pairs;
}

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string', default: DEFAULT_DATA_DIR }, write: { type: 'boolean', default: false } } });
  const dataDir = resolve(values.data!);
  const work = join(tmpdir(), 'newsfaq-rated-rounds');
  mkdirSync(work, { recursive: true });
  const pairs = [...ROUNDS.flatMap((r) => ratedPairs(r, dataDir, work)), ...PAIRED.flatMap((r) => pairedSheetPairs(r, dataDir, work))];
  const docs = new Map<string, Doc>();
  const x = pairs.map((p) => {
    const key = `${p.set}/${p.file}`;
    let doc = docs.get(key);
    if (!doc) docs.set(key, (doc = annotate(readSetArticle(dataDir, p.set as never, p.file))));
    return pairFeatures(doc, p);
  });
  const y = pairs.map((p) => p.label);
  const cv = new Array<number>(y.length).fill(0);
  for (const round of new Set(pairs.map((p) => p.round))) {
    const train = pairs.map((_, i) => i).filter((i) => pairs[i].round !== round);
    const w = fitRaw(train.map((i) => x[i]), train.map((i) => y[i]));
    pairs.forEach((p, i) => { if (p.round === round) cv[i] = predict(w, x[i]); });
  }
  const order = cv.map((_, i) => i).sort((a, b) => cv[b] - cv[a]);
  const keep = (f: number) => { const top = order.slice(0, Math.round(f * order.length)); return (100 * top.reduce((a, i) => a + y[i], 0)) / top.length; };
  console.log(`${pairs.length} rated pairs from ${ROUNDS.length} rounds and ${PAIRED.length} paired sheets, ${y.filter(Boolean).length} acceptable`);
  console.log(`leave-one-round-out: AUC ${auc(cv, y).toFixed(3)}; acceptable among the top 100% / 75% / 50% / 25%: ${[1, 0.75, 0.5, 0.25].map((f) => keep(f).toFixed(1) + '%').join(' / ')}`);
  // Calibration: what a floor on the estimate would keep, and how good the kept pairs were.
  const bands = [0, 0.25, 0.35, 0.45, 0.55, 1.01];
  console.log(`cross-validated estimate: ${bands.slice(0, -1).map((lo, b) => {
    const inBand = cv.map((p, i) => i).filter((i) => cv[i] >= lo && cv[i] < bands[b + 1]);
    return `${lo.toFixed(2)}-${Math.min(1, bands[b + 1]).toFixed(2)}: ${inBand.length} pairs, ${inBand.length ? ((100 * inBand.reduce((a, i) => a + y[i], 0)) / inBand.length).toFixed(0) : '-'}%`;
  }).join('; ')}`);
  // The paired sheets alone: pairs of recent engine versions, the ones a floor would act on today.
  const recent = pairs.map((_, i) => i).filter((i) => PAIRED.some((r) => r.round === pairs[i].round));
  const floors = [0.25, 0.3, 0.35, 0.4, 0.45].map((f) => {
    const kept = recent.filter((i) => cv[i] >= f);
    return `>= ${f}: ${kept.length} pairs, ${kept.length ? ((100 * kept.reduce((a, i) => a + y[i], 0)) / kept.length).toFixed(1) : '-'}%`;
  });
  console.log(`paired sheets (${recent.length} pairs, ${((100 * recent.reduce((a, i) => a + y[i], 0)) / recent.length).toFixed(1)}% acceptable): AUC ${auc(recent.map((i) => cv[i]), recent.map((i) => y[i])).toFixed(3)}; kept by a floor ${floors.join('; ')}`);
  // The shipped weights on the same pairs (in-sample for the rounds they were fitted on, so flattered there).
  const shipped = FEATURE_NAMES.map((n) => ACCEPTANCE_WEIGHTS[n] ?? 0);
  console.log(`shipped weights: AUC ${auc(x.map((r) => predict(shipped, r)), y).toFixed(3)} overall, ${auc(recent.map((i) => predict(shipped, x[i])), recent.map((i) => y[i])).toFixed(3)} on the paired sheets`);
  const w = fitRaw(x, y);
  const table = FEATURE_NAMES.map((n, j) => `  ${JSON.stringify(n)}: ${Math.round(w[j] * 1000) / 1000},`).join('\n');
  if (values.write) {
    writeFileSync(join(REPO_ROOT, 'src', 'engines', 'linguistic', 'acceptance-weights.ts'), `// Generated by src/eval/acceptance-train.ts; do not edit.\nexport const ACCEPTANCE_WEIGHTS: Readonly<Record<string, number>> = {\n${table}\n};\n`);
    console.log('wrote src/engines/linguistic/acceptance-weights.ts');
  } else console.log(table);
}

main();
