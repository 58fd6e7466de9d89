// HTML templates: `html` escapes every interpolated value unless it is already SafeHtml (made by `html` itself or,
// for trusted constant markup, by `raw`). This is the one escaping helper every page goes through.
import { escapeHtml } from '../render/html.js';

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function piece(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return (v as readonly Value[]).map(piece).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0];
  for (let k = 0; k < values.length; k++) out += piece(values[k]) + strings[k + 1];
  return new SafeHtml(out);
}

/** Markup the program wrote itself (never text from an article, a request or the database). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** A link target from untrusted data: http(s) URLs only, anything else (javascript:, data:, ...) is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A path inside this site ("/desk?q=x"), for redirects after sign-in; anything else becomes `fallback`. */
export function localPath(path: string | undefined, fallback: string): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || /[\u0000-\u001f\\]/.test(path)) return fallback;
  return path;
}

/** A URL path segment for an article id. */
export const enc = (s: string): string => encodeURIComponent(s);
