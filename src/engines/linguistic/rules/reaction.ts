// "What did Ken Mayland say about the economy?": quoted reactions, named by their speaker and
// topic (the quote's own subject). Readers ask what people are saying; the answer is the quote
// with its attribution, never the quote alone.
import type { Candidate } from '../../../types.js';
import type { Doc, Sentence } from '../../../nlp/doc.js';
import { analyseClause } from '../../../facts/clause.js';
import { REPORTING_VERBS } from '../../../lang/en/words.js';
import { cleanSentence } from '../answer.js';
import { personName, renderSpan } from '../context.js';
import { candidate, finishQuestion, type FrameRule } from './shared.js';

const QUOTE = /^["“”]$/;
const PRONOUN_SUBJECT = /^(it|this|that|these|those|they|we|i|you|he|she|there|here|what|which|who|everything|everyone|everybody|nothing|nobody|something|someone|anything|anyone|all|some|many|most|none|one)$/i;
/** A topic must be a whole noun phrase: not "Law enforcement's" (from "Law enforcement's going to ..."). */
const BAD_TOPIC_END = /['’]s$/;

/** Is tokens [a, b) a topic worth naming: a noun phrase whose head the article returns to? */
function salientTopic(doc: Doc, s: Sentence, a: number, b: number): boolean {
  const head = s.tokens[b - 1];
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return false;
  if (!/^(DET|NOUN|PROPN|ADJ)$/.test(s.tokens[a].pos)) return false;
  // Too broad ("about Pakistan") or not a topic ("about February", "about 8 million people").
  if (s.entities.some((e) => e.start < b && a < e.end && /^(date|number|money|percent|country|place)$/.test(e.type))) return false;
  if (b - a === 1 && head.pos === 'PROPN') return false;
  return (doc.lemmaCounts.get(head.lemma) ?? 0) >= 2;
}

/** The speaker named after the quote: `..." said Ken Mayland, president of X.` or `..." Ms Lomax said.` */
function speakerOf(doc: Doc, s: Sentence, after: number): { name: string; verb: string } | undefined {
  const t = s.tokens;
  const verbAt = t.findIndex((x, i) => i >= after && x.pos === 'VERB' && REPORTING_VERBS.has(x.lemma));
  if (verbAt < 0 || verbAt - after > 6) return undefined;
  const person = s.entities.find((e) => e.start >= after && e.start <= verbAt + 3 && (e.type === 'person' || e.type === 'organisation'));
  if (!person) return undefined;
  const the = person.type !== 'person' && t[person.start - 1]?.lower === 'the' ? 'the ' : '';
  return { name: person.type === 'person' ? personName(doc, person.text) : `${the}${person.text}`, verb: t[verbAt].lower };
}

export function reactionCandidates(doc: Doc, salience: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const t = s.tokens;
    const marks = t.filter((x) => QUOTE.test(x.text)).map((x) => x.i);
    if (marks.length !== 2 || marks[0] !== 0 || marks[1] - marks[0] < 6) continue;
    const speaker = speakerOf(doc, s, marks[1] + 1);
    if (!speaker) continue;
    // The quote's own subject is the topic: "The economy is producing ..." -> "the economy".
    const clause = analyseClause(t, 1, marks[1]);
    if (!clause || clause.fronted) continue;
    const [a, b] = clause.subject;
    if (b - a > 5 || PRONOUN_SUBJECT.test(t[a].lower) || t.slice(a, b).some((x) => x.pos === 'PRON') || !salientTopic(doc, s, a, b)) continue;
    let topic = renderSpan(doc, s, a, b);
    if (!topic || BAD_TOPIC_END.test(topic)) continue;
    // The quote's first word is capitalised as a sentence start, not as a name ("Current forecasts").
    if (!s.entities.some((e) => e.start === a) && !/^[A-Z]{2,}/.test(topic)) topic = topic[0].toLowerCase() + topic.slice(1);
    const tense = /^(says|tells|adds|argues|notes|warns)$/.test(speaker.verb) ? 'does' : 'did';
    const question = finishQuestion(`What ${tense} ${speaker.name} say about ${topic}`);
    out.push(candidate('reaction', question, cleanSentence(s), [s.id], 0.5 + 0.2 * salience[s.n], 'reaction.quote', `said:${speaker.name}:${topic}`));
  }
  return out;
}

/** "Government spending should be revised, Mr Leibovich said." -> "What did Mr Leibovich say about government spending?" */
export const reportedRule: FrameRule = (ctx) => {
  const { frame: f } = ctx;
  if (!f.speaker) return [];
  const { s, clause } = f;
  const t = s.tokens;
  const [a, b] = clause.subject;
  if (b - a > 6 || PRONOUN_SUBJECT.test(t[a].lower) || t.slice(a, b).some((x) => x.pos === 'PRON') || !salientTopic(ctx.doc, s, a, b)) return [];
  if (f.subject.toLowerCase() === f.speaker.name.toLowerCase() || BAD_TOPIC_END.test(f.subject)) return [];
  const tense = /s$/.test(f.speaker.verb) ? 'does' : 'did';
  const question = finishQuestion(`What ${tense} ${f.speaker.name} say about ${f.subject}`);
  return [candidate('reaction', question, cleanSentence(s), [s.id], 0.5 + 0.2 * ctx.salience, 'reaction.reported', `said:${f.speaker.name}:${f.subject}`)];
};
