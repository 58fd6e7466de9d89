// "Who won the Davis Cup for Spain?": ask for a named actor when the event is the news.
import { cleanSentence, leadAnswer } from '../answer.js';
import { joinWords } from '../realise.js';
import { escapeRegExp } from '../../../nlp/regexp.js';
import { candidate, evidenceOf, finishQuestion, restText, trimRest, type FrameRule } from './shared.js';

/** Verbs whose doer is worth asking for: winning, beating, signing, leading, founding ... */
const DOER_VERBS = new Set([
  'win', 'beat', 'defeat', 'score', 'sign', 'lead', 'found', 'invent', 'discover', 'buy', 'acquire', 'host',
  'replace', 'succeed', 'appoint', 'name', 'elect', 'nominate', 'hire', 'design', 'build', 'develop', 'create',
  'launch', 'write', 'direct', 'produce', 'claim', 'clinch', 'capture', 'take', 'top', 'overtake', 'win', 'break',
  'set', 'conclude', 'broker', 'propose', 'introduce', 'file', 'block', 'veto', 'approve', 'reject', 'sell',
  'announce', 'unveil', 'release', 'open', 'close', 'fund', 'back', 'sponsor', 'organise', 'organize',
]);

export const subjectRule: FrameRule = (ctx) => {
  const { frame: f, doc } = ctx;
  const { clause, s } = f;
  const t = s.tokens;
  if (clause.verb.copula || clause.verb.negated || clause.verb.passive || f.role === 'fronted') return [];
  const v = t[clause.verb.main];
  // Simple past or present perfect: "Who won ...?", "Who has bought ...?"
  const perfect = clause.verb.auxes.length === 1 && /^(has|have)$/.test(t[clause.verb.auxes[0]].lower);
  // In the lead, the actor of the news is worth asking for whatever the verb ("Who has filed for bankruptcy?").
  const lead = s.n <= 1 && !['be', 'have', 'do', 'say', 'get', 'make', 'see'].includes(v.lemma);
  if ((!DOER_VERBS.has(v.lemma) && !lead) || (clause.verb.auxes.length && !perfect) || (!perfect && clause.verb.tense !== 'past')) return [];
  const [sa, sb] = clause.subject;
  // The subject is a name, or a description ending in one ("US supermarket group Winn-Dixie").
  const ent = s.entities.find((e) => e.end === sb && e.start >= sa);
  if (!ent || (ent.type !== 'person' && ent.type !== 'organisation' && ent.type !== 'country')) return [];
  // "Twin blasts from the Calbuco volcano in southern Chile have sent ...": a name inside a phrase is not the doer.
  if (t.slice(sa, ent.start).some((x) => x.pos === 'ADP')) return [];
  // "Who confirmed the tariffs?" under "Trump confirms tariffs on imported cars", "Who met the president of
  // Algeria?" under "Pope Leo's Africa tour kicks off in Algeria": the headline has given the answer (raters failed
  // such pairs as not worth asking, even for an article with nothing else).
  const title = doc.article.title ?? '';
  if (ent.text.split(' ').some((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w) && new RegExp(`\\b${escapeRegExp(w)}\\b`).test(title))) return [];
  const [r0, rEnd] = clause.rest;
  // "Who processed 163,515,000 returns?" repeats the figure question on the same sentence.
  if (t[r0]?.pos === 'NUM') return [];
  const end = trimRest(f, r0, rEnd);
  if (end - r0 < 2 || end - r0 > 14) return [];
  // "ruled Feb. 20 the president does not have ...": a clause for object leaves "Who ruled ...?" garbled.
  if (t.slice(r0, end).some((x) => x.pos === 'AUX')) return [];
  // "called the UK's rebate [a relic]", "signed legislation making Juneteenth [a federal holiday]": an object whose
  // complement the cut left out says the wrong thing.
  if (/^(call|dub|label|brand|declare)$/.test(v.lemma) && !/^(on|for)$/.test(t[r0]?.lower ?? '') || /^(making|calling|naming|declaring)$/.test(t[end - 2]?.lower ?? '')) return [];
  const rest = restText(ctx, r0, end);
  if (!rest) return [];
  // The subject is the answer, so a pronoun that pointed back to it has nothing to point to ("announced he
  // intended ..." had become "Who announced Reagan intended?").
  if (/\b(his|her|its|their)\b/i.test(rest) || t.slice(r0, end).some((x) => /^(he|she|they|it|him|them)$/.test(x.lower))) return [];
  const wh = ent.type === 'person' || doc.people.has(ent.text) ? 'Who' : ent.type === 'country' ? 'Which country' : 'Who';
  const verbWords = perfect ? `has ${t[clause.verb.main].text}` : t[clause.verb.main].text;
  const question = finishQuestion(joinWords([wh, verbWords, rest]));
  // "In 2014, partially in response to ..., NATO created ...": the doer leads the answer when the sentence
  // makes a reader wait for it.
  const sentence = cleanSentence(s);
  // Only when the name is the whole doer: not "Shares in Krispy Kreme", "Abbot's Drug Store", "the shareholders of X".
  const wholeDoer = !t.slice(sa, ent.start).some((x) => x.pos === 'ADP' || x.pos === 'PROPN' || /^['’]s$/.test(x.text));
  const waits = !sentence.startsWith(ent.text) && !(/^the /i.test(sentence) && sentence.slice(4).startsWith(ent.text));
  const answer = waits && wholeDoer ? leadAnswer(ent.text, s) : sentence;
  return [candidate('event', question, answer, evidenceOf(s), 0.65 * (0.5 + ctx.salience / 2), 'subject.who', `who:${v.lemma}:${s.id}`)];
};
