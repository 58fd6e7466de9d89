import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readArticle } from './index.js';

const MD = `---
title: "Storm hits the coast"
date: 2024-01-15
url: https://example.org/storm
---

# Storm hits the coast

A **strong storm** hit the coast on _Monday_, cutting power to [thousands of homes](https://example.org/x).
It was the *worst* storm in a decade, and the \`grid_status\` page showed red.

## Damage

- Roofs were torn off in the town.
- Trees fell on two roads
  and blocked them.

> "We have never seen this," a resident said.

![A fallen tree](tree.jpg)

\`\`\`
not news
\`\`\`

| Town | Homes without power |
|------|------|
| Eastport | 1,200 |

---

## FAQ
`;

test('markdown: front matter, title heading, markup stripped, list items and headings as paragraphs', () => {
  const a = readArticle(MD, { source: 'storm.md' });
  assert.equal(a.format, 'markdown');
  assert.equal(a.title, 'Storm hits the coast');
  assert.equal(a.date, '2024-01-15');
  assert.equal(a.url, 'https://example.org/storm');
  assert.deepEqual(a.paragraphs, [
    'A strong storm hit the coast on Monday, cutting power to thousands of homes. It was the worst storm in a decade, and the grid_status page showed red.',
    'Damage',
    'Roofs were torn off in the town.',
    'Trees fell on two roads and blocked them.',
    '"We have never seen this," a resident said.',
    'Town; Homes without power',
    'Eastport; 1,200',
  ]);
  assert.equal(a.original, MD);
  assert.equal(a.faqSlot?.offset, MD.length);
});

test('markdown: title from a "# " heading without front matter, setext sub-heading', () => {
  const md = '# Market rallies\n\nShares rose on Friday as investors bet on lower rates.\n\nWhat next\n---------\n\nAnalysts expect more gains.\n';
  const a = readArticle(md);
  assert.equal(a.format, 'markdown');
  assert.equal(a.title, 'Market rallies');
  assert.equal(a.date, undefined);
  assert.deepEqual(a.paragraphs, ['Shares rose on Friday as investors bet on lower rates.', 'What next', 'Analysts expect more gains.']);
  assert.equal(a.faqSlot, undefined);
});
