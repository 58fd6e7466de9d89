// newsfaq's public API: reading, annotating, generating, verifying and rendering FAQs (linguistic and LLM engines).
// The archive (store, ingest, ask) is `newsfaq/archive` and the HTTP server `newsfaq/server`, so that a program
// that only writes FAQs loads neither SQLite nor the web framework.
export type { Article, Candidate, Faq, FaqPair, FaqStats, InputFormat, Message, PairKind, SentenceId } from './types.js';
export { PAIR_KINDS } from './types.js';
export { NewsfaqError, ERRORS, MAX_INPUT_BYTES, type ErrorCode } from './errors.js';
export { readArticle, readArticles, detectFormat } from './article/index.js';
export { annotate } from './nlp/annotate.js';
export type { Doc, Sentence, Token, Entity } from './nlp/doc.js';
export { findTimes, formatDate } from './nlp/time/index.js';
export type { Engine } from './engines/engine.js';
export { linguisticEngine } from './engines/linguistic/index.js';
export { verify, verifyCandidate, CHECKS } from './verify/verifier.js';
export { generateFaq, generateFaqAsync, faqFromDoc, type FaqOptions } from './faq/generate.js';
export { select, defaultCount } from './faq/select.js';
export { FaqSchema, faqJsonSchema, FAQ_SCHEMA_VERSION } from './faq/schema.js';
export { render, renderMarkdown, renderJson, renderJsonLine, renderHtml, renderFilledText, faqPageJsonLd, jsonLdScript, type OutputFormat } from './render/index.js';
export { VERSION } from './version.js';
export { openaiEngine, llamaEngine, HybridEngine, createEngine, closeEngine, generateFaqWithEngine, resolveSettings, type OpenAiSettings, type LlamaSettings, type EngineSettings, type LlmSettings } from './engines/llm/index.js';
