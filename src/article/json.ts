// JSON documents: one object, an array of objects, or JSON Lines (one object per line).
// Each object has `title`, `date`, and its text in `text`, `body` or `content`; `id`, `url` optional.
import { NewsfaqError } from '../errors.js';
import type { Article } from '../types.js';
import { buildArticle } from './build.js';
import { normaliseDate } from './date.js';
import { isFaqHeading } from './faq-heading.js';
import { normaliseParagraph, splitLooseParagraphs } from './text.js';

const TEXT_FIELDS = ['text', 'body', 'content'] as const;

/** "feed.jsonl: line 3", "line 3", "feed.json" or "" for messages. */
function at(source: string | undefined, place: string | undefined): string {
  return [source, place].filter(Boolean).join(': ');
}

/** A message detail, prefixed with where it happened when that is known. */
function detail(where: string, text: string): string {
  return where ? `${where}: ${text}` : text;
}

function optionalString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** One record to an Article; `place` names it in messages ("line 3", "item 2"). */
function fromRecord(
  record: unknown,
  place: string | undefined,
  source: string | undefined,
  recordSource: string | undefined,
): Article {
  const where = at(source, place);
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new NewsfaqError('NF006', detail(where, 'expected an object with title, date and text'));
  }
  const obj = record as Record<string, unknown>;
  const field = TEXT_FIELDS.find((f) => obj[f] !== undefined && obj[f] !== null);
  const value = field === undefined ? undefined : obj[field];
  let paragraphs: string[];
  if (typeof value === 'string') {
    paragraphs = splitLooseParagraphs(value);
  } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    // A list of paragraphs is accepted too.
    paragraphs = (value as string[]).map(normaliseParagraph).filter((p) => p !== '');
  } else {
    throw new NewsfaqError('NF006', detail(where, 'no "text", "body" or "content" string'));
  }
  while (paragraphs.length > 0 && isFaqHeading(paragraphs[paragraphs.length - 1])) paragraphs.pop();
  const title = optionalString(obj.title) ?? optionalString(obj.headline);
  return buildArticle({
    format: 'json',
    paragraphs,
    title: title && normaliseParagraph(title),
    date: normaliseDate(obj.date ?? obj.datePublished ?? obj.published),
    id: optionalString(obj.id),
    url: optionalString(obj.url),
    source: recordSource,
    label: where || undefined,
  });
}

/** A JSON object or an array of objects. */
export function readJson(text: string, source?: string): Article[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new NewsfaqError('NF006', detail(at(source, undefined), `not valid JSON (${(e as Error).message})`));
  }
  if (Array.isArray(data)) {
    if (data.length === 0) throw new NewsfaqError('NF002', detail(at(source, undefined), 'the JSON array is empty'));
    return data.map((item, i) => fromRecord(item, `item ${i + 1}`, source, source && `${source}#${i + 1}`));
  }
  return [fromRecord(data, undefined, source, source)];
}

/** JSON Lines: one object per non-blank line; errors name the line. */
export function readJsonl(text: string, source?: string): Article[] {
  const articles: Article[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      throw new NewsfaqError('NF006', at(source, `line ${i + 1}: not valid JSON (${(e as Error).message})`));
    }
    const article = fromRecord(record, `line ${i + 1}`, source, source && `${source}:${i + 1}`);
    articles.push({ ...article, format: 'jsonl' });
  });
  if (articles.length === 0) throw new NewsfaqError('NF002', source);
  return articles;
}
