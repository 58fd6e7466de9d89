// Plain-text tables for the eval commands: compact, fixed-width, no colours.
import { PAIR_KINDS } from '../types.js';
import { GUIDE_MIX, WH_FORMS } from './checks.js';
import type { FaqEvalReport, SetReport } from './faq-eval.js';

/** Format rows as columns: the first column left-aligned, the others right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function pct(n: number, of: number, digits = 1): string {
  return of ? `${((100 * n) / of).toFixed(digits)}%` : 'n/a';
}

function num(n: number, digits = 1): string {
  return n.toFixed(digits);
}

function int(n: number): string {
  return n.toLocaleString('en-US');
}

function counts(rec: Record<string, number>): string {
  const parts = Object.entries(rec).filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${int(v)}`);
  return parts.length ? parts.join(', ') : 'none';
}

function mainRow(r: SetReport): string[] {
  const errors = r.readErrors.length + r.generationErrors.length;
  return [
    r.set,
    int(r.articles) + (errors ? ` (+${errors} err)` : ''),
    int(r.pairs),
    num(r.pairsPerArticle.mean),
    `${r.pairsPerArticle.min}-${r.pairsPerArticle.max}`,
    int(r.pairsPerArticle.zero),
    int(r.support.failures),
    pct(r.wellFormed.failures, r.pairs),
    int(r.duplicates.pairs),
    pct(r.questionWords.over20, r.pairs),
    num(r.questionWords.mean),
    num(r.answerWords.mean),
    r.time.timePairs ? `${pct(r.time.resolved, r.time.timePairs, 0)} of ${r.time.timePairs}` : 'n/a',
  ];
}

function shareTable(title: string, keys: readonly string[], reports: readonly SetReport[], pick: (r: SetReport) => Record<string, number>, extra: { header: string; value: (k: string) => string }[] = []): string {
  const header = [title, ...reports.map((r) => r.set), ...extra.map((e) => e.header)];
  const rows = keys
    .filter((k) => reports.some((r) => pick(r)[k]) || extra.some((e) => e.value(k) !== '-' && e.value(k) !== '0.0%'))
    .map((k) => [k, ...reports.map((r) => pct(pick(r)[k] ?? 0, r.pairs)), ...extra.map((e) => e.value(k))]);
  return formatTable(header, rows);
}

/** The report of `newsfaq eval faq` as printed. */
export function formatFaqEval(report: FaqEvalReport): string {
  const { meta, sets, overall: all, journalist: j } = report;
  const out: string[] = [];
  out.push(
    `newsfaq ${meta.version} eval faq: ${int(all.articles)} articles, ${int(all.pairs)} pairs, ${meta.seconds} s ` +
      `(generation ${num(all.generationMs / 1000)} s, ${num(all.articles ? all.generationMs / all.articles : 0)} ms/article)` +
      (meta.limit !== undefined ? `, at most ${meta.limit} per set` : ''),
  );
  out.push('');
  const reports = sets.length > 1 ? [...sets, all] : sets;
  out.push(
    formatTable(
      ['set', 'articles', 'pairs', 'pairs/art', 'min-max', 'ZERO', 'unsupported', 'malformed', 'dups', 'q>20w', 'q words', 'a words', 'time dated'],
      reports.map(mainRow),
    ),
  );
  out.push('');
  out.push(`ARTICLES WITH 0 PAIRS: ${int(all.pairsPerArticle.zero)} of ${int(all.articles)} (${pct(all.pairsPerArticle.zero, all.articles)})` +
    (all.pairsPerArticle.zero ? `: ${all.pairsPerArticle.zeroFiles.slice(0, 8).join(', ')}${all.pairsPerArticle.zero > 8 ? ', ...' : ''}` : ''));
  out.push(`articles with fewer pairs than the default count: ${int(all.pairsPerArticle.belowTarget)} of ${int(all.articles)} (${pct(all.pairsPerArticle.belowTarget, all.articles)}); ` +
    `mean default count ${num(all.pairsPerArticle.target)}, mean pairs ${num(all.pairsPerArticle.mean)}`);
  const errors = [...all.readErrors.map((e) => ({ ...e, what: 'read' })), ...all.generationErrors.map((e) => ({ ...e, what: 'generate' }))];
  if (errors.length) out.push(`errors: ${errors.length} (${errors.slice(0, 5).map((e) => `${e.file} ${e.what}: ${e.message}`).join('; ')})`);
  out.push(`unsupported (shared verifier on published pairs): ${int(all.support.failures)} (${counts(all.support.byRule)})`);
  out.push(`malformed: ${int(all.wellFormed.failures)} pairs (${pct(all.wellFormed.failures, all.pairs)}): ${counts(all.wellFormed.byReason)}`);
  out.push(`duplicates: ${int(all.duplicates.pairs)} pairs in ${int(all.duplicates.faqs)} FAQs (rule hits: ${counts(all.duplicates.byRule)})`);
  out.push(`time pairs in dated articles with a resolved date (year or month): ${int(all.time.resolved)} of ${int(all.time.timePairs)} (${pct(all.time.resolved, all.time.timePairs)})`);
  out.push('');
  out.push(shareTable('kind', PAIR_KINDS, reports, (r) => r.kinds));
  out.push('');
  const jShare = (k: string) => (j ? pct(j.whForms[k as keyof typeof j.whForms] ?? 0, j.questions) : '-');
  const guide = (k: string) => {
    const g = GUIDE_MIX[k as keyof typeof GUIDE_MIX];
    return g === undefined ? '-' : `${Math.round(g * 100)}%`;
  };
  out.push(shareTable('form', WH_FORMS, reports, (r) => r.whForms, [...(j ? [{ header: 'journalists', value: jShare }] : []), { header: 'guide', value: guide }]));
  if (j) {
    out.push('');
    out.push(
      `journalists' questions (news_faq): ${int(j.questions)}; asked ${int(j.asked)} (${pct(j.asked, j.questions)}), ` +
        `asked with evidence in the journalist's answer ${int(j.grounded)} (${pct(j.grounded, j.questions)})`,
    );
    out.push(
      `  matched by: question ${int(j.byRoute.question)}, evidence ${int(j.byRoute.evidence)}, both ${int(j.byRoute.both)}; ` +
        `generated pairs matching a journalist question: ${int(j.generatedMatching)} of ${int(j.generatedPairs)} (${pct(j.generatedMatching, j.generatedPairs)})` +
        (j.missingArticle ? `; ${j.missingArticle} questions without a generated FAQ` : ''),
    );
    out.push(
      `  asked by form: ${WH_FORMS.filter((f) => j.byForm[f].questions)
        .map((f) => `${f} ${pct(j.byForm[f].asked, j.byForm[f].questions, 0)} of ${j.byForm[f].questions}`)
        .join(', ')}`,
    );
  }
  return `${out.join('\n')}\n`;
}
