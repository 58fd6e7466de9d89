import type { Check } from '../verifier.js';
import { isNumber, normaliseNumber, words } from '../words.js';

/** Names and numbers in the question occur somewhere in the article: a question must not invent them. */
export const questionGrounded: Check = {
  ruleId: 'question-grounded',
  run({ candidate, doc }) {
    const text = [doc.article.title ?? '', ...doc.sentences.map((s) => s.text)].join(' ');
    const articleWords = new Set(words(text));
    const numbers = new Set([...articleWords].filter(isNumber).map(normaliseNumber));
    const q = candidate.question.replace(/^\S+\s/, '');
    const names = q.match(/\b[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)*\b/g) ?? [];
    for (const name of names) {
      for (const part of name.split('-')) if (!articleWords.has(part.toLowerCase())) return `question names "${name}", which the article does not`;
    }
    for (const w of words(candidate.question)) if (isNumber(w) && !numbers.has(normaliseNumber(w))) return `question number ${w} is not in the article`;
    return undefined;
  },
};
