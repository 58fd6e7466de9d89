// "What have MPs said about divorced parents?": a lead that ends by naming its
// source ("..., MPs have said.", "..., a study has found.", "..., according to the Hansard Society.") carries the
// article's news as a claim about one thing. The clause rules skip such leads (the claim is often a view or a
// forecast, with nothing to ask "when" or "how many" of), which left many BBC and wire stories with no FAQ at all.
// Asked only as a last resort, like the lead's event: what the source said about the claim's subject.
import type { Candidate } from '../../../types.js';
import type { Doc, Sentence, Token } from '../../../nlp/doc.js';
import { analyseClause, mainClause } from '../../../facts/clause.js';
import { NEWS_OUTLET, TITLES } from '../../../lang/en/words.js';
import { cleanSentence } from '../answer.js';
import { renderSpan } from '../context.js';
import { candidate, finishQuestion } from './shared.js';

const LEAD_SENTENCES = 2;
const SCORE = 0.3;

/** Reporting verbs a closing attribution uses, and the verb its question asks with. */
const ASKED_AS: Readonly<Record<string, string>> = {
  say: 'say', tell: 'say', add: 'say', claim: 'claim', argue: 'say', insist: 'say', warn: 'warn', believe: 'say',
  find: 'find', show: 'show', suggest: 'suggest', predict: 'predict', report: 'say', conclude: 'conclude',
};
const PARTICIPLE: Readonly<Record<string, string>> = {
  say: 'said', claim: 'claimed', warn: 'warned', find: 'found', show: 'shown', suggest: 'suggested',
  predict: 'predicted', conclude: 'concluded',
};
/** Sources that name no one: "a spokesman said", "sources said". */
const ANONYMOUS = /^(?:(?:a|an|the|one)\s+)?(?:spokesman|spokeswoman|spokesperson|source|sources|official|officials|people|insider|insiders|person|aide|aides|statement|he|she|they|it|we|i)$/i;
/** Data are no speaker: "according to government data", "according to studio estimates". */
const DATA_HEADS = /\b(?:data|figures|estimates|statistics|numbers|results|records|documents|filings|notice|polling)$/i;
/** Topics a reader cannot place: a comparison ("More lives than previously thought"), a share of something. */
const VAGUE_TOPIC = /^(?:more|less|fewer|half|some|many|most|all|no|none|both|each|any|much|several|there|this|that|these|those|one|it|what|how)\b/i;
/** News agencies and outlets pass the news on; they are not its source. */
const AGENCY = /\b(?:Reuters|Associated Press|AFP|Agence France-Presse|Bloomberg|Kyodo|Xinhua|Tass|Interfax|Reporter|Variety|News Service|News Agency)$/;

interface Attribution {
  /** The reported claim, [start, end). */
  readonly claim: readonly [number, number];
  /** Who the claim is from, as the question names them. */
  readonly source: string;
  /** How the question opens: "What has the watchdog said", "What did X say". */
  readonly opening: string;
}

