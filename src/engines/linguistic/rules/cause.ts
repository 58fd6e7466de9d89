// "Why has the focus of the partnership shifted towards security?", "Why are many ASEAN nations reluctant to take sides?"
import { cleanSentence, leadAnswer } from '../answer.js';
import { candidate, evidenceOf, finishQuestion, isBaseline, purposeMarker, restText, trimRest, whQuestion, type FrameRule } from './shared.js';
import type { Token } from '../../../nlp/doc.js';

const CAUSE_ONE = new Set(['because', 'amid']);
/** Moves of a price or a figure, whose "as ..." clause is the reason given ("fell 2% as demand cooled"). */
const MARKET_MOVES = new Set(['rise', 'fall', 'drop', 'jump', 'climb', 'slump', 'surge', 'plunge', 'slip', 'soar', 'tumble', 'dip', 'decline', 'ease', 'sink', 'slide', 'rally', 'gain', 'lose', 'weaken', 'strengthen', 'close', 'trade']);
/** Moves and stops whose "amid ..." or "after ..." gives the reason. */
const AMID_MOVES = new Set([...MARKET_MOVES, 'end', 'resign', 'quit', 'step', 'cancel', 'delay', 'postpone', 'suspend', 'halt', 'withdraw']);
const CAUSE_TWO = new Set(['due to', 'owing to', 'thanks to', 'because of', 'in response to', 'as a result of']);
// "since" is left out: a fronted "Since the study group met, ..." is a time more often than a reason.
const FRONTED_CAUSE = new Set(['as', 'because']);
/** Verbs whose remainder is itself the cause: "The slump stems from ...", "The loss resulted from ...". */
const CAUSED_BY = new Set(['stem', 'result', 'arise', 'derive', 'spring']);
/** Actions done for a purpose, whose "to ..." says why ("convened in Tokyo to discuss"); "scored twice to give ..." says what followed. */
const DELIBERATE = new Set([
  'meet', 'convene', 'travel', 'visit', 'go', 'come', 'fly', 'use', 'spend', 'invest', 'borrow', 'hire', 'introduce',
  'launch', 'create', 'build', 'set', 'cut', 'sell', 'buy', 'sign', 'change', 'form', 'call', 'hold', 'vote', 'sue',
  'file', 'conclude', 'deploy', 'send', 'return', 'move', 'join', 'team', 'partner', 'raise', 'offer', 'pay', 'donate',
  'organise', 'organize', 'open', 'close', 'shut', 'close', 'suspend', 'restructure', 'merge', 'acquire', 'propose',
  'plan', 'design', 'develop', 'adopt', 'pass', 'approve', 'allocate', 'earmark', 'release', 'write', 'march', 'protest',
  'gather', 'rally', 'strike', 'fight', 'campaign', 'lobby', 'apply', 'seek', 'work', 'act', 'intervene', 'step',
]);
/** Passive verbs whose "for ..." gives the reason: "fined for", "arrested for", "praised for". */
const SANCTIONS = new Set(['fine', 'arrest', 'jail', 'charge', 'sue', 'ban', 'suspend', 'criticise', 'criticize', 'praise', 'blame', 'punish', 'sentence', 'convict', 'investigate', 'sack', 'fire', 'penalise', 'penalize', 'reward', 'honour', 'honor', 'award', 'recall', 'prosecute', 'indict', 'expel', 'disqualify', 'condemn', 'reprimand', 'warn']);
/** Nouns whose infinitive says what, not why: "the right to vote", "a bid to buy". */
const NOUN_COMPLEMENT = new Set([
  'right', 'bid', 'offer', 'support', 'funding', 'money', 'permission', 'backing', 'commitment', 'plan', 'attempt', 'effort', 'decision', 'time', 'way', 'chance', 'ability', 'need',
  'power', 'authority', 'permission', 'proposal', 'agreement', 'deal', 'move', 'promise', 'pledge', 'push', 'call',
  'order', 'motion', 'vote', 'campaign', 'drive', 'opportunity', 'intention', 'desire', 'option', 'license',
  'licence', 'approval', 'request', 'permit', 'player', 'team', 'person', 'company', 'country', 'one', 'thing',
  // ("despite George Bush's refusal to sign", "joined the race to sign", "a poll to find", "bills to increase
  // taxes", "techniques to prove": the infinitive says what the thing is.)
  'refusal', 'failure', 'reluctance', 'willingness', 'readiness', 'determination', 'race', 'battle', 'fight', 'rush',
  'scramble', 'quest', 'hunt', 'search', 'poll', 'contest', 'competition', 'strategy', 'scheme', 'initiative',
  'programme', 'program', 'bill', 'law', 'measure', 'technique', 'tool', 'technology', 'system', 'mission', 'mandate',
  'obligation', 'duty', 'incentive', 'pressure', 'deadline', 'tendency', 'capacity', 'freedom', 'reason',
]);
const SUPERLATIVE = /^(first|last|only|next|youngest|oldest|latest|biggest|largest|(\w+est))$/;

