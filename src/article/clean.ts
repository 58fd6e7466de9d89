// Drop boilerplate paragraphs (rules in boilerplate.ts) from a body, conservatively.
import { BOILERPLATE_RULES, LEADING_LABEL, LEAD_END_WORDS, LEAD_MAX_PARAGRAPHS, type BoilerplateRule } from './boilerplate.js';
import { countWords } from './text.js';
import { COUNTRIES, PLACES } from '../lang/en/places.js';
import { escapeRegExp } from '../nlp/regexp.js';

export interface CleanResult {
  readonly paragraphs: string[];
  /** What was dropped and why, for diagnostics and tests. */
  readonly dropped: { readonly text: string; readonly rule: string }[];
}

/** A leading "Label:" of at most 40 characters (a speaker in a transcript, or a link label). */
const LABEL = /^([^:\n]{1,40}):/;

/**
 * Labels also used as "Label: text" (with a space): speakers of a transcript or Q&A. A glued
 * "Speaker:Text" with such a label is a speaker's turn with a typo, not a promo link.
 */
function speakerLabels(paragraphs: readonly string[]): Set<string> {
  const labels = new Set<string>();
  for (const p of paragraphs) {
    const m = /^([^:\n]{1,40}): \S/.exec(p);
    if (m) labels.add(m[1]);
  }
  return labels;
}

function matchRule(text: string, inLead: boolean, speakers: Set<string>): BoilerplateRule | undefined {
  const words = countWords(text);
  return BOILERPLATE_RULES.find(
    (r) =>
      (r.zone === 'anywhere' || inLead) &&
      words <= r.maxWords &&
      r.pattern.test(text) &&
      !(r.id === 'glued-link' && speakers.has(LABEL.exec(text)?.[1] ?? '')),
  );
}

/** Countries and US states a dateline names after its city. */
const DATELINE_REGIONS = [...Object.keys(COUNTRIES), ...PLACES].filter((x) => /^\p{Lu}[\p{L} ]+$/u.test(x)).sort((a, b) => b.length - a.length);
const RUN_IN_DATELINE = new RegExp(`^\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,2}, (?:${DATELINE_REGIONS.map(escapeRegExp).join('|')}) (?=\\p{Lu}[\\p{L}]* \\p{Lu})`, 'u');

/** "Seoul, South Korea North Korean leader Kim Jong Un declared ...": a dateline run into the lead, without the
 *  "(CNN)" or dash that LEADING_LABEL knows it by. Only a city, a country or state, then two capitalised words. */
function withoutRunInDateline(text: string): string {
  return text.replace(RUN_IN_DATELINE, '');
}

/**
 * Remove boilerplate paragraphs. `extra` are exact texts to drop in the lead zone too (e.g. the
 * byline an HTML page declares). A body is never emptied: if every paragraph matched, keep them all.
 */
export function dropBoilerplate(paragraphs: readonly string[], extra: readonly string[] = []): CleanResult {
  const speakers = speakerLabels(paragraphs);
  const kept: string[] = [];
  const dropped: { text: string; rule: string }[] = [];
  // The lead zone (bylines, datelines) lasts until the first paragraph long enough to be body text.
  let inLead = true;
  paragraphs.forEach((original, i) => {
    const text = inLead ? withoutRunInDateline(original.replace(LEADING_LABEL, '')) : original.replace(LEADING_LABEL, '');
    if (i >= LEAD_MAX_PARAGRAPHS) inLead = false;
    const rule = matchRule(text, inLead, speakers);
    if (rule) dropped.push({ text, rule: rule.id });
    else if (inLead && extra.includes(text)) dropped.push({ text, rule: 'declared-byline' });
    else {
      kept.push(text);
      // (Only kept text starts the body: a long newsletter promo dropped before "CNN —" does not.)
      if (countWords(text) >= LEAD_END_WORDS) inLead = false;
    }
  });
  if (kept.length === 0) return { paragraphs: [...paragraphs], dropped: [] };
  return { paragraphs: kept, dropped };
}
