// `newsfaq eval ...`: quality measurement over ../shared/data (see docs/quality/README.md).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Io } from './main.js';
import { DEFAULT_DATA_DIR, DEFAULT_EVAL_OUT, isDirectory, parseSets, type SetName } from '../eval/data.js';
import { runFaqEval } from '../eval/faq-eval.js';
import { formatFaqEval } from '../eval/table.js';
import { buildReviewSheet, formatRatingsSummary, parseRatings, RatingsError, sampleArticles, summariseRatings } from '../eval/review.js';
import { compareRatings, formatComparison, mergeSheets, type CompareKey } from '../eval/review-compare.js';

function positiveInt(name: string, min = 1) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be a whole number >= ${min}.`);
    return n;
  };
}

function writeOut(path: string, text: string): string {
  const full = resolve(path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

/** The data folder, or undefined (with a message) when it is absent. */
function dataDirOrSkip(dir: string | undefined, io: Io): string | undefined {
  const dataDir = resolve(dir ?? DEFAULT_DATA_DIR);
  if (isDirectory(dataDir)) return dataDir;
  io.out(`newsfaq eval: no evaluation data at ${dataDir} (it lives outside the repository, in ../shared/data); nothing to do\n`);
  return undefined;
}

export function registerEval(program: Command, io: Io, setExit: (code: number) => void): void {
  const evalCmd = program.command('eval').description('measure FAQ quality over the evaluation data (../shared/data)');

  evalCmd
    .command('faq')
    .description('generate the FAQ of every evaluation article, check every pair, compare with the journalists\' questions')
    .option('--data <dir>', 'the evaluation data folder', DEFAULT_DATA_DIR)
    .option('--out <file>', 'write the full report as JSON here', DEFAULT_EVAL_OUT)
    .option('--limit <n>', 'at most n articles per set (evenly spaced in file-name order)', positiveInt('--limit'))
    .option('--sets <names>', 'comma-separated sets: bbc2005, rtqa_news, reuters21578, news_faq (default: all)')
    .option('--quiet', 'no progress on standard error')
    .action((opts: { data?: string; out: string; limit?: number; sets?: string; quiet?: boolean }) => {
      let sets: SetName[];
      try {
        sets = parseSets(opts.sets);
      } catch (e) {
        io.err(`newsfaq eval faq: ${(e as Error).message}\n`);
        setExit(2);
        return;
      }
      const dataDir = dataDirOrSkip(opts.data, io);
      if (!dataDir) return;
      let lastSet = '';
      const report = runFaqEval({
        dataDir,
        sets,
        limit: opts.limit,
        onArticle: opts.quiet
          ? undefined
          : (set, done, total) => {
              if (done === total || done % 250 === 0 || set !== lastSet) io.err(`eval: ${set} ${done}/${total}\n`);
              lastSet = set;
            },
      });
      io.out(formatFaqEval(report));
      const path = writeOut(opts.out, `${JSON.stringify(report, null, 2)}\n`);
      io.out(`\nreport: ${path}\n`);
    });

  evalCmd
    .command('review')
    .description('print a review sheet for a seeded sample of articles, or summarise a ratings file (--read)')
    .option('--sample <n>', 'number of articles', positiveInt('--sample'), 12)
    .option('--seed <s>', 'seed of the sample', positiveInt('--seed', 0), 1)
    .option('--data <dir>', 'the evaluation data folder', DEFAULT_DATA_DIR)
    .option('--sets <names>', 'comma-separated sets to sample from (default: all four)')
    .option('--out <file>', 'write the sheet to this file instead of standard output')
    .addOption(new Option('--read <ratings>', 'summarise a ratings file instead of writing a sheet'))
    .action((opts: { sample: number; seed: number; data?: string; sets?: string; out?: string; read?: string }) => {
      if (opts.read) {
        let text: string;
        try {
          text = readFileSync(opts.read, 'utf8');
        } catch {
          io.err(`newsfaq eval review: cannot read ${opts.read}\n`);
          setExit(2);
          return;
        }
        try {
          const parsed = parseRatings(text, opts.read);
          io.out(formatRatingsSummary(summariseRatings(parsed.ratings), parsed.unrated));
        } catch (e) {
          if (!(e instanceof RatingsError)) throw e;
          io.err(`newsfaq eval review: ${e.message}\n`);
          setExit(1);
        }
        return;
      }
      let sets: SetName[];
      try {
        sets = parseSets(opts.sets);
      } catch (e) {
        io.err(`newsfaq eval review: ${(e as Error).message}\n`);
        setExit(2);
        return;
      }
      const dataDir = dataDirOrSkip(opts.data, io);
      if (!dataDir) return;
      const picks = sampleArticles(dataDir, sets, opts.sample, opts.seed);
      const sheet = buildReviewSheet(dataDir, picks, { seed: opts.seed });
      if (opts.out) io.out(`review sheet: ${writeOut(opts.out, sheet)} (${picks.length} articles)\n`);
      else io.out(sheet);
    });

  evalCmd
    .command('compare')
    .description('merge two review sheets of the same articles (two versions) into one blind sheet, or score its ratings (--read)')
    .argument('[sheets...]', 'sheet A and sheet B, made with the same --seed and --sample at two commits')
    .requiredOption('--key <file>', 'the key of the merged sheet: written when merging, read with --read')
    .option('--out <file>', 'write the merged sheet to this file instead of standard output')
    .option('--read <ratings>', 'score a ratings file of the merged sheet for each version')
    .action((sheets: string[], opts: { key: string; out?: string; read?: string }) => {
      const fail = (message: string, code = 2) => {
        io.err(`newsfaq eval compare: ${message}\n`);
        setExit(code);
      };
      const read = (path: string): string | undefined => {
        try {
          return readFileSync(path, 'utf8');
        } catch {
          fail(`cannot read ${path}`);
          return undefined;
        }
      };
      if (opts.read) {
        const ratingsText = read(opts.read);
        const keyText = ratingsText === undefined ? undefined : read(opts.key);
        if (ratingsText === undefined || keyText === undefined) return;
        try {
          const key = JSON.parse(keyText) as CompareKey;
          io.out(formatComparison(compareRatings(parseRatings(ratingsText, opts.read).ratings, key)));
        } catch (e) {
          fail((e as Error).message, 1);
        }
        return;
      }
      if (sheets.length !== 2) return fail('give two sheets to merge (A and B), or --read a ratings file');
      const [a, b] = sheets.map(read);
      if (a === undefined || b === undefined) return;
      try {
        const merged = mergeSheets(a, b);
        writeOut(opts.key, `${JSON.stringify(merged.key, null, 1)}\n`);
        const pairs = Object.keys(merged.key).length;
        if (opts.out) io.out(`merged sheet: ${writeOut(opts.out, merged.sheet)} (${pairs} pairs, ${merged.shared} in both versions); key: ${resolve(opts.key)}\n`);
        else io.out(merged.sheet);
      } catch (e) {
        fail((e as Error).message, 1);
      }
    });
}
