import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes, formatDate, type TimeExpression } from './index.js';

const REF = '2023-12-17'; // a Sunday

/** The single expression found in `text` (fails when there is not exactly one). */
function one(text: string, opts: Parameters<typeof findTimes>[1] = { reference: REF }): TimeExpression {
  const xs = findTimes(text, opts);
  assert.equal(xs.length, 1, `expected one expression in ${JSON.stringify(text)}, got ${JSON.stringify(xs.map((x) => x.text))}`);
  return xs[0];
}
function range(x: TimeExpression): [string, string] | undefined {
  return x.range ? [x.range.start, x.range.end] : undefined;
}

test('"recently" is a window ending on the reference date, described honestly', () => {
  const x = one('The leaders recently convened in Tokyo.');
  assert.equal(x.text, 'recently');
  assert.equal(x.range?.end, '2023-12-17');
  assert.ok(x.range!.start < '2023-12-17');
  assert.match(x.resolved ?? '', /shortly before 17 December 2023/);
  assert.equal(x.direction, 'past');
  assert.equal(x.relative, true);
  assert.equal(x.granularity, 'approximate');
});

test('a past-tense weekday is the one before the reference date; a future one the one after', () => {
  const met = one('The ministers met on Tuesday.');
  assert.equal(met.text, 'on Tuesday');
  assert.deepEqual(range(met), ['2023-12-12', '2023-12-12']);
  assert.equal(met.resolved, 'Tuesday 12 December 2023');
  assert.equal(met.direction, 'past');
  const will = one('The ministers will meet on Tuesday.');
  assert.deepEqual(range(will), ['2023-12-19', '2023-12-19']);
  assert.equal(will.direction, 'future');
});

test('the caller can pass the tense', () => {
  assert.equal(one('They meet on Tuesday.', { reference: REF, tense: 'past' }).range?.start, '2023-12-12');
  assert.equal(one('They meet on Tuesday.', { reference: REF, tense: 'future' }).range?.start, '2023-12-19');
});

test('a weekday in two clauses follows the nearest verb', () => {
  const xs = findTimes('Officials said on Friday that the leaders will meet on Tuesday.', { reference: REF });
  assert.deepEqual(xs.map((x) => x.range?.start), ['2023-12-15', '2023-12-19']);
});

test('last / next weekday, and a weekday that is the reference day itself', () => {
  assert.equal(one('They met last Tuesday.').range?.start, '2023-12-12');
  assert.equal(one('They will meet next Tuesday.').range?.start, '2023-12-19');
  // "last Tuesday" on Wednesday 13 December: the most recent Tuesday, i.e. the day before (documented choice)
  assert.equal(one('They met last Tuesday.', { reference: '2023-12-13' }).range?.start, '2023-12-12');
  // a story dated Sunday saying "said on Sunday" means that day
  assert.equal(one('The minister said on Sunday that talks were over.').range?.start, '2023-12-17');
});

test('weekday with a part of the day', () => {
  const x = one('Storms hit the coast on Thursday night.');
  assert.equal(x.text, 'on Thursday night');
  assert.equal(x.range?.start, '2023-12-14');
  assert.equal(x.resolved, 'the night of Thursday 14 December 2023');
});

test('calendar weeks run Monday to Sunday', () => {
  const last = one('Talks collapsed last week.');
  assert.deepEqual(range(last), ['2023-12-04', '2023-12-10']);
  assert.equal(last.granularity, 'week');
  assert.equal(last.resolved, 'the week of 4 December 2023');
  assert.deepEqual(range(one('Talks resume this week.')), ['2023-12-11', '2023-12-17']);
  assert.deepEqual(range(one('Talks resume next week.')), ['2023-12-18', '2023-12-24']);
});

test('months and years relative to the reference', () => {
  const next = one('Prices will rise next month.');
  assert.deepEqual(range(next), ['2024-01-01', '2024-01-31']);
  assert.equal(next.resolved, 'January 2024');
  assert.equal(next.granularity, 'month');
  assert.equal(next.direction, 'future');
  assert.equal(one('Prices rose last month.').resolved, 'November 2023');
  const thisYear = one('Growth slowed this year.');
  assert.equal(thisYear.resolved, '2023');
  assert.equal(thisYear.direction, 'present');
  assert.equal(one('Growth will pick up next year.').resolved, '2024');
  assert.deepEqual(range(one('Growth slowed last year.')), ['2022-01-01', '2022-12-31']);
});

