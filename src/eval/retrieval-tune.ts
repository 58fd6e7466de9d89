// Choosing the retrieval weights (retrieval.ts RETRIEVAL_WEIGHTS) honestly: a small grid scored on the
// even-numbered journalist questions only (0-based line of news_faq/pairs.jsonl); the best point is then reported on
// the odd-numbered ones, which it never saw. Run:
//   node --import tsx src/eval/retrieval-tune.ts [--db archive.db] [--data-dir ../shared/data]
// (without --db the public articles are ingested into a temporary archive first, as `eval ask --retrieval` does).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { openSqliteStore } from '../store/sqlite.js';
import { ingest } from '../ingest/ingest.js';
import { analyseQuestion, type Question } from '../ask/question.js';
import { rankArticles, RETRIEVAL_WEIGHTS, SentenceStems, type RetrievalWeights } from '../ask/retrieval.js';
import { RETRIEVAL_INPUTS } from './ask-retrieval.js';

const GRID = {
  b: [0.3, 0.4, 0.5, 0.6, 0.75],
  titleWeight: [1, 2, 3, 4],
  sentence: [0.15, 0.25, 0.35, 0.5],
};

const arg = (name: string): string | undefined => {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : undefined;
};
const dataDir = arg('--data-dir') ?? join(process.cwd(), '..', 'shared', 'data');
const tmp = arg('--db') ? undefined : mkdtempSync(join(tmpdir(), 'newsfaq-tune-'));
const store = openSqliteStore(arg('--db') ?? join(tmp!, 'archive.db'));
try {
  await ingest(store, RETRIEVAL_INPUTS.map((p) => join(dataDir, p)).filter((p) => existsSync(p)), {});
  const stemOf = new Map<string, string>();
  for (let offset: number | undefined = 0; offset !== undefined;) {
    const page = await store.listArticles({ limit: 1000, offset });
    for (const a of page.items) stemOf.set(a.id, a.source ? basename(a.source, extname(a.source)) : a.id);
    offset = page.nextOffset;
  }
  const pairs = readFileSync(join(dataDir, 'news_faq', 'pairs.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { article_id: string; question: string })
    .map((p) => ({ expected: p.article_id, q: analyseQuestion(p.question) }));
  const even = pairs.filter((_, k) => k % 2 === 0);
  const odd = pairs.filter((_, k) => k % 2 === 1);
  const cache = new SentenceStems(store, 100_000);
  const score = async (set: readonly { expected: string; q: Question }[], w: RetrievalWeights) => {
    let top1 = 0;
    let top5 = 0;
    for (const p of set) {
      const at = (await rankArticles(store, p.q, 5, cache, undefined, w)).findIndex((r) => stemOf.get(r.articleId) === p.expected);
      if (at === 0) top1++;
      if (at >= 0) top5++;
    }
    const pct = (x: number) => Math.round((1000 * x) / set.length) / 10;
    return { top1: pct(top1), top5: pct(top5) };
  };
  let best: { w: RetrievalWeights; top1: number; top5: number } | undefined;
  for (const b of GRID.b) {
    for (const titleWeight of GRID.titleWeight) {
      for (const sentence of GRID.sentence) {
        const w = { ...RETRIEVAL_WEIGHTS, b, titleWeight, sentence };
        const s = await score(even, w);
        // top-1 and top-5 count alike: the issue bounds both
        if (!best || s.top1 + s.top5 > best.top1 + best.top5) best = { w, ...s };
      }
    }
  }
  const shipped = await score(even, RETRIEVAL_WEIGHTS);
  console.log(`best on the even questions: ${JSON.stringify(best!.w)}: first ${best!.top1}%, top 5 ${best!.top5}%`);
  console.log(`  on the odd questions (held out): ${JSON.stringify(await score(odd, best!.w))}`);
  console.log(`shipped ${JSON.stringify(RETRIEVAL_WEIGHTS)}: even ${JSON.stringify(shipped)}, odd ${JSON.stringify(await score(odd, RETRIEVAL_WEIGHTS))}`);
} finally {
  await store.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
