// Answering from one text and from a small archive on a real SQLite file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseQuestion } from './question.js';
import { answerFromText } from './text.js';
import { detokenize, looksPtb, originalSpan } from './ptb.js';
import { modifierSpans } from './chunks.js';
import { spanFeatures } from './features.js';
import { annotate } from '../nlp/annotate.js';
import { articleFromText } from './text.js';
import { matchSentence } from './features.js';
import { askArchive, rankArticles } from './archive.js';
import { renderAskMarkdown, renderAskJson } from './render.js';
import { openSqliteStore } from '../store/sqlite.js';
import { ingest } from '../ingest/ingest.js';
import { writeGeneratedArticles } from '../ingest/fixtures.js';

test('question analysis: wh-word, answer type, head noun, terms, role', () => {
  const cases: [string, string, string][] = [
    ['Who won the election?', 'person', 'subject'],
    ['When did the council approve the plan?', 'date', 'object'],
    ['Where is the new bridge?', 'place', 'object'],
    ['How many schools will be built?', 'number', 'subject'],
    ['How much will the project cost?', 'money', 'object'],
    ['Why did the opposition vote against it?', 'reason', 'other'],
    ['In what country is Normandy located?', 'place', 'other'],
    ['What is a caucus?', 'definition', 'object'],
    ['Is the museum open on Sundays?', 'yesno', 'other'],
    ['What did the mayor do next?', 'action', 'object'],
    ['Which company bought the airline?', 'organisation', 'subject'],
  ];
  for (const [q, type, role] of cases) {
    const a = analyseQuestion(q);
    assert.equal(a.type, type, q);
    assert.equal(a.role, role, q);
  }
  const q = analyseQuestion('What type of crime is sexual assault of a child?');
  assert.equal(q.head, 'crime');
  assert.deepEqual(q.terms.map((t) => t.lemma), ['crime', 'sexual', 'assault', 'child']);
  assert.ok(analyseQuestion('How many people did Maria Lopez meet?').terms.find((t) => t.text === 'Lopez')?.key);
});

const STORY = `The council of Aldport approved a plan on Tuesday to build seven new schools by 2027. Mayor Maria Lopez said the project would cost 40 million euros.

Opposition members voted against the plan because they said the town could not afford it. The first school will open in Harwick, a village north of the town.`;

test('answerFromText: short spans of the right type with their sentence', () => {
  const who = answerFromText('Who is the mayor of Aldport?', STORY);
  assert.match(who.answer, /Maria Lopez/);
  assert.equal(who.sentence?.id, 'p0s1');
  const many = answerFromText('How many schools will be built?', STORY);
  assert.match(many.answer, /^seven\b/);
  const cost = answerFromText('How much will the project cost?', STORY);
  assert.match(cost.answer, /40 million euros/);
  const why = answerFromText('Why did the opposition vote against the plan?', STORY);
  assert.match(why.answer, /could not afford/);
  assert.equal(why.evidence[0], 'p1s0');
  assert.ok(who.confidence >= 0 && who.confidence <= 1);
});

test('time questions are answered relative to the text date', () => {
  const r = answerFromText('When did the council approve the plan?', STORY, { date: '2024-03-14' });
  assert.match(r.answer, /Tuesday/);
  assert.equal(r.resolved, 'Tuesday 12 March 2024');
});

test('the words before an asked-about noun are a candidate: "what kind of economy" -> "diversified"', () => {
  const doc = annotate(articleFromText('Aldport has a diversified economy built on tourism and fishing.'));
  const s = doc.sentences[0];
  const q = analyseQuestion('What kind of economy does Aldport have?');
  const m = matchSentence(q, s);
  const text = (sp: { start: number; end: number }) => s.tokens.slice(sp.start, sp.end).map((t) => t.text).join(' ');
  assert.deepEqual(modifierSpans(s, q.head, (k) => !!m.matches[k]).map(text), ['diversified']);
  // words the question names before the noun are not part of the answer: "non-deterministic [Turing] machine"
  const doc2 = annotate(articleFromText('The proof uses a non-deterministic Turing machine.'));
  const q2 = analyseQuestion('What type of Turing machine does the proof use?');
  const m2 = matchSentence(q2, doc2.sentences[0]);
  const words2 = modifierSpans(doc2.sentences[0], q2.head, (k) => !!m2.matches[k]).map((sp) => doc2.sentences[0].tokens.slice(sp.start, sp.end).map((t) => t.text).join(''));
  assert.deepEqual(words2, ['non-deterministic']);
  assert.equal(answerFromText('What kind of economy does Aldport have?', 'Aldport has a diversified economy built on tourism and fishing.').answer, 'diversified');
});

test('a span of nothing but the asked-for noun and question words is marked', () => {
  const doc = annotate(articleFromText('The first star went to the Beatle John Lennon in 1988.'));
  const s = doc.sentences[0];
  const q = analyseQuestion('Which Beatle was given the first star?');
  const m = matchSentence(q, s);
  const at = s.tokens.findIndex((t) => t.text === 'Beatle');
  const f = (start: number, end: number) => spanFeatures({ q, m, weights: q.terms.map(() => 1), totalWeight: q.terms.length, sentScore: 0, sentTop: true }, { start, end, kind: 'np' });
  assert.equal(f(at, at + 1).headOnly, 1);
  assert.equal(f(at + 1, at + 3).headOnly, 0);
});