test('bare years, and numbers that are not years', () => {
  const x = one('The dispute began in 2019.');
  assert.equal(x.text, 'in 2019');
  assert.deepEqual(range(x), ['2019-01-01', '2019-12-31']);
  assert.equal(x.relative, false);
  assert.equal(x.granularity, 'year');
  assert.equal(x.resolved, '2019');
  assert.equal(one('The firm has grown since 1987.').text, 'since 1987');
  assert.equal(one("2019's election was close.").resolved, '2019');
  assert.equal(one('The 1985 deficit was larger.').resolved, '1985');
  assert.deepEqual(findTimes('The company employs 2019 people.', { reference: REF }), []);
  assert.deepEqual(findTimes('He lost by 2019 votes.', { reference: REF }), []);
  assert.deepEqual(findTimes('The plant has 1000 workers.', { reference: REF }), []);
  assert.deepEqual(findTimes('The count reached 2,019 on Friday.', { reference: REF }).map((t) => t.text), ['on Friday']);
  assert.deepEqual(findTimes('The ceasefire begins at 2019 GMT.', { reference: REF }), []);
});

test('fiscal years are found but not put on the calendar', () => {
  const x = one('The budget for fiscal 2024 was cut.');
  assert.equal(x.text, 'fiscal 2024');
  assert.equal(x.range, undefined);
  assert.equal(x.resolved, undefined);
});

test('decades', () => {
  const x = one('The town grew fast in the 1990s.');
  assert.equal(x.granularity, 'decade');
  assert.deepEqual(range(x), ['1990-01-01', '1999-12-31']);
  assert.equal(x.resolved, 'the 1990s');
  const early = one('It was built in the early 1960s.');
  assert.equal(early.text, 'in the early 1960s');
  assert.deepEqual(range(early), ['1960-01-01', '1962-12-31']);
  assert.equal(early.resolved, 'the early 1960s');
});

test('a month day without a year takes its year from the reference and the tense', () => {
  const x = one('The law took effect on Jan. 1.');
  assert.equal(x.text, 'on Jan. 1');
  assert.deepEqual(range(x), ['2023-01-01', '2023-01-01']);
  assert.equal(x.relative, true);
  // present tense for a scheduled event: the coming one
  assert.equal(one('The law takes effect on Jan. 1.').range?.start, '2024-01-01');
  assert.equal(one('The law will take effect on Jan. 1.').range?.start, '2024-01-01');
});

test('a past-tense month after the reference date is last year\'s', () => {
  const x = one('The vote was held in December.', { reference: '2024-01-05' });
  assert.deepEqual(range(x), ['2023-12-01', '2023-12-31']);
  assert.equal(x.resolved, 'December 2023');
  assert.equal(one('Elections will be held in March.', { reference: '2024-01-05' }).resolved, 'March 2024');
  assert.equal(one('The plant closed last December.', { reference: '2023-12-17' }).resolved, 'December 2022');
});

test('"in March last year" and a year shared by two dates', () => {
  assert.equal(one('The unit went on line in March last year.').resolved, 'March 2022');
  const xs = findTimes('Polls were taken on March 3 and April 5, 2019.', { reference: REF });
  assert.deepEqual(xs.map((x) => x.range?.start), ['2019-03-03', '2019-04-05']);
  assert.equal(xs[0].relative, false);
});

test('quarters and halves', () => {
  const q1 = one('The first quarter was weak.');
  assert.equal(q1.granularity, 'quarter');
  assert.deepEqual(range(q1), ['2023-01-01', '2023-03-31']);
  assert.equal(q1.resolved, 'the first quarter of 2023');
  assert.equal(q1.relative, true);
  const q3 = one('Q3 2024 revenue is forecast to rise.');
  assert.deepEqual(range(q3), ['2024-07-01', '2024-09-30']);
  assert.equal(q3.relative, false);
  assert.equal(one('Output fell in the fourth quarter of 2022.').resolved, 'the fourth quarter of 2022');
  assert.equal(one('Sales rose in the second half of 1987.').range?.start, '1987-07-01');
  // a year stated earlier in the sentence
  const xs = findTimes('For all of 1986, output rose 4.3 pct in the first quarter.', { reference: '1987-03-02' });
  assert.equal(xs[1].resolved, 'the first quarter of 1986');
  // a period of play, not of the year
  assert.deepEqual(findTimes('He scored 33 points in the third quarter.', { reference: REF }), []);
});

