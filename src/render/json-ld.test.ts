import { test } from 'node:test';
import assert from 'node:assert/strict';
import { faqPageJsonLd, jsonLdGraph, jsonLdScript, newsArticleJsonLd, safeJsonLdText } from './json-ld.js';
import { HOSTILE_A, HOSTILE_Q, hostileFaq, plainFaq } from './fixtures.test.js';

test('faqPageJsonLd: one Question per pair, in order, strings untouched', () => {
  const ld = faqPageJsonLd(plainFaq) as { mainEntity: any[] };
  assert.equal(ld.mainEntity.length, 2);
  assert.deepEqual(ld.mainEntity[1], {
    '@type': 'Question',
    name: 'How much will the footbridge cost?',
    acceptedAnswer: { '@type': 'Answer', text: 'About 2.4 million crowns.' },
  });
});

test('safeJsonLdText escapes <, >, &, U+2028 and U+2029 and still round-trips', () => {
  const obj = faqPageJsonLd(hostileFaq);
  const text = safeJsonLdText(obj);
  assert.ok(!/[<>&\u2028\u2029]/.test(text));
  assert.ok(text.includes('\\u003c/script\\u003e'));
  assert.ok(text.includes('\\u003c!--'));
  assert.deepEqual(JSON.parse(text), obj);
  const back = JSON.parse(text) as { mainEntity: any[] };
  assert.equal(back.mainEntity[0].name, HOSTILE_Q);
  assert.equal(back.mainEntity[0].acceptedAnswer.text, HOSTILE_A);
});

test('jsonLdScript wraps the safe text in exactly one script element', () => {
  const s = jsonLdScript({ a: '</SCRIPT></script>' });
  assert.equal(s, '<script type="application/ld+json">{"a":"\\u003c/SCRIPT\\u003e\\u003c/script\\u003e"}</script>');
});

test('newsArticleJsonLd leaves out unknown fields; jsonLdGraph hoists @context', () => {
  assert.deepEqual(newsArticleJsonLd({ title: 'T' }), {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'T',
  });
  const g = jsonLdGraph([faqPageJsonLd(plainFaq), newsArticleJsonLd({ date: '2031-04-09' })]);
  assert.deepEqual(Object.keys(g), ['@context', '@graph']);
  assert.deepEqual((g['@graph'] as any[])[1], { '@type': 'NewsArticle', datePublished: '2031-04-09' });
});