test('weak evidence abstains at a threshold', () => {
  const r = answerFromText('What is the boiling point of mercury?', STORY, { threshold: 0.5 });
  assert.equal(r.abstained, true);
  assert.equal(r.answer, '');
});

test('PTB text is read detokenised and answered in its own form', () => {
  const ptb = "-LRB- CNN -RRB- -- The ship , which had n't sailed since 1998 , left Oslo on Monday , officials said . Its captain , Erik Dahl , said the crew was `` ready '' .";
  assert.ok(looksPtb(ptb));
  const d = detokenize(ptb);
  assert.equal(d.text, '(CNN) -- The ship, which hadn\'t sailed since 1998, left Oslo on Monday, officials said. Its captain, Erik Dahl, said the crew was "ready".');
  const at = d.text.indexOf('hadn\'t sailed');
  assert.equal(originalSpan(d, ptb, at, at + 'hadn\'t sailed'.length), "had n't sailed");
  const r = answerFromText('Who is the captain of the ship ?', ptb);
  assert.equal(r.answer, 'Erik Dahl');
  assert.match(r.sentence!.text, /Its captain , Erik Dahl ,/);
});

test('the archive: right article, cited sentence, stored pair reuse, and "not in the archive"', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsfaq-ask-'));
  try {
    writeGeneratedArticles(join(dir, 'in'), 12);
    writeFileSync(join(dir, 'in', 'ship.txt'), 'date 2023-05-05\nShip leaves Oslo\n\nThe research ship Polaris left Oslo on Monday for a six-month voyage to Antarctica. Its captain, Erik Dahl, said the crew of 40 was ready.\n');
    const store = openSqliteStore(join(dir, 'a.db'));
    await ingest(store, [join(dir, 'in')], { jobs: 0 });
    const ranked = await rankArticles(store, analyseQuestion('Who is the captain of the Polaris?'));
    const ship = (await store.listArticles({ source: join(dir, 'in', 'ship.txt') })).items[0];
    assert.equal(ranked[0].articleId, ship.id);
    const a = await askArchive(store, 'Who is the captain of the Polaris?');
    assert.equal(a.abstained, false);
    assert.equal(a.answer, 'Erik Dahl');
    assert.equal(a.article?.id, ship.id);
    assert.match(a.article?.source ?? '', /ship\.txt$/);
    assert.match(a.evidence[0].id, /^p\d+s\d+$/);
    const when = await askArchive(store, 'When did the Polaris leave Oslo?');
    assert.match(when.answer, /Monday/);
    assert.equal(when.resolved, 'Monday 1 May 2023');
    // a stored FAQ question is answered with its stored pair
    const faq = (await store.getFaq(ship.id))!.faq;
    const reused = await askArchive(store, faq.pairs[0].question);
    assert.equal(reused.reused?.question, faq.pairs[0].question);
    assert.equal(reused.answer, faq.pairs[0].answer);
    const none = await askArchive(store, 'What is the airspeed velocity of an unladen swallow?');
    assert.equal(none.abstained, true);
    assert.equal(none.answer, '');
    assert.match(renderAskMarkdown(none), /Not in the archive/);
    assert.match(renderAskMarkdown(a), /> .*Erik Dahl.* \[p\d+s\d+\]/);
    assert.equal(JSON.parse(renderAskJson(a)).answer, 'Erik Dahl');
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('asked as of a date: that day\'s news ranks first, later articles are left out', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsfaq-asof-'));
  try {
    const story = (date: string, weather: string) =>
      `date ${date}\nCouncil budget vote\n\nThe Aldport council voted on its budget on Tuesday after a long debate. Councillors said the ${weather} weather kept many residents away from the meeting.\n`;
    writeFileSync(join(dir, 'a.txt'), story('2023-02-07', 'cold'));
    writeFileSync(join(dir, 'b.txt'), story('2024-02-06', 'wet'));
    writeFileSync(join(dir, 'c.txt'), story('2025-02-04', 'windy'));
    const store = openSqliteStore(join(dir, 'a.db'));
    await ingest(store, [dir], { jobs: 0 });
    const idOf = async (f: string) => (await store.listArticles({ source: join(dir, f) })).items[0].id;
    const q = analyseQuestion('How did the Aldport council budget vote go?');
    const asOf2024 = await rankArticles(store, q, 20, undefined, '2024-02-07');
    assert.equal(asOf2024[0].articleId, await idOf('b.txt'));
    const ids = asOf2024.map((r) => r.articleId);
    assert.ok(!ids.includes(await idOf('c.txt')), 'an article published after the asking date is left out');
    assert.ok(ids.includes(await idOf('a.txt')));
    const asOf2023 = await rankArticles(store, q, 20, undefined, '2023-02-08');
    assert.equal(asOf2023[0].articleId, await idOf('a.txt'));
    const answer = await askArchive(store, 'When did the Aldport council vote on its budget?', { asOf: '2025-02-05' });
    assert.equal(answer.article?.id, await idOf('c.txt'));
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
