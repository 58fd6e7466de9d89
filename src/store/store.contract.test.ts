// The Store contract: what every backend must do, whatever it is built on. A backend's own test file calls
// runStoreContract with a factory for empty stores (sqlite.test.ts does so for SQLite); a PostgreSQL store
// would run the same suite.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Faq } from '../types.js';
import type { Store, StoreFactory } from './store.js';

export interface ContractOptions {
  /** Close a store and open the same data again (persistence); the suite skips that test without it. */
  readonly reopen?: (store: Store) => Promise<Store>;
}

export function makeArticle(id: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  return { id, format: 'dataset', paragraphs, ...extra };
}

export function makeFaq(article: Article, engine = 'linguistic', questions: [string, string][] = []): Faq {
  return {
    article: { id: article.id, title: article.title, date: article.date, source: article.source },
    pairs: questions.map(([question, answer], k) => ({
      question, answer, kind: 'event' as const, score: 0.5 - k / 100,
      evidence: [{ id: 'p0s0', text: article.paragraphs[0] }],
    })),
    engine,
    version: '9.9.9',
    stats: { sentences: 1, candidates: questions.length, rejected: 0, rejectedBy: {}, duplicates: 0 },
    messages: [],
  };
}

const TRAM = makeArticle('tram', [
  'The city council approved a new tram line on Monday after a long debate.',
  'The line will link the harbour with the university. It is expected to open in 2027.',
], { title: 'Council backs new tram line', date: '2024-05-02', source: 'tram.txt' });
const FLOOD = makeArticle('flood', [
  'Heavy rain flooded the old town on Friday. Firefighters pumped water from cellars all night.',
], { title: 'Floods in the old town', date: '2024-06-10', source: 'flood.txt' });
const BUDGET = makeArticle('budget', [
  'The finance minister presented a budget that raises taxes on tobacco.',
], { title: 'Budget raises tobacco tax', source: 'budget.md' });

