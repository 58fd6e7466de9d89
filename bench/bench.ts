// npm run bench [-- --limit N] [--json FILE] [--warmup N] [--data DIR]
//
// Latency, throughput and memory of the full pipeline (readArticle + generateFaq) over the public
// evaluation articles, against a bare wink-nlp annotation pass over the same texts, with a
// breakdown of where the pipeline's time goes. Single process, single JS thread; disk I/O is done
// up front and is not timed. The first --warmup articles (default 20) are run through every
// measurement first and their timings dropped; then every selected article is measured (the
// warm-up ones included). Each figure is given as wall time and as process CPU time.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readArticle } from '../src/article/index.js';
import type { Article } from '../src/types.js';
import { faqFromDoc, generateFaq, wordCount } from '../src/faq/generate.js';
import { annotate } from '../src/nlp/annotate.js';
import { tokenizeParagraph } from '../src/nlp/tokenize.js';
import { linguisticEngine } from '../src/engines/linguistic/index.js';
import { DATA_DIR, REPO_ROOT, loadCorpus, type CorpusFile } from './corpus.js';
import { fmt, mb, ratio, summarize, table, type Summary } from './stats.js';

const BUCKET = { min: 650, max: 950 } as const;
const ISSUE_MEDIAN_MS = 50;
const ISSUE_RATIO = 10;

