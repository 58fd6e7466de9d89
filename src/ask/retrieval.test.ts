// Article ranking on small invented archives: each question word counts once at article level, whatever forms it is
// searched in, and a long article is not buried by its length.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { analyseQuestion } from './question.js';
import { rankArticles, searchTerms } from './retrieval.js';

async function archive(articles: Record<string, { title: string; paragraphs: string[] }>): Promise<Store> {
  const store = openSqliteStore(':memory:');
  // Unrelated articles so that the question's words are rare, as in a real archive.
  const filler = ['A bakery in Carrow won a prize for its rye bread on Sunday.', 'The river festival drew large crowds despite the rain.',
    'A new cycle path opened along the canal in Dunmere.', 'Farmers reported a good apple harvest this autumn.'];
  for (let k = 0; k < 12; k++) {
    await store.putArticle({ article: { id: `filler-${k}`, title: `Local news ${k}`, format: 'plain', paragraphs: [filler[k % 4], `Item ${k} of the weekly round-up.`] } });
  }
  for (const [id, a] of Object.entries(articles)) await store.putArticle({ article: { id, format: 'plain', ...a } });
  return store;
}

test('ranking: a question word asked in a form unlike its lemma counts once, not twice', async () => {
  // "councils" is searched as "councils" and "council": the index counts them as two words of the question, so an
  // article about councils outranked the one about the postponed vote.
  const q = analyseQuestion('Why did the councils postpone the vote?');
  assert.ok(searchTerms(q).some((g) => g.includes('councils') && g.includes('council')));
  const store = await archive({
    right: { title: 'Vote postponed', paragraphs: ['The town postponed its vote on the harbour plan until the spring because engineers asked for more time.'] },
    wrong: { title: 'Councils merge their offices', paragraphs: ['Two councils in the north agreed to merge their offices, the council leaders said on Monday after a vote.'] },
  });
  const ranked = await rankArticles(store, q);
  assert.deepEqual(ranked.slice(0, 2).map((r) => r.articleId), ['right', 'wrong']);
  await store.close();
});

test('ranking: a long article holding every word of the question beats a short one holding most of them', async () => {
  const q = analyseQuestion('How will the tram line change commuting in Eastvale?');
  const long = [
    'Eastvale tram line: what commuters need to know.',
    ...Array.from({ length: 20 }, (_, k) => `Part ${k + 1} of the plan describes stops, timetables, fares and the depot in plain detail for residents of the valley towns.`),
    'The tram line should change commuting for Eastvale, planners said.',
  ];
  const store = await archive({
    right: { title: 'Valley transport plan', paragraphs: long },
    wrong: { title: 'Bus fares to rise', paragraphs: ['Bus fares in Eastvale will change in May, and a new line is planned for commuting.'] },
  });
  const ranked = await rankArticles(store, q);
  assert.deepEqual(ranked.slice(0, 2).map((r) => r.articleId), ['right', 'wrong']);
  await store.close();
});
