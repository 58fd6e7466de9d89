// `newsfaq ingest` and `newsfaq ask`: the archive commands (and `eval ask`, attached to the eval command).
import { statSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { NewsfaqError } from '../errors.js';
import { readArticles } from '../article/index.js';
import { annotate } from '../nlp/annotate.js';
import type { InputFormat } from '../types.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { ingest, type IngestProgress, type IngestSummary } from '../ingest/ingest.js';
import { analyseQuestion } from '../ask/question.js';
import { answerFromDoc } from '../ask/answer.js';
import { ARCHIVE_THRESHOLD, archiveAnswerFromDoc, askArchive, isIsoDay, storedDoc, type ArchiveAnswer } from '../ask/archive.js';
import { ASK_FORMATS, renderAsk, type AskFormat } from '../ask/render.js';
import { registerAskEval } from '../eval/ask-cli.js';
import { readFileChecked } from './inputs.js';
import type { Io } from './main.js';

const INPUT_FORMATS = ['auto', 'seed', 'dataset', 'markdown', 'html', 'json', 'jsonl', 'plain'];
const DB_HELP = 'the archive database file (default: $NEWSFAQ_DB, else $XDG_DATA_HOME/newsfaq/newsfaq.db or ~/.local/share/newsfaq/newsfaq.db)';

function wholeNumber(name: string, min: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be a whole number >= ${min}.`);
    return n;
  };
}

function unitInterval(v: string): number {
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError('must be a number from 0 to 1.');
  return n;
}

/** A calendar date, YYYY-MM-DD, that exists. */
function isoDay(v: string): string {
  if (!isIsoDay(v)) throw new InvalidArgumentError('must be a date, YYYY-MM-DD.');
  return v;
}

export function formatIngestSummary(s: IngestSummary, location: string, counts?: { articles: number; sentences: number; pairs: number }): string {
  const lines = [
    `ingest: ${s.inputs} input${s.inputs === 1 ? '' : 's'} in ${s.elapsedS.toFixed(1)} s (${s.jobs ? `${s.jobs} worker thread${s.jobs === 1 ? '' : 's'}` : 'in process'}): ` +
      `${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed; ${s.articlesPerS.toFixed(1)} articles/s` +
      (s.interrupted ? ' (interrupted: run it again to finish)' : ''),
  ];
  if (counts) lines.push(`archive: ${location} (${counts.articles} articles, ${counts.sentences} sentences, ${counts.pairs} FAQ pairs)`);
  if (s.failures.length) {
    lines.push('failed:');
    for (const f of s.failures) lines.push(`  ${f.name}: ${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

function progressBar(): { update: (p: IngestProgress) => void; stop: () => void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      format: 'ingest [{bar}] {value}/{total} inputs | {added} added, {unchanged} unchanged, {failed} failed | {rate} articles/s | {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      const payload = { added: p.added + p.updated, unchanged: p.unchanged, failed: p.failed, rate: p.elapsedS > 0 ? ((p.added + p.updated) / p.elapsedS).toFixed(1) : '0' };
      if (!started) {
        bar.start(p.inputsTotal, p.inputsDone, payload);
        started = true;
      } else bar.update(p.inputsDone, payload);
    },
    stop: () => { if (started) bar.stop(); },
  };
}

/** The question as asked, or NF007 when there is none. */
function checkQuestion(q: string): string {
  const t = q.replace(/\s+/g, ' ').trim();
  if (!t || !/[\p{L}\p{N}]/u.test(t)) throw new NewsfaqError('NF007', 'the question is empty');
  return t;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Answer from one article: a file (no archive needed) or a stored article id. */
async function askOneArticle(question: string, ref: string, db: string | undefined, threshold: number): Promise<ArchiveAnswer> {
  const q = analyseQuestion(question);
  if (isFile(ref)) {
    const [article] = readArticles(readFileChecked(ref), { source: ref });
    const doc = annotate(article);
    return archiveAnswerFromDoc(question, q, doc, answerFromDoc(q, doc, { threshold: -Infinity }), [], threshold);
  }
  const store = openStore({ db, mustExist: true });
  try {
    const doc = await storedDoc(store, ref);
    if (!doc) throw new NewsfaqError('NF007', `no article with id "${ref}" in ${store.location}, and no such file`);
    return archiveAnswerFromDoc(question, q, doc, answerFromDoc(q, doc, { threshold: -Infinity }), [], threshold);
  } finally {
    await store.close();
  }
}

export function registerArchive(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('add articles to the archive: generate their FAQs and store them (skips what is stored; safe to re-run)')
    .argument('<inputs...>', 'article files, folders (walked), JSON Lines files, or - for standard input')
    .option('--db <file>', DB_HELP)
    .option('-j, --jobs <n>', 'worker threads (default: one per core; 0 = none)', wholeNumber('--jobs', 0))
    .option('--batch <n>', 'articles per transaction', wholeNumber('--batch', 1), 32)
    .addOption(new Option('-i, --input-format <format>', 'force the input format').choices(INPUT_FORMATS).default('auto'))
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'no progress bar')
    .addHelpText('after', `
Every format "newsfaq faq" reads is accepted. An article whose content is already stored is left unchanged, so
an interrupted run (even kill -9) is finished by running the same command again. Inputs that cannot be read are
reported and skipped. Exit code 0 when all inputs were read, 1 when some failed, 2 when none could be read.

Examples:
  newsfaq ingest ../shared/data/articles
  newsfaq ingest --db archive.db feed.jsonl stories/`)
    .action(async (inputs: string[], opts: { db?: string; jobs?: number; batch: number; inputFormat: string; json?: boolean; quiet?: boolean }) => {
      const store: Store = openStore({ db: opts.db });
      const bar = opts.quiet || opts.json ? undefined : progressBar();
      const abort = new AbortController();
      const onSigint = () => {
        if (abort.signal.aborted) process.exit(130);
        abort.abort();
        io.err('newsfaq: stopping after the articles in progress (Ctrl-C again to quit now)\n');
      };
      process.on('SIGINT', onSigint);
      let summary: IngestSummary;
      try {
        summary = await ingest(store, inputs, {
          jobs: opts.jobs,
          batchSize: opts.batch,
          format: opts.inputFormat as InputFormat | 'auto',
          onProgress: bar?.update,
          signal: abort.signal,
        });
      } finally {
        bar?.stop();
        process.off('SIGINT', onSigint);
      }
      const counts = await store.counts();
      await store.close();
      if (opts.json) io.out(`${JSON.stringify({ ...summary, db: store.location, archive: counts })}\n`);
      else io.out(formatIngestSummary(summary, store.location, counts));
      if (summary.failed) setExit(summary.added + summary.updated + summary.unchanged > 0 ? 1 : 2);
      if (summary.interrupted) setExit(1);
    });

  program
    .command('ask')
    .description('answer a question from the archive (or one article), citing the sentences used')
    .argument('<question>', 'the question, in quotes')
    .option('--article <id|file>', 'answer from this article only: a stored article id, or an article file')
    .option('--db <file>', DB_HELP)
    .addOption(new Option('-f, --format <format>', 'output format').choices([...ASK_FORMATS]).default('md'))
    .option('--threshold <x>', `answer only at this confidence or above, 0-1 (default ${ARCHIVE_THRESHOLD})`, unitInterval)
    .option('--as-of <date>', 'the day the question is asked, YYYY-MM-DD: news of that day and the days before ranks higher, later articles are left out', isoDay)
    .addHelpText('after', `
The answer is a short span with the sentence it comes from, the sentence id (p{paragraph}s{sentence}) and the
article (id and source file). When the evidence is too weak the reply is "Not in the archive". Questions about
time are answered with the time resolved against the article's date.

Examples:
  newsfaq ask "When will the tram line open?"
  newsfaq ask --article examples/japan-asean-summit.txt "Who hosted the summit?"
  newsfaq ask --format json --db archive.db "How many people were hurt?"
  newsfaq ask --as-of 2024-01-25 "What happens next in the caucus?"`)
    .action(async (question: string, opts: { article?: string; db?: string; format: AskFormat; threshold?: number; asOf?: string }) => {
      const text = checkQuestion(question);
      const threshold = opts.threshold ?? ARCHIVE_THRESHOLD;
      let answer: ArchiveAnswer;
      if (opts.article) answer = await askOneArticle(text, opts.article, opts.db, threshold);
      else {
        const store = openStore({ db: opts.db, mustExist: true });
        try {
          answer = await askArchive(store, text, { threshold, asOf: opts.asOf });
        } finally {
          await store.close();
        }
      }
      io.out(renderAsk(opts.format, answer));
    });

  // `eval ask`: attached to the eval command when it is already registered (src/cli/eval.ts) and has none yet.
  const evalCmd = program.commands.find((c) => c.name() === 'eval');
  if (evalCmd && !evalCmd.commands.some((c) => c.name() === 'ask')) registerAskEval(evalCmd, io, setExit);
}
