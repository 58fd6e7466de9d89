// Fit the answerer's weights (src/ask/weights.ts) on the public halves of the QA sets, and report 5-fold
// cross-validated scores (folds grouped by context, so no context is both trained and tested on).
//
//   node --import tsx src/eval/ask-train.ts [--data-dir ../shared/data] [--no-cv] [--write]
//
// Three listwise/logistic models, fitted in turn with Adam and an L2 penalty: sentences (does the sentence hold
// a gold answer?), spans (softmax over the candidate spans of the top sentences, rewarding each by its F1^2), and
// the answer's confidence (logistic on the F1 of the answer; 0 for unanswerable questions). The abstention
// threshold is the highest confidence cut that costs SQuAD answerable F1 at most MAX_F1_DROP points in the
// cross-validated predictions. Only the public halves are read; the held-back halves test generalisation.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadQaRows } from './ask-eval.js';
import { bestOver, f1Score, sentenceHasAnswer } from './ask-score.js';
import { DEFAULT_DATA_DIR } from './data.js';
import { annotate } from '../nlp/annotate.js';
import type { Doc } from '../nlp/doc.js';
import { articleFromText } from '../ask/text.js';
import { detokenize, looksPtb } from '../ask/ptb.js';
import { analyseQuestion, type Question } from '../ask/question.js';
import { confidenceFeatures, rankRows, scoreSpans, sentenceRows, type SentenceRow } from '../ask/answer.js';
import { CONFIDENCE_FEATURES, SENTENCE_FEATURES, SPAN_FEATURES } from '../ask/features.js';
import type { Weights } from '../ask/weights.js';
import { adam, fitLogistic } from './fit.js';

// The issue allows a 5-point cost; 4 keeps a point in hand for the held-back half.
const MAX_F1_DROP = 4;

interface Item {
  readonly set: string;
  readonly group: string;
  readonly q: Question;
  readonly doc: Doc;
  readonly golds: readonly string[];
  readonly rows: readonly SentenceRow[];
}

type Sample = { x: number[][]; y: number[] };

/** Listwise softmax: maximise log sum_k p_k y_k. */
function fitListwise(samples: Sample[], dim: number, l2: number, epochs = 250, lr = 0.05): number[] {
  const w = new Array(dim).fill(0);
  const m = new Array(dim).fill(0);
  const v = new Array(dim).fill(0);
  for (let ep = 1; ep <= epochs; ep++) {
    const g = new Array(dim).fill(0);
    for (const s of samples) {
      const z = s.x.map((x) => x.reduce((a, xi, k) => a + xi * w[k], 0));
      const mx = Math.max(...z);
      const e = z.map((zi) => Math.exp(zi - mx));
      const Z = e.reduce((a, b) => a + b, 0);
      const p = e.map((ei) => ei / Z);
      const pg = p.map((pi, k) => pi * s.y[k]);
      const P = pg.reduce((a, b) => a + b, 0);
      if (P <= 0) continue;
      for (let k = 0; k < s.x.length; k++) {
        const c = p[k] - pg[k] / P;
        if (c === 0) continue;
        const x = s.x[k];
        for (let d = 0; d < dim; d++) g[d] += c * x[d];
      }
    }
    adam(w, g, m, v, ep, samples.length, l2, lr);
  }
  return w;
}

/** Logistic regression with soft labels. */
const round = (x: number) => Math.round(x * 1000) / 1000;
const toRecord = <K extends string>(names: readonly K[], w: number[]) => Object.fromEntries(names.map((n, k) => [n, round(w[k])])) as Record<K, number>;
const spanText = (c: ReturnType<typeof scoreSpans>[number]) => c.sentence.text.slice(c.sentence.tokens[c.span.start].start, c.sentence.tokens[c.span.end - 1].end);

