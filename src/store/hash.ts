// The content hash that makes storing idempotent: what a reader sees (title, date, paragraphs), not where it
// came from. The same story read from a .txt and a .md file is one article.
import { createHash } from 'node:crypto';
import type { Article } from '../types.js';

export function contentHash(article: Article): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([article.title ?? '', article.date ?? '', article.paragraphs]), 'utf8');
  return h.digest('hex');
}
