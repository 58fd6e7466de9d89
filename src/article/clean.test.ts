import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropBoilerplate } from './clean.js';

const BODY = 'The city council voted on Tuesday to approve a new budget for schools, roads and parks next year.';

test('drops lead bylines, datelines and update stamps before the body starts', () => {
  const r = dropBoilerplate([
    'Jane Q. Doe',
    'Springfield Gazette',
    'Updated 9:41 p.m. ET Aug. 2, 2020',
    'Metropolis CNN —',
    'Published 3:05 p.m. ET Monday, May 5, 2024',
    BODY,
    'Short Heading',
    'More text follows here.',
  ]);
  assert.deepEqual(r.paragraphs, [BODY, 'Short Heading', 'More text follows here.']);
  assert.deepEqual(
    r.dropped.map((d) => d.rule),
    ['byline', 'byline', 'updated', 'dateline', 'timestamp'],
  );
});

test('drops promos, sign-offs and contributor lines anywhere', () => {
  const promos = [
    'Contributing: The Associated Press',
    'Follow Jane Doe on Twitter: @janedoe.',
    'Read more: Why the budget matters',
    'Sign up for our daily newsletter.',
    'For more local stories, sign up to the weekly Town Talk newsletter.',
    'RELATED:Council names new clerk',
    '– Jane Doe',
    '___',
    'Updated May 16, 2014, 5:10 p.m. ET',
    'March 22, 2026 Updated March 24, 2026, 5:22 p.m. ET',
    'Jane Doe is a reporter for the Gazette. Reach her at jdoe@example.com.',
    'This story has been updated with new information.',
    'John Roe contributed to this report.',
  ];
  const r = dropBoilerplate([BODY, ...promos, 'Residents will vote on the plan in May.']);
  assert.deepEqual(r.paragraphs, [BODY, 'Residents will vote on the plan in May.']);
  assert.equal(r.dropped.length, promos.length);
});

test('keeps real text: sub-headings after the lead, questions, quotes, transcripts', () => {
  const kept = [
    BODY,
    'Taiwan',
    'Saturday, 26 February',
    'What happens next?',
    '“We will follow the plan,” she said.',
    'Subscribe to your phone plan?',
    'Ann Lee: Welcome to the chat.',
    'Bob Ray: Thanks for having me.',
    'Ann Lee:So what did you think of the film?',
  ];
  assert.deepEqual(dropBoilerplate(kept).paragraphs, kept);
});

test('never empties a body, and drops a declared byline in the lead only', () => {
  assert.deepEqual(dropBoilerplate(['Jane Doe']).paragraphs, ['Jane Doe']);
  assert.deepEqual(dropBoilerplate(['by jane', BODY], ['by jane']).paragraphs, [BODY]);
  assert.deepEqual(dropBoilerplate([BODY, 'by jane'], ['by jane']).paragraphs, [BODY, 'by jane']);
});

test('drops a photo gallery flattened into one paragraph', () => {
  const gallery = 'Photos: The mayor The mayor waves after the vote. Hide Caption 1 of 12 Photos: The mayor She began as a teacher. Hide Caption 2 of 12';
  const r = dropBoilerplate([BODY, gallery, 'More text follows here.']);
  assert.deepEqual(r.paragraphs, [BODY, 'More text follows here.']);
  assert.deepEqual(r.dropped.map((d) => d.rule), ['gallery']);
});

test('a summary box keeps its text without its label', () => {
  const r = dropBoilerplate(['AI-assisted summary The council approved the budget on Monday after a long debate about roads.', BODY]);
  assert.equal(r.paragraphs[0], 'The council approved the budget on Monday after a long debate about roads.');
});

test('a dropped promo does not end the lead: the dateline after it goes too; desk bylines and live stamps go', () => {
  const r = dropBoilerplate([
    'Sign up for the Better Sleep newsletter series. Our seven-part guide has helpful hints to achieve better sleep.',
    'CNN —',
    'Staff reports',
    BODY,
    'Update, 4:30 p.m.:',
    'Corrections and clarifications: This story has been updated to reflect the new budget figures.',
    '— Recommendations are independently chosen by Reviewed’s editors. Purchases you make through our links may earn us a commission.',
  ]);
  assert.deepEqual(r.paragraphs, [BODY]);
  assert.deepEqual(r.dropped.map((d) => d.rule), ['sign-up', 'dateline', 'staff-byline', 'update-stamp', 'update-note', 'promo']);
});

test('a dateline alone or run into the lead goes; the lead keeps its text', () => {
  const r = dropBoilerplate(['Seoul, South Korea —', `Seoul, South Korea (CNN) ${BODY}`, 'More text follows here.']);
  assert.deepEqual(r.paragraphs, [BODY, 'More text follows here.']);
  assert.deepEqual(r.dropped.map((d) => d.rule), ['dateline']);
  // A short sentence that ends in a dash is no dateline.
  assert.equal(dropBoilerplate(['It was the best of times —', BODY]).paragraphs.length, 2);
});

test('a dateline run into the lead without a marker goes when a capitalised phrase follows the region', () => {
  const r = dropBoilerplate([`Seoul, South Korea North Korean leader Kim Jong Un declared victory over the virus on Thursday, state media said.`, 'More text follows here.']);
  assert.equal(r.paragraphs[0], 'North Korean leader Kim Jong Un declared victory over the virus on Thursday, state media said.');
  // A sentence that names a city and its country keeps them.
  assert.equal(dropBoilerplate(['Paris, France is the most visited city in the world, officials said on Monday.', BODY]).paragraphs[0], 'Paris, France is the most visited city in the world, officials said on Monday.');
});
