// `newsfaq eval ask`: answer every row {id, context, question, answers} of a QA set from its context alone and
// score it the SQuAD way (EM, F1), with sentence accuracy and, for questions without answers, abstention.
import { readFileSync } from 'node:fs';
import { NewsfaqError } from '../errors.js';
import { answerFromText, type TextAnswer } from '../ask/text.js';
import { CONFIDENCE_THRESHOLD } from '../ask/answer.js';
import { bestOver, exactMatch, f1Score, sentenceHasAnswer } from './ask-score.js';

export interface QaRow {
  readonly id: string;
  readonly context: string;
  readonly question: string;
  readonly answers: readonly string[];
  readonly date?: string;
}

/** One line of a predictions file. */
export interface Prediction {
  readonly id: string;
  /** '' = "not in the text". */
  readonly answer: string;
  readonly evidence: readonly string[];
  readonly confidence: number;
}

export interface QaScores {
  readonly questions: number;
  readonly answerable: number;
  readonly unanswerable: number;
  /** Over answerable questions, answering every one (no abstention). */
  readonly forced: { readonly em: number; readonly f1: number; readonly sentenceAccuracy: number };
  /** Over answerable questions, with abstention at the threshold (an abstention scores 0). */
  readonly withAbstention: { readonly em: number; readonly f1: number; readonly sentenceAccuracy: number; readonly abstained: number };
  /** Share of unanswerable questions answered "not in the text". */
  readonly abstentionOnUnanswerable?: number;
  readonly threshold: number;
  readonly byType: Readonly<Record<string, { n: number; f1: number; sentenceAccuracy: number }>>;
}

export interface EvalRow {
  readonly row: QaRow;
  readonly result: TextAnswer;
}

export function parseQaRows(text: string, name: string): QaRow[] {
  const rows: QaRow[] = [];
  text.split('\n').forEach((line, k) => {
    if (!line.trim()) return;
    let o: any;
    try {
      o = JSON.parse(line);
    } catch {
      throw new NewsfaqError('NF006', `${name}: line ${k + 1} is not JSON`);
    }
    if (typeof o?.context !== 'string' || typeof o?.question !== 'string' || !Array.isArray(o?.answers)) {
      throw new NewsfaqError('NF006', `${name}: line ${k + 1} needs "context", "question" and "answers"`);
    }
    rows.push({ id: String(o.id ?? `row${k + 1}`), context: o.context, question: o.question, answers: o.answers.map(String), ...(typeof o.date === 'string' && { date: o.date }) });
  });
  return rows;
}

export function loadQaRows(path: string): QaRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new NewsfaqError('NF001', path);
  }
  return parseQaRows(text, path);
}

/** Answer every row (never abstaining: the threshold is applied when scoring). */
export function answerRows(rows: readonly QaRow[], onRow?: (done: number, total: number) => void): EvalRow[] {
  return rows.map((row, k) => {
    const result = answerFromText(row.question, row.context, { date: row.date, threshold: -Infinity });
    onRow?.(k + 1, rows.length);
    return { row, result };
  });
}

export function predictionOf(r: EvalRow, threshold: number): Prediction {
  const abstain = r.result.abstained || r.result.confidence < threshold;
  return {
    id: r.row.id,
    answer: abstain ? '' : r.result.answer,
    evidence: abstain ? [] : [...r.result.evidence],
    confidence: Math.round(r.result.confidence * 1000) / 1000,
  };
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const pct = (x: number): number => Math.round(x * 1000) / 10;

export function scoreRows(rows: readonly EvalRow[], threshold = CONFIDENCE_THRESHOLD): QaScores {
  const ans = rows.filter((r) => r.row.answers.length > 0);
  const un = rows.filter((r) => r.row.answers.length === 0);
  const forcedEm = ans.map((r) => bestOver(exactMatch, r.result.answer, r.row.answers));
  const forcedF1 = ans.map((r) => bestOver(f1Score, r.result.answer, r.row.answers));
  const sentOk = ans.map((r) => (r.result.sentence && sentenceHasAnswer(r.result.sentence.text, r.row.answers) ? 1 : 0));
  const abst = (r: EvalRow) => r.result.abstained || r.result.confidence < threshold;
  const em = ans.map((r, k) => (abst(r) ? 0 : forcedEm[k]));
  const f1 = ans.map((r, k) => (abst(r) ? 0 : forcedF1[k]));
  const sa = ans.map((r, k) => (abst(r) ? 0 : sentOk[k]));
  const byType: Record<string, { n: number; f1: number; sentenceAccuracy: number }> = {};
  const groups = new Map<string, number[]>();
  ans.forEach((r, k) => groups.set(r.result.type, [...(groups.get(r.result.type) ?? []), k]));
  for (const [type, ks] of groups) {
    byType[type] = { n: ks.length, f1: pct(mean(ks.map((k) => forcedF1[k]))), sentenceAccuracy: pct(mean(ks.map((k) => sentOk[k]))) };
  }
  return {
    questions: rows.length,
    answerable: ans.length,
    unanswerable: un.length,
    forced: { em: pct(mean(forcedEm)), f1: pct(mean(forcedF1)), sentenceAccuracy: pct(mean(sentOk)) },
    withAbstention: { em: pct(mean(em)), f1: pct(mean(f1)), sentenceAccuracy: pct(mean(sa)), abstained: ans.filter(abst).length },
    ...(un.length > 0 && { abstentionOnUnanswerable: pct(mean(un.map((r) => (abst(r) ? 1 : 0)))) }),
    threshold,
    byType,
  };
}
