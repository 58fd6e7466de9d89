import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { renderHtml, escapeHtml } from './html.js';
import { HOSTILE_A, HOSTILE_Q, HOSTILE_TITLE, hostileFaq, makeFaq, plainFaq } from './fixtures.test.js';

const count = (s: string, sub: string) => s.split(sub).length - 1;

function parse(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

function jsonLdOf(html: string): Record<string, any> {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m, 'JSON-LD script present');
  return JSON.parse(m[1]);
}

test('escapeHtml escapes the five significant characters', () => {
  assert.equal(escapeHtml(`<a href="x">&'</a>`), '&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
});

test('plain FAQ: one heading per question, evidence ids, FAQPage JSON-LD', () => {
  const html = renderHtml(plainFaq);
  assert.match(html, /^<section class="newsfaq" /);
  assert.match(html, /<h2 id="newsfaq-riverton-1">FAQ: Riverton approves footbridge<\/h2>/);
  assert.match(html, /aria-labelledby="newsfaq-riverton-1"/);
  assert.match(html, /data-evidence="p0s0 p1s2"/);
  assert.match(html, /<h3 class="newsfaq-question">What did Riverton council approve\?<\/h3>/);
  assert.match(html, /<p class="newsfaq-answer">A footbridge over the Lune canal\.<\/p>/);
  const ld = jsonLdOf(html);
  assert.deepEqual(ld, {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: plainFaq.pairs.map((p) => ({
      '@type': 'Question',
      name: p.question,
      acceptedAnswer: { '@type': 'Answer', text: p.answer },
    })),
  });
});

test('hostile text cannot close the script, open a comment or inject markup', () => {
  const html = renderHtml(hostileFaq, { newsArticle: true });
  // Exactly one real <script> element, so exactly one closing tag.
  assert.equal(count(html, '<script'), 1);
  assert.equal(count(html.toLowerCase(), '</script'), 1);
  assert.equal(count(html, '<!--'), 0);
  const raw = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1];
  assert.ok(!/[<>&\u2028\u2029]/.test(raw), 'JSON-LD holds no raw < > & or line/paragraph separators');
  assert.ok(html.includes('FAQ: Mayor&#39;s &quot;bridge&quot; &amp; &lt;canal&gt; plan'));

  const doc = parse(html);
  assert.equal(doc.querySelectorAll('script').length, 1);
  assert.equal(doc.querySelectorAll('section').length, 1);
  assert.equal(doc.querySelector('h2')!.textContent, `FAQ: ${HOSTILE_TITLE}`);
  const shownQ = doc.querySelector('h3')!.textContent;
  const shownA = doc.querySelector('p.newsfaq-answer')!.textContent;
  assert.equal(shownQ, HOSTILE_Q);
  assert.equal(shownA, HOSTILE_A);

  // The parsed script text gives back the exact strings, identical to the visible ones.
  const ld = JSON.parse(doc.querySelector('script')!.textContent!);
  const faqPage = ld['@graph'].find((n: any) => n['@type'] === 'FAQPage');
  assert.equal(faqPage.mainEntity[0].name, HOSTILE_Q);
  assert.equal(faqPage.mainEntity[0].acceptedAnswer.text, HOSTILE_A);
  assert.equal(faqPage.mainEntity[0].name, shownQ);
  assert.equal(faqPage.mainEntity[0].acceptedAnswer.text, shownA);
});

test('newsArticle adds a NewsArticle node beside the FAQPage in one @graph', () => {
  const ld = jsonLdOf(renderHtml(plainFaq, { newsArticle: true }));
  assert.equal(ld['@context'], 'https://schema.org');
  assert.deepEqual(
    ld['@graph'].map((n: any) => n['@type']),
    ['FAQPage', 'NewsArticle'],
  );
  assert.equal(ld['@graph'][0]['@context'], undefined, 'context only once, at the top');
  assert.deepEqual(ld['@graph'][1], {
    '@type': 'NewsArticle',
    headline: 'Riverton approves footbridge',
    datePublished: '2031-04-09',
  });
});

test('opts.article overrides the FAQ article metadata', () => {
  const html = renderHtml(plainFaq, {
    newsArticle: true,
    article: { title: 'Footbridge vote', date: '2031-04-10', url: 'https://example.org/fb' },
  });
  assert.match(html, /<h2 [^>]*>FAQ: Footbridge vote<\/h2>/);
  assert.deepEqual(jsonLdOf(html)['@graph'][1], {
    '@type': 'NewsArticle',
    headline: 'Footbridge vote',
    datePublished: '2031-04-10',
    url: 'https://example.org/fb',
  });
});

test('no pairs: no (invalid) empty FAQPage; untitled heading; odd ids made safe', () => {
  const html = renderHtml(makeFaq([], { id: 'a b/"c', title: undefined }));
  assert.ok(!html.includes('<script'));
  assert.match(html, /<h2 id="newsfaq-a-b--c">FAQ<\/h2>/);
  assert.match(html, /data-article-id="a b\/&quot;c"/);
});