const { values: opts } = parseArgs({
  options: {
    limit: { type: 'string' },
    json: { type: 'string' },
    warmup: { type: 'string', default: '20' },
    data: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (opts.help) {
  process.stdout.write('usage: npm run bench -- [--limit N] [--json FILE] [--warmup N] [--data DIR]\n');
  process.exit(0);
}
const limit = opts.limit === undefined ? Infinity : Number(opts.limit);
const warmupCount = Number(opts.warmup);
if (!(limit > 0) || !(warmupCount >= 0)) {
  process.stderr.write('bench: --limit must be a positive number and --warmup a non-negative one\n');
  process.exit(2);
}
const dataDir = opts.data ? resolve(opts.data) : DATA_DIR;

// ---- corpus ---------------------------------------------------------------------------------
const corpus = loadCorpus(dataDir);
if (corpus.length === 0) {
  process.stdout.write(`bench: no evaluation articles found under ${dataDir} (expected ../shared/data relative to ${REPO_ROOT}); nothing to measure.\n`);
  process.exit(0);
}
const files = corpus.slice(0, Math.min(limit, corpus.length));
const warmup = corpus.slice(0, Math.min(warmupCount, corpus.length));

// A full GC on demand (outside the timings) to tell retained memory from garbage not yet collected.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// ---- memory sampling (the loop is synchronous, so sample between articles) -------------------
const mem = { rssMax: 0, heapUsedMax: 0, heapTotalMax: 0, externalMax: 0 };
function sampleMemory(): void {
  const m = process.memoryUsage();
  if (m.rss > mem.rssMax) mem.rssMax = m.rss;
  if (m.heapUsed > mem.heapUsedMax) mem.heapUsedMax = m.heapUsed;
  if (m.heapTotal > mem.heapTotalMax) mem.heapTotalMax = m.heapTotal;
  if (m.external > mem.externalMax) mem.externalMax = m.external;
}

/** Process CPU time in ms (user + system; includes V8 GC helper threads). */
function cpuNow(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}


// ---- the measurements --------------------------------------------------------------------------
// Each article goes through every measurement in turn (pipeline, stages, wink, tokenize), so all of
// them see the same JIT and GC state: per-article figures are paired and ratios are like for like.
interface Timed {
  ms: number;
  cpuMs: number;
}
function timed(fn: () => void): Timed {
  const c0 = cpuNow();
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  return { ms, cpuMs: cpuNow() - c0 };
}

interface Row {
  readonly set: string;
  readonly name: string;
  readonly words: number;
  readonly readMs: number;
  readonly faqMs: number;
  readonly pipelineMs: number;
  readonly pipelineCpuMs: number;
  readonly pairs: number;
}
const failures: { path: string; stage: string; error: string }[] = [];

/** 1. The full pipeline: readArticle + generateFaq (the public entry points). */
function runPipeline(file: CorpusFile): { row: Row; article: Article } | undefined {
  let article: Article;
  const c0 = cpuNow();
  const t0 = performance.now();
  try {
    article = readArticle(file.bytes, { source: file.name });
  } catch (e) {
    failures.push({ path: file.path, stage: 'read', error: String((e as Error).message ?? e) });
    return undefined;
  }
  const t1 = performance.now();
  let pairs: number;
  try {
    pairs = generateFaq(article).pairs.length;
  } catch (e) {
    failures.push({ path: file.path, stage: 'generateFaq', error: String((e as Error).message ?? e) });
    return undefined;
  }
  const t2 = performance.now();
  const c2 = cpuNow();
  const row = { set: file.set, name: file.name, words: wordCount(article), readMs: t1 - t0, faqMs: t2 - t1, pipelineMs: t2 - t0, pipelineCpuMs: c2 - c0, pairs };
  return { row, article };
}

/** 2. generateFaq's stages, timed one by one: annotate | engine | verify + select. */
interface StageRow {
  annotateMs: number;
  engineMs: number;
  verifySelectMs: number;
  annotateCpuMs: number;
  restCpuMs: number;
}
function runStages(article: Article): StageRow {
  const c0 = cpuNow();
  const t0 = performance.now();
  const doc = annotate(article);
  const t1 = performance.now();
  const c1 = cpuNow();
  const candidates = linguisticEngine.generate(doc);
  if (candidates instanceof Promise) throw new Error('linguistic engine is expected to be synchronous');
  const t2 = performance.now();
  faqFromDoc(doc, candidates, linguisticEngine.name);
  const t3 = performance.now();
  const c3 = cpuNow();
  return { annotateMs: t1 - t0, engineMs: t2 - t1, verifySelectMs: t3 - t2, annotateCpuMs: c1 - c0, restCpuMs: c3 - c1 };
}

/** 3. Bare wink-nlp over the texts annotate() reads (title + paragraphs, one readDoc each). */
const nlp = winkNLP(model);
const its = nlp.its as any;
const textsOf = (a: Article): string[] => (a.title ? [a.title, ...a.paragraphs] : [...a.paragraphs]);
function runWink(article: Article): Timed {
  const texts = textsOf(article);
  return timed(() => {
    for (const text of texts) {
      const doc = nlp.readDoc(text);
      doc.tokens().out(its.pos);
      doc.tokens().out(its.lemma);
    }
  });
}

/** 4. The project's wink wrapper (src/nlp/tokenize.ts) over the same texts. */
function runTokenize(article: Article): Timed {
  const texts = textsOf(article);
  return timed(() => {
    for (const text of texts) tokenizeParagraph(text);
  });
}

const rows: Row[] = [];
const stages: StageRow[] = [];
const winkT: Timed[] = [];
const tokenizeT: Timed[] = [];
gc();
const baseline = process.memoryUsage();
const startedAt = performance.now();
for (const f of warmup) {
  const r = runPipeline(f);
  if (!r) continue;
  runStages(r.article);
  runWink(r.article);
  runTokenize(r.article);
}
failures.length = 0;
for (const f of files) {
  const r = runPipeline(f);
  sampleMemory();
  if (!r) continue;
  rows.push(r.row);
  stages.push(runStages(r.article));
  winkT.push(runWink(r.article));
  tokenizeT.push(runTokenize(r.article));
  sampleMemory();
}
const elapsedS = (performance.now() - startedAt) / 1000;
const peakRssFromOs = process.resourceUsage().maxRSS * 1024;
gc();
const afterGc = process.memoryUsage();
const sum = (xs: readonly number[]): number => xs.reduce((s, v) => s + v, 0);
const cpuOverWall = {
  pipeline: ratio(sum(rows.map((r) => r.pipelineCpuMs)), sum(rows.map((r) => r.pipelineMs))),
  stages: ratio(sum(stages.map((s) => s.annotateCpuMs + s.restCpuMs)), sum(stages.map((s) => s.annotateMs + s.engineMs + s.verifySelectMs))),
  wink: ratio(sum(winkT.map((t) => t.cpuMs)), sum(winkT.map((t) => t.ms))),
  tokenize: ratio(sum(tokenizeT.map((t) => t.cpuMs)), sum(tokenizeT.map((t) => t.ms))),
};

// ---- figures -----------------------------------------------------------------------------------
const pick = <T>(xs: readonly T[], idx: readonly number[]): T[] => idx.map((k) => xs[k]);
const allIdx = rows.map((_, k) => k);
const bucketIdx = allIdx.filter((k) => rows[k].words >= BUCKET.min && rows[k].words <= BUCKET.max);

function figures(idx: readonly number[]) {
  const pipeline = summarize(pick(rows, idx).map((r) => r.pipelineMs));
  const read = summarize(pick(rows, idx).map((r) => r.readMs));
  const faq = summarize(pick(rows, idx).map((r) => r.faqMs));
  const st = pick(stages, idx);
  const annotateS = summarize(st.map((s) => s.annotateMs));
  const engine = summarize(st.map((s) => s.engineMs));
  const verifySelect = summarize(st.map((s) => s.verifySelectMs));
  const rest = summarize(st.map((s) => s.engineMs + s.verifySelectMs));
  const wink = summarize(pick(winkT, idx).map((t) => t.ms));
  const tokenize = summarize(pick(tokenizeT, idx).map((t) => t.ms));
  const cpu = {
    pipeline: summarize(pick(rows, idx).map((r) => r.pipelineCpuMs)),
    annotate: summarize(st.map((s) => s.annotateCpuMs)),
    rest: summarize(st.map((s) => s.restCpuMs)),
    wink: summarize(pick(winkT, idx).map((t) => t.cpuMs)),
    tokenize: summarize(pick(tokenizeT, idx).map((t) => t.cpuMs)),
  };
  const words = pick(rows, idx).map((r) => r.words);
  const wordsTotal = words.reduce((s, w) => s + w, 0);
  return {
    articles: idx.length,
    words: { total: wordsTotal, mean: idx.length ? wordsTotal / idx.length : Number.NaN, median: summarize(words).median },
    latencyMs: { pipeline, read, generateFaq: faq, annotate: annotateS, engine, verifySelect, rest, wink, tokenize },
    cpuMs: cpu,
    throughput: {
      articlesPerS: ratio(idx.length, pipeline.total / 1000),
      wordsPerS: ratio(wordsTotal, pipeline.total / 1000),
      winkWordsPerS: ratio(wordsTotal, wink.total / 1000),
    },
    ratios: {
      pipelineOverWinkMedian: ratio(pipeline.median, wink.median),
      pipelineOverWinkTotal: ratio(pipeline.total, wink.total),
      annotateOverWinkMedian: ratio(annotateS.median, wink.median),
      annotateOverWinkTotal: ratio(annotateS.total, wink.total),
      tokenizeOverWinkTotal: ratio(tokenize.total, wink.total),
      annotateShareOfStagesTotal: ratio(annotateS.total, annotateS.total + rest.total),
    },
    cpuRatios: {
      pipelineOverWinkMedian: ratio(cpu.pipeline.median, cpu.wink.median),
      pipelineOverWinkTotal: ratio(cpu.pipeline.total, cpu.wink.total),
      annotateOverWinkMedian: ratio(cpu.annotate.median, cpu.wink.median),
      annotateOverWinkTotal: ratio(cpu.annotate.total, cpu.wink.total),
      tokenizeOverWinkTotal: ratio(cpu.tokenize.total, cpu.wink.total),
      annotateShareOfStagesTotal: ratio(cpu.annotate.total, cpu.annotate.total + cpu.rest.total),
    },
  };
}

const overall = figures(allIdx);
const bucket = figures(bucketIdx);
const bySet = [...new Set(rows.map((r) => r.set))].map((set) => ({ set, ...figures(allIdx.filter((k) => rows[k].set === set)) }));

const result = {
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  dataDir,
  files: files.length,
  measured: rows.length,
  warmupArticles: warmup.length,
  failures,
  elapsedS,
  bucket: { range: BUCKET, ...bucket },
  overall,
  bySet,
  memory: {
    baselineRss: baseline.rss,
    baselineHeapUsed: baseline.heapUsed,
    sampled: { ...mem },
    peakRssFromOs,
    afterRunGcRss: afterGc.rss,
    afterRunGcHeapUsed: afterGc.heapUsed,
  },
  cpuOverWall,
  issue: {
    bucketMedianMs: bucket.latencyMs.pipeline.median,
    bucketMedianUnder50ms: bucket.latencyMs.pipeline.median < ISSUE_MEDIAN_MS,
    bucketRatioMedian: bucket.ratios.pipelineOverWinkMedian,
    bucketRatioUnder10x: bucket.ratios.pipelineOverWinkMedian <= ISSUE_RATIO,
    bucketCpuMedianMs: bucket.cpuMs.pipeline.median,
    bucketCpuMedianUnder50ms: bucket.cpuMs.pipeline.median < ISSUE_MEDIAN_MS,
    bucketCpuRatioMedian: bucket.cpuRatios.pipelineOverWinkMedian,
    bucketCpuRatioUnder10x: bucket.cpuRatios.pipelineOverWinkMedian <= ISSUE_RATIO,
  },
};

// ---- report ------------------------------------------------------------------------------------
const LAT_HEADER = ['ms per article', 'n', 'median', 'p95', 'max', 'mean', 'total s', 'cpu med', 'cpu p95', 'cpu mean'];
const lat = (label: string, s: Summary, c?: Summary): string[] => [
  label,
  String(s.n),
  fmt(s.median),
  fmt(s.p95),
  fmt(s.max),
  fmt(s.mean),
  fmt(s.total / 1000, 1),
  c ? fmt(c.median) : '',
  c ? fmt(c.p95) : '',
  c ? fmt(c.mean) : '',
];
const round = (v: number): number => Math.round(v * 1000) / 1000;
const x = (v: number): string => `${fmt(v, 1)}x`;
const out: string[] = [];
out.push(`newsfaq bench — node ${process.version}, ${result.platform}, one JS thread`);
out.push(`data: ${dataDir}`);
out.push(
  `articles: ${rows.length} measured of ${files.length}` +
    (failures.length ? ` (${failures.length} failed)` : '') +
    `, warm-up ${warmup.length} (run first in every pass, not counted); ${overall.words.total} words, mean ${fmt(overall.words.mean, 0)}, median ${fmt(overall.words.median, 0)}`,
);
out.push('wall = performance.now(); cpu = process.cpuUsage() (user+sys, includes V8 GC helper threads) — cpu is the fairer figure on a loaded machine');
out.push('');
out.push('All articles');
const L = overall.latencyMs;
const C = overall.cpuMs;
out.push(
  table(LAT_HEADER, [
    lat('pipeline (read + generateFaq)', L.pipeline, C.pipeline),
    lat('  readArticle', L.read),
    lat('  generateFaq', L.generateFaq),
    lat('stages: annotate', L.annotate, C.annotate),
    lat('stages: engine', L.engine),
    lat('stages: verify + select', L.verifySelect),
    lat('stages: rest (engine+verify+select)', L.rest, C.rest),
    lat('bare wink (readDoc + pos + lemma)', L.wink, C.wink),
    lat('tokenize.ts (wink + offsets)', L.tokenize, C.tokenize),
  ]),
);
out.push('');
out.push(`Bucket ${BUCKET.min}-${BUCKET.max} words (the issue's ~800-word article): ${bucket.articles} articles, mean ${fmt(bucket.words.mean, 0)} words`);
const B = bucket.latencyMs;
const BC = bucket.cpuMs;
out.push(
  table(LAT_HEADER, [
    lat('pipeline (read + generateFaq)', B.pipeline, BC.pipeline),
    lat('stages: annotate', B.annotate, BC.annotate),
    lat('stages: engine', B.engine),
    lat('stages: verify + select', B.verifySelect),
    lat('stages: rest (engine+verify+select)', B.rest, BC.rest),
    lat('bare wink (readDoc + pos + lemma)', B.wink, BC.wink),
  ]),
);
out.push('');
out.push('Ratios');
out.push(
  table(['', 'wall all', `wall ${BUCKET.min}-${BUCKET.max}w`, 'cpu all', `cpu ${BUCKET.min}-${BUCKET.max}w`], [
    ['pipeline / wink, median-to-median', x(overall.ratios.pipelineOverWinkMedian), x(bucket.ratios.pipelineOverWinkMedian), x(overall.cpuRatios.pipelineOverWinkMedian), x(bucket.cpuRatios.pipelineOverWinkMedian)],
    ['pipeline / wink, total-to-total', x(overall.ratios.pipelineOverWinkTotal), x(bucket.ratios.pipelineOverWinkTotal), x(overall.cpuRatios.pipelineOverWinkTotal), x(bucket.cpuRatios.pipelineOverWinkTotal)],
    ['annotate / wink, median-to-median', x(overall.ratios.annotateOverWinkMedian), x(bucket.ratios.annotateOverWinkMedian), x(overall.cpuRatios.annotateOverWinkMedian), x(bucket.cpuRatios.annotateOverWinkMedian)],
    ['annotate / wink, total-to-total', x(overall.ratios.annotateOverWinkTotal), x(bucket.ratios.annotateOverWinkTotal), x(overall.cpuRatios.annotateOverWinkTotal), x(bucket.cpuRatios.annotateOverWinkTotal)],
    ['tokenize.ts / wink, total-to-total', x(overall.ratios.tokenizeOverWinkTotal), x(bucket.ratios.tokenizeOverWinkTotal), x(overall.cpuRatios.tokenizeOverWinkTotal), x(bucket.cpuRatios.tokenizeOverWinkTotal)],
    [
      'annotate share of annotate+rest',
      `${fmt(100 * overall.ratios.annotateShareOfStagesTotal, 1)}%`,
      `${fmt(100 * bucket.ratios.annotateShareOfStagesTotal, 1)}%`,
      `${fmt(100 * overall.cpuRatios.annotateShareOfStagesTotal, 1)}%`,
      `${fmt(100 * bucket.cpuRatios.annotateShareOfStagesTotal, 1)}%`,
    ],
  ]),
);
out.push('');
out.push(
  `Throughput (pipeline, wall): ${fmt(overall.throughput.articlesPerS, 1)} articles/s, ${fmt(overall.throughput.wordsPerS, 0)} words/s` +
    ` (bare wink: ${fmt(overall.throughput.winkWordsPerS, 0)} words/s); ` +
    `per CPU-second: ${fmt(ratio(overall.articles, C.pipeline.total / 1000), 1)} articles/s, ${fmt(ratio(overall.words.total, C.pipeline.total / 1000), 0)} words/s`,
);
out.push('');
out.push('By set');
out.push(
  table(
    ['set', 'n', 'mean words', 'wall med', 'wall p95', 'cpu med', 'wink cpu med', 'ratio cpu med', 'ratio cpu total'],
    bySet.map((s) => [
      s.set,
      String(s.articles),
      fmt(s.words.mean, 0),
      fmt(s.latencyMs.pipeline.median),
      fmt(s.latencyMs.pipeline.p95),
      fmt(s.cpuMs.pipeline.median),
      fmt(s.cpuMs.wink.median),
      x(s.cpuRatios.pipelineOverWinkMedian),
      x(s.cpuRatios.pipelineOverWinkTotal),
    ]),
  ),
);
out.push('');
out.push(
  `Memory (sampled after every article): rss max ${mb(mem.rssMax)} (OS peak maxRSS ${mb(peakRssFromOs)}), heapUsed max ${mb(mem.heapUsedMax)}, ` +
    `heapTotal max ${mb(mem.heapTotalMax)}. Before timing: rss ${mb(baseline.rss)}, heapUsed ${mb(baseline.heapUsed)}` +
    ` (modules, wink model and the corpus bytes loaded); after the run and a full GC: heapUsed ${mb(afterGc.heapUsed)}, rss ${mb(afterGc.rss)}.`,
);
out.push(
  `CPU/wall per measurement: pipeline ${fmt(result.cpuOverWall.pipeline)}, stages ${fmt(result.cpuOverWall.stages)}, wink ${fmt(result.cpuOverWall.wink)}, tokenize ${fmt(result.cpuOverWall.tokenize)}` +
    ' (~1 = had a core to itself; <1 = other processes competed, so wall figures are inflated; >1 = GC helper threads).',
);
out.push('');
const verdict = (ok: boolean): string => (ok ? 'OK' : 'EXCEEDED');
out.push(`Issue bound (${BUCKET.min}-${BUCKET.max} words, median < ${ISSUE_MEDIAN_MS} ms and <= ${ISSUE_RATIO}x bare wink):`);
out.push(
  `  wall: median ${fmt(result.issue.bucketMedianMs)} ms ${verdict(result.issue.bucketMedianUnder50ms)}, ratio ${x(result.issue.bucketRatioMedian)} ${verdict(result.issue.bucketRatioUnder10x)}`,
);
out.push(
  `  cpu:  median ${fmt(result.issue.bucketCpuMedianMs)} ms ${verdict(result.issue.bucketCpuMedianUnder50ms)}, ratio ${x(result.issue.bucketCpuRatioMedian)} ${verdict(result.issue.bucketCpuRatioUnder10x)}`,
);
if (failures.length) {
  out.push('');
  out.push(`Failures (${failures.length}):`);
  for (const f of failures.slice(0, 10)) out.push(`  ${f.stage}: ${f.path}: ${f.error}`);
}
out.push(`(bench ran ${fmt(elapsedS, 1)} s)`);
process.stdout.write(`${out.join('\n')}\n`);

if (opts.json) {
  const path = resolve(opts.json);
  const perArticle = rows.map((r, k) => ({
    set: r.set,
    name: r.name,
    words: r.words,
    pairs: r.pairs,
    pipelineMs: round(r.pipelineMs),
    pipelineCpuMs: round(r.pipelineCpuMs),
    readMs: round(r.readMs),
    annotateMs: round(stages[k].annotateMs),
    engineMs: round(stages[k].engineMs),
    verifySelectMs: round(stages[k].verifySelectMs),
    winkMs: round(winkT[k].ms),
    winkCpuMs: round(winkT[k].cpuMs),
  }));
  writeFileSync(path, `${JSON.stringify({ ...result, perArticle }, null, 2)}\n`);
  process.stdout.write(`wrote ${path}\n`);
}