function train(items: readonly Item[]): Weights {
  const answerable = items.filter((it) => it.golds.length > 0);
  const zero = <K extends string>(names: readonly K[]) => toRecord(names, names.map(() => 0));
  let weights: Weights = { sentence: zero(SENTENCE_FEATURES), span: zero(SPAN_FEATURES), confidence: zero(CONFIDENCE_FEATURES), threshold: 0 };
  // 1. sentences
  const sentSamples = answerable.map((it) => ({
    x: it.rows.map((r) => SENTENCE_FEATURES.map((f) => r.features[f])),
    y: it.rows.map((r) => (sentenceHasAnswer(r.m.sentence.text, it.golds) ? 1 : 0)),
  })).filter((s) => s.y.some((y) => y > 0));
  weights = { ...weights, sentence: toRecord(SENTENCE_FEATURES, fitListwise(sentSamples, SENTENCE_FEATURES.length, 0.01)) };
  // 2. spans of the top sentences under those weights
  const spanSamples = answerable.map((it) => {
    const cands = scoreSpans(it.q, it.doc, rankRows(it.rows, weights), { weights });
    return { x: cands.map((c) => SPAN_FEATURES.map((f) => c.features[f])), y: cands.map((c) => bestOver(f1Score, spanText(c), it.golds) ** 2) };
  }).filter((s) => s.y.some((y) => y > 0));
  weights = { ...weights, span: toRecord(SPAN_FEATURES, fitListwise(spanSamples, SPAN_FEATURES.length, 0.01)) };
  // 3. confidence of the answers these weights give
  const cx: number[][] = [];
  const cy: number[] = [];
  for (const it of items) {
    const ranked = rankRows(it.rows, weights);
    const spans = scoreSpans(it.q, it.doc, ranked, { weights });
    const f = confidenceFeatures(it.q, it.doc, ranked, spans);
    cx.push(CONFIDENCE_FEATURES.map((k) => f[k]));
    cy.push(it.golds.length && spans[0] ? bestOver(f1Score, spanText(spans[0]), it.golds) : 0);
  }
  weights = { ...weights, confidence: toRecord(CONFIDENCE_FEATURES, fitLogistic(cx, cy, CONFIDENCE_FEATURES.length, 0.01)) };
  return weights;
}

interface Prediction { set: string; f1: number; sent: boolean; confidence: number; answerable: boolean }

function predict(items: readonly Item[], weights: Weights): Prediction[] {
  return items.map((it) => {
    const ranked = rankRows(it.rows, weights);
    const spans = scoreSpans(it.q, it.doc, ranked, { weights });
    const best = spans[0];
    const f = confidenceFeatures(it.q, it.doc, ranked, spans);
    const z = CONFIDENCE_FEATURES.reduce((a, k) => a + weights.confidence[k] * f[k], 0);
    const sentence = best ? best.sentence : ranked[0]?.m.sentence;
    return {
      set: it.set,
      f1: it.golds.length && best ? bestOver(f1Score, spanText(best), it.golds) : 0,
      sent: !!sentence && it.golds.length > 0 && sentenceHasAnswer(sentence.text, it.golds),
      confidence: 1 / (1 + Math.exp(-z)),
      answerable: it.golds.length > 0,
    };
  });
}

/** Highest threshold whose F1 cost on SQuAD answerable stays within MAX_F1_DROP. */
function chooseThreshold(preds: readonly Prediction[], maxDrop = MAX_F1_DROP): { threshold: number; drop: number; abstention: number } {
  const ans = preds.filter((p) => p.set === 'squad_dev_answerable');
  const un = preds.filter((p) => p.set === 'squad_v2_dev_unanswerable');
  const forced = ans.reduce((a, p) => a + p.f1, 0) / ans.length;
  let best = { threshold: 0, drop: 0, abstention: 0 };
  for (let t = 0; t <= 0.9; t += 0.001) {
    const kept = ans.reduce((a, p) => a + (p.confidence >= t ? p.f1 : 0), 0) / ans.length;
    const drop = (forced - kept) * 100;
    if (drop > maxDrop) break;
    best = { threshold: round(t), drop: Math.round(drop * 10) / 10, abstention: Math.round((un.filter((p) => p.confidence < t).length / un.length) * 1000) / 10 };
  }
  return best;
}

