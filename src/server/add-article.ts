// Adding articles through the API or the desk: the same work as `newsfaq ingest` does for one input (read,
// annotate, generate the FAQ, encode the annotation: processJob), then one atomic write to the archive.
import { MAX_INPUT_BYTES } from '../errors.js';
import { INPUT_FORMATS } from '../article/index.js';
import { processJob } from '../ingest/process.js';
import type { Store, PutStatus } from '../store/store.js';
import type { InputFormat } from '../types.js';
import { safeUrl } from '../web/html.js';
import { ApiError } from './errors.js';

export interface AddInput {
  readonly text?: unknown;
  readonly title?: unknown;
  readonly date?: unknown;
  readonly url?: unknown;
  readonly id?: unknown;
  readonly format?: unknown;
  readonly source?: unknown;
}

export interface Added {
  readonly id: string;
  readonly status: PutStatus;
}

const optional = (v: unknown, field: string, max: number): string | undefined => {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new ApiError(400, 'invalid', `${field} must be a string`);
  if (v.length > max) throw new ApiError(400, 'invalid', `${field} is longer than ${max} characters`);
  return v;
};

/** The document to read, as the article readers take it: the text itself, or a JSON record when fields are given. */
export function documentOf(input: AddInput): { bytes: Buffer; format: InputFormat | 'auto'; source: string } {
  if (typeof input.text !== 'string' || !input.text.trim()) throw new ApiError(400, 'invalid', 'text (the article) is required');
  if (Buffer.byteLength(input.text) > MAX_INPUT_BYTES) throw new ApiError(413, 'too_large', `the article is larger than ${MAX_INPUT_BYTES} bytes`);
  const title = optional(input.title, 'title', 500);
  const date = optional(input.date, 'date', 10);
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ApiError(400, 'invalid', 'date must be YYYY-MM-DD');
  const url = optional(input.url, 'url', 2000);
  if (url && !safeUrl(url)) throw new ApiError(400, 'invalid', 'url must be an http or https address');
  const id = optional(input.id, 'id', 200);
  // eslint-disable-next-line no-control-regex
  if (id && /[\u0000-\u001f]/.test(id)) throw new ApiError(400, 'invalid', 'id must not contain control characters');
  const source = optional(input.source, 'source', 300) ?? '-';
  const format = optional(input.format, 'format', 20) ?? 'auto';
  if (format !== 'auto' && !(INPUT_FORMATS as readonly string[]).includes(format)) {
    throw new ApiError(400, 'invalid', `format must be auto or one of ${INPUT_FORMATS.join(', ')}`);
  }
  if (title || date || url || id) {
    return { bytes: Buffer.from(JSON.stringify({ id, title, date, url, text: input.text })), format: 'json', source };
  }
  return { bytes: Buffer.from(input.text, 'utf8'), format: format as InputFormat | 'auto', source };
}

/** Read, generate and store; every article of the document, or a 4xx naming the first problem. */
export async function addArticles(store: Store, input: AddInput): Promise<Added[]> {
  const doc = documentOf(input);
  // An article already stored is recognised by its content hash when written ('unchanged').
  const result = processJob({ seq: 0, name: doc.source, bytes: doc.bytes, format: doc.format }, new Set());
  const records = result.outcomes.flatMap((o) => (o.kind === 'record' ? [o.record] : []));
  const failed = result.outcomes.find((o) => o.kind === 'failed');
  if (!records.length && failed && failed.kind === 'failed') {
    const code = /^\[(NF\d{3})\]/.exec(failed.reason)?.[1];
    throw new ApiError(code === 'NF004' ? 413 : code === 'NF009' ? 422 : 400, code ?? 'invalid', failed.reason.replace(/^\[[^\]]+\]\s*/, '').replace(/^-: /, ''));
  }
  return (await store.putArticles(records)).map((r) => ({ id: r.id, status: r.status }));
}