test('a period ending on a date: "the quarter ended December 31"', () => {
  const x = one('The company reported a profit for its first quarter ended December 31.', { reference: '1987-03-03' });
  assert.deepEqual(range(x), ['1986-10-01', '1986-12-31']);
  assert.equal(x.resolved, 'the quarter ended 31 December 1986');
});

test('a near deadline in a past-tense sentence lies ahead', () => {
  assert.equal(one('The bank called for comments by March 31.', { reference: '1987-03-03' }).range?.start, '1987-03-31');
});

test('without a reference date: relative expressions found but unresolved, absolute ones resolved', () => {
  const rel = one('They met last week.', {});
  assert.equal(rel.relative, true);
  assert.equal(rel.range, undefined);
  assert.equal(rel.resolved, undefined);
  assert.equal(rel.direction, 'past');
  const wd = one('They met on Tuesday.', {});
  assert.equal(wd.range, undefined);
  assert.equal(wd.direction, 'past');
  assert.equal(one('It recently ended.', {}).resolved, undefined);
  const abs = one('The accord was signed on 17 December 2023.', {});
  assert.equal(abs.relative, false);
  assert.deepEqual(range(abs), ['2023-12-17', '2023-12-17']);
  assert.equal(abs.resolved, '17 December 2023');
  assert.equal(abs.direction, 'unknown');
  assert.equal(one('It began in 2019.', {}).resolved, '2019');
});

test('words that are not times: may, march, Sun, second, bare numbers, USA TODAY', () => {
  for (const s of [
    'Prices may rise.',
    'Protesters march through the capital.',
    'Theresa May said the plan would work.',
    'The Sun reported the story.',
    'He finished second in the race.',
    'He won 3.5 points.',
    'USA TODAY reported the figures.',
    'Shares rose 3/4 to 25.',
    'The Sunday Times reported the story.',
    'He played touch football on Thursday nights.',
    'It is the March of Dimes.',
  ]) assert.deepEqual(findTimes(s, { reference: REF }).map((x) => x.text), [], s);
  assert.deepEqual(findTimes('He may visit Tokyo in May.', { reference: REF }).map((x) => x.text), ['in May']);
});

test('today, yesterday, tomorrow, tonight, this morning, last night, now', () => {
  assert.deepEqual(range(one('The minister resigned yesterday.')), ['2023-12-16', '2023-12-16']);
  assert.equal(one('Results are due tomorrow.').range?.start, '2023-12-18');
  assert.equal(one('The talks resume today.').resolved, '17 December 2023');
  assert.equal(one('Fans gather tonight.').resolved, 'the night of 17 December 2023');
  assert.equal(one('Police said this morning that roads were closed.').resolved, 'the morning of 17 December 2023');
  assert.equal(one('A fire broke out last night.').resolved, 'the night of 16 December 2023');
  const now = one('Prices are now higher.');
  assert.equal(now.direction, 'present');
  assert.deepEqual(range(now), ['2023-12-17', '2023-12-17']);
  assert.equal(now.resolved, 'as of 17 December 2023');
  // narrative "now" in a past-tense story is not the article date
  assert.deepEqual(findTimes('Some residents now jumped from porch to porch.', { reference: REF }), []);
});

test('earlier this month, later this year, in recent weeks, the past five years', () => {
  const e = one('The group met earlier this month.');
  assert.deepEqual(range(e), ['2023-12-01', '2023-12-17']);
  assert.equal(e.resolved, 'earlier in December 2023');
  assert.equal(e.direction, 'past');
  const l = one('A decision is expected later this year.');
  assert.deepEqual(range(l), ['2023-12-17', '2023-12-31']);
  assert.equal(l.direction, 'future');
  const rw = one('Prices have fallen in recent weeks.');
  assert.equal(rw.text, 'in recent weeks');
  assert.equal(rw.range?.end, '2023-12-17');
  assert.equal(rw.resolved, 'the weeks before 17 December 2023');
  const p5 = one('Sales doubled over the past five years.');
  assert.deepEqual(range(p5), ['2018-12-17', '2023-12-17']);
  assert.equal(p5.resolved, 'the five years to 17 December 2023');
});

