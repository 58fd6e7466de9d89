// The HTTP API, described for developers wiring newsfaq into a CMS (served at /openapi.json). The FAQ schema is the
// one the CLI's JSON output follows (src/faq/schema.ts); openapi.test.ts checks every API route is described here.
import { faqJsonSchema } from '../faq/schema.js';
import { PAIR_KINDS } from '../types.js';
import { HISTORY_ACTIONS, PAIR_STATUSES } from '../desk/model.js';
import { VERSION } from '../version.js';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description = 'OK'): Json => ({ description, content: { 'application/json': { schema } } });
const err = (description: string): Json => json(ref('Error'), description);
const idParam: Json = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'Article id (URL-encoded).' };
const pairParam: Json = { name: 'pairId', in: 'path', required: true, schema: { type: 'integer' } };
const formatParam: Json = { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'md', 'html'], default: 'json' }, description: 'json: the FAQ schema; md: Markdown; html: fragment with FAQPage and NewsArticle JSON-LD.' };
const ifMatch: Json = { name: 'If-Match', in: 'header', schema: { type: 'string' }, description: 'The desk revision the change was made on ("5"); a stale one gets 409.' };
const editor = [{ bearerAuth: [] }, { sessionCookie: [], csrfHeader: [] }];
const exportContent: Json = {
  description: 'The FAQ in the requested format',
  content: { 'application/json': { schema: ref('Faq') }, 'text/markdown': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } } },
};
const editorErrors: Json = { 401: err('No editor: sign in or send an API token'), 403: err('Cookie session without the CSRF token') };
const articleErrors: Json = { 404: err('No such article (or pair)'), 409: err('Stale revision, a flagged pair approved without override, or nothing to publish') };
const bodyErrors: Json = { 400: err('Malformed JSON or invalid fields'), 413: err('Body too large'), 415: err('Body is not application/json') };

