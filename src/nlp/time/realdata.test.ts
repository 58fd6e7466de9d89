/**
 * findTimes over real dated news (../shared/data, never copied into the repository): no crash, resolved ranges
 * are well formed, known traps stay quiet, and the time budget holds. Skips when the data folder is absent.
 *
 * TIME_SCAN=1 prints every expression found, for eyeballing:
 *   TIME_SCAN=1 node --import tsx --test src/nlp/time/realdata.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTimes } from './index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..', 'shared/data/articles');
const SETS = ['rtqa_news', 'reuters21578'];
const available = SETS.every((s) => existsSync(join(ROOT, s)));
const skip = available ? false : `real data not found at ${ROOT}`;

interface Article { file: string; date: string; sentences: string[] }

/** Naive sentence split on . ! ? followed by a space and a capital, not after common abbreviations. */
export function splitSentences(body: string): string[] {
  const out: string[] = [];
  for (const para of body.split(/\n\s*\n|\n/)) {
    const parts = para.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/);
    let acc = '';
    for (const p of parts) {
      acc = acc ? `${acc} ${p}` : p;
      if (/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Capt|No|Inc|Corp|Co|Ltd|Jr|Sr|U\.S|a\.m|p\.m|vs|Ft|Mt)\.$/.test(acc)) continue;
      if (acc.trim()) out.push(acc.trim());
      acc = '';
    }
    if (acc.trim()) out.push(acc.trim());
  }
  return out;
}

function load(limitPerSet: number): Article[] {
  const arts: Article[] = [];
  for (const set of SETS) {
    const files = readdirSync(join(ROOT, set)).filter((f) => f.endsWith('.txt')).sort();
    const step = Math.max(1, Math.floor(files.length / limitPerSet));
    for (let i = 0; i < files.length && arts.filter((a) => a.file.startsWith(set)).length < limitPerSet; i += step) {
      const raw = readFileSync(join(ROOT, set, files[i]), 'utf8');
      const m = /^date (\d{4}-\d\d-\d\d)\s*\n/.exec(raw);
      if (!m) continue;
      arts.push({ file: `${set}/${files[i]}`, date: m[1], sentences: splitSentences(raw.slice(m[0].length)) });
    }
  }
  return arts;
}

test('findTimes over ~100 real dated articles: well-formed results, quiet on traps', { skip }, () => {
  const scan = process.env.TIME_SCAN === '1';
  const arts = load(scan ? 1000 : 50);
  assert.ok(arts.length >= 90, `expected ~100 dated articles, got ${arts.length}`);
  let found = 0;
  for (const a of arts) {
    for (const s of a.sentences) {
      const xs = findTimes(s, { reference: a.date });
      for (const x of xs) {
        found++;
        assert.equal(s.slice(x.start, x.end), x.text);
        if (x.range) {
          assert.match(x.range.start, /^\d{4}-\d\d-\d\d$/);
          assert.ok(x.range.start <= x.range.end, `${a.file}: reversed range for "${x.text}" in: ${s}`);
          assert.ok(x.resolved, `${a.file}: range without description for "${x.text}"`);
        }
        // traps: the newspaper name, lower-case "may"/"march", fractions like 3/4
        assert.ok(!/^(?:TODAY|Today)$/.test(x.text) || !/USA\s*$/i.test(s.slice(0, x.start)), `USA TODAY matched in: ${s}`);
        assert.ok(!/\b(?:may|march)\b/.test(x.text), `modal/verb month in "${x.text}": ${s}`);
        assert.ok(!/^\d+\/\d+$/.test(x.text), `fraction as date "${x.text}": ${s}`);
        if (scan) console.log(`${a.date} | ${x.text} => ${x.resolved ?? '-'} [${x.granularity}${x.relative ? ',rel' : ''},${x.direction}] | ${s.length > 160 ? s.slice(0, 160) + '…' : s}`);
      }
    }
  }
  assert.ok(found > 300, `suspiciously few expressions: ${found}`);
});
