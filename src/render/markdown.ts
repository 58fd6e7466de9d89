// Markdown output: one `###` heading per question, answer paragraph, citation line.
import type { Faq } from '../types.js';

export interface MarkdownOptions {
  /** Add a `Sources: [p0s1] ...` line under each answer (default true). */
  readonly evidence?: boolean;
}

/**
 * Escapes article-derived text for one line of Markdown: whitespace is collapsed (a newline
 * would end a heading or start a new block), inline syntax and raw HTML are neutralised,
 * and a line start that would begin a block (heading, quote, list, rule, fence) is escaped.
 */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const inline = flat
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    // `&amp;`-like sequences would be decoded; a plain "AT&T" is left readable.
    .replace(/&(?=#?\w+;)/g, '\\&')
    // A run of `#` preceded by a space at the end of a heading would be stripped as its closing sequence.
    .replace(/ (#+)$/, (_m, h: string) => ' ' + h.replace(/#/g, '\\#'));
  return inline
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2');
}

export function renderMarkdown(faq: Faq, opts: MarkdownOptions = {}): string {
  const evidence = opts.evidence ?? true;
  const { title, date } = faq.article;
  const out = [title ? `# FAQ: ${escapeMarkdown(title)}` : '# FAQ'];
  if (date) out.push('', `Article date: ${escapeMarkdown(date)}`);
  for (const p of faq.pairs) {
    out.push('', `### ${escapeMarkdown(p.question)}`, '', escapeMarkdown(p.answer));
    if (evidence && p.evidence.length > 0) {
      // Ids match ^p\d+s\d+$ (schema), so they need no escaping; unresolved [refs] render literally.
      out.push('', `Sources: ${p.evidence.map((e) => `[${e.id}]`).join(' ')}`);
    }
  }
  return out.join('\n') + '\n';
}
