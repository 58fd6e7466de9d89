import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './index.js';
import { pageParagraphs, parse } from './html.js';

const PAGE = `<!doctype html>
<html><head>
<title>Council passes budget - Town Times</title>
<meta property="og:title" content="Council passes budget">
<link rel="canonical" href="https://example.org/news/budget">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
 {"@type":"NewsArticle","headline":"Council passes budget","datePublished":"2024-03-05T21:10:00-05:00"}]}
</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
  <h1>Council passes budget</h1>
  <p class="byline">By Jane Doe</p>
  <p>The town council voted on Tuesday to approve a new budget that puts more money into
     schools and road repairs. The vote was five to two after a long debate.</p>
  <h2>What happens next</h2>
  <p>Officials said the money will be released in the spring, and the first road projects
     will begin soon after that.</p>
  <ul><li>Schools get three new teachers.</li><li>Main Street will be repaved.</li></ul>
  <figure><img src="x.jpg"><figcaption>Photo: Town Times</figcaption></figure>
  <p>Residents can comment at a public meeting <b>next month</b>.<br>Details will follow.</p>
  <h2>FAQ</h2>
</article>
<footer>Copyright Town Times</footer>
</body></html>`;

test('html: readability content by blocks, JSON-LD date in @graph, og:title, canonical URL', () => {
  const a = readArticle(PAGE, { source: 'budget.html' });
  assert.equal(a.format, 'html');
  assert.equal(a.title, 'Council passes budget');
  assert.equal(a.date, '2024-03-05');
  assert.equal(a.url, 'https://example.org/news/budget');
  assert.deepEqual(a.paragraphs, [
    'The town council voted on Tuesday to approve a new budget that puts more money into schools and road repairs. The vote was five to two after a long debate.',
    'What happens next',
    'Officials said the money will be released in the spring, and the first road projects will begin soon after that.',
    'Schools get three new teachers.',
    'Main Street will be repaved.',
    'Residents can comment at a public meeting next month. Details will follow.',
  ]);
  assert.equal(a.original, undefined);
});

test('html: date from article:published_time meta, or from <time datetime>', () => {
  const meta = '<html><head><meta property="article:published_time" content="2023-12-17T08:00:00Z"><title>Summit</title></head><body><p>Leaders met in the capital on Sunday for talks on trade and security.</p></body></html>';
  assert.equal(readArticle(meta).date, '2023-12-17');
  const time = '<article><h1>Summit ends</h1><time datetime="2023-12-18">Dec 18</time><p>The summit ended with a joint statement on trade and on security.</p></article>';
  const a = readArticle(time);
  assert.equal(a.date, '2023-12-18');
  assert.equal(a.title, 'Summit ends');
  assert.deepEqual(a.paragraphs, ['The summit ended with a joint statement on trade and on security.']);
  // A headline spelt differently from og:title is still not body text.
  const caps = '<html><head><meta property="og:title" content="Summit ends"></head><body><article><h1>SUMMIT ENDS</h1><p>The summit ended with a joint statement on trade.</p></article></body></html>';
  assert.deepEqual(readArticle(caps).paragraphs, ['The summit ended with a joint statement on trade.']);
});

test('html: JSON-LD as an array; an invalid date is no date', () => {
  const html = `<html><head><script type="application/ld+json">[{"@type":"Organization"},{"@type":"NewsArticle","datePublished":"2024-06-01"}]</script>
  <script type="application/ld+json">{ not json</script></head><body><p>The bridge opened to traffic on Saturday after two years of work.</p></body></html>`;
  assert.equal(readArticle(html).date, '2024-06-01');
  const bad = '<html><head><meta property="article:published_time" content="2023-13-45"></head><body><p>The bridge opened to traffic on Saturday.</p></body></html>';
  assert.equal(readArticle(bad).date, undefined);
});

test('html: a bare fragment reads; the title falls back to <h1>', () => {
  const a = readArticle('<h1>Park opens</h1><p>The mayor said on Monday that the new park will open in June.</p><p>It has a playground and a pond.');
  assert.equal(a.title, 'Park opens');
  assert.deepEqual(a.paragraphs, ['The mayor said on Monday that the new park will open in June.', 'It has a playground and a pond.']);
});

test('html: malformed markup does not crash', () => {
  const broken = '<html><body><div><p>Unclosed <b>bold <i>text about the budget and the vote of the council.</div></span></p></td><p>Second <a href="x>para';
  const a = readArticle(broken);
  assert.ok(a.paragraphs.length >= 1);
  assert.match(a.paragraphs[0], /^Unclosed bold text about the budget/);
  // Only scripts and styles: no text.
  assert.throws(() => readArticle('<html><body><script>var x = 1;</script></body></html>'), { code: 'NF002' });
});

test('html fallback when Readability finds nothing: the page <p>s, else the body blocks', () => {
  // A <time> inside a sentence is text.
  assert.deepEqual(
    readArticle('<article><time datetime="2024-01-01">Jan 1</time><p>The vote is on <time datetime="2024-01-08">Monday</time>, officials said.</p></article>').paragraphs,
    ['The vote is on Monday, officials said.'],
  );
  const doc = parse('<div><p>First <b>para</b>.</p><span>loose</span><p>Second<br><br>third.</p></div>');
  assert.deepEqual(
    pageParagraphs(doc).map((b) => b.text),
    ['First para.', 'Second third.'],
  );
  assert.deepEqual(
    pageParagraphs(parse('<div>Only a div</div><section>and a section</section>')).map((b) => b.text),
    ['Only a div', 'and a section'],
  );
});
