// "Was China mentioned explicitly?" -> "No. China was not mentioned explicitly, but ..."
import { cleanSentence } from '../answer.js';
import { invert, joinWords } from '../realise.js';
import { candidate, evidenceOf, finishQuestion, restText, trimRest, type FrameRule } from './shared.js';
import { FUNCTION_WORDS, NEGATION_WORDS, stem, words } from '../../../verify/words.js';

/** Content words the answer adds to its question: "No. Votes were not cast in Tigray." adds none, and raters
 *  failed such echoes; "..., though Costco has not raised its fees" tells the reader something. */
function adds(question: string, answer: string): number {
  const asked = new Set(words(question).map(stem));
  return new Set(words(answer).filter((w) => !FUNCTION_WORDS.has(w) && !NEGATION_WORDS.has(w) && w !== "n't" && !asked.has(stem(w))).map(stem)).size;
}
const MIN_ADDED = 3;

/** A denial someone reports about others ("Wilson said tax reform will not affect his determination") is not
 *  asked: the yes/no question states as fact what is only a claim, and its answer is the attribution. Raters
 *  accepted none of the 8 reported denials on the session-5 sheets (docs/quality.md, "Session 6"). Speakers on
 *  their own plans ("Dunmore says he has no plans to ...") are the authority and stay. */
function claimAboutOthers(f: Parameters<FrameRule>[0]['frame']): boolean {
  return f.role === 'reported' && !f.aboutSpeaker;
}

