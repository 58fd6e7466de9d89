// Which reader a document needs: the file extension when it is decisive, else the content.
import type { InputFormat } from '../types.js';
import { isTitleLine, splitBlocks } from './text.js';

export const INPUT_FORMATS: readonly InputFormat[] = ['seed', 'dataset', 'markdown', 'html', 'json', 'jsonl', 'plain'];

const HTML_START = /^<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|span|meta|title|header|!--|table|ul|ol|blockquote)[\s>/]/i;
/** " date 2023-12-17 Leaders from ..." : the seed's inline header with body text on the same line. */
const SEED_START = /^date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+\S/;
/** "date 2023-12-17" alone on the first line: the dataset header. */
const DATASET_START = /^date[ \t]+\d{4}-\d{2}-\d{2}[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const MD_HEADING = /^#{1,6}[ \t]+\S/;
const SETEXT_TITLE = /^[^\n]+\r?\n=+[ \t]*(?:\r?\n|$)/;

function extension(source: string | undefined): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(source ?? '');
  return m ? m[1].toLowerCase() : '';
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Every non-blank line is a JSON object, and there is more than one line. */
function looksLikeJsonl(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{') && parsesAsJson(l));
}

/** JSON or JSON Lines by content; a document that starts like JSON but is broken stays JSON (NF006). */
function sniffJson(t: string, hint: 'json' | 'jsonl' | undefined): InputFormat | undefined {
  if (hint === 'jsonl') return 'jsonl';
  if (parsesAsJson(t)) return 'json';
  if (looksLikeJsonl(t)) return 'jsonl';
  if (hint === 'json') return 'json';
  // A first line that is a whole object: JSON Lines with a broken later line.
  const first = t.split(/\r?\n/, 1)[0];
  if (first.trimStart().startsWith('{') && parsesAsJson(first)) return 'jsonl';
  // "[" may open plain text ("[Updated] ..."); "{" or "[{" / '["' is JSON that failed to parse.
  return /^(?:\{|\[\s*[{"\]])/.test(t) ? 'json' : undefined;
}

/** The text formats (no markup): seed, dataset or plain. */
function sniffText(t: string): InputFormat {
  if (SEED_START.test(t)) return 'seed';
  if (DATASET_START.test(t)) return 'dataset';
  const blocks = splitBlocks(t);
  if (blocks.length > 1 && isTitleLine(blocks[0])) return 'dataset';
  return 'plain';
}

/** The input format of `text`; `source` (a file name) lends its extension as a hint. */
export function detectFormat(text: string, source?: string): InputFormat {
  const t = text.replace(/^\uFEFF/, '').trimStart();
  const ext = extension(source);
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'json' || ext === 'jsonl' || ext === 'ndjson') {
    return sniffJson(t, ext === 'json' ? 'json' : 'jsonl') ?? 'json';
  }
  if (ext === 'txt' || ext === 'text') return sniffText(t);
  if (t.startsWith('<') && HTML_START.test(t)) return 'html';
  if (t.startsWith('{') || t.startsWith('[')) {
    const json = sniffJson(t, undefined);
    if (json) return json;
  }
  if (FRONT_MATTER.test(t) || MD_HEADING.test(t) || SETEXT_TITLE.test(t)) return 'markdown';
  return sniffText(t);
}
