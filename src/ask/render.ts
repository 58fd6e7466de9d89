// `newsfaq ask` output: Markdown for people, JSON for programs.
import type { ArchiveAnswer } from './archive.js';

export const ASK_FORMATS = ['md', 'json'] as const;
export type AskFormat = (typeof ASK_FORMATS)[number];

export function renderAskMarkdown(a: ArchiveAnswer): string {
  const lines: string[] = [`**Q:** ${a.question.trim()}`, ''];
  if (a.abstained) {
    lines.push(a.article
      ? `**Not in the archive.** The closest article (${articleLine(a)}) does not answer this (confidence ${a.confidence.toFixed(2)}).`
      : '**Not in the archive.** No stored article matches this question.');
    return `${lines.join('\n')}\n`;
  }
  const when = a.resolved && !a.answer.includes(a.resolved) ? ` (${a.resolved})` : '';
  lines.push(`**A:** ${a.answer}${when}`, '');
  for (const e of a.evidence) lines.push(`> ${e.text} [${e.id}]`);
  lines.push('', `Source: ${articleLine(a)}`);
  if (a.reused) lines.push(`From the stored FAQ: "${a.reused.question}"`);
  lines.push(`Confidence: ${a.confidence.toFixed(2)}`);
  return `${lines.join('\n')}\n`;
}

function articleLine(a: ArchiveAnswer): string {
  const r = a.article;
  if (!r) return 'none';
  const parts = [r.title ? `"${r.title}"` : undefined, r.date, `id ${r.id}`, r.source ? `file ${r.source}` : undefined].filter(Boolean);
  return parts.join(', ');
}

export function renderAskJson(a: ArchiveAnswer): string {
  const { ranked, ...rest } = a;
  return `${JSON.stringify({ ...rest, confidence: Math.round(a.confidence * 1000) / 1000, ranked: ranked.slice(0, 5) }, null, 2)}\n`;
}

export function renderAsk(format: AskFormat, a: ArchiveAnswer): string {
  return format === 'json' ? renderAskJson(a) : renderAskMarkdown(a);
}
