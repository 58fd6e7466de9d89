// `newsfaq eval ask`: QA scores on {id, context, question, answers} rows, or archive retrieval (--retrieval).
// Exported as registerAskEval(evalCommand) so the eval command (src/cli/eval.ts) can carry it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import type { Io } from '../cli/main.js';
import { CONFIDENCE_THRESHOLD } from '../ask/answer.js';
import { DEFAULT_DATA_DIR, isDirectory } from './data.js';
import { answerRows, loadQaRows, predictionOf, scoreRows, type EvalRow, type QaScores } from './ask-eval.js';
import { runRetrievalEval, type RetrievalReport } from './ask-retrieval.js';

/** The public QA sets `eval ask` runs when no --data is given. */
export const PUBLIC_QA_SETS = ['squad_dev_answerable', 'newsqa_cotaeval', 'squad_v2_dev_unanswerable'];

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

function unitInterval(v: string): number {
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError('must be a number from 0 to 1.');
  return n;
}

function wholeNumber(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number >= 1.');
  return n;
}

export function formatQaScores(name: string, s: QaScores): string {
  const lines = [`${name}: ${s.questions} questions (${s.answerable} answerable, ${s.unanswerable} without an answer)`];
  if (s.answerable) {
    lines.push(`  answering every question: EM ${s.forced.em}  F1 ${s.forced.f1}  sentence accuracy ${s.forced.sentenceAccuracy}%`);
    lines.push(`  with abstention at ${s.threshold}: EM ${s.withAbstention.em}  F1 ${s.withAbstention.f1}  sentence accuracy ${s.withAbstention.sentenceAccuracy}%  (${s.withAbstention.abstained} abstained; F1 drop ${Math.round((s.forced.f1 - s.withAbstention.f1) * 10) / 10})`);
    const types = Object.entries(s.byType).sort((a, b) => b[1].n - a[1].n).map(([t, v]) => `${t} ${v.n}: F1 ${v.f1}, sent ${v.sentenceAccuracy}%`);
    lines.push(`  by answer type: ${types.join('; ')}`);
  }
  if (s.abstentionOnUnanswerable !== undefined) lines.push(`  answered "not in the text": ${s.abstentionOnUnanswerable}% of the questions without an answer`);
  return `${lines.join('\n')}\n`;
}

export function formatRetrieval(r: RetrievalReport): string {
  return `archive retrieval: ${r.questions} journalist questions over ${r.articles} articles: right article first ${r.top1}%, ` +
    `in the top 5 ${r.top5}%, in the top 20 ${r.top20}%, MRR ${r.mrr}; ${r.msPerQuestion} ms a question` +
    `\n  even-numbered questions (weights chosen on these): first ${r.halves.even.top1}%, top 5 ${r.halves.even.top5}%; ` +
    `odd-numbered (held out): first ${r.halves.odd.top1}%, top 5 ${r.halves.odd.top5}%` +
    `\n  asked as of each question's date (--as-of): first ${r.asOfDate.top1}%, in the top 5 ${r.asOfDate.top5}%, in the top 20 ${r.asOfDate.top20}%, MRR ${r.asOfDate.mrr}` +
    (r.ingest ? `\n  (ingest: ${r.ingest.added} added, ${r.ingest.unchanged} unchanged, ${r.ingest.failed} failed in ${r.ingest.elapsedS.toFixed(1)} s)` : '') + '\n';
}

function writeFile(path: string, text: string): string {
  const full = resolve(path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

export function registerAskEval(evalCommand: Command, io: Io = defaultIo, setExit: (code: number) => void = (c) => { process.exitCode = Math.max(Number(process.exitCode ?? 0), c); }): void {
  evalCommand
    .command('ask')
    .description('score answers to questions over single contexts (SQuAD, NewsQA), or archive retrieval (--retrieval)')
    .option('--data <file>', 'a JSON Lines file of {id, context, question, answers} (default: the public QA sets)')
    .option('--out <file>', 'write predictions {id, answer, evidence, confidence} as JSON Lines here')
    .option('--threshold <x>', `abstain below this confidence, 0-1 (default ${CONFIDENCE_THRESHOLD})`, unitInterval)
    .option('--retrieval', 'archive retrieval: ingest the public articles, ask the journalists\' questions, rank articles')
    .option('--data-dir <dir>', 'the evaluation data folder', DEFAULT_DATA_DIR)
    .option('--db <file>', '--retrieval: keep the archive in this file (re-runs reuse it)')
    .option('--limit <n>', '--retrieval: at most n questions', wholeNumber)
    .option('--json', 'print the scores as JSON')
    .option('--quiet', 'no progress on standard error')
    .action(async (opts: { data?: string; out?: string; threshold?: number; retrieval?: boolean; dataDir: string; db?: string; limit?: number; json?: boolean; quiet?: boolean }) => {
      const threshold = opts.threshold ?? CONFIDENCE_THRESHOLD;
      const dataDir = resolve(opts.dataDir);
      if (opts.retrieval) {
        if (!isDirectory(dataDir)) {
          io.out(`newsfaq eval ask: no evaluation data at ${dataDir}; nothing to do\n`);
          return;
        }
        let last = '';
        const report = await runRetrievalEval({
          dataDir, db: opts.db, limit: opts.limit,
          onProgress: opts.quiet ? undefined : (stage, done, total) => {
            if (done === total || done % 250 === 0 || stage !== last) io.err(`eval ask: ${stage} ${done}/${total}\n`);
            last = stage;
          },
        });
        io.out(opts.json ? `${JSON.stringify(report)}\n` : formatRetrieval(report));
        return;
      }
      let files: { name: string; path: string }[];
      if (opts.data) files = [{ name: opts.data, path: opts.data }];
      else {
        if (!isDirectory(dataDir)) {
          io.out(`newsfaq eval ask: no evaluation data at ${dataDir}; nothing to do\n`);
          return;
        }
        files = PUBLIC_QA_SETS.map((n) => ({ name: n, path: join(dataDir, 'qa', `${n}.jsonl`) }));
      }
      const all: EvalRow[] = [];
      const results: Record<string, QaScores> = {};
      for (const f of files) {
        const rows = loadQaRows(f.path);
        const evaluated = answerRows(rows, opts.quiet ? undefined : (done, total) => {
          if (done === total || done % 200 === 0) io.err(`eval ask: ${f.name} ${done}/${total}\n`);
        });
        all.push(...evaluated);
        const scores = scoreRows(evaluated, threshold);
        results[f.name] = scores;
        if (!opts.json) io.out(formatQaScores(f.name, scores));
      }
      if (opts.json) io.out(`${JSON.stringify(results, null, 2)}\n`);
      if (opts.out) {
        const path = writeFile(opts.out, all.map((r) => JSON.stringify(predictionOf(r, threshold))).join('\n') + '\n');
        if (!opts.json) io.out(`predictions: ${path}\n`);
      }
      void setExit;
    });
}