export function leadAttributionCandidates(doc: Doc): Candidate[] {
  for (const s of doc.sentences.slice(0, LEAD_SENTENCES)) {
    if (s.tokens.length < 8 || s.tokens.length > 50 || /^["“‘']/.test(s.text)) continue;
    const a = closingAttribution(doc, s) ?? openingAttribution(doc, s);
    if (!a) continue;
    const topic = claimTopic(doc, s, a.claim);
    // ("What did Sir Alex Ferguson say about Alex Ferguson's side?")
    const name = lastName(a.source);
    const question = topic && !(name && topic.includes(name))
      ? finishQuestion(`${a.opening} about ${topic}`) : ownPlan(s, a);
    if (question) return [candidate('stance', question, cleanSentence(s), [s.id], SCORE, 'lead.attributed', `attributed:${s.id}`)];
  }
  return [];
}

/** "What has X said", "What did X say", "What does X say" for the reporting verb as the sentence has it. */
function opening(source: string, verb: Token, aux: string | undefined): string {
  const asked = ASKED_AS[verb.lemma];
  if (aux) return `What ${aux} ${source} ${PARTICIPLE[asked]}`;
  const w = verb.lower;
  if (w === verb.lemma) return `What do ${source} ${asked}`;
  return `What ${/s$/.test(w) ? 'does' : 'did'} ${source} ${asked}`;
}

/** The closing ", SOURCE (has) said." or ", according to SOURCE." of a sentence. */
function closingAttribution(doc: Doc, s: Sentence): Attribution | undefined {
  const t = s.tokens;
  let end = t.length;
  while (end > 0 && t[end - 1].pos === 'PUNCT') end--;
  const comma = lastCommaBefore(t, end);
  if (comma < 4) return undefined;
  const tail = t.slice(comma + 1, end);
  if (tail[0]?.lower === 'according' && tail[1]?.lower === 'to') {
    const source = sourceName(doc, s, comma + 3, end);
    // A speaker, not data: "according to government data" says nothing a reader can ask of.
    if (!source || DATA_HEADS.test(source)) return undefined;
    return { claim: [0, comma], source, opening: `What ${plural(t[end - 1]) ? 'do' : 'does'} ${source} say` };
  }
  // SOURCE [has|have] VERB [object]: the first reporting verb of the tail (the tagger calls "lead singer" and
  // "Swiss Re" verbs, so the verb is found by its word).
  const v = tail.findIndex((x, k) => k > 0 && x.lemma in ASKED_AS && /^(VERB|AUX)$/.test(x.pos));
  if (v < 1) return undefined;
  const verbAt = comma + 1 + v;
  const aux = /^(has|have)$/.test(t[verbAt - 1].lower) ? t[verbAt - 1].lower : undefined;
  // Only an object may follow the verb ("told GMTV's Sunday programme"), not a clause of its own.
  if (t.slice(verbAt + 1, end).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return undefined;
  const source = sourceName(doc, s, comma + 1, aux ? verbAt - 1 : verbAt);
  return source ? { claim: [0, comma], source, opening: opening(source, t[verbAt], aux) } : undefined;
}

/** "Mike Tindall believes he can make ...", "Yukos has said a US bankruptcy court will decide ...". */
function openingAttribution(doc: Doc, s: Sentence): Attribution | undefined {
  const c = mainClause(s.tokens);
  if (!c || c.fronted || c.verb.passive || c.verb.negated || c.verb.modal) return undefined;
  const verb = s.tokens[c.verb.main];
  // ("told the court in the Californian town ... she was hired": the object is read as the claim's subject.)
  // ("has reported a modest rise in profits": a verb that takes an object reads its object as the claim.)
  if (!(verb.lemma in ASKED_AS) || /^(find|show|tell|report|add)$/.test(verb.lemma)) return undefined;
  const aux = c.verb.auxes.length === 1 && /^(has|have)$/.test(s.tokens[c.verb.auxes[0]].lower) ? s.tokens[c.verb.auxes[0]].lower : undefined;
  if (c.verb.auxes.length && !aux) return undefined;
  const source = sourceName(doc, s, c.subject[0], c.subject[1]);
  const [r0, rEnd] = c.rest;
  const from = s.tokens[r0]?.lower === 'that' ? r0 + 1 : r0;
  return source ? { claim: [from, rEnd], source, opening: opening(source, verb, aux) } : undefined;
}

/** "British Telecom has said it will double ..." -> "What has British Telecom said it will do?": a source's word on
 *  its own next step, when the claim's subject is the source again (a pronoun) and it will act. */
function ownPlan(s: Sentence, a: Attribution): string | undefined {
  // Only after an opening "X said": in "It would mean ..., Ms Hewitt said" the pronoun is something said before.
  if (a.claim[0] === 0) return undefined;
  const c = analyseClause(s.tokens, a.claim[0], a.claim[1]);
  if (!c || c.fronted || c.verb.negated || c.verb.copula || c.verb.passive || c.subject[1] - c.subject[0] !== 1) return undefined;
  const pronoun = s.tokens[c.subject[0]];
  const modal = s.tokens[c.verb.auxes[0]];
  if (!/^(he|she|it|they|we)$/i.test(pronoun?.text ?? '') || c.verb.auxes.length !== 1 || !/^(will|would)$/.test(modal?.lower ?? '')) return undefined;
  // The pronoun must fit the source: "he" or "she" a person; "it" no one with a title ("Trade Secretary Patricia
  // Hewitt said it would mean ..." is about something else).
  const source = s.tokens.slice(0, a.claim[0]);
  if (/^(he|she)$/i.test(pronoun.text) && !s.entities.some((e) => e.type === 'person' && e.start < a.claim[0])) return undefined;
  if (pronoun.lower === 'it' && source.some((x) => TITLES.has(x.lower))) return undefined;
  return finishQuestion(`${a.opening} ${pronoun.lower} ${modal.lower} do`);
}

function lastCommaBefore(t: readonly Token[], end: number): number {
  let quote = false;
  let found = -1;
  for (let k = 0; k < end; k++) {
    if (/^["“”]$/.test(t[k].text)) quote = !quote;
    else if (t[k].text === ',' && !quote) found = k;
  }
  return found;
}

/** The source as a reader can take it in: a noun phrase naming someone, of at most eight words. */
function sourceName(doc: Doc, s: Sentence, a: number, b: number): string | undefined {
  const t = s.tokens.slice(a, b);
  if (!t.length || t.length > 8 || !t.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN')) return undefined;
  // ("the government department for planning", "President Musharraf of Pakistan")
  const word = (x: Token) => /^(DET|ADJ|NOUN|PROPN|NUM|PART|PUNCT|CCONJ)$/.test(x.pos) || /^(of|for|from|at|by)$/.test(x.lower)
    // A noun the tagger read as a verb ("lead singer", "research from"), not a verb form.
    || x.pos === 'VERB' && !/(ed|ing)$/.test(x.lower) || /^\p{Lu}/u.test(x.text) && x.pos !== 'PRON';
  if (!t.every(word) || t.some((x) => /^[,;:"“”()]$/.test(x.text))) return undefined;
  // A title's holder ("the elections watchdog") is known to a reader without the name.
  const text = renderSpan(doc, s, a, b, true, undefined, true);
  if (!text || ANONYMOUS.test(text) || NEWS_OUTLET.test(text) || AGENCY.test(text)) return undefined;
  return text;
}

/** The subject of the reported claim: "a cap on donations to political parties", rendered to read on its own. */
function claimTopic(doc: Doc, s: Sentence, [from, end]: readonly [number, number]): string | undefined {
  const c = analyseClause(s.tokens, from, end);
  if (!c || c.fronted) return undefined;
  const [a, b] = c.subject;
  const t = s.tokens.slice(a, b);
  if (!t.length || t.length > 12 || !t.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN') || t.some((x) => /^["“”'‘’]$/.test(x.text))) return undefined;
  if (VAGUE_TOPIC.test(t[0].text) || t[0].pos === 'PRON' && !/^(its|their|his|her)$/i.test(t[0].text) || /^(ADP|NUM)$/.test(t[0].pos)) return undefined;
  // "... may be wild about the Oscars but cinema-goers are sick of ...": the claim that matters follows "but",
  // and a question about the first subject misses it (raters failed both such pairs).
  if (s.tokens.slice(from, end).some((x) => x.lower === 'but' && x.pos === 'CCONJ')) return undefined;
  // "about Wales", "about Russia": a country alone leaves out which team or what event (raters failed both).
  if (t.length === 1 && s.entities.some((e) => e.start === a && e.end === b && (e.type === 'country' || e.type === 'place'))) return undefined;
  // "an error", "an organisation": something unnamed that only the claim itself describes.
  if (/^(a|an)$/i.test(t[0].text) && t.length <= 3 && !t.some((x) => x.pos === 'PROPN')) return undefined;
  // ("a Federal Energy Regulatory Commission decision today on natural gas cost recovery": a time read in.)
  if (s.times.some((x) => x.start < t[t.length - 1].end && x.end > t[0].start)) return undefined;
  // "divorced parents seeking access to their children": when the whole phrase will not read on its own, its
  // head before a participle or relative clause may.
  const cut = t.findIndex((x, k) => k > 0 && (x.pos === 'VERB' || /^(who|which|that)$/i.test(x.text)));
  for (const end of cut > 0 ? [b, a + cut] : [b]) {
    const text = renderSpan(doc, s, a, end);
    if (text && text.split(/\s+/).length <= 12) return a === 0 ? commonCase(doc, text) : text;
  }
  return undefined;
}

/** "The U.S. Dollar" opening a sentence is "the U.S. dollar" in a question, when the article writes the word so
 *  elsewhere and never capitalises it after a word. (context.ts's midSentenceCase counts "U.S. Dollar" itself as a
 *  capital, which keeps it.) */
function commonCase(doc: Doc, text: string): string {
  return text.replace(/\b\p{Lu}\p{Ll}+\b/gu, (w) => {
    const lower = new RegExp(`(?<![.!?]\\s)\\b${w.toLowerCase()}\\b`);
    const upper = new RegExp(`\\w[,;:]?\\s${w}\\b`);
    return doc.sentences.some((s) => lower.test(s.text)) && !doc.sentences.some((s) => upper.test(s.text)) ? w.toLowerCase() : w;
  });
}

/** The source's last capitalised word: "Ferguson" of "Manchester United manager Sir Alex Ferguson". */
function lastName(source: string): string | undefined {
  const words = source.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  return words.length ? words[words.length - 1].replace(/['’]s$/, '') : undefined;
}

function plural(head: Token): boolean {
  return head.pos === 'NOUN' && /s$/.test(head.lower) && head.lower !== head.lemma;
}