export const negationRule: FrameRule = (ctx) => {
  const { frame: f } = ctx;
  const { clause, s } = f;
  if (!clause.verb.negated || claimAboutOthers(f)) return [];
  const t = s.tokens;
  // Only a plain "not"/"n't" is inverted; "never" questions read poorly.
  if (t.slice(clause.verb.start, clause.verb.end).some((x) => x.lower === 'never')) return [];
  if (!clause.verb.auxes.length && !clause.verb.copula) return [];
  const [r0, rEnd] = clause.rest;
  // "X would not need to pay if ...": a conditional's "No." would mislead.
  if (t.some((x) => x.lower === 'if' || x.lower === 'unless') || clause.verb.auxes.some((a) => /^(would|could|might|may|should)$/.test(t[a].lower))) return [];
  const end = trimRest(f, r0, rEnd);
  if (end - r0 > 14) return [];
  // "had not mentioned "anything uncomfortable" ...", "does not have to be "trained"": a phrase cut at its quotation
  // leaves "Had X mentioned?", "Does Opera have to be?".
  if (/^["“]$/.test(t[end]?.text ?? '') && (end === r0 || /^(AUX|VERB|PART|ADP|DET)$/.test(t[end - 1].pos))) return [];
  // "has not played since 2003", "has not yet decided": a bare "No" would overstate it.
  if (t.slice(r0, rEnd).some((x) => /^(since|yet|until|till|anymore|longer|again)$/.test(x.lower))) return [];
  // "was no longer an employee": in the past, "no" would deny that she ever was.
  if (clause.verb.tense === 'past' && t.slice(clause.verb.start, clause.verb.end).some((x) => x.lower === 'longer')) return [];
  // "did not have a complaint made against him": a causative "have" reads as garble once inverted.
  if (t[clause.verb.main].lemma === 'have' && t.slice(r0, end).some((x, i) => x.pos === 'VERB' && x.lower !== x.lemma && !/ing$/.test(x.lower) && t[r0 + i - 1]?.lower !== 'to')) return [];
  // "not only ... but also" affirms; "not solely aimed at", "isn't always enough" deny only part, so a
  // question without the adverb would be answered wrongly by "No".
  if (t.some((x, i) => (x.lower === 'not' || x.lower === "n't") && /^(only|just|merely|simply|solely|always|necessarily|entirely|completely|fully|all|quite|exactly|much|very|too|as|so|everyone|everything|alone)$/.test(t[i + 1]?.lower ?? ''))) return [];
  // "There's probably not a single Oklahoman who doesn't know ...": a second negation in a relative clause makes a
  // figure of speech, which a yes/no question reads literally.
  if (t.slice(clause.verb.end).some((x, i, rest) => /^(not|n't|never)$/.test(x.lower) && rest.slice(Math.max(0, i - 3), i).some((y) => /^(who|that|which)$/.test(y.lower)))) return [];
  // "were not available for comment", "could not be reached": newsroom routine, not news.
  if (t.some((x) => /^(comment|reached)$/.test(x.lower))) return [];
  // "Controversy usually doesn't accompany ...": a hedge on the denial makes a bare "No" overstate it.
  if (t.slice(Math.max(0, clause.verb.start - 2), clause.verb.end).some((x) => /^(usually|often|generally|typically|normally|rarely|always|mostly|largely|sometimes|seldom|hardly|necessarily|quite)$/.test(x.lower))) return [];
  // "Three senators did not vote": a counted or quantified subject makes "Did three senators vote?" a
  // different question, which others in the group would answer "Yes".
  const first = t[clause.subject[0]];
  if (first && (first.pos === 'NUM' || /^(some|many|most|few|several|all|both|no|none|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|half)$/.test(first.lower))) return [];
  // "Is BankAmerica under pressure [to act quickly ...]?", "Was Dave Weir sure [where ...]?": a denial cut before
  // its infinitive or its question clause denies something vaguer; "No" then misleads (raters failed 5 of 5).
  if (end < rEnd && (t[end].lower === 'to' && t[end + 1]?.pos === 'VERB' || /^(where|what|whether|how|why|when|who|which)$/.test(t[end].lower))) return [];
  const rest = restText(ctx, r0, end);
  if (rest === undefined) return [];
  // "Did Cory Booker eat?" (during his 25-hour speech): a bare lexical verb cut from its phrase asks something else.
  if (!rest && !clause.verb.copula && !clause.verb.passive && end < rEnd - 1 && !/^[,;:—–.]$/.test(t[end].text)) return [];
  const [aux, subj, group] = invert(clause, f.subject, true);
  const question = finishQuestion(joinWords([aux, subj, group, rest]));
  // A speaker's own denial is answered with its attribution, not a bare "No.".
  const answer = f.role === 'reported' ? cleanSentence(s) : `No. ${cleanSentence(s)}`;
  if (adds(question, answer) < MIN_ADDED) return [];
  const v = t[clause.verb.main];
  return [candidate('negation', question, answer, evidenceOf(s), 0.85 * (0.5 + ctx.salience / 2), 'negation.yes-no', `neg:${f.subject}:${v.lemma}`)];
};

/** "X has no plans to sign a keeper" -> "Does X plan to sign a keeper?" "No. ...": a denial in
 *  the form of "no plans / no intention" is as clear a "No" as "not". */
export const noPlansRule: FrameRule = (ctx) => {
  const { frame: f } = ctx;
  const { clause, s } = f;
  const t = s.tokens;
  const v = t[clause.verb.main];
  const [r0, rEnd] = clause.rest;
  if (v.lemma !== 'have' || clause.verb.negated || clause.verb.auxes.length || t[r0]?.lower !== 'no' || claimAboutOthers(f)) return [];
  const noun = t[r0 + 1]?.lower;
  let verbAt: number;
  let verb: string;
  if ((noun === 'plans' || noun === 'plan') && t[r0 + 2]?.lower === 'to' && t[r0 + 3]?.pos === 'VERB') {
    verbAt = r0 + 3;
    verb = 'plan to';
  } else if (noun === 'intention' && /^(of|to)$/.test(t[r0 + 2]?.lower ?? '') && t[r0 + 3]?.pos === 'VERB') {
    verbAt = r0 + 3;
    verb = 'intend to';
  } else return [];
  const end = trimRest(f, verbAt + 1, rEnd);
  if (end - verbAt > 14) return [];
  const rest = restText(ctx, verbAt + 1, end);
  if (rest === undefined) return [];
  const aux = clause.verb.tense === 'past' ? 'Did' : /^(has)$/.test(v.lower) ? 'Does' : 'Do';
  const question = finishQuestion(joinWords([aux, f.subject, verb, t[verbAt].lemma, rest]));
  const answer = f.role === 'reported' ? cleanSentence(s) : `No. ${cleanSentence(s)}`;
  return [candidate('negation', question, answer, evidenceOf(s), 0.85 * (0.5 + ctx.salience / 2), 'negation.no-plans', `neg:${f.subject}:${t[verbAt].lemma}`)];
};