function faqSchema(): Json {
  const { $schema: _s, $id: _i, ...rest } = faqJsonSchema() as Json;
  return rest;
}

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsfaq',
      version: VERSION,
      description: 'Grounded FAQs for news articles: every answer cites the article sentences (ids like p3s1) it rests on. '
        + 'Reading, searching and asking are public; everything that changes the archive or the desk needs an editor: an API token '
        + '(`newsfaq user token NAME`, sent as `Authorization: Bearer nfk_...`) or a signed-in session cookie plus its CSRF token in `X-CSRF-Token`. '
        + 'Errors are JSON: `{"error": {"code", "message"}}`. Bodies are limited to 64 KiB (6 MiB when posting an article).',
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/health': { get: { summary: 'Health', responses: { 200: json({ type: 'object', properties: { status: { const: 'ok' }, version: { type: 'string' }, store: { type: 'string' }, articles: { type: 'integer' }, uptimeS: { type: 'integer' } } }) } } },
      '/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } },
      '/api/articles': {
        get: {
          summary: 'List articles, newest first, optionally filtered by words',
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'string' }, description: 'Words that must all occur in title or text.' },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 20 } },
            { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
            { name: 'source', in: 'query', schema: { type: 'string' } },
          ],
          responses: { 200: json(ref('ArticlePage')), 400: err('Bad parameter') },
        },
        post: {
          summary: 'Add an article (its FAQ draft is generated and stored)',
          security: editor,
          requestBody: { required: true, content: { 'application/json': { schema: ref('ArticleInput') } } },
          responses: { 201: json({ type: 'object', properties: { articles: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, status: { enum: ['added', 'updated', 'unchanged'] }, url: { type: 'string' } } } } } }, 'Stored (200 when already stored unchanged)'), ...bodyErrors, ...editorErrors, 422: err('No FAQ could be generated') },
        },
      },
      '/api/search': {
        get: {
          summary: 'Ranked search (BM25) over articles and published FAQ pairs',
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }, { name: 'limit', in: 'query', schema: { type: 'integer', default: 20 } }],
          responses: { 200: json({ type: 'object', properties: { query: { type: 'string' }, articles: { type: 'array', items: { type: 'object' } }, pairs: { type: 'array', items: { type: 'object' } } } }), 400: err('No query') },
        },
      },
      '/api/articles/{id}': {
        get: { summary: 'An article with its sentences and their ids', parameters: [idParam], responses: { 200: json(ref('StoredArticle')), 404: err('No such article') } },
      },
      '/api/articles/{id}/faq': {
        get: { summary: 'The published FAQ (export in JSON, Markdown or HTML)', parameters: [idParam, formatParam], responses: { 200: exportContent, 304: { description: 'Not modified (ETag)' }, 404: err('No such article, or no FAQ published yet (code not_published)') } },
      },
      '/api/articles/{id}/faq/draft': {
        get: { summary: 'The approved pairs as they would be published now', security: editor, parameters: [idParam, formatParam], responses: { 200: exportContent, ...editorErrors, 404: err('No such article') } },
      },
      '/api/articles/{id}/desk': {
        get: { summary: "The FAQ as editors see it: every pair with status, origin, verifier flag; the article's sentences", security: editor, parameters: [idParam], responses: { 200: json(ref('DeskState')), ...editorErrors, 404: err('No such article') } },
      },
      '/api/articles/{id}/history': {
        get: { summary: 'Edit history, newest first', security: editor, parameters: [idParam, { name: 'limit', in: 'query', schema: { type: 'integer', default: 200 } }], responses: { 200: json({ type: 'object', properties: { articleId: { type: 'string' }, history: { type: 'array', items: ref('HistoryEntry') } } }), ...editorErrors, 404: err('No such article') } },
      },
      '/api/articles/{id}/pairs': {
        post: { summary: 'Add a pair by hand (checked by the verifier; flagged when its evidence does not support it)', security: editor, parameters: [idParam, ifMatch], requestBody: { required: true, content: { 'application/json': { schema: ref('NewPair') } } }, responses: { 201: json({ type: 'object', properties: { pair: ref('DeskPair'), revision: { type: 'integer' } } }), ...bodyErrors, ...editorErrors, ...articleErrors } },
      },
      '/api/articles/{id}/pairs/{pairId}': {
        patch: { summary: 'Edit a pair and/or set its status (approving a flagged pair needs override: true)', security: editor, parameters: [idParam, pairParam, ifMatch], requestBody: { required: true, content: { 'application/json': { schema: ref('PairEdit') } } }, responses: { 200: json({ type: 'object', properties: { pair: ref('DeskPair'), revision: { type: 'integer' } } }), ...bodyErrors, ...editorErrors, ...articleErrors } },
      },
      '/api/articles/{id}/pairs/order': {
        put: { summary: 'Reorder: the listed pairs first, in that order', security: editor, parameters: [idParam, ifMatch], requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['order'], properties: { order: { type: 'array', items: { type: 'integer' } }, revision: { type: 'integer' } } } } } }, responses: { 200: json(ref('DeskState')), ...bodyErrors, ...editorErrors, ...articleErrors } },
      },
      '/api/articles/{id}/regenerate': {
        post: { summary: 'Generate the machine pairs again; approved, edited, hand-added and rejected pairs are kept', security: editor, parameters: [idParam, ifMatch], requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { count: { type: 'integer', minimum: 1, maximum: 50 }, revision: { type: 'integer' } } } } } }, responses: { 200: json({ type: 'object', properties: { merged: { type: 'object', properties: { kept: { type: 'integer' }, refreshed: { type: 'integer' }, added: { type: 'integer' }, dropped: { type: 'integer' } } }, state: ref('DeskState') } }), ...bodyErrors, ...editorErrors, ...articleErrors, 429: err('Rate limited') } },
      },
      '/api/articles/{id}/publish': {
        post: { summary: 'Publish the approved pairs (reader page, exports, JSON-LD)', security: editor, parameters: [idParam, ifMatch], responses: { 200: json({ type: 'object', properties: { published: ref('Faq'), url: { type: 'string' } } }), ...editorErrors, ...articleErrors } },
      },
      '/api/faq': {
        post: { summary: 'Generate an FAQ for a posted article without storing it', security: editor, parameters: [formatParam], requestBody: { required: true, content: { 'application/json': { schema: { allOf: [ref('ArticleInput'), { type: 'object', properties: { count: { type: 'integer', minimum: 1, maximum: 50 } } }] } } } }, responses: { 200: exportContent, ...bodyErrors, ...editorErrors, 422: err('No FAQ could be generated'), 429: err('Rate limited') } },
      },
      '/api/ask': {
        post: { summary: "Ask a question of one article (articleId) or of the whole archive", requestBody: { required: true, content: { 'application/json': { schema: ref('AskRequest') } } }, responses: { 200: json(ref('AskAnswer')), ...bodyErrors, 404: err('No such article'), 429: err('Rate limited (new questions only; answers already given are not counted)'), 503: err('Too many questions being answered') } },
        get: { summary: 'The same, as a GET', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 500 } }, { name: 'article', in: 'query', schema: { type: 'string' } }, { name: 'asOf', in: 'query', schema: { type: 'string', format: 'date' } }], responses: { 200: json(ref('AskAnswer')), 400: err('No question'), 404: err('No such article'), 429: err('Rate limited') } },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token from `newsfaq user token NAME`.' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'nf_session', description: 'Set by signing in at /login.' },
        csrfHeader: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: "The session's CSRF token; required with the cookie on POST, PUT, PATCH and DELETE." },
      },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
        ArticleInput: {
          type: 'object', required: ['text'],
          description: 'The article as a document in any supported format (detected), or its text with title/date/url fields.',
          properties: {
            text: { type: 'string', description: 'Plain text, Markdown, HTML, the data-set layout, or JSON.' },
            title: { type: 'string', maxLength: 500 }, date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            url: { type: 'string', format: 'uri', description: 'http or https only' }, id: { type: 'string', maxLength: 200 },
            format: { type: 'string', enum: ['auto', 'seed', 'dataset', 'markdown', 'html', 'json', 'jsonl', 'plain'] }, source: { type: 'string' },
          },
        },
        ArticleSummary: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' }, source: { type: 'string' }, url: { type: 'string' }, words: { type: 'integer' }, addedAt: { type: 'string' }, published: { type: 'boolean' } } },
        ArticlePage: { type: 'object', properties: { items: { type: 'array', items: ref('ArticleSummary') }, total: { type: 'integer' }, nextOffset: { type: 'integer' } } },
        Sentence: { type: 'object', properties: { id: { type: 'string', pattern: '^p\\d+s\\d+$' }, text: { type: 'string' } } },
        StoredArticle: { type: 'object', properties: { article: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' }, paragraphs: { type: 'array', items: { type: 'string' } } } }, sentences: { type: 'array', items: ref('Sentence') }, addedAt: { type: 'string' }, updatedAt: { type: 'string' }, published: { type: 'boolean' } } },
        Faq: faqSchema(),
        DeskPair: {
          type: 'object',
          properties: {
            id: { type: 'integer' }, position: { type: 'integer' }, question: { type: 'string' }, answer: { type: 'string' },
            kind: { enum: [...PAIR_KINDS] }, score: { type: 'number' }, evidence: { type: 'array', items: ref('Sentence') },
            status: { enum: [...PAIR_STATUSES] }, origin: { enum: ['machine', 'manual'] }, edited: { type: 'boolean' },
            flag: { type: 'object', description: 'Present when the verifier does not support the pair', properties: { ruleId: { type: 'string' }, reason: { type: 'string' } } },
            updatedAt: { type: 'string' }, updatedBy: { type: 'string' },
          },
        },
        DeskState: {
          type: 'object',
          properties: {
            article: { type: 'object' }, revision: { type: 'integer' },
            published: { type: 'object', properties: { revision: { type: 'integer' }, at: { type: 'string' }, by: { type: 'string' }, pairs: { type: 'integer' } } },
            unpublishedChanges: { type: 'boolean' }, pairs: { type: 'array', items: ref('DeskPair') }, sentences: { type: 'array', items: ref('Sentence') },
          },
        },
        PairEdit: {
          type: 'object',
          properties: {
            question: { type: 'string', maxLength: 300 }, answer: { type: 'string', maxLength: 2000 },
            evidence: { oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }] }, kind: { enum: [...PAIR_KINDS] },
            status: { enum: [...PAIR_STATUSES] }, override: { type: 'boolean' }, revision: { type: 'integer' },
          },
        },
        NewPair: {
          type: 'object', required: ['question', 'answer', 'evidence'],
          properties: { question: { type: 'string' }, answer: { type: 'string' }, evidence: { oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }] }, kind: { enum: [...PAIR_KINDS] }, revision: { type: 'integer' } },
        },
        HistoryEntry: { type: 'object', properties: { id: { type: 'integer' }, pairId: { type: 'integer' }, action: { enum: [...HISTORY_ACTIONS] }, user: { type: 'string' }, at: { type: 'string' }, detail: { type: 'object' } } },
        AskRequest: { type: 'object', required: ['question'], properties: { question: { type: 'string', maxLength: 500 }, articleId: { type: 'string', description: 'Ask this article only; absent: the whole archive' }, asOf: { type: 'string', format: 'date', description: 'The day the question is asked (YYYY-MM-DD): news of that day and the days before ranks higher, later articles are left out' } } },
        AskAnswer: {
          type: 'object',
          properties: {
            scope: { enum: ['article', 'archive'] }, question: { type: 'string' }, answer: { type: 'string', description: "'' when abstained" },
            abstained: { type: 'boolean' }, confidence: { type: 'number' }, type: { type: 'string' }, evidence: { type: 'array', items: ref('Sentence') },
            article: { type: 'object' }, resolved: { type: 'string' }, reused: { type: 'object' }, ranked: { type: 'array', items: { type: 'object' } },
          },
        },
      },
    },
  };
}
