import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString, mulberry32, shuffle } from './prng.js';
import { formatRatingsSummary, parseRatings, RatingsError, roundRobin, summariseRatings } from './review.js';

test('mulberry32 is deterministic and seed-dependent', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const xs = Array.from({ length: 5 }, () => a());
  assert.deepEqual(xs, Array.from({ length: 5 }, () => b()));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  assert.notDeepEqual(xs, Array.from({ length: 5 }, mulberry32(43)));
  assert.equal(hashString('rtqa_news'), hashString('rtqa_news'));
});

test('the seeded sample is deterministic and takes the sets in turn', () => {
  const files = Array.from({ length: 30 }, (_, i) => `f${String(i).padStart(2, '0')}.txt`);
  const lists = (seed: number) => [
    { set: 'bbc2005' as const, files: shuffle(files, mulberry32(hashString(`${seed}:bbc2005`))) },
    { set: 'reuters21578' as const, files: shuffle(files.slice(0, 2), mulberry32(hashString(`${seed}:reuters21578`))) },
  ];
  const one = roundRobin(lists(7), 6);
  assert.deepEqual(one, roundRobin(lists(7), 6));
  assert.notDeepEqual(one, roundRobin(lists(8), 6));
  assert.deepEqual(one.map((p) => p.set), ['bbc2005', 'reuters21578', 'bbc2005', 'reuters21578', 'bbc2005', 'bbc2005']);
  assert.equal(new Set(one.map((p) => `${p.set}/${p.file}`)).size, 6);
  // More than there are: all of them, once.
  assert.equal(roundRobin(lists(7), 100).length, 32);
});

const RATINGS = `# ratings by a reviewer, 2025-01-01
bbc2005/business_001.txt#1 1
bbc2005/business_001.txt#2 0 S # "the plan" is unclear
rtqa_news/20200101_usatoday_x.txt#3 0 W,R # obvious; answer buried

news_faq/20200101_cnn_y.txt#1 0
news_faq/20200101_cnn_y.txt#2 _
`;

test('ratings parse: scores, failed criteria, reasons, unrated pairs', () => {
  const { ratings, unrated } = parseRatings(RATINGS, 'r.txt');
  assert.equal(ratings.length, 4);
  assert.deepEqual(unrated, ['news_faq/20200101_cnn_y.txt#2']);
  assert.deepEqual(ratings[1], {
    pair: 'bbc2005/business_001.txt#2', set: 'bbc2005', file: 'business_001.txt', n: 2, score: 0, failed: ['S'], reason: '"the plan" is unclear', line: 3,
  });
  assert.deepEqual(ratings[2].failed, ['W', 'R']);
  const s = summariseRatings(ratings);
  assert.equal(s.all.rated, 4);
  assert.equal(s.all.acceptable, 1);
  assert.deepEqual(s.all.failures, { F: 0, S: 1, W: 1, U: 0, R: 1 });
  assert.equal(s.all.unspecified, 1);
  assert.equal(s.bySet.bbc2005?.rated, 2);
  const text = formatRatingsSummary(s, []);
  assert.match(text, /pairs rated: 4/);
  assert.match(text, /acceptable: 1 \(25\.0%\)/);
});

test('a malformed ratings line is an error naming its line', () => {
  const bad = (text: string, re: RegExp) =>
    assert.throws(() => parseRatings(text, 'r.txt'), (e: unknown) => e instanceof RatingsError && re.test(e.message), text);
  bad('bbc2005/a.txt#1 1\nbbc2005/a.txt 1\n', /^r\.txt:2: "bbc2005\/a\.txt" is not a pair id/);
  bad('\n\nbbc2005/a.txt#1 2\n', /^r\.txt:3: score "2" must be 0 or 1/);
  bad('bbc2005/a.txt#1 1 S\n', /^r\.txt:1: .*rated 1 .* names failed criteria/);
  bad('bbc2005/a.txt#1 0 X\n', /^r\.txt:1: unknown criterion "X"/);
  bad('nosuchset/a.txt#1 0\n', /^r\.txt:1: unknown set "nosuchset"/);
  bad('bbc2005/a.txt#1 0 S too unclear\n', /^r\.txt:1: unexpected "too unclear"/);
  bad('bbc2005/a.txt#1 1\n# c\nbbc2005/a.txt#1 0\n', /^r\.txt:3: .*rated twice \(first on line 1\)/);
  bad('bbc2005/a.txt#1\n', /^r\.txt:1: no score/);
});
