// Questions readers ask that sentence-by-sentence generators rarely make (faq-guide.md): how something
// is done ("How did Yukos seek to halt the auction?") and advice ("What should borrowers do?").
import { cleanSentence } from '../answer.js';
import { candidate, evidenceOf, finishQuestion, restText, whQuestion, type FrameRule } from './shared.js';

/** People an article gives advice to. */
const ADVISED = /^(consumers|customers|people|users|borrowers|drivers|travellers|travelers|residents|patients|parents|taxpayers|investors|homeowners|renters|tenants|shoppers|voters|employers|workers|students|owners|viewers|readers|fans|passengers|motorists)$/i;

/** "... by cutting costs" -> "How did X reduce its losses?" */
export const mannerRule: FrameRule = (ctx) => {
  const { frame: f } = ctx;
  const { clause, s } = f;
  const t = s.tokens;
  if (!(f.named || ctx.lenient) || clause.verb.copula || clause.verb.negated) return [];
  const [r0, rEnd] = clause.rest;
  for (let k = r0 + 1; k < rEnd - 1; k++) {
    if (/^[,;:—–(]$/.test(t[k].text)) return [];
    if (t[k].lower !== 'by' || t[k + 1].pos !== 'VERB' || !/ing$/.test(t[k + 1].lower)) continue;
    if (clause.verb.passive) return [];
    const rest = restText(ctx, r0, k);
    if (rest === undefined || k - r0 > 10) return [];
    const question = whQuestion('How', f, rest);
    return [candidate('event', question, cleanSentence(s), evidenceOf(s), 0.75 * (0.5 + ctx.salience / 2), 'manner.by', `how:${f.subject}:${t[clause.verb.main].lemma}`)];
  }
  return [];
};

/** "Borrowers should check their balances ..." -> "What should borrowers do?" */
export const adviceRule: FrameRule = (ctx) => {
  const { frame: f } = ctx;
  const { clause, s } = f;
  const t = s.tokens;
  const first = clause.verb.auxes[0];
  if (first === undefined || !/^(should|can|must|could)$/.test(t[first].lower) || clause.verb.negated) return [];
  const [a, b] = clause.subject;
  const head = t[b - 1];
  if (!ADVISED.test(head.text)) return [];
  if (b - a > 3) return [];
  const modal = t[first].lower === 'must' ? 'should' : t[first].lower;
  const question = finishQuestion(`What ${modal} ${f.subject} do`);
  return [candidate('next', question, cleanSentence(s), evidenceOf(s), 0.8 * (0.5 + ctx.salience / 2), 'advice.modal', `advice:${f.subject}`)];
};
