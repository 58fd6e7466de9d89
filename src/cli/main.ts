// The newsfaq command line: thin commands over the library.
import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { NewsfaqError, isNewsfaqError } from '../errors.js';
import { readArticles } from '../article/index.js';
import type { Article, InputFormat } from '../types.js';
import { render, renderJsonLine, OUTPUT_FORMATS, type OutputFormat } from '../render/index.js';
import { faqJsonSchema } from '../faq/schema.js';
import { VERSION } from '../version.js';
import { expandInputs, readFileChecked } from './inputs.js';
import { registerEval } from './eval.js';
import { registerArchive } from './archive.js';
import { registerDesk } from './desk.js';
import { addEngineOptions, closeEngine, engineFromOptions, faqWithEngine } from './engine-options.js';

const INPUT_FORMATS = ['auto', 'seed', 'dataset', 'markdown', 'html', 'json', 'jsonl', 'plain'];

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

function parseCount(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new NewsfaqError('NF007', `--count must be a whole number from 1 to 50, not "${v}"`);
  return n;
}

function errorLine(e: unknown): string {
  if (isNewsfaqError(e)) return `[${e.code}] ${e.message}`;
  return `[internal] ${(e as Error)?.message ?? String(e)}`;
}

function readInput(name: string, bytes: Buffer, format: string): Article[] {
  const articles = readArticles(bytes, { format: format as InputFormat | 'auto', source: name === '-' ? undefined : name });
  return articles;
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('newsfaq')
    .description('Turn dated news articles into the FAQ a reader wants, every answer cited to the article.')
    .version(VERSION)
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .showHelpAfterError('(run "newsfaq --help" for usage)');

  addEngineOptions(program
    .command('faq')
    .description('write the FAQ for one or more articles (a folder or several files give JSON Lines)')
    .argument('<inputs...>', 'article files, folders of articles, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]))
    .addOption(new Option('-i, --input-format <format>', 'force the input format').choices(INPUT_FORMATS).default('auto'))
    .option('-n, --count <n>', 'number of question-answer pairs (default: scaled to article length)', parseCount)
    .option('--no-evidence', 'Markdown: leave out the citation lines')
    .option('--news-article', 'HTML: add a NewsArticle JSON-LD block beside the FAQPage')
    .addHelpText('after', `
Formats: md (default for one article), json, jsonl (default for several), html (fragment with FAQPage JSON-LD),
text (the input document with its FAQ section filled in).
Input formats are detected: the founding example's inline "date YYYY-MM-DD", the data sets' date/title/body
layout, Markdown with front matter, HTML pages, JSON and JSON Lines objects with title, date and text.

Examples:
  newsfaq faq examples/japan-asean-summit.txt
  newsfaq faq --format json --count 10 article.html
  newsfaq faq ../shared/data/articles/reuters21578 > faqs.jsonl`)
    .action(async (inputs: string[], opts) => {
      const engine = engineFromOptions(opts, io);
      const { inputs: named, batch } = expandInputs(inputs);
      const format: OutputFormat = opts.format ?? (batch ? 'jsonl' : 'md');
      let failed = 0;
      let written = 0;
      for (const input of named) {
        let articles: Article[];
        try {
          articles = readInput(input.name, input.read(), opts.inputFormat);
        } catch (e) {
          if (!batch) throw e;
          failed++;
          io.err(`newsfaq: ${input.name}: ${errorLine(e)}\n`);
          if (format === 'jsonl') io.out(renderJsonLine(input.name, undefined, { code: isNewsfaqError(e) ? e.code : 'internal', message: (e as Error).message }));
          continue;
        }
        const several = batch || articles.length > 1;
        for (const article of articles) {
          const faq = await faqWithEngine(engine, article, { count: opts.count });
          const fmt: OutputFormat = several && !opts.format ? 'jsonl' : format;
          const text = render(fmt, faq, article, { evidence: opts.evidence, newsArticle: opts.newsArticle, input: input.name === '-' ? article.id : input.name });
          if (written > 0 && fmt !== 'jsonl' && fmt !== 'json') io.out('\n');
          io.out(text.endsWith('\n') ? text : `${text}\n`);
          written++;
        }
      }
      await closeEngine(engine);
      if (failed) {
        io.err(`newsfaq: ${failed} of ${named.length} inputs could not be read\n`);
        setExit(written ? 1 : 2);
      }
    }));

  addEngineOptions(program
    .command('fill')
    .description('write the article back with its FAQ section filled in')
    .argument('<file>', 'the article (or - for standard input)')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option('-n, --count <n>', 'number of question-answer pairs', parseCount)
    .addOption(new Option('-i, --input-format <format>', 'force the input format').choices(INPUT_FORMATS).default('auto'))
    .action(async (file: string, opts) => {
      const engine = engineFromOptions(opts, io);
      const { inputs } = expandInputs([file]);
      const [article] = readInput(file, inputs[0].read(), opts.inputFormat);
      const faq = await faqWithEngine(engine, article, { count: opts.count });
      await closeEngine(engine);
      const text = render('text', faq, article);
      if (opts.output) writeFileSync(opts.output, text);
      else io.out(text);
    }));

  program
    .command('schema')
    .description('print the JSON Schema of the JSON output')
    .action(() => io.out(`${JSON.stringify(faqJsonSchema(), null, 2)}\n`));

  registerEval(program, io, setExit);
  registerArchive(program, io, setExit);
  registerDesk(program, io, setExit);
  return program;
}

/** Run the CLI; returns the exit code (0 ok, 1 failure, 2 bad usage or unreadable input). */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => { code = Math.max(code, c); });
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    io.err(`newsfaq: ${errorLine(e)}\n`);
    if (isNewsfaqError(e)) return e.exitCode;
    return 1;
  }
}

export { readFileChecked };