function summarise(preds: readonly Prediction[]): Record<string, { n: number; f1: number; sentenceAccuracy: number }> {
  const out: Record<string, { n: number; f1: number; sentenceAccuracy: number }> = {};
  for (const set of [...new Set(preds.map((p) => p.set))]) {
    const ps = preds.filter((p) => p.set === set && p.answerable);
    if (!ps.length) continue;
    out[set] = { n: ps.length, f1: Math.round((ps.reduce((a, p) => a + p.f1, 0) / ps.length) * 1000) / 10, sentenceAccuracy: Math.round((ps.filter((p) => p.sent).length / ps.length) * 1000) / 10 };
  }
  return out;
}

function loadItems(dataDir: string): Item[] {
  const items: Item[] = [];
  const docs = new Map<string, Doc>();
  for (const set of ['squad_dev_answerable', 'newsqa_cotaeval', 'squad_v2_dev_unanswerable']) {
    for (const r of loadQaRows(join(dataDir, 'qa', `${set}.jsonl`))) {
      let ctx = r.context;
      let golds = [...r.answers];
      let question = r.question;
      if (looksPtb(ctx)) {
        ctx = detokenize(ctx).text;
        golds = golds.map((g) => detokenize(g).text);
        question = detokenize(question).text;
      }
      let doc = docs.get(ctx);
      if (!doc) {
        doc = annotate(articleFromText(ctx));
        docs.set(ctx, doc);
      }
      const q = analyseQuestion(question);
      if (!q.terms.length) continue;
      items.push({ set, group: ctx.slice(0, 300), q, doc, golds, rows: sentenceRows(q, doc) });
    }
  }
  return items;
}

function fold(group: string): number {
  let h = 0;
  for (const c of group) h = (h * 31 + c.charCodeAt(0)) | 0;
  return Math.abs(h) % 5;
}

function weightsFile(w: Weights): string {
  const block = (o: Record<string, number>) => `{\n${Object.entries(o).map(([k, v]) => `    ${k}: ${v},`).join('\n')}\n  }`;
  return `// Weights of the answerer's sentence, span and confidence features (features.ts), fitted on the public halves of
// the SQuAD and NewsQA sets by src/eval/ask-train.ts. Generated: do not edit by hand.
import type { ConfidenceFeature, SentenceFeature, SpanFeature } from './features.js';

export interface Weights {
  readonly sentence: Readonly<Record<SentenceFeature, number>>;
  readonly span: Readonly<Record<SpanFeature, number>>;
  readonly confidence: Readonly<Record<ConfidenceFeature, number>>;
  /** Answers below this confidence abstain ("not in the text"). */
  readonly threshold: number;
}

export const WEIGHTS: Weights = {
  sentence: ${block(w.sentence)},
  span: ${block(w.span)},
  confidence: ${block(w.confidence)},
  threshold: ${w.threshold},
};
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string', default: DEFAULT_DATA_DIR }, 'no-cv': { type: 'boolean', default: false }, write: { type: 'boolean', default: false } } });
  const t0 = performance.now();
  const items = loadItems(values['data-dir']!);
  process.stderr.write(`loaded ${items.length} questions in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  let threshold = 0.3;
  if (!values['no-cv']) {
    const preds: Prediction[] = [];
    for (let f = 0; f < 5; f++) {
      const w = train(items.filter((it) => fold(it.group) !== f));
      preds.push(...predict(items.filter((it) => fold(it.group) === f), w));
    }
    const choice = chooseThreshold(preds);
    threshold = choice.threshold;
    process.stdout.write(`5-fold cross-validated: ${JSON.stringify(summarise(preds))}\n`);
    process.stdout.write(`threshold ${choice.threshold}: SQuAD answerable F1 drop ${choice.drop}, unanswerable abstention ${choice.abstention}%\n`);
    for (const d of [4, 5]) process.stdout.write(`  at a drop of ${d}: ${JSON.stringify(chooseThreshold(preds, d))}\n`);
  }
  const all = { ...train(items), threshold };
  process.stdout.write(`trained on all public questions (resubstitution): ${JSON.stringify(summarise(predict(items, all)))}\n`);
  if (values.write) writeFileSync(new URL('../ask/weights.ts', import.meta.url), weightsFile(all));
  process.stderr.write(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
