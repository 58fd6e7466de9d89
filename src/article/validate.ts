// Input validation shared by every reader: one place, one clear one-line message per problem.
import { MAX_INPUT_BYTES, NewsfaqError } from '../errors.js';
import { notEnglishReason } from './english.js';

/** Share of control or replacement characters above which text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.02;

function where(source?: string): string {
  return source ? `${source}: ` : '';
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reject oversized input before doing any work on it (NF004). */
export function checkSize(bytes: number, source?: string): void {
  if (bytes > MAX_INPUT_BYTES) {
    throw new NewsfaqError('NF004', `${where(source)}${mb(bytes)}, the limit is ${mb(MAX_INPUT_BYTES)}`);
  }
}

/** Reject text with NUL bytes or many control/replacement characters (NF003). */
export function checkNotBinary(text: string, source?: string): void {
  if (text.includes('\0')) throw new NewsfaqError('NF003', `${where(source)}it contains NUL bytes`);
  // Tab, newlines and form feed are normal in text; other C0/C1 controls and U+FFFD are not.
  const bad = text.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g)?.length ?? 0;
  if (bad > 0 && bad / text.length > MAX_CONTROL_SHARE) {
    throw new NewsfaqError('NF003', `${where(source)}${bad} control or invalid characters`);
  }
}

/** Reject empty or whitespace-only text (NF002). */
export function checkNotEmpty(text: string, source?: string): void {
  if (text.length === 0) throw new NewsfaqError('NF002', source);
  if (text.trim() === '') throw new NewsfaqError('NF002', `${where(source)}it contains only whitespace`);
}

/**
 * Turn raw input into text, or throw: too large (NF004), not UTF-8 or binary (NF003),
 * empty (NF002). A leading byte-order mark is dropped.
 */
export function decodeInput(input: Buffer | string, source?: string): string {
  let text: string;
  if (typeof input === 'string') {
    checkSize(Buffer.byteLength(input, 'utf8'), source);
    text = input;
  } else {
    checkSize(input.length, source);
    // UTF-16 with a byte-order mark (Windows "Unicode" text) is text, despite its NUL bytes.
    const utf16 = input[0] === 0xff && input[1] === 0xfe ? 'utf-16le' : input[0] === 0xfe && input[1] === 0xff ? 'utf-16be' : undefined;
    if (utf16) return checkText(new TextDecoder(utf16).decode(input), source);
    if (input.includes(0)) throw new NewsfaqError('NF003', `${where(source)}it contains NUL bytes`);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw new NewsfaqError('NF003', `${where(source)}it is not valid UTF-8 (save it as UTF-8 text)`);
    }
  }
  return checkText(text, source);
}

function checkText(decoded: string, source?: string): string {
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  checkNotBinary(text, source);
  checkNotEmpty(text, source);
  return text;
}

/** Check what a reader produced: some body text (NF002), in English (NF005). */
export function checkArticleText(title: string | undefined, paragraphs: readonly string[], source?: string): void {
  if (paragraphs.length === 0) {
    throw new NewsfaqError('NF002', `${where(source)}no body text found${title ? ` under the title "${title}"` : ''}`);
  }
  const reason = notEnglishReason([title ?? '', ...paragraphs].join('\n'));
  if (reason) throw new NewsfaqError('NF005', `${where(source)}${reason}`);
}
