// Questions readers ask that sentence-by-sentence generators rarely make (faq-guide.md):
// yes/no questions about what may happen ("Will the SUVs be built in Japan?"), how something is
// done ("How does the plan cut costs?"), and advice ("What should borrowers do?").
import { cleanSentence } from '../answer.js';
import { invert, joinWords } from '../realise.js';
import { candidate, evidenceOf, finishQuestion, restText, trimRest, whQuestion, type FrameRule } from './shared.js';

const PROSPECT_MODALS = /^(will|'ll|wo|could|may|might)$/;
const EXPECTED = /^(expected|likely|set|due|poised|scheduled|unlikely)$/;
/** People an article gives advice to. */
const ADVISED = /^(consumers|customers|people|users|borrowers|drivers|travellers|travelers|residents|patients|parents|taxpayers|investors|homeowners|renters|tenants|shoppers|voters|employers|workers|students|owners|viewers|readers|fans|passengers|motorists)$/i;

/** "Will X ...?" / "Could X ...?" / "Is X expected to ...?" from a forward-looking clause. */
export const prospectRule: FrameRule = (ctx) => {
  const { frame: f } = ctx;
  const { clause, s } = f;
  const t = s.tokens;
  if (clause.verb.negated || f.role === 'fronted') return [];
  // The subject or the rest must name something: "Will women be employed in Saudi Arabia's foreign ministry?"
  if (!(f.named || ctx.lenient) && !s.entities.some((e) => e.start >= clause.rest[0] && (e.type === 'country' || e.type === 'organisation' || e.type === 'person' || e.type === 'place'))) return [];
  const first = clause.verb.auxes[0];
  const modal = first !== undefined && PROSPECT_MODALS.test(t[first].lower);
  const expected = (clause.verb.copula && EXPECTED.test(t[clause.rest[0]]?.lower ?? '') && t[clause.rest[0] + 1]?.lower === 'to')
    || (EXPECTED.test(t[clause.verb.main].lower) && clause.verb.auxes.length > 0 && t[clause.rest[0]]?.lower === 'to');
  if (!modal && !expected) return [];
  // "may have helped", "will have taken": a past or completed possibility, not a prospect.
  if (modal && clause.verb.auxes.some((a) => /^(have|has|had)$/.test(t[a].lower))) return [];
  const [r0, rEnd] = clause.rest;
  const end = trimRest(f, r0, rEnd);
  if (end - r0 < 1 || end - r0 > 12) return [];
  const rest = restText(ctx, r0, end);
  if (rest === undefined) return [];
  if (clause.verb.copula && !expected) return [];
  const [aux, subj, group] = invert(clause, f.subject);
  const question = finishQuestion(joinWords([aux === "'ll" ? 'will' : aux, subj, group, rest]));
  // The answer says how sure the article is: "Yes." for will and expected, "Possibly." for may, might, could.
  const sure = expected || /^(will|'ll|wo)$/.test(t[first ?? clause.verb.main].lower);
  const lead = sure ? 'Yes.' : 'Possibly.';
  return [candidate('next', question, `${lead} ${cleanSentence(s)}`, evidenceOf(s), 0.6 * (0.5 + ctx.salience / 2), 'prospect.yes-no', `prospect:${f.subject}:${t[clause.verb.main].lemma}`)];
};

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
