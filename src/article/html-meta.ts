// Metadata of an HTML page: publication date, title, canonical URL.
import { normaliseDate } from './date.js';
import { normaliseParagraph } from './text.js';

/** Meta tags that carry the publication date, most specific first. */
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

function attr(doc: Document, selector: string, name: string): string | undefined {
  try {
    const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
    return value ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Parsed JSON-LD objects of the page; broken scripts are skipped. */
function jsonLd(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      // Some sites wrap JSON-LD in HTML comments or CDATA.
      const raw = (script.textContent ?? '').replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '');
      out.push(JSON.parse(raw));
    } catch {
      // Not valid JSON: ignore, the page's other metadata may still do.
    }
  }
  return out;
}

/** First `datePublished` in JSON-LD data: an object, an array, or an `@graph`, at any depth. */
function findDatePublished(node: unknown, depth = 0): string | undefined {
  if (depth > 8 || node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const d = findDatePublished(item, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const obj = node as Record<string, unknown>;
  const own = normaliseDate(obj.datePublished) ?? normaliseDate((obj.datePublished as { '@value'?: unknown })?.['@value']);
  if (own) return own;
  for (const value of Object.values(obj)) {
    const d = findDatePublished(value, depth + 1);
    if (d) return d;
  }
  return undefined;
}

/** Publication date as `YYYY-MM-DD`: meta tags, then JSON-LD, then the first `<time datetime>`. */
export function pageDate(doc: Document, fallback?: string | null): string | undefined {
  for (const selector of DATE_META) {
    const d = normaliseDate(attr(doc, selector, 'content'));
    if (d) return d;
  }
  const ld = findDatePublished(jsonLd(doc));
  if (ld) return ld;
  const time = normaliseDate(attr(doc, 'time[datetime]', 'datetime'));
  return time ?? normaliseDate(fallback ?? undefined);
}

/** Title candidates, read before Readability rewrites the document. */
export interface TitleCandidates {
  readonly og?: string;
  readonly title?: string;
  readonly h1?: string;
}

export function titleCandidates(doc: Document): TitleCandidates {
  const clean = (t: string | null | undefined): string | undefined => (t ? normaliseParagraph(t) || undefined : undefined);
  return {
    og: clean(attr(doc, 'meta[property="og:title"]', 'content') ?? attr(doc, 'meta[name="og:title"]', 'content')),
    title: clean(doc.querySelector('title')?.textContent),
    h1: clean(doc.querySelector('h1')?.textContent),
  };
}

/** Title: og:title, then Readability's, then `<title>`, then the first `<h1>`. */
export function chooseTitle(c: TitleCandidates, readabilityTitle?: string | null): string | undefined {
  const fromReadability = readabilityTitle ? normaliseParagraph(readabilityTitle) || undefined : undefined;
  return c.og ?? fromReadability ?? c.title ?? c.h1;
}

/** Canonical URL when the page declares an absolute one. */
export function pageUrl(doc: Document): string | undefined {
  const url = attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]', 'content');
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