test('"two weeks ago" is an approximate window, not an invented day', () => {
  const x = one('The deal was signed two weeks ago.');
  assert.equal(x.granularity, 'approximate');
  assert.equal(x.resolved, 'about two weeks before 17 December 2023');
  assert.ok(x.range!.start <= '2023-12-03' && '2023-12-03' <= x.range!.end);
  assert.equal(one('The deal was signed three days ago.').resolved, '14 December 2023');
});

test('early/mid/late and the end of', () => {
  const x = one('Inflation eased late last year.');
  assert.equal(x.text, 'late last year');
  assert.deepEqual(range(x), ['2022-09-01', '2022-12-31']);
  assert.equal(x.resolved, 'late 2022');
  assert.equal(one('Work starts in mid-March.', { reference: REF, tense: 'future' }).resolved, 'mid-March 2024');
  assert.deepEqual(range(one('The plant will close by the end of the year.')), ['2023-12-01', '2023-12-31']);
});

test('this weekend', () => {
  const x = one('Crowds gathered this weekend.');
  assert.deepEqual(range(x), ['2023-12-16', '2023-12-17']);
  assert.equal(x.resolved, 'the weekend of 16–17 December 2023');
});

test('offsets point into the input', () => {
  const s = 'On Tuesday, officials said talks would resume next month, as they did in 2019.';
  const xs = findTimes(s, { reference: REF });
  assert.deepEqual(xs.map((x) => x.text), ['On Tuesday', 'next month', 'in 2019']);
  for (const x of xs) assert.equal(s.slice(x.start, x.end), x.text);
});

test('formatDate and bad input', () => {
  assert.equal(formatDate('2023-12-17'), '17 December 2023');
  assert.equal(formatDate('1987-03-02'), '2 March 1987');
  assert.throws(() => formatDate('17/12/2023'), RangeError);
  assert.throws(() => findTimes('last week', { reference: '2023-02-30' }), RangeError);
  assert.deepEqual(findTimes('', { reference: REF }), []);
});

test('a span that has passed is no deadline: "from Jan. 1 through Nov. 27" in a past sentence', () => {
  const [t] = findTimes("Google's data was taken from Jan. 1 through Nov. 27.", { reference: '2022-12-07' });
  assert.equal(t.resolved, '1 January – 27 November 2022');
});

test('a day without a year in a sentence about another year is left unresolved', () => {
  const ts = findTimes('Lincoln signed the proclamation Jan. 1 but issued a preliminary version Sept. 22, 1862.', { reference: '2012-12-25' });
  assert.equal(ts.find((t) => t.text.includes('Jan. 1'))?.resolved, undefined);
});

test('a past act that fixes a day ahead: "set a hearing for Wednesday", "adjourned until Monday"', () => {
  const ref = '2024-09-27'; // a Friday
  assert.equal(one('The judge set a second hearing for Wednesday morning.', { reference: ref, tense: 'past' }).range?.start, '2024-10-02');
  assert.equal(one('The trial was adjourned until Monday.', { reference: ref, tense: 'past' }).range?.start, '2024-09-30');
  // without such a word the past tense still looks back
  assert.equal(one('The judge held a hearing on Wednesday.', { reference: ref, tense: 'past' }).range?.start, '2024-09-25');
  // a figure reported "for" a day counts a day gone by
  assert.equal(one('China reported 2,755 local infections for Tuesday.', { reference: '2022-11-02' }).range?.start, '2022-11-01');
});

test('a span without years that runs on the reference date is that year\'s, though its start has passed', () => {
  const xs = findTimes('The Perseid meteor shower lasts from July 14 to September 1, and its peak will happen on Friday.', { reference: '2022-08-11' });
  const x = xs.find((t) => t.text.includes('July 14'));
  assert.ok(x, JSON.stringify(xs));
  assert.deepEqual(range(x), ['2022-07-14', '2022-09-01']);
});

