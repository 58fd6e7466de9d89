// Public API of the article readers: any supported input in, validated Articles out.
import { NewsfaqError } from '../errors.js';
import type { Article, InputFormat } from '../types.js';
import { readDataset } from './dataset.js';
import { detectFormat, INPUT_FORMATS } from './detect.js';
import { readHtml } from './html.js';
import { readJson, readJsonl } from './json.js';
import { readMarkdown } from './markdown.js';
import { readPlain } from './plain.js';
import { readSeed } from './seed.js';
import { decodeInput } from './validate.js';

export { detectFormat, INPUT_FORMATS } from './detect.js';

export interface ReadOptions {
  /** Input format; 'auto' (the default) detects it from `source` and the content. */
  format?: InputFormat | 'auto';
  /** File name or other origin: used for messages, `Article.source` and as an extension hint. */
  source?: string;
}

const READERS: Record<InputFormat, (text: string, source?: string) => Article[]> = {
  seed: (t, s) => [readSeed(t, s)],
  dataset: (t, s) => [readDataset(t, s)],
  markdown: (t, s) => [readMarkdown(t, s)],
  html: (t, s) => [readHtml(t, s)],
  json: readJson,
  jsonl: readJsonl,
  plain: (t, s) => [readPlain(t, s)],
};

function resolveFormat(format: string | undefined): InputFormat | 'auto' {
  if (format === undefined || format === 'auto') return 'auto';
  if ((INPUT_FORMATS as readonly string[]).includes(format)) return format as InputFormat;
  throw new NewsfaqError('NF010', `"${format}" (expected auto, ${INPUT_FORMATS.join(', ')})`);
}

/** Read one document (Buffer or string) into one or more articles (JSONL/arrays give several). */
export function readArticles(input: Buffer | string, options: ReadOptions = {}): Article[] {
  const requested = resolveFormat(options.format);
  const text = decodeInput(input, options.source);
  const format = requested === 'auto' ? detectFormat(text, options.source) : requested;
  return READERS[format](text, options.source);
}

/** Convenience: exactly one article (first of several). */
export function readArticle(input: Buffer | string, options: ReadOptions = {}): Article {
  return readArticles(input, options)[0];
}
