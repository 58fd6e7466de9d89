// Every public article in ../shared/data reads: dataset format, a title, at least one paragraph,
// English. The data is read in place (it is copyrighted and never copied into the repository).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readArticle } from './index.js';
import { scoreEnglish } from './english.js';

const DATA = new URL('../../../shared/data/', import.meta.url);
const SETS = ['articles/bbc2005', 'articles/rtqa_news', 'articles/reuters21578', 'news_faq/input', 'news_faq/articles'];

function files(set: string): URL[] {
  const dir = new URL(`${set}/`, DATA);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => new URL(f, dir));
}

for (const set of SETS) {
  const list = files(set);
  test(`every article in ${set} reads as a titled English article`, { skip: list.length === 0 && `../shared/data/${set} is absent` }, () => {
    let dated = 0;
    let minEnglish = 1;
    for (const url of list) {
      const name = url.pathname.split('/').pop()!;
      const bytes = readFileSync(url);
      const a = readArticle(bytes, { source: name });
      assert.equal(a.format, 'dataset', name);
      assert.ok(a.title, `${name}: no title`);
      assert.ok(a.paragraphs.length >= 1, `${name}: no paragraphs`);
      assert.ok(a.paragraphs.every((p) => p !== '' && !p.includes('\n')), name);
      if (a.date) dated++;
      // The date header is parsed, never left in the title or body.
      if (bytes.subarray(0, 5).toString() === 'date ') assert.ok(a.date, `${name}: date not parsed`);
      minEnglish = Math.min(minEnglish, scoreEnglish([a.title, ...a.paragraphs].join('\n')).englishShare);
    }
    const ok = list.length;
    // Reported so tuning the English rule can be checked at a glance.
    console.log(`# ${set}: ${ok} files read, ${dated} dated, lowest English share ${minEnglish.toFixed(3)}`);
  });
}
