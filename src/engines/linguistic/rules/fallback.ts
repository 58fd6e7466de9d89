// Fallback questions, asked only in the lenient pass for articles that gave almost nothing: their
// acceptance in blind ratings was low (where: 17-33%, who-did: 29%), but an article without any FAQ
// serves readers worse. Each stays supported: the answer is the evidence sentence.
import { COUNTRIES } from '../../../lang/en/places.js';
import { leadAnswer } from '../answer.js';
import { candidate, evidenceOf, restText, trimRest, whQuestion, type FrameRule } from './shared.js';
export { subjectRule } from './subject.js';

/** "Where did leaders from Japan and ASEAN convene?" from "in Tokyo". */
export const placeRule: FrameRule = (ctx) => {
  const { frame: f } = ctx;
  const { clause, s } = f;
  if (clause.verb.copula || clause.verb.negated || f.role !== 'main') return [];
  const t = s.tokens;
  const [r0, rEnd] = clause.rest;
  const end = trimRest(f, r0, rEnd);
  for (let k = r0; k < end - 1; k++) {
    if (!/^(in|at)$/.test(t[k].lower)) continue;
    const ent = s.entities.find((e) => e.start === k + 1 || (e.start === k + 2 && t[k + 1].lower === 'the'));
    if (!ent || (ent.type !== 'place' && ent.type !== 'country')) continue;
    if (t[ent.end]?.text === "'s" || t[ent.end]?.text === '’s' || t[ent.end]?.pos === 'NOUN') continue;
    // "in Utah and California" or "in Iraq, Kabul ...": a list of places is not one answer.
    if (/^(and|or|,)$/.test(t[ent.end]?.text ?? '')) continue;
    // A place the headline names is an answer the reader already has ("Where are EU leaders meeting?" under
    // "EU leaders meet in Brussels").
    if (ctx.doc.article.title?.includes(ent.text)) return [];
    const before = restText(ctx, r0, k);
    const after = ent.end < end ? restText(ctx, ent.end, end) : '';
    if (before === undefined || after === undefined) return [];
    const rest = `${before} ${after}`.trim();
    if (rest.split(' ').length > 10) return [];
    const question = whQuestion('Where', f, rest);
    const place = s.text.slice(t[k].start, t[ent.end - 1].end);
    const weight = COUNTRIES[ent.text] ? 0.5 : 0.6;
    const v = t[clause.verb.main];
    return [candidate('place', question, leadAnswer(place, s), evidenceOf(s), weight * (0.5 + ctx.salience / 2), 'place.where', `where:${v.lemma}:${s.id}`)];
  }
  return [];
};
