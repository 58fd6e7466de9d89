import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripCredit, stripDateline, stripPhotoCredit, unwrapTickers } from './inline.js';

test('a wire dateline is stripped from the first paragraph', () => {
  assert.equal(stripDateline('OSLO (AP) — The council voted on Monday.'), 'The council voted on Monday.');
  assert.equal(stripDateline('WASHINGTON — Lawmakers met.'), 'Lawmakers met.');
  assert.equal(stripDateline('NEW YORK (Reuters) - Shares fell.'), 'Shares fell.');
});

test('ordinary openings are kept', () => {
  assert.equal(stripDateline('The plan — first floated in May — passed.'), 'The plan — first floated in May — passed.');
  assert.equal(stripDateline('A B-side record sold well.'), 'A B-side record sold well.');
});

test('ticker brackets are unwrapped', () => {
  assert.equal(unwrapTickers('<Acme Mining Ltd> said it agreed to sell <ACM> shares.'), 'Acme Mining Ltd said it agreed to sell ACM shares.');
  // A code right after the name it codes goes.
  assert.equal(unwrapTickers('Texaco Inc <TX> said Philips <PGLO.AS> would buy it.'), 'Texaco Inc said Philips would buy it.');
});

test('a later paragraph loses a dateline only when its place name is all capitals (live blogs)', () => {
  assert.equal(stripDateline('KANSAS CITY, MO — The team wore black armbands.', false), 'The team wore black armbands.');
  assert.equal(stripDateline('WASHINGTON — Lawmakers met again.', false), 'Lawmakers met again.');
  assert.equal(stripDateline('Kansas City, Mo. — The team wore black armbands.', false), 'Kansas City, Mo. — The team wore black armbands.');
  assert.equal(stripDateline('NASA said — again — that the launch slips.', false), 'NASA said — again — that the launch slips.');
});

test('a wire credit without a dash opens no question', () => {
  assert.equal(stripCredit('London (CNN) British Prime Minister Boris Johnson has survived a vote.'), 'British Prime Minister Boris Johnson has survived a vote.');
  assert.equal(stripCredit('(CNN) The storm made landfall.'), 'The storm made landfall.');
  assert.equal(stripCredit('The network (CNN) reported it first.'), 'The network (CNN) reported it first.');
});

test('a photo credit ending a caption paragraph is dropped, a name in the sentence is not', () => {
  assert.equal(stripPhotoCredit('The chain has seen its head count plunge to just over 200 workers now. Courtesy SusieCakes'), 'The chain has seen its head count plunge to just over 200 workers now.');
  assert.equal(stripPhotoCredit('Rescuers search the rubble in Kyiv. Win McNamee/Getty Images'), 'Rescuers search the rubble in Kyiv.');
  assert.equal(stripPhotoCredit('The photo was taken courtesy of Getty Images'), 'The photo was taken courtesy of Getty Images');
  assert.equal(stripPhotoCredit('He thanked the band AC/DC.'), 'He thanked the band AC/DC.');
});
