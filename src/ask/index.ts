// Answering readers' own questions: from one text, one document, or the whole archive.
export { analyseQuestion, type AnswerType, type Question, type QuestionTerm } from './question.js';
export { answerFromDoc, rankSentences, CONFIDENCE_THRESHOLD, type DocAnswer, type AnswerOptions } from './answer.js';
export { answerFromText, articleFromText, type TextAnswer, type TextOptions } from './text.js';
export { askArchive, rankArticles, storedDoc, ARCHIVE_THRESHOLD, type ArchiveAnswer, type ArticleRef, type AskOptions, type RankedArticle } from './archive.js';
export { renderAsk, renderAskJson, renderAskMarkdown, ASK_FORMATS, type AskFormat } from './render.js';
export { detokenize } from './ptb.js';
