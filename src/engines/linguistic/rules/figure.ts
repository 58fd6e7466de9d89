// "How many projects does the implementation plan consist of?", "By how much did sales rise?"
import { leadAnswer } from '../answer.js';
import { joinWords } from '../realise.js';
import { PLAN_NOUNS, partiesPrefix, renderSpan } from '../context.js';
import { candidate, evidenceOf, finishQuestion, restText, trimRest, whQuestion, type FrameRule } from './shared.js';

const CHANGE_VERBS = new Set(['total', 'reach', 'rise', 'fall', 'increase', 'decrease', 'drop', 'grow', 'decline', 'jump', 'climb', 'slump', 'gain', 'lose', 'surge', 'plunge', 'slip', 'soar', 'shrink', 'tumble', 'dip', 'edge', 'expand', 'contract', 'slide', 'sink', 'rebound', 'cut', 'raise', 'reduce', 'boost', 'lift', 'lower']);
/** Subjects that are counts, whose "rose to 22" gives the count: "the death toll", "the number of cases". */
/** Counts of abstractions say little without what they are: "How many huge developments crashed into Trump's legal
 *  teams?", "How many changes have Scotland made?" (raters failed both). */
const ABSTRACT_COUNTS = new Set(['development', 'thing', 'factor', 'reason', 'issue', 'way', 'aspect', 'element', 'idea', 'lesson', 'moment', 'sign', 'takeaway', 'change']);
const COUNT_HEADS = new Set(['toll', 'number', 'total', 'tally', 'count', 'population', 'attendance', 'turnout', 'membership', 'headcount', 'workforce']);
const MILESTONES = /^(mark|level|barrier|threshold|milestone|figure)$/;
const CONTAIN_VERBS = new Set(['consist', 'comprise', 'include', 'involve', 'contain', 'cover', 'feature']);
const YEARISH = /^(1[89]\d\d|20\d\d)$/;

/** Where a figure's approximation starts ("nearly 3,000", "more than $1m", "up to 40%"): the answer keeps it, or
 *  "3,000 comments" would claim an exact count the article does not give. */
function approximationStart(tokens: readonly { lower: string }[], k: number): number {
  const one = /^(about|nearly|almost|roughly|around|approximately|some|over|under|just|only|barely|circa)$/;
  const pairs: Record<string, RegExp> = { than: /^(more|less|fewer)$/, to: /^up$/, least: /^at$/, most: /^at$/ };
  let a = k;
  for (;;) {
    const w = tokens[a - 1]?.lower ?? '';
    if (pairs[w]?.test(tokens[a - 2]?.lower ?? '')) a -= 2;
    else if (one.test(w)) a--;
    else return a;
  }
}

/** A "NUM NOUN" at k: a count with its plural noun (adjectives allowed between). */
export function countAt(tokens: readonly { pos: string; text: string; lower: string }[], k: number): number | undefined {
  if (tokens[k]?.pos !== 'NUM' || YEARISH.test(tokens[k].text)) return undefined;
  let j = k + 1;
  while (tokens[j]?.pos === 'NUM') j++;
  // Modifiers before the counted noun: "two metatarsal bones", "three new oil fields".
  while ((tokens[j]?.pos === 'ADJ' || tokens[j]?.pos === 'NOUN' && tokens[j + 1]?.pos === 'NOUN') && j - k < 4) {
    // ("240 people hostages": a plural before another noun is the count's own noun, in apposition.)
    if (tokens[j].pos === 'NOUN' && /^(people|men|women|children)$/.test(tokens[j].lower)) return undefined;
    j++;
  }
  // Money is asked with "how much", never "how many dlrs".
  if (tokens[j]?.pos === 'NOUN' && /s$/.test(tokens[j].lower) && !/^(dlrs|dollars|euros|pounds|yen|francs|marks|pesos|rupees|cents|pence)$/.test(tokens[j].lower)) return j;
  return undefined;
}