/**
 * "As China's assertiveness has become a concern" gives a reason; "As the coffin enters", "As he prepared for the
 * service" or "As agencies continue to investigate" only a time (raters failed every such why-question). A state
 * or a completed change reads as a reason: a perfect, or "be" that is not a progressive.
 */
function causalAs(clause: readonly { lower: string; pos: string }[]): boolean {
  return clause.some((x, k) => {
    const next = clause[k + 1];
    if (/^(has|have|had)$/.test(x.lower) && next && (next.pos === 'VERB' || next.lower === 'been')) return true;
    return /^(is|are|was|were|remains|remained)$/.test(x.lower) && !!next && !(next.pos === 'VERB' && /ing$/.test(next.lower));
  });
}

/** Words after "after" that make it a time, not an event: "rose after the first quarter", "fell after two days". */
const TIME_AFTER = /^(day|days|week|weeks|month|months|year|years|quarter|session|sessions|weekend|holiday|holidays|break|half|period|close|opening|start|end|morning|afternoon|evening|night|hours|minutes|season|match|game|games|round|lap|laps|race|time|delay|while)$/;

/**
 * "Shares in Continental Airlines have tumbled after the firm warned it could run out of cash", "Profits fell 93% as
 * research costs rose": with a market move or a resignation, an event after "after" or a clause after "as" is what
 * news reports as the reason. The index of the marker, or none. (A time after "after" is no reason, nor "as expected".)
 */
