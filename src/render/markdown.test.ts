import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, renderMarkdown } from './markdown.js';
import { makeFaq, pair, plainFaq } from './fixtures.test.js';

test('golden: title, date, headings, answers, citation lines', () => {
  assert.equal(
    renderMarkdown(plainFaq),
    [
      '# FAQ: Riverton approves footbridge',
      '',
      'Article date: 2031-04-09',
      '',
      '### What did Riverton council approve?',
      '',
      'A footbridge over the Lune canal.',
      '',
      'Sources: [p0s0] [p1s2]',
      '',
      '### How much will the footbridge cost?',
      '',
      'About 2.4 million crowns.',
      '',
      'Sources: [p2s0]',
      '',
    ].join('\n'),
  );
});

test('evidence: false drops citation lines; no title/date gives a bare heading', () => {
  const md = renderMarkdown(makeFaq(plainFaq.pairs.slice(), { title: undefined, date: undefined }), { evidence: false });
  assert.ok(md.startsWith('# FAQ\n\n### What did'));
  assert.ok(!md.includes('Sources:'));
  assert.ok(!md.includes('Article date'));
});

test('escapeMarkdown: block starters at line start', () => {
  assert.equal(escapeMarkdown('# Not a heading'), '\\# Not a heading');
  assert.equal(escapeMarkdown('* not a list'), '\\* not a list');
  assert.equal(escapeMarkdown('> not a quote'), '\\> not a quote');
  assert.equal(escapeMarkdown('- not a list'), '\\- not a list');
  assert.equal(escapeMarkdown('+ not a list'), '\\+ not a list');
  assert.equal(escapeMarkdown('2031. A year to remember'), '2031\\. A year to remember');
  assert.equal(escapeMarkdown('3) third'), '3\\) third');
  assert.equal(escapeMarkdown('Price 3.5 million'), 'Price 3.5 million');
});

test('escapeMarkdown: inline syntax, backslashes, raw HTML, entities, newlines', () => {
  assert.equal(escapeMarkdown('a\\b'), 'a\\\\b');
  assert.equal(escapeMarkdown('*bold* _em_ `code` [link](x)'), '\\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x)');
  assert.equal(escapeMarkdown('<b>hi</b>'), '\\<b\\>hi\\</b\\>');
  assert.equal(escapeMarkdown('AT&T and &amp; and &#39;'), 'AT&T and \\&amp; and \\&#39;');
  assert.equal(escapeMarkdown('two\n\n# lines'), 'two # lines', 'mid-line # is harmless');
  assert.equal(escapeMarkdown('  ~~~ fence'), '\\~\\~\\~ fence');
  assert.equal(escapeMarkdown('Why does C # end #'), 'Why does C # end \\#');
});

test('hostile question and answer keep the document structure', () => {
  const md = renderMarkdown(makeFaq([pair('# Is *this* > that?', 'Line one\n### fake heading\n\\ end', ['p1s0'])]));
  const lines = md.split('\n');
  // Only the title and the one real question are headings.
  assert.deepEqual(
    lines.filter((l) => /^#{1,6} /.test(l)),
    ['# FAQ: Riverton approves footbridge', '### \\# Is \\*this\\* \\> that?'],
  );
  assert.ok(lines.includes('Line one ### fake heading \\\\ end'));
});
