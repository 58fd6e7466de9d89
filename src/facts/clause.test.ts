// The main clause of whole sentences after annotation: subjects the tagger or the clause rules used to lose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../nlp/annotate.js';
import { mainClause } from './clause.js';

/** Subject and main verb of each sentence, "-" where no clause is read. */
function clauses(...sentences: string[]): string[] {
  const doc = annotate({ id: 't', title: 'Test', date: '2005-02-01', format: 'plain', paragraphs: sentences });
  return doc.sentences.map((s) => {
    const c = mainClause(s.tokens);
    if (!c) return '-';
    const subject = s.tokens.slice(...c.subject).map((t) => t.text).join(' ');
    return `${subject} | ${s.tokens[c.verb.main].text}${c.verb.negated ? ' (not)' : ''}`;
  });
}

test('names the tagger read as verbs are names', () => {
  assert.deepEqual(clauses(
    'Ford, the US car company, reported higher profits on Thursday.',
    "England's Josh Lewsey has claimed he was denied a late try.",
    'Downing Street has confirmed British troops are on standby.',
  ), ['Ford | reported', "England 's Josh Lewsey | claimed", 'Downing Street | confirmed']);
});

test('an opening verb before a name stays a verb', () => {
  const doc = annotate({ id: 't', title: 'Merck', date: '2005-02-01', format: 'plain', paragraphs: ['Putting Vioxx back on the shelves is likely to boost profits at Merck.'] });
  assert.equal(doc.sentences[0].tokens[0].pos, 'VERB');
});

test('participles before their noun belong to the subject', () => {
  assert.deepEqual(clauses(
    'Distinguished lawyer Lord Scarman, who conducted the inquiry into the riots, has died aged 93.',
    'Newly-crowned Australian Open champion Marat Safin has ruled out any chance of winning Wimbledon.',
  ), ['Distinguished lawyer Lord Scarman | died', 'Newly - crowned Australian Open champion Marat Safin | ruled']);
});

test('an adverb before an adjective stays in the subject; a bare noun-verb opener closed by an auxiliary is a compound', () => {
  assert.deepEqual(clauses(
    'Sales of new single-family homes tumbled 14.9 pct in May, analysts said.',
    'Maternity pay for new mothers is to rise by 1,400 pounds.',
    'The company now expects lower profits.',
  ), ['Sales of new single - family homes | tumbled', 'Maternity pay for new mothers | is', 'The company | expects']);
});

test('a participle phrase between commas and a time after "of" are read', () => {
  assert.deepEqual(clauses(
    "Oliver Stone's epic Alexander, starring Colin Farrell, followed its opening with a slump.",
    'However, the first seven weeks of this year had produced promising signs, Wimpey said.',
  ), ["Oliver Stone 's epic Alexander | followed", 'the first seven weeks of this year | produced']);
});

test('"whose" and a bare role interrupt; a middle initial is no ticker; a long relative is stepped over; no subject opens with a preposition', () => {
  assert.deepEqual(clauses(
    'Reggae star Sizzla, whose UK tour was cancelled after protests, has been jailed in Jamaica.',
    'Richey Edwards, guitarist and lyricist for The Manic Street Preachers, vanished in 1995.',
    'Hollywood actors Samuel L Jackson and Ben Stiller have signed up for a new sitcom.',
    'A documentary which takes a candid look at the life of chart-topping singer George Michael will be shown in Berlin.',
    'The official said that under a grandfather clause Brooklyn Union could request more gas.',
  ), ['Reggae star Sizzla | jailed', 'Richey Edwards | vanished', 'Hollywood actors Samuel L Jackson and Ben Stiller | signed',
    'A documentary which takes a candid look at the life of chart - topping singer George Michael | shown', 'The official | said']);
});

test('a relative clause or an infinitive inside the subject is stepped over to the main verb', () => {
  assert.deepEqual(clauses(
    'A mobile phone that recognises and responds to movements has been launched in Japan.',
    'A failed government scheme to offer UK university courses online has been branded a waste by MPs.',
    'Firms that flout rules on how ringtones are sold could be cut off from all UK phone networks.',
  ), ['A mobile phone that recognises and responds to movements | launched', 'A failed government scheme to offer UK university courses online | been', '-']);
});

test('"will have", "no longer" and a nickname in quotes are read', () => {
  assert.deepEqual(clauses(
    'Deutsche Boerse investors unhappy with its bid will have no chance to throw out the management.',
    'Employers will no longer be able to force workers to retire before 65.',
    'Rap mogul Marion "Suge" Knight has been arrested for violating his parole.',
  ), ['Deutsche Boerse investors unhappy with its bid | have', 'Employers | be (not)', 'Rap mogul Marion " Suge " Knight | arrested']);
});

test('a number after a fronted month counts the subject', () => {
  assert.deepEqual(clauses('In January 25 people who took part in a sham marriage network were jailed.'), ['25 people who took part in a sham marriage network | jailed']);
});

test('a fronted span of time without a comma is not the subject', () => {
  assert.deepEqual(clauses('In recent weeks Fillon has surged back into the running amid security fears.', 'Over the past year prices have risen by a tenth.'), ['Fillon | surged', 'prices | risen']);
});

test('a list of nouns joined by "and" is one subject; a list that runs on past its conjunction is not', () => {
  assert.deepEqual(clauses(
    'A string of storms, typhoons and earthquakes has made 2004 the most expensive year on record.',
    'Sony, Microsoft and Nintendo will debut their new consoles in May.',
    'The art collection of murdered fashion designer Gianni Versace could fetch up to £9m.',
  ), ['A string of storms , typhoons and earthquakes | made', 'Sony , Microsoft and Nintendo | debut', 'The art collection of murdered fashion designer Gianni Versace | fetch']);
  assert.notEqual(clauses('At Heathrow, Gatwick and Glasgow airports, BAA launched a series of consultations.')[0], 'Gatwick and Glasgow airports , BAA | launched');
});

test('a reporting verb read into a subject ("The lawsuit alleged Wal-Mart committed ...") gives no clause', () => {
  assert.deepEqual(clauses('The lawsuit alleged Wal-Mart committed thousands of gun sales violations in California.', 'The alleged victim spoke to police.'), ['-', 'The alleged victim | spoke']);
});

test('a sentence adverb before the verb ("again", "however") is read', () => {
  assert.deepEqual(clauses(
    'The Nordbank again resisted market pressure for an interest rate cut.',
    'Rising prices do however pose risks for next year.',
  ), ['The Nordbank | resisted', 'Rising prices | pose']);
});