export const figureRule: FrameRule = (ctx) => {
  const { frame: f, doc } = ctx;
  const { clause, s } = f;
  const t = s.tokens;
  const [r0, rEnd] = clause.rest;
  const v = t[clause.verb.main];
  const score = 0.85 * (0.6 + ctx.salience / 2.5);
  const topic = (noun: string) => `figure:${noun}:${s.id}`;
  // Percent or money after a verb of change.
  if (CHANGE_VERBS.has(v.lemma) && !clause.verb.copula) {
    // ("The death toll rose to 22": a count's new level is a figure too, asked "What did X rise to?".)
    const head = t[clause.subject[1] - 1].lemma;
    const fig = s.entities.find((e) => (e.type === 'percent' || e.type === 'money' || e.type === 'number' && COUNT_HEADS.has(head) && t[e.start - 1]?.lower === 'to') && e.start >= r0 && e.start <= r0 + 3);
    // "reached the £3.3 trillion mark in 2004" -> "What did X reach in 2004?": a milestone is a level.
    const milestone = fig && v.lemma === 'reach' && fig.start === r0 + 1 && t[r0].pos === 'DET' && MILESTONES.test(t[fig.end]?.lower ?? '');
    if (fig && milestone) {
      const end = Math.max(trimRest(f, fig.end, rEnd), fig.end + 1);
      const after = restText(ctx, fig.end + 1, end);
      if (after === undefined) return [];
      return [candidate('figure', whQuestion('What', f, after), leadAnswer(s.text.slice(t[r0].start, t[fig.end].end), s), evidenceOf(s), score, 'figure.change', topic(v.lemma))];
    }
    // ("cut 10% of its global workforce", "lost 40% of buying power": a share of something, not a change by.)
    if (fig && t[fig.end]?.lower === 'of') return [];
    if (fig) {
      // "lifted interest rates 0.25% to 5.5%" -> "By how much did X lift interest rates?"
      // "raised about $3.3 million", "raised nearly $1.6 million": the approximation goes with the figure.
      let objEnd = fig.start;
      while (objEnd > r0 && /^(about|nearly|almost|roughly|around|some|approximately|over|under|just|only|more|less|than|up|to|by)$/.test(t[objEnd - 1].lower)) objEnd--;
      // The figure must belong to this clause: "output rose 3.1 pct while hours increased 4.3 pct" is no object.
      if (objEnd > r0 && trimRest(f, r0, objEnd) < objEnd) return [];
      const object = objEnd > r0 ? restText(ctx, r0, objEnd) : '';
      // (From the figure's last word, so "1.9 pct while hours rose ..." stops at "while".)
      const end = Math.max(trimRest(f, fig.end - 1, rEnd), fig.end);
      const after = t[fig.end]?.lower === 'to' || t[fig.end]?.lower === 'from' ? '' : restText(ctx, fig.end, end);
      if (after === undefined || object === undefined) return [];
      // "rose to 650 billion yen" gives the new level, not the change: "What did X rise to?".
      if (/^(from|than)$/.test(t[fig.start - 1]?.lower ?? '')) return [];
      const level = t[fig.start - 1]?.lower === 'to' && v.lemma !== 'total' && v.lemma !== 'reach';
      if (level && object) return [];
      // ("reached 107.1 pct", "totalled 3 pct": a level reached is no change, and "By how much did X reach?" is
      // no English.)
      const reached = v.lemma === 'reach' || v.lemma === 'total' && fig.type === 'percent';
      const q = level
        ? whQuestion('What', f, `to ${after}`.trim())
        : whQuestion(reached ? 'What' : fig.type === 'percent' ? 'By how much' : 'How much', f, `${object} ${after}`.trim());
      const from = level ? fig.start : Math.max(objEnd, approximationStart(t, fig.start));
      return [candidate('figure', q, leadAnswer(s.text.slice(t[from].start, t[fig.end - 1].end), s), evidenceOf(s), score, 'figure.change', topic(v.lemma))];
    }
  }
  // "Shares in Manchester United were up over 5% by noon" -> "By how much were shares in Manchester United up by noon?"
  if (clause.verb.copula && /^(up|down)$/.test(t[r0]?.lower ?? '')) {
    const fig = s.entities.find((e) => (e.type === 'percent' || e.type === 'money') && e.start > r0 && e.start <= r0 + 3);
    if (fig && t.slice(r0 + 1, fig.start).every((x) => /^(about|nearly|almost|roughly|around|over|just|more|than|by)$/.test(x.lower))) {
      let end = Math.max(trimRest(f, fig.end - 1, rEnd), fig.end);
      // "up 6% at 458.5p": the price reached is part of the answer, not the question.
      for (let k = fig.end; k < end; k++) if (t[k].lower === 'at' && /^(NUM|SYM)$/.test(t[k + 1]?.pos ?? '')) { end = k; break; }
      // "down 8.69% and about 6%, respectively", "down 4% in 2004 to 789m euros": a second figure is no question.
      const second = s.entities.some((e) => (e.type === 'percent' || e.type === 'money') && e.start >= fig.end && e.start < end) || t[fig.end]?.lower === 'and';
      const after = /^(to|from)$/.test(t[fig.end]?.lower ?? '') ? '' : restText(ctx, fig.end, end);
      if (after !== undefined && !second) {
        const q = whQuestion(fig.type === 'percent' ? 'By how much' : 'How much', f, `${t[r0].lower} ${after}`.trim());
        return [candidate('figure', q, leadAnswer(s.text.slice(t[r0 + 1].start, t[fig.end - 1].end), s), evidenceOf(s), score, 'figure.up-down', topic(t[r0].lower))];
      }
    }
  }
  for (let k = r0; k < rEnd; k++) {
    const noun = countAt(t, k);
    if (noun === undefined || ABSTRACT_COUNTS.has(t[noun].lemma)) continue;
    const figure = s.text.slice(t[approximationStart(t, k)].start, t[noun].end);
    const nounText = t.slice(k + 1, noun + 1).filter((x) => x.pos !== 'NUM').map((x) => x.text).join(' ');
    // Object position: "unveiled 130 projects" -> "How many projects did X unveil?"
    if (t[noun + 1]?.lower === 'of') continue;
    // ("two hours' free sports training": a measure owning the noun after it is no count of its own.)
    if (/['’]$/.test(t[noun].text) || /^['’]$/.test(t[noun + 1]?.text ?? '')) continue;
    // "exist 10 years from now", "closed two years ago": a time from the present, not a count.
    if (/^(ago|later|earlier|hence)$/.test(t[noun + 1]?.lower ?? '') || t[noun + 1]?.lower === 'from' && t[noun + 2]?.lower === 'now') continue;
    if (k === r0 && !clause.verb.copula) {
      const end = trimRest(f, noun + 1, rEnd);
      const after = restText(ctx, noun + 1, end);
      if (after === undefined) return [];
      // "How many loans did the ADB approve totalling 250 million dollars?", "... while The Aviator has 11?", "...
      // with his ex-wife named Naomi?": what follows gives the answer away or belongs to another clause.
      if (/\b(totall?ing|worth|valued|named|called|while|whereas|as both)\b|(^|\s)[-—–](\s|$)/.test(after)) return [];
      return [candidate('figure', whQuestion(`How many ${nounText}`, f, after), leadAnswer(figure, s), evidenceOf(s), score, 'figure.object', topic(t[noun].lemma))];
    }
    // "a plan consisting of 130 projects" -> "How many projects does the plan consist of?"
    const verbAt = t[k - 1]?.lower === 'of' ? k - 2 : k - 1;
    const cv = t[verbAt];
    if (cv && CONTAIN_VERBS.has(cv.lemma) && /ing$/.test(cv.lower)) {
      let a = verbAt;
      while (a > r0 && t[a - 1].pos !== 'DET' && (t[a - 1].pos === 'NOUN' || t[a - 1].pos === 'ADJ' || t[a - 1].pos === 'PROPN')) a--;
      if (a > r0 && t[a - 1].pos === 'DET') a--;
      const np = renderSpan(doc, s, a, verbAt);
      if (!np || verbAt - a < 2) continue;
      // "a comprehensive implementation plan" -> "the Japan-ASEAN comprehensive implementation plan".
      const parties = PLAN_NOUNS.has(t[verbAt - 1].lemma) && /^(a|an)\s/i.test(np) ? partiesPrefix(doc) : undefined;
      const theNp = np.replace(/^(a|an)\s+/i, parties && !np.includes(parties) ? `the ${parties} ` : 'the ');
      const plural = /s$/.test(t[verbAt - 1].lower);
      const q = finishQuestion(joinWords([`How many ${nounText}`, plural ? 'do' : 'does', theNp, cv.lemma, t[verbAt + 1]?.lower === 'of' ? 'of' : '']));
      return [candidate('figure', q, leadAnswer(figure, s), evidenceOf(s), score, 'figure.contains', topic(t[noun].lemma))];
    }
  }
  // A count in the subject: "Five people were killed ..." -> "How many people were killed ...?"
  const [sa, sb] = clause.subject;
  const noun = countAt(t, sa);
  if (noun !== undefined && noun === sb - 1 && !clause.verb.negated && !ABSTRACT_COUNTS.has(t[noun].lemma)) {
    const nounText = t.slice(sa + 1, noun + 1).filter((x) => x.pos !== 'NUM').map((x) => x.text).join(' ');
    const end = trimRest(f, r0, rEnd);
    const group = s.text.slice(t[clause.verb.start].start, t[clause.verb.end - 1].end);
    const rest = restText(ctx, r0, end);
    if (rest === undefined || end - r0 > 14) return [];
    const q = finishQuestion(joinWords([`How many ${nounText}`, group, rest]));
    return [candidate('figure', q, leadAnswer(s.text.slice(t[approximationStart(t, sa)].start, t[noun].end), s), evidenceOf(s), score, 'figure.subject', topic(t[noun].lemma))];
  }
  return [];
};