test('a span without years that would have ended half a year back is the coming one when it starts soon', () => {
  const ahead = findTimes('Delta suspended all flights to the city from Feb. 6 through April 30.', { reference: '2020-01-31' }).find((t) => t.text.includes('Feb. 6'));
  assert.ok(ahead);
  assert.deepEqual(range(ahead), ['2020-02-06', '2020-04-30']);
  // A span that has just ended stays in the past.
  const past = findTimes('The data was taken from Jan. 1 through Nov. 27.', { reference: '2022-12-07' }).find((t) => t.text.includes('Jan. 1'));
  assert.ok(past);
  assert.deepEqual(range(past), ['2022-01-01', '2022-11-27']);
});

test('"the third Monday of February" is not read as a Monday counted from the date', () => {
  const ts = findTimes('Presidents Day falls on the third Monday of February.', { reference: '2026-01-08' });
  assert.ok(!ts.some((t) => /Monday/.test(t.text)), JSON.stringify(ts));
});

test('"the last Saturday of October" is no Saturday counted from the date; "last Saturday" is', () => {
  assert.ok(!findTimes('Daylight saving time ends on the last Saturday of October.', { reference: '2026-01-08' }).some((t) => /Saturday/.test(t.text)));
  assert.ok(findTimes('He arrived last Saturday.', { reference: '2026-01-08' }).some((t) => t.text === 'last Saturday'));
});

test('a weekday naming a kind of meal, paper or service is no date ("pajama Sunday brunch", "Sunday services")', () => {
  assert.equal(findTimes('Weir held his last pajama Sunday brunch in the old cafe.', { reference: '2015-01-20' }).length, 0);
  assert.equal(findTimes('The pastor was arrested for hosting Sunday services at his church.', { reference: '2020-04-07' }).length, 0);
  assert.equal(findTimes('The pastor preached on Sunday.', { reference: '2020-04-07' }).length, 1);
});

test('"this week" ahead in a Sunday article is the week starting the next day; behind, the one ending that day', () => {
  assert.equal(one('The leaders will meet this week in Brussels.', { reference: '2013-11-10' }).resolved, 'the week of 11 November 2013');
  assert.equal(one('The leaders met this week in Brussels.', { reference: '2013-11-10' }).resolved, 'the week of 4 November 2013');
});

test('a past day without its year is not placed most of a year back; a recent one and a span still are', () => {
  const far = findTimes('Abbott restarted production on June 4th.', { reference: '2022-05-24' }).find((t) => /June/.test(t.text));
  assert.equal(far?.range, undefined, JSON.stringify(far));
  assert.equal(range(one('Abbott restarted production on May 4.', { reference: '2022-05-24' }))?.[0], '2022-05-04');
  const span = findTimes('The data was taken from Jan. 1 through Nov. 27.', { reference: '2022-12-07' }).find((t) => t.text.includes('Jan. 1'));
  assert.equal(span?.range?.start, '2022-01-01');
});

test('a day a gathering is called for lies ahead of the call', () => {
  const x = one('Supporters have called for a protest on Tuesday in the capital.', { reference: '2022-10-31' });
  assert.equal(range(x)?.[0], '2022-11-01');
});

test('a weekday a past plan named is left as written; a plain past weekday is the one before', () => {
  const planned = findTimes('Zelenskyy originally planned a visit to Saudi Arabia on Wednesday that he said was unrelated to the talks before postponing it to March.', { reference: '2025-02-18' });
  assert.ok(!planned.some((x) => /Wednesday/.test(x.text)), JSON.stringify(planned));
  assert.equal(one('Zelenskyy visited Saudi Arabia on Wednesday.', { reference: '2025-02-18' }).range?.start, '2025-02-12');
});

test('a weekday opening a show\'s name is no date', () => {
  const xs = findTimes('Previous UK winners have included Ant & Dec\'s Saturday Night Takeaway and Pop Idol.', { reference: REF });
  assert.ok(!xs.some((x) => /Saturday/.test(x.text)), JSON.stringify(xs));
});