export function runStoreContract(name: string, makeStore: StoreFactory, options: ContractOptions = {}): void {
  describe(`Store contract: ${name}`, () => {
    async function withStore(fn: (s: Store) => Promise<void>): Promise<void> {
      const s = await makeStore();
      try {
        await fn(s);
      } finally {
        await s.close();
      }
    }

    test('putArticle adds once, then reports unchanged for the same content', () => withStore(async (s) => {
      assert.deepEqual(await s.putArticle({ article: TRAM }), { id: 'tram', status: 'added' });
      assert.deepEqual(await s.putArticle({ article: TRAM }), { id: 'tram', status: 'unchanged' });
      // the same content under another id and source is the same article
      assert.deepEqual(await s.putArticle({ article: { ...TRAM, id: 'other', source: 'copy.md' } }), { id: 'tram', status: 'unchanged' });
      const c = await s.counts();
      assert.equal(c.articles, 1);
      assert.equal(c.sentences, 3);
    }));

    test('getArticle returns the article as stored, with its hash and times', () => withStore(async (s) => {
      await s.putArticle({ article: TRAM });
      const got = await s.getArticle('tram');
      assert.ok(got);
      assert.deepEqual(got.article, TRAM);
      assert.match(got.contentHash, /^[0-9a-f]{16,}$/);
      assert.ok(!Number.isNaN(Date.parse(got.addedAt)));
      assert.equal(await s.getArticle('nope'), undefined);
      assert.ok((await s.contentHashes()).has(got.contentHash));
    }));

    test('the same id with new content is updated: sentences, search and FAQs replaced', () => withStore(async (s) => {
      await s.putArticle({ article: TRAM, faq: makeFaq(TRAM, 'linguistic', [['What did the council approve?', 'A new tram line.']]) });
      const changed = { ...TRAM, paragraphs: ['The council rejected the tram line.'] };
      assert.deepEqual(await s.putArticle({ article: changed }), { id: 'tram', status: 'updated' });
      assert.deepEqual((await s.getSentences('tram'))!.map((x) => x.text), ['The council rejected the tram line.']);
      assert.equal((await s.searchSentences('harbour university')).length, 0);
      assert.equal((await s.searchSentences('rejected'))[0].articleId, 'tram');
      assert.equal(await s.getFaq('tram'), undefined);
      assert.equal((await s.counts()).articles, 1);
    }));

    test('sentences keep their ids and order; given sentences are used as they are', () => withStore(async (s) => {
      await s.putArticle({ article: TRAM });
      assert.deepEqual((await s.getSentences('tram'))!.map((x) => x.id), ['p0s0', 'p1s0', 'p1s1']);
      await s.putArticle({ article: FLOOD, sentences: [{ id: 'p0s0', text: FLOOD.paragraphs[0] }] });
      assert.equal((await s.getSentences('flood'))!.length, 1);
      assert.equal(await s.getSentences('nope'), undefined);
    }));

    test('putArticles is atomic: one bad record stores nothing', () => withStore(async (s) => {
      const bad = { article: null as unknown as Article };
      await assert.rejects(s.putArticles([{ article: TRAM }, bad, { article: FLOOD }]));
      assert.equal((await s.counts()).articles, 0);
      const res = await s.putArticles([{ article: TRAM }, { article: FLOOD }, { article: TRAM }]);
      assert.deepEqual(res.map((r) => r.status), ['added', 'added', 'unchanged']);
    }));

    test('listArticles pages newest first, undated last, and filters by words and source', () => withStore(async (s) => {
      await s.putArticles([{ article: TRAM }, { article: BUDGET }, { article: FLOOD }]);
      const all = await s.listArticles();
      assert.deepEqual(all.items.map((a) => a.id), ['flood', 'tram', 'budget']);
      assert.equal(all.total, 3);
      assert.equal(all.nextOffset, undefined);
      const p1 = await s.listArticles({ limit: 2 });
      assert.deepEqual(p1.items.map((a) => a.id), ['flood', 'tram']);
      assert.equal(p1.nextOffset, 2);
      const p2 = await s.listArticles({ limit: 2, offset: p1.nextOffset });
      assert.deepEqual(p2.items.map((a) => a.id), ['budget']);
      assert.deepEqual((await s.listArticles({ search: 'tram harbour' })).items.map((a) => a.id), ['tram']);
      assert.deepEqual((await s.listArticles({ search: 'tram flooded' })).items, []);
      assert.deepEqual((await s.listArticles({ source: 'budget.md' })).items.map((a) => a.id), ['budget']);
      assert.equal(all.items[0].title, 'Floods in the old town');
      assert.ok(all.items[0].words > 10);
    }));

    test('putFaq keeps one FAQ per engine with its version; getFaq by engine or latest', () => withStore(async (s) => {
      await s.putArticle({ article: TRAM, faq: makeFaq(TRAM, 'linguistic', [['What did the council approve?', 'A new tram line.']]) });
      const got = await s.getFaq('tram', 'linguistic');
      assert.ok(got);
      assert.equal(got.faq.engine, 'linguistic');
      assert.equal(got.faq.version, '9.9.9');
      assert.equal(got.faq.pairs[0].question, 'What did the council approve?');
      assert.deepEqual(got.faq.pairs[0].evidence, [{ id: 'p0s0', text: TRAM.paragraphs[0] }]);
      await s.putFaq('tram', makeFaq(TRAM, 'linguistic', [['When will the line open?', 'In 2027.'], ['What will it link?', 'The harbour and the university.']]));
      assert.equal((await s.getFaq('tram', 'linguistic'))!.faq.pairs.length, 2);
      await s.putFaq('tram', makeFaq(TRAM, 'llm', [['Why?', 'Because.']]));
      assert.equal((await s.counts()).faqs, 2);
      assert.equal((await s.getFaq('tram', 'llm'))!.faq.engine, 'llm');
      assert.equal(await s.getFaq('tram', 'none'), undefined);
      await assert.rejects(s.putFaq('nope', makeFaq(TRAM)));
      // an unchanged article gains a FAQ from an engine it did not have
      await s.putArticle({ article: TRAM, faq: makeFaq(TRAM, 'third', [['Who?', 'The council.']]) });
      assert.ok(await s.getFaq('tram', 'third'));
    }));

    test('searchSentences ranks by BM25 with positive, falling scores; term groups are alternatives', () => withStore(async (s) => {
      await s.putArticles([{ article: TRAM }, { article: FLOOD }, { article: BUDGET }]);
      const hits = await s.searchSentences('When will the tram line open?');
      assert.ok(hits.length >= 2);
      assert.equal(hits[0].articleId, 'tram');
      assert.ok(hits.every((h) => h.score > 0));
      for (let k = 1; k < hits.length; k++) assert.ok(hits[k - 1].score >= hits[k].score);
      assert.match(hits[0].sentenceId, /^p\d+s\d+$/);
      // stemming: "floods" finds "flooded"; a group of alternatives matches any of them
      assert.equal((await s.searchSentences('floods'))[0].articleId, 'flood');
      assert.equal((await s.searchSentences([['levy', 'taxes']]))[0].articleId, 'budget');
      assert.deepEqual(await s.searchSentences('the of and'), []);
      assert.deepEqual(await s.searchSentences('"quoted" (weird) AND NOT*'), []);
      const only = await s.searchSentences('line tram council rain', { articleIds: ['flood'] });
      assert.ok(only.length > 0 && only.every((h) => h.articleId === 'flood'));
      assert.equal((await s.searchSentences('tram line', { limit: 1 })).length, 1);
    }));

    test('searchPairs and searchArticles find FAQ questions and articles', () => withStore(async (s) => {
      await s.putArticle({ article: TRAM, faq: makeFaq(TRAM, 'linguistic', [['When will the tram line open?', 'In 2027.'], ['What did the council approve?', 'A new tram line.']]) });
      await s.putArticle({ article: FLOOD, faq: makeFaq(FLOOD, 'linguistic', [['What flooded the old town?', 'Heavy rain.']]) });
      const pairs = await s.searchPairs('when does the tram open');
      assert.equal(pairs[0].question, 'When will the tram line open?');
      assert.equal(pairs[0].articleId, 'tram');
      assert.equal(pairs[0].engine, 'linguistic');
      assert.equal(pairs[0].position, 0);
      assert.ok(pairs[0].score > 0);
      assert.equal((await s.searchPairs('tram', { articleIds: ['flood'] })).length, 0);
      const arts = await s.searchArticles('old town cellars');
      assert.equal(arts[0].articleId, 'flood');
      assert.equal(arts[0].title, 'Floods in the old town');
      assert.ok(arts[0].score > 0);
    }));

    test('termCounts counts the articles holding each term group, and follows writes', () => withStore(async (s) => {
      await s.putArticles([{ article: TRAM }, { article: FLOOD }, { article: BUDGET }]);
      // "old" occurs in FLOOD only; "tram" or "rain" in TRAM and FLOOD; "zeppelin" nowhere; "the" in all three
      assert.deepEqual(await s.termCounts([['old'], ['tram', 'rain'], ['zeppelin'], ['the']]), { articles: 3, counts: [1, 2, 0, 3] });
      await s.deleteArticle('flood');
      assert.deepEqual(await s.termCounts([['old'], ['tram', 'rain']]), { articles: 2, counts: [0, 1] });
    }));

    test('deleteArticle removes the article from every index', () => withStore(async (s) => {
      await s.putArticle({ article: TRAM, faq: makeFaq(TRAM, 'linguistic', [['What did the council approve?', 'A new tram line.']]) });
      assert.equal(await s.deleteArticle('tram'), true);
      assert.equal(await s.deleteArticle('tram'), false);
      assert.deepEqual(await s.counts(), { articles: 0, sentences: 0, faqs: 0, pairs: 0 });
      assert.deepEqual(await s.searchSentences('tram'), []);
      assert.deepEqual(await s.searchPairs('council'), []);
      assert.deepEqual(await s.searchArticles('tram'), []);
      assert.equal((await s.putArticle({ article: TRAM })).status, 'added');
    }));

    test('annotations round-trip by version', () => withStore(async (s) => {
      const data = new Uint8Array([1, 2, 3, 250]);
      await s.putArticle({ article: TRAM, annotation: { version: 'a1', data } });
      assert.deepEqual([...(await s.getAnnotation('tram', 'a1'))!], [1, 2, 3, 250]);
      assert.equal(await s.getAnnotation('tram', 'a2'), undefined);
    }));

    test('checkIntegrity finds nothing wrong in a store in use', () => withStore(async (s) => {
      await s.putArticles([{ article: TRAM, faq: makeFaq(TRAM, 'linguistic', [['Q?', 'A.']]) }, { article: FLOOD }]);
      await s.deleteArticle('flood');
      assert.deepEqual(await s.checkIntegrity(), []);
    }));

    test('data persists across close and reopen', { skip: !options.reopen && 'no reopen given' }, async () => {
      let s = await makeStore();
      await s.putArticle({ article: TRAM, faq: makeFaq(TRAM, 'linguistic', [['Q?', 'A.']]) });
      s = await options.reopen!(s);
      try {
        assert.equal((await s.counts()).articles, 1);
        assert.equal((await s.putArticle({ article: TRAM })).status, 'unchanged');
        assert.equal((await s.searchSentences('harbour'))[0].articleId, 'tram');
      } finally {
        await s.close();
      }
    });
  });
}
