// "What has the Bank of America revealed?": a lead that reports a disclosure or finding by a named source.
// The clause rules ask about the reported clause and skip the report itself; when the lead is the news ("X has
// revealed that ..."), what X revealed is the reader's first question.
import type { Candidate } from '../../../types.js';
import type { Doc } from '../../../nlp/doc.js';
import { mainClause, analyseClause } from '../../../facts/clause.js';
import { cleanSentence } from '../answer.js';
import { renderSpan } from '../context.js';
import { invert, joinWords } from '../realise.js';
import { candidate, finishQuestion } from './shared.js';

/** Verbs that make news of what follows them; "say" and "tell" do not (every quote has them). */
const NEWS_VERBS = new Set(['reveal', 'announce', 'confirm', 'admit', 'deny', 'disclose', 'find', 'show', 'predict', 'claim', 'warn', 'concede', 'acknowledge']);

export function leadReportCandidates(doc: Doc): Candidate[] {
  const s = doc.sentences[0];
  if (!s || s.tokens.length > 50 || /^["“]/.test(s.text)) return [];
  const c = mainClause(s.tokens);
  if (!c || c.verb.copula || c.verb.passive || c.verb.negated || c.fronted) return [];
  const v = s.tokens[c.verb.main];
  if (!NEWS_VERBS.has(v.lemma)) return [];
  // Only a clause reported ("revealed (that) it has lost ..."), not an object ("announced a merger").
  const [r0, rEnd] = c.rest;
  const start = s.tokens[r0]?.lower === 'that' ? r0 + 1 : r0;
  if (!analyseClause(s.tokens, start, rEnd)) return [];
  // The source must be named: "A survey" or "Officials" tells a reader nothing.
  const named = s.entities.some((e) => e.start >= c.subject[0] && e.end <= c.subject[1] && e.type !== 'date' && e.type !== 'number');
  if (!named) return [];
  const subject = renderSpan(doc, s, c.subject[0], c.subject[1]);
  if (!subject || subject.split(' ').length > 8) return [];
  const [aux, subj, group] = invert(c, subject);
  const question = finishQuestion(joinWords(['What', aux, subj, group]));
  return [candidate('event', question, cleanSentence(s), [s.id], 0.6, 'lead.report', `report:${s.id}`)];
}
