// Answer a question from a single text (a paragraph, an article body): what `ask --article` and `eval ask` use.
import type { Article, SentenceId } from '../types.js';
import { annotate } from '../nlp/annotate.js';
import type { Doc } from '../nlp/doc.js';
import { normaliseParagraph } from '../article/text.js';
import { answerFromDoc, type AnswerOptions, type DocAnswer } from './answer.js';
import { detokenize, looksPtb, originalSpan, type Detokenized } from './ptb.js';

export interface TextOptions extends AnswerOptions {
  /** The text's date (YYYY-MM-DD): time answers are resolved against it. */
  readonly date?: string;
  /** The text is Penn-Treebank tokenised ("-LRB-", "did n't"): read it detokenised, answer in its own form.
   *  Default: detected. */
  readonly ptb?: boolean;
}

export interface TextAnswer extends Omit<DocAnswer, 'sentence'> {
  readonly sentence?: { readonly id: SentenceId; readonly text: string };
}

/** The Article for a bare text: paragraphs at blank lines. */
export function articleFromText(text: string, date?: string): Article {
  const paragraphs = text.split(/\n\s*\n/).map(normaliseParagraph).filter((p) => p !== '');
  return { id: 'text', format: 'plain', paragraphs, ...(date && { date }) };
}

/** Where each sentence starts in its paragraph (the Doc keeps sentence text, not offsets). */
function sentenceOffsets(doc: Doc): Map<string, number> {
  const out = new Map<string, number>();
  let para = -1;
  let cursor = 0;
  for (const s of doc.sentences) {
    if (s.paragraph !== para) { para = s.paragraph; cursor = 0; }
    const at = doc.article.paragraphs[para].indexOf(s.text, cursor);
    out.set(s.id, at < 0 ? cursor : at);
    cursor = at < 0 ? cursor : at + s.text.length;
  }
  return out;
}

export function answerFromText(question: string, context: string, options: TextOptions = {}): TextAnswer {
  const ptb = options.ptb ?? looksPtb(context);
  let d: Detokenized | undefined;
  let text = context;
  let q = question;
  if (ptb) {
    d = detokenize(context);
    text = d.text;
    q = detokenize(question).text;
  }
  const article = articleFromText(text, options.date);
  if (!article.paragraphs.length) return { answer: '', evidence: [], confidence: 0, type: 'thing', abstained: true };
  const doc = annotate(article);
  const res = answerFromDoc(q, doc, options);
  if (!d || !res.sentence) return res;
  // Back to the original tokenisation: a single paragraph, whitespace unchanged by detokenize().
  const base = sentenceOffsets(doc).get(res.sentence.id) ?? 0;
  const sent = originalSpan(d, context, base, base + res.sentence.text.length);
  const answer = res.offsets && !res.abstained ? originalSpan(d, context, base + res.offsets[0], base + res.offsets[1]) : res.answer;
  return { ...res, answer, sentence: { id: res.sentence.id, text: sent } };
}
