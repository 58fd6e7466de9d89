// SQuAD v1.1 scoring (the official script's normalisation), plus sentence accuracy and abstention, for
// `newsfaq eval ask`. Kept separate so anyone can score a predictions file the same way.

/** Lower-case, drop punctuation, drop a/an/the, collapse whitespace (SQuAD's normalize_answer). */
export function normalizeAnswer(s: string): string {
  let t = s.toLowerCase();
  t = t.replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g, '');
  t = t.replace(/\b(a|an|the)\b/g, ' ');
  return t.split(/\s+/).filter(Boolean).join(' ');
}

export function exactMatch(prediction: string, gold: string): number {
  return normalizeAnswer(prediction) === normalizeAnswer(gold) ? 1 : 0;
}

export function f1Score(prediction: string, gold: string): number {
  const p = normalizeAnswer(prediction).split(' ').filter(Boolean);
  const g = normalizeAnswer(gold).split(' ').filter(Boolean);
  if (p.length === 0 || g.length === 0) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of g) counts.set(w, (counts.get(w) ?? 0) + 1);
  let same = 0;
  for (const w of p) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      same++;
      counts.set(w, c - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Best over the gold answers; with no gold answers (unanswerable) only an empty prediction scores 1. */
export function bestOver(metric: (p: string, g: string) => number, prediction: string, golds: readonly string[]): number {
  if (golds.length === 0) return prediction.trim() === '' ? 1 : 0;
  if (prediction.trim() === '') return 0;
  return Math.max(...golds.map((g) => metric(prediction, g)));
}

/** The cited sentence contains a gold answer (both normalised; word boundaries respected). */
export function sentenceHasAnswer(sentence: string, golds: readonly string[]): boolean {
  const s = ` ${normalizeAnswer(sentence)} `;
  return golds.some((g) => {
    const n = normalizeAnswer(g);
    return n !== '' && s.includes(` ${n} `);
  });
}