function moveCause(t: readonly Token[], r0: number, rEnd: number, lemma: string, ruledOut: boolean): number | undefined {
  if (ruledOut || !AMID_MOVES.has(lemma)) return undefined;
  for (let k = r0; k < rEnd - 2; k++) {
    const x = t[k];
    if (/^[,;:—–(]$/.test(x.text) || x.pos === 'CCONJ' || x.pos === 'VERB' || x.pos === 'AUX' || /^(who|which|that|because|amid)$/.test(x.lower)) return undefined;
    // ("Gaza militants stepped up their barrages as X crossed into Gaza": with other verbs "as" is a time.)
    if (x.lower !== 'after' && !(x.lower === 'as' && MARKET_MOVES.has(lemma))) continue;
    // The reason's own clause, to the next comma: a finite verb after a noun ("after data fuelled ...").
    let e = k + 1;
    while (e < rEnd && !/^[,;:—–(]$/.test(t[e].text)) e++;
    const phrase = t.slice(k + 1, e);
    const verbAt = phrase.findIndex((y) => (y.pos === 'VERB' && !/ing$/.test(y.lower)) || y.pos === 'AUX');
    const subject = phrase.slice(0, verbAt);
    // ("dropped the ball as he reached for the line": a pronoun's act is what happened meanwhile; "fell to pieces
    // after that and X swept her aside": a pointer back and a list are no reason of their own.)
    const clause = verbAt > 0 && subject.some((y) => /^(NOUN|PROPN)$/.test(y.pos) || y.pos === 'PRON' && x.lower === 'after') && !subject.some((y) => y.pos === 'ADP' || y.pos === 'CCONJ' || /^(that|this|these|those)$/.test(y.lower));
    if (clause) return k;
    // "after the failure of its Iressa drug": an event named by a noun, not a time.
    if (x.lower !== 'after' || !/^(DET|PRON)$/.test(phrase[0]?.pos ?? '') || phrase[0].pos === 'PRON' && !/^(its|their|his|her)$/.test(phrase[0].lower)) return undefined;
    let h = 1;
    while (h < phrase.length && /^(ADJ|NOUN|PROPN|NUM)$/.test(phrase[h].pos) && /^(ADJ|NOUN|PROPN|NUM)$/.test(phrase[h + 1]?.pos ?? '')) h++;
    const head = phrase[h];
    if (!head || head.pos !== 'NOUN' || TIME_AFTER.test(head.lower) || phrase.slice(0, h + 1).some((y) => y.pos === 'NUM' || /^(first|second|third|last|latest|previous|next)$/.test(y.lower))) return undefined;
    return k;
  }
  return undefined;
}

export const causeRule: FrameRule = (ctx) => {
  const { frame: f } = ctx;
  const { clause, s } = f;
  const t = s.tokens;
  const [r0, rEnd] = clause.rest;
  const v = t[clause.verb.main];
  /** The reason's own words from `from` to the next comma or the sentence's end ("due to lower liftings"), to lead
   *  the answer as the guide's "Because China's assertiveness ..." does; none when it runs long. */
  const reasonFrom = (from: number): string | undefined => {
    let e = from + 1;
    while (e < t.length && !/^[,;:—–("“”]$/.test(t[e].text) && !(e === t.length - 1 && /^[.!?]$/.test(t[e].text))) e++;
    // Too short to stand alone ("to study, develop and ..."), too long to lead, or cut inside a phrase ("... waters a").
    if (e - from < 3 || e - from > 20 || /^(DET|ADP|ADJ|CCONJ|SCONJ|PART)$/.test(t[e - 1].pos)) return undefined;
    // "To reestablish that key supply line": a reason pointing back cannot stand alone.
    if (t.slice(from, e).some((x) => x.pos === 'DET' && /^(this|that|these|those)$/.test(x.lower))) return undefined;
    return s.text.slice(t[from].start, t[e - 1].end);
  };
  const ask = (restEnd: number, origin: string, kind: 'cause' | 'purpose', reason?: string) => {
    // The remainder before the reason, without a trailing comma.
    let end = restEnd;
    for (let k = r0 + 1; k < restEnd; k++) if (isBaseline(t, k)) { end = k; break; }
    // (A copula's own adverb stays: "were down from 70 billion" asks "Why were sales down?")
    while (end > r0 + (clause.verb.copula ? 1 : 0) && (/^[,;:]$/.test(t[end - 1].text) || t[end - 1].pos === 'ADV')) end--;
    const rest = restText(ctx, r0, end);
    if (rest === undefined) return [];
    if (end - r0 > 16) return [];
    // "Why did Ford work?": a purpose with nothing left of its clause but the verb asks nothing.
    if (kind === 'purpose' && !rest && !clause.verb.copula) return [];
    // "Why does Brazil use over half?": a quantity cut from its "of ..." or its noun says nothing.
    if (/\b(half|most|majority|rest|part|share|some|all|much)$/i.test(rest)) return [];
    // "Why wouldn't X ...": a negated clause keeps its negation, or the question asks the opposite.
    const question = whQuestion('Why', f, rest, !clause.verb.negated);
    const weight = kind === 'cause' ? 0.95 : 0.75;
    const answer = reason ? leadAnswer(reason, s) : cleanSentence(s);
    return [candidate(kind, question, answer, evidenceOf(s), weight * (0.5 + ctx.salience / 2), origin, `why:${f.subject}:${v.lemma}`)];
  };
  // A fronted reason: "As China's assertiveness has become a concern, the focus ... has shifted ...".
  if (f.role === 'main' && clause.fronted && clause.frontedBy && FRONTED_CAUSE.has(clause.frontedBy)) {
    const [fa, fb] = clause.fronted;
    // A reason is a clause with its own subject ("as China's assertiveness has become a concern"),
    // not "As expected," or "As a result,".
    const firstVerb = t.slice(fa + 1, fb).findIndex((x) => x.pos === 'VERB' || x.pos === 'AUX');
    const hasSubject = firstVerb > 0 && t.slice(fa + 1, fa + 1 + firstVerb).some((x) => /^(NOUN|PROPN|PRON)$/.test(x.pos));
    if (hasSubject && (clause.frontedBy === 'because' || causalAs(t.slice(fa + 1, fb)))) return ask(trimRest(f, r0, rEnd), 'cause.fronted', 'cause', clause.frontedBy === 'because' ? reasonFrom(fa) : undefined);
  }
  // "The Frankfurt slump stems from expectations of ..." -> "What is behind the Frankfurt slump?"
  if (CAUSED_BY.has(v.lemma) && t[r0]?.lower === 'from' && !clause.verb.negated && f.role !== 'fronted') {
    const past = clause.verb.tense === 'past';
    const question = finishQuestion(`What ${past ? 'was' : 'is'} behind ${f.subject}`);
    return [candidate('cause', question, cleanSentence(s), evidenceOf(s), 0.9 * (0.5 + ctx.salience / 2), 'cause.stem', `why:${f.subject}:${v.lemma}`)];
  }
  const after = moveCause(t, r0, rEnd, v.lemma, clause.verb.copula || clause.verb.negated);
  if (after !== undefined) return ask(after, 'cause.after', 'cause');
  for (let k = r0; k < rEnd; k++) {
    const one = t[k].lower;
    const two = `${one} ${t[k + 1]?.lower ?? ''}`;
    const four = `${two} ${t[k + 2]?.lower ?? ''} ${t[k + 3]?.lower ?? ''}`;
    if (CAUSE_ONE.has(one) || CAUSE_TWO.has(two) || CAUSE_TWO.has(four.split(' ').slice(0, 3).join(' ')) || CAUSE_TWO.has(four)) {
      // ("The reason is because ...": a copula with nothing before its reason asks nothing; "Plans for a Jimi
      // Hendrix museum are flailing because of a row" asks why they are.)
      // (Not a verb that says only that something happened, "Mr Clarke's comments came in response to ...", nor a
      // negated one, which the yes/no rule asks: "Did Mary Barra attend due to a previous commitment?")
      if (k === r0 && (clause.verb.copula || clause.verb.negated || /^(come|go|emerge|happen|occur|arise|follow|result)$/.test(v.lemma) || !/^(NOUN|PROPN)$/.test(t[clause.subject[1] - 1].pos))) return [];
      // "Shares fell amid fears of ...": for a move "amid" gives the reason; "spoke to MPs amid rumours of a rift"
      // gives only the backdrop.
      if (one === 'amid' && !AMID_MOVES.has(v.lemma)) return [];
      // "not because of X but ..." or a reason after a dash or comma belongs to another clause.
      if (t.slice(r0, k).some((x) => /^[,;:—–(]$/.test(x.text) || x.lower === 'not' || x.pos === 'CCONJ')) return [];
      // A verb between the main verb and the reason means the reason may belong to that inner clause
      // ("published stories of Gazans who fled because ...").
      // An infinitive ("reluctant to take sides") is part of the clause and does not count.
      if (t.slice(r0, k).some((x) => ((x.pos === 'VERB' || x.pos === 'AUX') && t[x.i - 1]?.lower !== 'to') || /^(who|which|that)$/.test(x.lower))) return [];
      // ... but one after an object is a purpose clause, which may own the reason: "used his account to propose an
      // end to the boycott of Bud Light because of its partnership ..." (the boycott's reason, not the account's).
      if (DELIBERATE.has(v.lemma) && t.slice(r0, k).some((x, i) => x.lower === 'to' && t[r0 + i + 1]?.pos === 'VERB' && /^(NOUN|PROPN)$/.test(t[r0 + i - 1]?.pos ?? '') && !NOUN_COMPLEMENT.has(t[r0 + i - 1].lemma))) return [];
      // "There have been no reports of adverse reactions due to consumption": a reason for what did not happen
      // describes the noun before it.
      if (t[clause.subject[0]].lower === 'there' && t.slice(r0, k).some((x) => x.lower === 'no')) return [];
      return ask(k, 'cause.marker', 'cause', reasonFrom(k));
    }
  }
  // A sanction and its reason: "the firm had been fined 11m euros for having violated ..." -> "Why was X fined?"
  // "Oscars were awarded for best scoring", "winners could be honored for ...": a plural is the prize or anyone,
  // not a winner to ask "why" of.
  const head = t[clause.subject[1] - 1];
  const plural = (head.pos === 'NOUN' || head.pos === 'PROPN') && (head.lemma !== head.lower || /[^s]s$/.test(head.lower));
  const recipient = !/^(award|honour|honor|reward)$/.test(v.lemma) || !plural
    || s.entities.some((e) => (e.type === 'person' || e.type === 'organisation') && e.start >= clause.subject[0] && e.end <= clause.subject[1]);
  if (clause.verb.passive && SANCTIONS.has(v.lemma) && recipient && (f.named || ctx.lenient)) {
    for (let k = r0; k < rEnd - 1; k++) {
      if (/^[,;:—–(]$/.test(t[k].text)) break;
      if (t[k].lower === 'for' && (/ing$/.test(t[k + 1].lower) || t[k + 1].lower === 'having' || t[k + 1].pos === 'DET' || t[k + 1].pos === 'PRON' || t[k + 1].pos === 'ADJ' || t[k + 1].pos === 'NOUN')) {
        const question = whQuestion('Why', f, '');
        return [candidate('cause', question, cleanSentence(s), evidenceOf(s), 0.9 * (0.5 + ctx.salience / 2), 'cause.sanction', `why:${f.subject}:${v.lemma}`)];
      }
    }
  }
  // An explicit purpose, whatever the verb: "took out an advert in an attempt to persuade ...", "will be issued with
  // ID cards in a bid to beat touts".
  // (Not after a copula, "is willing to accept ... in order to", nor past another verb, "showed trucks parked on
  // roads in an attempt to": the purpose is the inner verb's.)
  // (Nor in a reported clause: "He believes the services carried out actions in order to discredit ..." asked without
  // him states his theory as fact.)
  if (!clause.verb.negated && !clause.verb.copula && f.role !== 'reported' && (f.named || ctx.lenient)) {
    for (let k = r0 + 1; k < rEnd - 2; k++) {
      if (/^[,;:—–(]$/.test(t[k].text) || t[k].pos === 'CCONJ' || t[k].pos === 'SCONJ' && t[k].lower !== 'so') break;
      if ((t[k].pos === 'VERB' || t[k].pos === 'AUX') && t[k - 1].lower !== 'to') break;
      const to = purposeMarker(t, k);
      if (to !== undefined) return ask(k, 'purpose.marker', 'purpose', reasonFrom(to));
    }
  }
  // Purpose: "convened in Tokyo to discuss ..." (not "pledged to support", a complement, nor
  // "authorised counsel to explore" or "the offer to acquire", which say what, not why).
  if (DELIBERATE.has(v.lemma) && !clause.verb.copula && !clause.verb.passive && (f.named || ctx.lenient)) {
    for (let k = r0 + 1; k < rEnd - 1; k++) {
      if (/^[,;:—–(]$/.test(t[k].text) || t[k].pos === 'SCONJ') break;
      if (t[k].lower === 'to' && t[k + 1].pos === 'VERB' && t[k + 1].lower === t[k + 1].lemma) {
        const before = t[k - 1];
        if (before.pos !== 'NOUN' && before.pos !== 'PROPN') break;
        if (NOUN_COMPLEMENT.has(before.lemma)) break;
        // "called on Senate Republicans to get rid of ...", "held ministers to account": what was asked or done, not why.
        if (t[r0].lower === 'on' && v.lemma === 'call' || /^(account|task|ransom)$/.test(t[k + 1].lower)) break;
        // "launch as a free-to-air platform to start with": an idiom of time, no purpose.
        if (/^(start|begin)$/.test(t[k + 1].lower) && t[k + 2]?.lower === 'with') break;
        // "called for Nato to act", "asked for volunteers to help": who was to act, not why ("called for strikes to
        // protest" is a purpose). "used the ceremony to
        // attack ...": what was said is the news, and "Why did X use the ceremony?" reads oddly (raters failed all).
        let o = r0 + 1;
        while (t[o]?.pos === 'DET') o++;
        const agent = t[o]?.pos === 'PROPN' || /^(prisoner|people|member|volunteer|resident|worker|official|government|country|leader)$/.test(t[o]?.lemma ?? '');
        if (t[r0].lower === 'for' && /^(call|ask|press|push|appeal|plead)$/.test(v.lemma) && agent || v.lemma === 'use') break;
        // "voted down a bill to reopen the government": after an indefinite object, "to ..." says what
        // the thing is, not why the act was done.
        let np = k - 1;
        while (np > r0 && /^(ADJ|NOUN|PROPN|NUM)$/.test(t[np - 1].pos)) np--;
        if (/^(a|an)$/.test(t[np - 1]?.lower ?? '')) break;
        const between = t.slice(r0, k);
        if (between.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'ADJ' && SUPERLATIVE.test(x.lower) || /^(enough|too|sufficient)$/.test(x.lower))) break;
        return ask(k, 'purpose.to', 'purpose', reasonFrom(k));
      }
    }
  }
  return [];
};
