// "Why has the focus of the partnership shifted towards security?", "Why are many ASEAN nations reluctant to take sides?"
import { cleanSentence } from '../answer.js';
import { COMPLEMENT_TO, candidate, evidenceOf, restText, whQuestion, type FrameRule } from './shared.js';

const CAUSE_ONE = new Set(['because', 'amid']);
const CAUSE_TWO = new Set(['due to', 'owing to', 'thanks to', 'because of', 'in response to', 'as a result of']);
const FRONTED_CAUSE = new Set(['as', 'because', 'since']);

export const causeRule: FrameRule = (ctx) => {
  const { frame: f } = ctx;
  const { clause, s } = f;
  const t = s.tokens;
  const [r0, rEnd] = clause.rest;
  const v = t[clause.verb.main];
  const ask = (restEnd: number, origin: string, kind: 'cause' | 'purpose') => {
    // The remainder before the reason, without a trailing comma.
    let end = restEnd;
    while (end > r0 && /^[,;:]$/.test(t[end - 1].text)) end--;
    const rest = restText(ctx, r0, end);
    if (rest === undefined) return [];
    if (end - r0 > 16) return [];
    const question = whQuestion('Why', f, rest);
    const weight = kind === 'cause' ? 0.95 : 0.75;
    return [candidate(kind, question, cleanSentence(s), evidenceOf(s), weight * (0.5 + ctx.salience / 2), origin, `why:${f.subject}:${v.lemma}`)];
  };
  // A fronted reason: "As China's assertiveness has become a concern, the focus ... has shifted ...".
  if (f.role === 'main' && clause.fronted && clause.frontedBy && FRONTED_CAUSE.has(clause.frontedBy)) {
    const [fa, fb] = clause.fronted;
    const hasVerb = t.slice(fa, fb).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    if (hasVerb) {
      let end = rEnd;
      for (let k = r0; k < rEnd; k++) if (t[k].text === ',' || t[k].text === ';') { end = k; break; }
      return ask(end, 'cause.fronted', 'cause');
    }
  }
  for (let k = r0; k < rEnd; k++) {
    const one = t[k].lower;
    const two = `${one} ${t[k + 1]?.lower ?? ''}`;
    const four = `${two} ${t[k + 2]?.lower ?? ''} ${t[k + 3]?.lower ?? ''}`;
    if (CAUSE_ONE.has(one) || CAUSE_TWO.has(two) || CAUSE_TWO.has(four.split(' ').slice(0, 3).join(' ')) || CAUSE_TWO.has(four)) {
      if (k === r0) return [];
      return ask(k, 'cause.marker', 'cause');
    }
  }
  // Purpose: "convened in Tokyo to discuss ..." (not "pledged to support", a complement).
  if (!COMPLEMENT_TO.has(v.lemma) && !clause.verb.copula) {
    for (let k = r0 + 1; k < rEnd - 1; k++) {
      if (t[k].text === ',' ) break;
      if (t[k].lower === 'to' && t[k + 1].pos === 'VERB' && t[k - 1].pos !== 'VERB' && t[k + 1].lower === t[k + 1].lemma) {
        const between = t.slice(r0, k);
        if (between.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) break;
        return ask(k, 'purpose.to', 'purpose');
      }
    }
  }
  return [];
};
