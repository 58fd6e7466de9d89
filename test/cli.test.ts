// The CLI's contract: data to stdout, one-line errors to stderr, exit 0 / 1 / 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../src/cli/main.js';
import { FaqSchema } from '../src/faq/schema.js';

const example = new URL('../examples/japan-asean-summit.txt', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'newsfaq-cli-'));
const write = (name: string, data: string | Buffer) => { const p = join(dir, name); writeFileSync(p, data); return p; };

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => { out += s; }, err: (s) => { err += s; } });
  return { code, out, err };
}

const story = 'date 2024-05-02\nBrest council backs new tram line\n\nBrest City Council approved a new tram line on Monday after a long debate. ' +
  'The line will link the harbour with the university and is expected to open in 2027. ' +
  'Councillors said the project would cost 300 million euros.\n\nMayor Anne Keller welcomed the decision.\n';

test('faq on the founding example prints Markdown with questions and sources', async () => {
  const r = await run('faq', example);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^# FAQ/m);
  assert.match(r.out, /^### .+\?$/m);
  assert.match(r.out, /Sources: \[p\d+s\d+\]/);
});

test('--format json follows the schema and --count limits the pairs', async () => {
  const r = await run('faq', '--format', 'json', '--count', '3', example);
  assert.equal(r.code, 0, r.err);
  const faq = FaqSchema.parse(JSON.parse(r.out));
  assert.equal(faq.pairs.length, 3);
  assert.equal(faq.article.date, '2023-12-17');
});

test('--format html carries FAQPage JSON-LD', async () => {
  const r = await run('faq', '--format', 'html', example);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /"@type":"FAQPage"/);
});

test('fill writes the article with its FAQ filled in', async () => {
  const out = join(dir, 'filled.txt');
  const r = await run('fill', example, '--output', out);
  assert.equal(r.code, 0, r.err);
  const filled = readFileSync(out, 'utf8');
  const original = readFileSync(example, 'utf8');
  const heading = original.lastIndexOf('FAQ');
  assert.equal(filled.slice(0, heading), original.slice(0, heading));
  assert.match(filled.slice(heading), /Q: .+\?/);
});

test('a missing file is a usage error with a one-line message', async () => {
  const r = await run('faq', join(dir, 'nope.txt'));
  assert.equal(r.code, 2);
  assert.match(r.err, /^newsfaq: \[NF001\] file not found/);
  assert.equal(r.err.trim().split('\n').length, 1);
});

test('empty, whitespace-only, binary and non-English inputs get clear errors', async () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty.txt', '', /NF002/],
    ['blank.txt', '   \n\n \t\n', /NF002/],
    ['binary.bin', Buffer.from([0, 1, 2, 255, 0, 7, 0, 0, 9, 250]), /NF003/],
    ['french.txt', "Le conseil municipal a approuvé une nouvelle ligne de tramway lundi après un long débat. La ligne reliera le port à l'université et devrait ouvrir en 2027. Les conseillers ont dit que le projet coûterait trois cents millions d'euros, et le maire a salué la décision des élus de la ville.", /NF005/],
  ];
  for (const [name, data, code] of cases) {
    const r = await run('faq', write(name, data));
    assert.equal(r.code, 2, `${name}: ${r.err}`);
    assert.match(r.err, code, name);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
  }
});

test('input over 5 MB is refused', async () => {
  const r = await run('faq', write('huge.txt', 'word '.repeat(1_100_000)));
  assert.equal(r.code, 2);
  assert.match(r.err, /NF004/);
});

test('a bad option value is a usage error', async () => {
  assert.equal((await run('faq', '--count', 'lots', example)).code, 2);
  assert.equal((await run('faq', '--format', 'pdf', example)).code, 2);
  assert.equal((await run('nonsense')).code, 2);
});

test('a batch reports a bad file, skips it and still writes the others as JSON Lines', async () => {
  const good = write('good.txt', story);
  const bad = write('bad.txt', '');
  const r = await run('faq', good, bad, example);
  assert.equal(r.code, 1);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.equal(lines[0].input, good);
  assert.ok(lines[0].faq.pairs.length >= 1);
  assert.equal(lines[1].error.code, 'NF002');
  assert.ok(lines[2].faq.pairs.length >= 8);
  assert.match(r.err, /bad\.txt: \[NF002\]/);
});

test('--help explains the commands', async () => {
  const r = await run('--help');
  assert.equal(r.code, 0);
  assert.match(r.out, /faq/);
  assert.match(r.out, /fill/);
});

test('standard input is read with -', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', new URL('../src/cli/run.ts', import.meta.url).pathname, 'faq', '-', '--format', 'json'], { input: story, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const faq = JSON.parse(r.stdout);
  assert.equal(faq.article.title, 'Brest council backs new tram line');
  assert.ok(faq.pairs.length >= 1);
});
