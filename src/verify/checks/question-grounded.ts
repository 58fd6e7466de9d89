import type { Check } from '../verifier.js';
import type { Doc } from '../../nlp/doc.js';
import { isNumber, normaliseNumber, words } from '../words.js';
import { resolvedDateText } from '../dates.js';

/** The article's words and numbers, computed once per document (every candidate is checked against them). */
const vocabulary = new WeakMap<Doc, { words: Set<string>; numbers: Set<string> }>();
function vocabularyOf(doc: Doc) {
  let v = vocabulary.get(doc);
  if (!v) {
    const all = new Set(words([doc.article.title ?? '', ...doc.sentences.map((s) => s.text)].join(' ')));
    // "al-Gosaibi" also vouches for "Gosaibi".
    for (const w of [...all]) if (/[-']/.test(w)) for (const part of w.split(/[-']/)) all.add(part);
    v = { words: all, numbers: new Set([...all].filter(isNumber).map(normaliseNumber)) };
    vocabulary.set(doc, v);
  }
  return v;
}

/** Names and numbers in the question occur somewhere in the article: a question must not invent them. */
export const questionGrounded: Check = {
  ruleId: 'question-grounded',
  run({ candidate, doc, evidence }) {
    const { words: articleWords, numbers: articleNumbers } = vocabularyOf(doc);
    // A relative time the question gives its date ("fall on 21 October 2022") may use the resolved words.
    const dated = words(resolvedDateText(doc, evidence));
    const known = (w: string) => articleWords.has(w) || dated.includes(w);
    const numbers = new Set([...articleNumbers, ...dated.filter(isNumber).map(normaliseNumber)]);
    const q = candidate.question.replace(/^\S+\s/, '');
    const names = q.match(/\b[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)*\b/g) ?? [];
    for (const name of names) {
      for (const part of name.split('-')) if (!known(part.toLowerCase())) return `question names "${name}", which the article does not`;
    }
    for (const w of words(candidate.question)) if (isNumber(w) && !numbers.has(normaliseNumber(w))) return `question number ${w} is not in the article`;
    return undefined;
  },
};
