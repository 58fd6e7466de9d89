// Words a time answer may add to its evidence: the resolved form of the evidence's own time
// expressions and the article's date ("Shortly before 17 December 2023 (the article is dated ...)").
import type { Doc, Sentence } from '../nlp/doc.js';
import { formatDate } from '../nlp/time/index.js';

export function resolvedDateText(doc: Doc, evidence: readonly Sentence[]): string {
  const parts: string[] = [];
  for (const s of evidence) for (const t of s.times) if (t.resolved) parts.push(t.resolved);
  if (doc.article.date) parts.push(`the article is dated ${formatDate(doc.article.date)}`);
  else parts.push('the article carries no date');
  return parts.join(' ');
}
