// Question formation for each verb form: inversion and do-support over an analysed clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeParagraph } from '../../nlp/tokenize.js';
import { analyseClause } from '../../facts/clause.js';
import { invert, joinWords } from './realise.js';

/** "What" + the inverted clause + the words after the verb group, as a question. */
function ask(sentence: string, wh = 'What', keepRest = false): string {
  const [s] = tokenizeParagraph(sentence);
  const c = analyseClause(s.tokens);
  assert.ok(c, `no clause found in: ${sentence}`);
  const subject = s.text.slice(s.tokens[c.subject[0]].start, s.tokens[c.subject[1] - 1].end);
  const [aux, subj, group] = invert(c, subject);
  const rest = keepRest ? s.tokens.slice(c.rest[0], c.rest[1]).filter((t) => t.text !== '.').map((t) => t.text).join(' ') : '';
  return `${joinWords([wh, aux, subj, group, rest])}?`;
}

test('simple past takes did + base form', () => {
  assert.equal(ask('The council approved the budget.'), 'What did The council approve?');
});

test('present third person takes does', () => {
  assert.equal(ask('The company makes batteries.'), 'What does The company make?');
});

test('plain present takes do', () => {
  assert.equal(ask('Farmers grow wheat.'), 'What do Farmers grow?');
});

test('perfect progressive inverts the first auxiliary', () => {
  assert.equal(ask('Norway has been collaborating with Sweden on research.', 'Who', true), 'Who has Norway been collaborating with Sweden on research?');
});

test('present perfect inverts has', () => {
  assert.equal(ask('The bank has raised interest rates.'), 'What has The bank raised?');
});

test('modal inverts the modal', () => {
  assert.equal(ask('The ministry will publish the report.'), 'What will The ministry publish?');
});

test('passive keeps be + participle', () => {
  assert.equal(ask('A new treaty was signed in Oslo.', 'Where', false), 'Where was A new treaty signed?');
});

test('copula inverts itself', () => {
  assert.equal(ask('Many farmers are reluctant to sell.', 'Why', true), 'Why are Many farmers reluctant to sell?');
});

test('negation is dropped from a yes/no inversion', () => {
  assert.equal(ask('The minister was not informed of the plan.', '', true), 'was The minister informed of the plan?');
});

test('present progressive inverts is', () => {
  assert.equal(ask('The city is building a new bridge.'), 'What is The city building?');
});

test('a fronted subordinate clause is skipped to the main clause', () => {
  assert.equal(ask('Although prices rose, the union accepted the offer.'), 'What did the union accept?');
});

test('an apposition after a name is not part of the subject', () => {
  assert.equal(ask('Acme, the mining group based in Perth, has reported a loss.'), 'What has Acme reported?');
});

test('a word the tagger reads as an adjective after a modal is the verb', () => {
  assert.equal(ask('The Liberal Democrats will present themselves as the real alternative.'), 'What will The Liberal Democrats present?');
});

test('a verb after "than" belongs to a comparison, not to the subject', () => {
  assert.equal(ask('The trade deficit widened by more than expected in October.', 'Why'), 'Why did The trade deficit widen?');
});

test('a name in brackets may follow the subject', () => {
  assert.equal(ask('The World Anti-Doping Agency (Wada) will appeal against the ruling.', 'Why'), 'Why will The World Anti-Doping Agency (Wada) appeal?');
});

test('a "When" question asks a present perfect in the simple past', () => {
  const when = (sentence: string) => {
    const [s] = tokenizeParagraph(sentence);
    const c = analyseClause(s.tokens)!;
    const subject = s.text.slice(s.tokens[c.subject[0]].start, s.tokens[c.subject[1] - 1].end);
    return `${joinWords(['When', ...invert(c, subject, true, true)])}?`;
  };
  assert.equal(when('Halo 2 has been released in the US.'), 'When was Halo 2 released?');
  assert.equal(when('Cat Deeley has resigned as host.'), 'When did Cat Deeley resign?');
  assert.equal(when('Liverpool and Millwall have been charged by the FA.'), 'When were Liverpool and Millwall charged?');
});
