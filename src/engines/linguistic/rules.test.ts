// Question rules on small invented articles: self-containment, worth asking, fluency, responsiveness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { Article } from '../../types.js';
import { annotate } from '../../nlp/annotate.js';
import { readDataset } from '../../article/dataset.js';
import { generateLinguistic } from './index.js';
import { verify } from '../../verify/verifier.js';
import { firstChoices } from '../../faq/select.js';
import { mainActor } from './owner.js';

function article(title: string, paragraphs: string[], date = '2024-03-08'): Article {
  return { id: 'test', title, date, format: 'plain', paragraphs };
}

/** The questions the engine offers and the verifier accepts. */
function questions(a: Article): string[] {
  const doc = annotate(a);
  return firstChoices(verify(doc, generateLinguistic(doc)).accepted).map((c) => c.question);
}

function answers(a: Article): Map<string, string> {
  const doc = annotate(a);
  return new Map(firstChoices(verify(doc, generateLinguistic(doc)).accepted).map((c) => [c.question, c.answer]));
}

test('a brief names its company: bare "sales" become the headline company\'s', () => {
  const a = article('ZENDRA FORECASTS HIGHER PROFIT', [
    'Zendra Corp said it expects group profit to rise 12 pct this year.',
    'Sales to Brazil were down from 40 billion yen a year earlier due to weak demand for pumps, the company said.',
    'Zendra said exports would recover next year.',
  ]);
  const doc = annotate(a);
  assert.equal(mainActor(doc), 'Zendra');
  const qs = questions(a);
  assert.ok(qs.some((q) => /^Why were Zendra's sales to Brazil down/.test(q)), qs.join(' | '));
  assert.ok(!qs.some((q) => /^Why were sales/.test(q)), qs.join(' | '));
});

test('no owner is written in when another company is named before the phrase', () => {
  const a = article('ZENDRA FORECASTS HIGHER PROFIT', [
    'Zendra Corp said it expects group profit to rise 12 pct this year.',
    'Rival Halvo Inc said sales were down from 40 billion yen due to weak demand.',
    'Zendra said exports would recover next year.',
  ]);
  assert.ok(!questions(a).some((q) => q.includes("Zendra's sales")));
});

test('newswire shorthand reads as words in a question', () => {
  const a = article('ZENDRA TRADE SURPLUS', [
    'Zendra Corp said its profit rose 12 pct this year.',
    'Zendra said coffee earnings were down to 110 mln dlrs against 295 mln a year before because of lower prices.',
  ]);
  const qs = questions(a);
  assert.ok(qs.every((q) => !/\b(mln|dlrs|pct)\b/.test(q)), qs.join(' | '));
});

test('a commentator quoted once in passing is not defined', () => {
  const a = article('Council approves harbour plan', [
    'The Brenford council approved a new harbour plan on Tuesday.',
    'Mayor Ada Kovacs signed the plan after a long debate.',
    'The plan includes a new ferry terminal and a sea wall.',
    'Critics said the costs were too high.',
    '"It is a bold step," said Tomas Reyes, a professor at Brenford University.',
  ]);
  const qs = questions(a);
  assert.ok(!qs.includes('Who is Tomas Reyes?'), qs.join(' | '));
});

test('a partial denial is not turned into a yes/no question', () => {
  const a = article('New radio features', [
    'The company says that its voice features are not solely aimed at blind listeners.',
    'Money is not always enough to keep staff.',
  ]);
  const qs = questions(a);
  assert.ok(!qs.some((q) => /aimed at blind listeners\?$/.test(q)), qs.join(' | '));
  assert.ok(!qs.some((q) => /always enough/.test(q)), qs.join(' | '));
});

test('"has no plans to" is asked as a yes/no question answered No', () => {
  const a = article('Manager rules out signing', ['Coach Karl Dunmore says he has no plans to sign a new striker in January.']);
  const got = answers(a);
  // (A month without its year gets it: the article is dated March 2024, so January is January 2025.)
  const answer = got.get('Does coach Karl Dunmore plan to sign a new striker in January 2025?');
  assert.ok(answer, [...got.keys()].join(' | '));
  assert.match(answer, /has no plans to sign/);
});

test('"stems from" asks what is behind, not a garbled why', () => {
  const a = article('Markets slide', [
    'The Lisbon share slump stems from fears of slower growth due to the strong currency, brokers said.',
    'Investors have sold shares for weeks.',
  ]);
  const qs = questions(a);
  assert.ok(qs.includes('What is behind the Lisbon share slump?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /stem from/.test(q)), qs.join(' | '));
});

test('a bare group ("workers") or an indefinite subject gives no question', () => {
  const a = article('Shutdown drags on', [
    'Workers received partial checks on Friday.',
    'A 40-year-old man offered a neater answer on Friday.',
  ]);
  const qs = questions(a);
  assert.ok(!qs.some((q) => /workers|a 40-year-old man/i.test(q)), qs.join(' | '));
});

test('an answer opening with "He" names the person the question gives instead of padding', () => {
  const a = article('Banker says drop unwarranted', [
    'Banker Oren Maddox spoke in Paris on Monday.',
    'Maddox said the deficit was not the main factor behind the market fall.',
    'He called for closer cooperation on economic policy by the leading industrial nations.',
  ]);
  const got = answers(a);
  const answer = got.get('What did Banker Oren Maddox call for?');
  assert.ok(answer, [...got.keys()].join(' | '));
  // The name, not the sentence before: "Maddox" or the full name the article gives.
  assert.match(answer, /(?:^|\. )(?:(?:Banker )?Oren )?Maddox called for closer cooperation/);
});

test('initialisms said letter by letter take "the"', () => {
  const a = article('Judge named to lead markets body', [
    'A federal judge is among the contenders to head the Securities and Exchange Commission (SEC), officials said.',
    'The SEC oversees the stock markets.',
  ]);
  const qs = questions(a);
  assert.ok(qs.includes('What is the SEC?'), qs.join(' | '));
});

test('acronyms said as words take no "the"; a community or bureau does', () => {
  const a = article('Food aid cut as talks stall', [
    'Families on the Supplemental Nutrition Assistance Program (SNAP) will get smaller payments, the Agriculture Department said.',
    'SNAP helps about 40 million people buy food.',
    'Ministers of the European Community (EC) met in Brussels to discuss the cuts.',
    'The EC will meet again in May.',
  ]);
  const qs = questions(a);
  assert.ok(qs.includes('What is SNAP?'), qs.join(' | '));
  assert.ok(qs.includes('What is the EC?'), qs.join(' | '));
});

test('surnames and "Mr X" become the full name the text gives', () => {
  const a = article('Minister backs rail plan', [
    'Transport Minister Jane Porter has backed a plan to electrify the northern railway line by 2030.',
    'Rail union leader Tom Okafor welcomed the plan.',
    'Mrs Porter signed the funding agreement with the regional council on Monday. Okafor pledged to support the work.',
  ]);
  const qs = questions(a);
  assert.ok(qs.includes('What funding agreement did Jane Porter sign?'), qs.join(' | '));
  assert.ok(qs.includes('What did Tom Okafor pledge to do?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /\bMrs Porter\b|(^|\s)Okafor/.test(q.replace('Tom Okafor', ''))), qs.join(' | '));
});

test('a weekday that may fall after the date line gets no date', () => {
  const paragraphs = (second: string) => [
    'The Calbuco volcano in southern Chile erupted for the first time in decades, officials said.',
    second,
    'Ash fell on Thursday in the port city of Puerto Montt, forcing schools to close.',
  ];
  // Dated Wednesday 22 April 2015: a story that also tells of Wednesday is being updated as it goes.
  const updated = questions(article('Volcano erupts in Chile', paragraphs('The volcano erupted on Wednesday afternoon and sent ash into the sky.'), '2015-04-22'));
  assert.ok(!updated.some((q) => q.startsWith('When did ash fall')), updated.join(' | '));
  const plain = questions(article('Volcano erupts in Chile', paragraphs('The volcano sent ash into the sky.'), '2015-04-22'));
  assert.ok(plain.some((q) => q.startsWith('When did ash fall')), plain.join(' | '));
});

test('a surname shared by two people is the one the article introduces first', () => {
  const a = article('Prime minister survives vote', [
    'Prime Minister Boris Johnson has survived a confidence vote of his party.',
    'His father Stanley Johnson said the result was good news.',
    'Johnson won the ballot by 211 votes to 148 on Monday.',
  ], '2022-06-07');
  const qs = questions(a);
  assert.ok(!qs.some((q) => q.includes('Stanley Johnson win')), qs.join(' | '));
});

test('"the Prime Minister" names the person the article gives that title, or the question goes', () => {
  const named = questions(article('Leader survives vote', [
    'Prime Minister Anna Berg has survived a confidence vote in parliament.',
    'The Prime Minister will aim to pass the budget next week.',
  ]));
  assert.ok(named.includes('What will Prime Minister Anna Berg aim to do?'), named.join(' | '));
  const unnamed = questions(article('Leader survives vote', [
    'The government survived a confidence vote in parliament on Monday, officials said.',
    'The Prime Minister will aim to pass the budget next week.',
  ]));
  assert.ok(!unnamed.some((q) => q.includes('the Prime Minister')), unnamed.join(' | '));
});

test('a lead reporting a disclosure by a named source asks what was disclosed', () => {
  const qs = questions(article('Bank loses customer data', [
    'Northfield Bank has revealed that it lost computer tapes holding the details of 200,000 customers.',
    'The tapes went missing during a delivery in December.',
  ]));
  assert.ok(qs.includes('What has Northfield Bank revealed?'), qs.join(' | '));
  const unnamed = questions(article('Customers unhappy', [
    'A survey has revealed that many customers are unhappy with their broadband.',
    'Prices rose again in December.',
  ]));
  assert.ok(!unnamed.some((q) => q.includes('revealed')), unnamed.join(' | '));
});

test('a "U.S." headline owns the brief\'s bare economic measures', () => {
  const qs = questions(article('U.S. FACTORY OUTPUT ROSE 0.5 PCT IN MAY', [
    'Industrial output rose 0.5 pct in May after a revised 0.3 pct gain in April, the Federal Reserve Board said.',
    'Productivity in manufacturing rose 1.2 pct in the month.',
  ]));
  assert.ok(qs.some((q) => q.includes('U.S. industrial output') || q.includes('U.S. productivity')), qs.join(' | '));
});

const ROOT = '../shared/data/articles/reuters21578';
test('real data: the Toshiba brief names Toshiba in its sales questions', { skip: !existsSync(ROOT) && 'no ../shared/data' }, () => {
  const path = `${ROOT}/r17460.txt`;
  const doc = annotate(readDataset(readFileSync(path, 'utf8'), path));
  const qs = firstChoices(verify(doc, generateLinguistic(doc)).accepted).map((c) => c.question);
  assert.ok(qs.some((q) => /Toshiba's (group exports|sales)/.test(q)), qs.join(' | '));
  assert.ok(!qs.some((q) => /^Why (were|are) (sales|group exports)/.test(q)), qs.join(' | '));
});

test('an article no other rule questions still gets its lead event, but not a state or a misread', () => {
  // (Not the very last resort, "What is the latest on ...?", which lead-topic.test.ts covers.)
  const lead = (first: string) => questions(article('Club news', [first, 'Fans gathered outside the ground on a cold evening.'])).filter((q) => !/^What is the latest on/.test(q));
  assert.deepEqual(lead('Glenn Smithers has been unveiled as the new Rovers manager at a press conference.'), ['What has happened to Glenn Smithers?']);
  assert.deepEqual(lead('Maria Okafor is to perform live at the Royal Albert Hall next month.'), ['What will Maria Okafor do?']);
  assert.deepEqual(lead('Tony Blair has promised that sport is back as a priority for schools.'), ['What has Tony Blair promised?']);
  // What a source said, with no topic to name, is not asked ("What did the Federal Trade Commission say?").
  assert.deepEqual(lead('The Federal Trade Commission said two in five of the reports it had from consumers concerned ID fraud.'), []);
  // A present passive is a state ("is expected to"); a name inside a phrase after the head is not the subject.
  assert.deepEqual(lead('Interest rates in Ruritania are expected to rise again at the next meeting.'), []);
  assert.deepEqual(lead('A late header by teenager Danny Graham earned Middlesbrough a draw at the Riverside.'), []);
});

test('a surname shared by two people is the one the article names in full more often', async () => {
  const { fullName } = await import('./context.js');
  const doc = annotate(article('Economist dies', [
    'Former Federal Reserve Chairman Alan Greenspan has died at 100.',
    'His father, Herbert Greenspan, was a stockbroker.',
    'Alan Greenspan steered monetary policy for 18 years. Greenspan was later criticized for his speeches.',
  ]));
  assert.equal(fullName(doc, 'Greenspan'), 'Alan Greenspan');
});

test('a surname read just after a second person of that name is named in full is that person, unless a relative', async () => {
  const { fullName } = await import('./context.js');
  const doc = annotate(article('Campese hits out at England', [
    'England coach Andy Robinson has picked his side. Andy Robinson said the team was ready.',
    'Campese said full-back Jason Robinson would be the sole Englishman in his World XV. Robinson has been blamed for poor leadership.',
    'His father, Harry Robinson, played for Bath. Robinson said the team would win.',
  ]));
  const at = (id: string, word = 'Robinson') => {
    const s = doc.sentences.find((x) => x.id === id)!;
    return { n: s.n, offset: s.text.lastIndexOf(word) };
  };
  assert.equal(fullName(doc, 'Robinson', at('p1s1')), 'Jason Robinson');
  assert.equal(fullName(doc, 'Robinson', at('p2s1')), 'Andy Robinson');
  assert.equal(fullName(doc, 'Robinson'), 'Andy Robinson');
});

test('a name described by a role is asked "Who"; a byline is not defined', () => {
  const qs = questions(article('The Little Mermaid returns', [
    'Disney will release a new version of The Little Mermaid in May, the studio said on Monday.',
    'Ariel is the youngest daughter of King Triton, ruler of the undersea kingdom of Atlantica.',
    'Ariel dreams of life on land.',
    'C. A. Bridges is a Digital Producer for the USA TODAY Network, working with newsrooms across Florida.',
  ]));
  assert.ok(qs.includes('Who is Ariel?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /Bridges/.test(q)), qs.join(' | '));
});

test('"Kraft plans to cut": a to-verb the tagger reads as a plural noun after a name is the verb', () => {
  const qs = questions(article('Kraft cuts snack ads', ['Kraft plans to cut back on advertising of sugary snacks to children.', 'The firm will also label its low-fat brands.']));
  assert.ok(qs.includes('What does Kraft plan to do?'), qs.join(' | '));
});

test('a fronted "as" of time is no reason; "as" with a state or a completed change is', () => {
  const time = questions(article('Funeral held', ['As the coffin enters the chapel, the Royal Navy pipers will play a lament for the late admiral.', 'Hundreds of mourners lined the streets of Portsmouth.']));
  assert.ok(!time.some((q) => q.startsWith('Why')), time.join(' | '));
  const reason = questions(article('Partnership shifts', ['As China\u2019s assertiveness in the South China Sea has become a growing concern, the focus of the Japan-ASEAN partnership has shifted towards security matters.']));
  assert.ok(reason.some((q) => q.startsWith('Why has the focus')), reason.join(' | '));
});

test('a fronted time read as the subject gives no question ("What did less than a week after X sign?")', () => {
  const qs = questions(article('Restaurant sues state', ['Less than a week after Ron DeSantis signed the bill, Hamburger Mary\u2019s filed a federal lawsuit against the state of Florida.', 'The restaurant says the law is too vague.']));
  assert.ok(!qs.some((q) => /less than a week/i.test(q)), qs.join(' | '));
});

test('"during Tuesday" reads "on Tuesday"; a name written with its possessive is not defined by its stem', async () => {
  const { finishQuestion } = await import('./rules/shared.js');
  assert.equal(finishQuestion('Why did the stock tumble 8% during Tuesday'), 'Why did the stock tumble 8% on Tuesday?');
  assert.equal(finishQuestion('Why did Jake and Logan Paul move to Puerto Rico in part'), 'Why did Jake and Logan Paul move to Puerto Rico?');
  const qs = questions(article('Debt limit', [
    'The U.S. Treasury will not default on bondholders even if Congress does not raise the debt limit, the credit rating agency Moody\u2019s told investors Monday.',
    'Moody\u2019s expects the government to keep paying interest.',
  ]));
  assert.ok(!qs.includes('What is Moody?'), qs.join(' | '));
});

const RTQA = '../shared/data/articles/rtqa_news';
test('real data: a surname the article gives in full is asked "Who" by the full name; a bio-box "Daughters" is not defined', { skip: !existsSync(RTQA) && 'no ../shared/data' }, () => {
  const asked = (file: string) => {
    const path = `${RTQA}/${file}`;
    const doc = annotate(readDataset(readFileSync(path, 'utf8'), path));
    return firstChoices(generateLinguistic(doc)).filter((c) => c.kind === 'definition').map((c) => c.question);
  };
  const baez = asked('20121108_usatoday_38029cc3.txt');
  // ("Baez is a pure hitter ..." is a verdict, no longer a definition at all; never one by the bare surname.)
  assert.ok(!baez.includes('What is Baez?') && !baez.includes('Who is Baez?'), baez.join(' | '));
  assert.ok(!asked('20140802_usatoday_2fdc8bf8.txt').includes('What is Daughters?'));
});

test('a sentence-initial name the article never writes mid-sentence keeps its capital ("Disney", not "disney")', () => {
  const qs = questions(article('The Little Mermaid returns', ['Disney will release a new version of The Little Mermaid in May, the studio said on Monday.']));
  assert.ok(qs.length > 0 && qs.every((q) => !/\bdisney\b/.test(q)) && qs.some((q) => /Disney/.test(q)), qs.join(' | '));
});

test('a time range cut before its "and" leaves the question; "between the clubs" stays', () => {
  const qs = questions(article('Rates on hold', ['Interest rates in Ruritania rose five times between November 2003 and August 2004 as house prices soared, the central bank said.']));
  assert.ok(qs.length > 0 && !qs.some((q) => /between November 2003\?/.test(q)), qs.join(' | '));
});

test('a reduced relative closed by a time is not the main verb ("agreed as part of an accord reached yesterday")', () => {
  const qs = questions(article('Budget pact cuts farm funds', ['House and Senate budget negotiators agreed as part of an overall budget accord reached yesterday to cut 1.25 billion dlrs from farm spending, Congressional sources told Reuters.'], '1987-06-18'));
  assert.ok(!qs.some((q) => /agreed as part|accord reached\?/.test(q)), qs.join(' | '));
});

test('a denied clause gives no question of its own; a demonstrative "that" tagged a conjunction is no name', () => {
  const qs = questions(article('Cyberattack hits ministry websites', [
    'The Kremlin denies it is planning to attack and argues that NATO support for Ruritania constitutes a growing threat on its western flank.',
    'While the government has suggested Russian involvement in the hack, outside experts say they cannot make that attribution without forensic evidence.',
  ]));
  assert.ok(!qs.some((q) => /planning to do|that attribution/.test(q)), qs.join(' | '));
});

test('no "why" for a prize awarded, a call on someone to act, or holding ministers to account', () => {
  const qs = questions(article('Awards and calls', [
    'Oscars were awarded for best scoring of a musical film and for best sound recording.',
    'Donald Trump has called on Senate Republicans to get rid of the filibuster.',
    'The Tories insisted they would hold ministers to account over the precise purpose of the scheme.',
  ]));
  assert.ok(!qs.some((q) => /^Why/.test(q)), qs.join(' | '));
});

test('a double negative is a figure of speech, not a yes/no fact', () => {
  const qs = questions(article('State song', ["There's probably not a single Oklahoman over the age of 10 who doesn't know the state song, which came from a Broadway musical."]));
  assert.ok(!qs.some((q) => /single Oklahoman/.test(q)), qs.join(' | '));
});

test('"-ed" forms of verbs ending in "e" keep the "e" in questions ("stage", not "stag")', () => {
  const qs = questions(article('GM rally', ['General Motors Corp staged a rally for its new trucks in Detroit on Tuesday, the company said.']));
  assert.ok(qs.some((q) => /\bstage\b/.test(q)) && !qs.some((q) => /\bstag\b/.test(q)), qs.join(' | '));
});

test('an object described by a participle phrase is still an object; a time closing the sentence dates its main verb', () => {
  const qs = questions(article('Land row', [
    'Venezuelan authorities have said they will seize land owned by a British company as part of an agrarian reform programme.',
    'Martina Hingis makes her return to competitive tennis after two years out of the game at the Volvo Women\u2019s Open in Pattaya, Thailand, on Tuesday.',
  ]));
  assert.ok(qs.includes('What will Venezuelan authorities seize?'), qs.join(' | '));
  assert.ok(qs.some((q) => /^When does Martina Hingis make her return to competitive tennis\?$/.test(q)), qs.join(' | '));
  // after another verb the closing time may be that verb's: no "When did ... offer?"
  const offer = questions(article('Trial date', ['Fulton County Attorney Fani Willis offered to start the trial two months after the indictment, on Oct. 23.'], '2023-08-24'));
  assert.ok(!offer.some((q) => /^When/.test(q)), offer.join(' | '));
});

test('references resolve to the right thing: "it" keeps "the", is no plural, "the forest" is no "Forest Service"', () => {
  const all = (a: Article) => [...answers(a)].map(([q, x]) => `${q} ${x}`).join(' | ');
  const commission = all(article('EC farm cuts', [
    'The Commission met farm ministers in Brussels on Monday to discuss the budget.',
    'It originally proposed measures to cut farm spending by 1.1 billion Ecus this year.',
  ], '1987-06-18'));
  assert.ok(/The Commission originally/.test(commission) && !/(^|[.?] )Commission originally|What did Commission\b/.test(commission), commission);
  const votes = questions(article('Right to work', ['Democrats voted against the bill in the state House on Tuesday.', "But it wasn't enough to defeat the legislation, which passed 58-51."]));
  assert.ok(!votes.some((q) => /Democrats enough/.test(q)), votes.join(' | '));
  const forest = questions(article('Fire out', [
    'The Forest Service said heavy rain and snow brought the Whitewater Fire to an end in September.',
    'The Forest Service continued to monitor the forest for any smoke because lightning often sparks fires weeks after the original strike.',
  ]));
  assert.ok(!forest.some((q) => /monitor the Forest Service/.test(q)), forest.join(' | '));
});

test('a name after a possessive or before a number is not taken for a surname ("Sky Harbor\'s Terminal 4")', () => {
  const qs = questions(article('Airport delays', [
    'Avery Wayment waited in Sky Harbor Terminal 4 on Wednesday morning.',
    'Kenneth Coffman was waiting in Sky Harbor\u2019s Terminal 4 because of a Southwest delay.',
  ]));
  assert.ok(!qs.some((q) => /Harbor.s Sky Harbor/.test(q)), qs.join(' | '));
});

test('the time of a clause inside the remainder does not date the main verb', () => {
  const qs = questions(article('Isinbayeva to compete', ['Olympic pole vault champion Yelena Isinbayeva has confirmed she will take part in the Grand Prix in Birmingham on 18 February.']));
  assert.ok(!qs.some((q) => /^When has/.test(q)), qs.join(' | '));
});

test('a relative day in a question gets its date, keeping a preposition the question already has', () => {
  const qs = questions(article('Hearing set', [
    'Tesla shares plunged 12% on Tuesday after Elon Musk sold stock to fund his Twitter bid.',
    'Judge Dale Ho set a second hearing for Wednesday morning because the lawyers disagreed on the schedule.',
  ], '2022-04-27'));
  assert.ok(qs.some((q) => /plunge on 26 April 2022\?$/.test(q)), qs.join(' | '));
  assert.ok(!qs.some((q) => /on Tuesday|for on /.test(q)), qs.join(' | '));
});

test('the last resort asks what happened to a named measure that moved, or what a described subject did at a named place', async () => {
  const { leadEventCandidates } = await import('./rules/lead-event.js');
  const ask = (title: string, lead: string) => leadEventCandidates(annotate(article(title, [lead, 'More details were not given.']))).map((c) => c.question);
  assert.deepEqual(ask('Jobless top five million', "Germany's unemployment figure rose above the psychologically important level of five million last month."), ["What happened to Germany's unemployment figure?"]);
  assert.deepEqual(ask('Earliest cooked meal', 'Scientists have found the earliest known evidence of cooking at an archaeological site in Israel.'), ['What have scientists found at an archaeological site in Israel?']);
  // a described subject with no named place comes last, and only when nothing better was found
  const [court] = leadEventCandidates(annotate(article('Court sets date', ['A German court has set a trial date for a 100-year-old man.', 'More details were not given.'])));
  assert.equal(court?.question, 'What has a German court set?');
  assert.equal(court?.origin, 'lead.any');
  assert.deepEqual(ask('Jobs figures', 'Workers received partial checks on Friday.'), []);
});

test('a reporter no reader can place ("some analysts") does not stand in for "they"', () => {
  const qs = questions(article('Bank under pressure', ['Some analysts said they have recommended BankAmerica delay its equity offering, which has yet to be approved.']));
  assert.ok(!qs.some((q) => /some analysts/i.test(q)), qs.join(' | '));
});

test('no object questions from idioms or times; amounts keep their scale; "and" inside a company name', () => {
  const qs = questions(article('Pope dies; Wales win', [
    'Mike Ruddock paid tribute to his Wales side after they beat France 24-18 in the Six Nations.',
    'Pope Francis died Monday, the Vatican announced.',
    'The firm had told the tribunal that Ms Villalba\u2019s division had been losing about $1m a week.',
    'Pacific Gas and Electric Co said it expects to record a 470 mln dlr reduction in 1987 earnings.',
  ], '2025-04-22'));
  assert.ok(!qs.some((q) => /pay to|pay\?|What did Pope Francis die| m a week|^What does Electric Co/.test(q)), qs.join(' | '));
});

test('a market move "after" an event or "as" a clause asks why; a time, a pronoun\'s act or another verb does not', () => {
  const qs = questions(article('Airline shares', [
    'Shares in Continental Airlines have tumbled after the firm warned it could run out of cash.',
    'Profits at Pfizer fell 93% as research costs rose and sales flagged.',
    'Shares in Boeing rose 3% after the first quarter.',
    'Winger Paolo Nitoglia dropped the ball as he reached for the line.',
    'Hamas militants stepped up their rocket fire as Hesham Kandil crossed into Gaza.',
  ], '2005-01-10'));
  assert.ok(qs.includes('Why have shares in Continental Airlines tumbled?'), qs.join(' | '));
  assert.ok(qs.includes('Why did profits at Pfizer fall 93%?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /^Why (did|have) (shares in Boeing|Paolo Nitoglia|Hamas)/.test(q)), qs.join(' | '));
});

test('a denial cut before its infinitive or question clause is not asked; a count question gives nothing away', () => {
  const qs = questions(article('Bank offer', [
    'BankAmerica Corp is not under pressure to act quickly on its proposed equity offering, analysts said.',
    'After leaving the brewery, Dave Weir was not sure where his career was headed.',
    'Million Dollar Baby has seven nominations while The Aviator has 11.',
    'Hunter Biden has one daughter with his ex-wife Kathleen Buhle named Naomi Biden.',
    'Hamas militants seized 240 people hostages in the attacks on Israel.',
  ], '2005-01-10'));
  assert.ok(!qs.some((q) => /under pressure\?|Weir sure\?|while|named|people hostages/.test(q)), qs.join(' | '));
});

test('a count\'s new level and a milestone are asked "What ... to/reach"; "up from" is left to the answer; a dash list is no count question', () => {
  const qs = questions(article('Housing', [
    'The American death toll rose to 22.',
    'The value of the UK\'s housing stock reached the £3.3 trillion mark in 2004.',
    'Average earnings in the UK rose by 4.3% in the year to December up from November\'s 4.2%.',
    'Yukos is suing four companies - Gazprom, Rosneft and two others - for their part in the sale.',
  ], '2005-01-10'));
  assert.ok(qs.includes('What did the American death toll rise to?'), qs.join(' | '));
  assert.ok(qs.includes('What did the value of the UK\'s housing stock reach in 2004?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /up from|- Gazprom|the £|\bto in /.test(q)), qs.join(' | '));
});

test('a name inside a phrase of the subject is not asked "Who" or "Which country"', () => {
  const qs = questions(article('Volcano erupts', ['Twin blasts from the Calbuco volcano in southern Chile have sent vast clouds of ash into the sky.']));
  assert.ok(!qs.some((q) => /^(Who|Which country)/.test(q)), qs.join(' | '));
});

test('"there is no way to ..." keeps its infinitive; an opening plural tagged a verb is read as a noun; "who" marks a person', () => {
  const qs = questions(article('PFAS in water', [
    'Because the compounds accumulate in the human body over long periods of time, there is no way to get rid of them.',
    'Ancient plays in Greece included men dressing as women, and traditional plays in Britain required it.',
    'Representative Elissa Slotkin faces a close race in Michigan.',
    'Slotkin is a moderate who distanced herself from progressive policies.',
  ]));
  assert.ok(!qs.some((q) => /no way\?|ancient play\b|What is Slotkin/i.test(q)), qs.join(' | '));
});

test('"No." before a capitalised word is an answer of its own; a time used as a modifier keeps its words; a coordinated modifier is no fuller mention', () => {
  const qs = questions(article('Trump arraigned', ['No. Cameras and other broadcasting equipment are not allowed inside federal courtrooms, meaning the hearing will not be televised.']));
  assert.ok(!qs.some((q) => /No\. Cameras/.test(q)), qs.join(' | '));
  const shares = questions(article('TMOC jumps', ['TMOC shares jumped to 5.25 dlrs on the announcement from its Friday closing price of 4.15 dlrs.'], '1987-04-06'));
  assert.ok(!shares.some((q) => /its on /.test(q)), shares.join(' | '));
  const budget = questions(article('Budget pact', [
    'House and Senate budget negotiators agreed to cut 1.25 billion dlrs from farm spending, Congressional sources told Reuters.',
    'The negotiators also agreed to cut 1.6 billion dlrs from the farm budget in fiscal 1989.',
  ], '1987-06-18'));
  assert.ok(!budget.some((q) => /the Senate budget negotiators/.test(q)), budget.join(' | '));
});

test('"the prime minister" is not whoever stands near the words; a quoting "it" is no guess; capitals headings and "Former" capitals', () => {
  const pm = questions(article('Brown camp anxious', [
    'Chancellor Gordon Brown joined Alan Milburn, who the prime minister put in charge of election planning in Mr Brown\u2019s stead.',
    'Gordon Brown has said he will stay focused on the economy.',
    'While Mr Brown is in Africa for a week, the prime minister is to deliver a keynote speech on election themes.',
  ]));
  assert.ok(!pm.some((q) => /Gordon Brown deliver/.test(q)), pm.join(' | '));
  const daily = questions(article('China takes serious view of MFA extension', [
    'China took a serious view of a Multi-Fibre Agreement protocol which it said infringed trade principles, the People\u2019s Daily said.',
    'It quoted a spokesman of the trade ministry as saying the protocol would affect international textile trade.',
  ], '1987-06-02'));
  assert.ok(!daily.some((q) => /China quote/.test(q)), daily.join(' | '));
  const heading = questions(article('Nintendo DS games', ['ADVANCE WARS DS The UK Nintendo DS launch line-up is still to be confirmed at time of writing.']));
  assert.ok(!heading.some((q) => /ADVANCE/.test(q)), heading.join(' | '));
  const former = [...answers(article('Strachan rejects Pompey', ['Former Southampton manager Gordon Strachan has rejected the chance to become Portsmouth\u2019s new boss.', 'Gordon Strachan said he wanted a break.']))].map(([q, a]) => `${q} ${a}`);
  assert.ok(former.some((x) => /is the former Southampton manager/.test(x)) && !former.some((x) => /the Former/.test(x)), former.join(' | '));
});

test('a view in a lead is asked about the named subject of what was claimed', async () => {
  const { leadEventCandidates } = await import('./rules/lead-event.js');
  const qs = leadEventCandidates(annotate(article('Cyberattack hits Ukraine', ['Ukraine claimed Russia was most likely behind the attack on government websites.', 'Officials gave no details.']))).map((c) => c.question);
  assert.deepEqual(qs, ['What did Ukraine claim about Russia?']);
});

test('"the 40-year-old" is the main person or nothing; "not only" is no denial; a participle after a possessive is no verb', () => {
  const keanu = questions(article('Reeves gets his star', [
    'Actor Keanu Reeves has been honoured with a star on the Hollywood Walk of Fame.',
    'The 40-year-old attended the unveiling of the star with his mother, Patricia.',
    'Keanu Reeves thanked her for inspiring him to become an actor.',
  ]));
  assert.ok(!keanu.some((q) => /40-year-old/.test(q)), keanu.join(' | '));
  const china = [...answers(article('China grows', ["China's economy is not only gathering speed thanks to domestic demand, but also from soaring sales overseas."]))];
  assert.ok(china.some(([q, a]) => q === "Why is China's economy gathering speed?" && /but also from soaring sales/.test(a)), JSON.stringify(china));
  assert.ok(!china.some(([q]) => /not gathering|economy gathering\?/.test(q)), JSON.stringify(china));
  const reagan = questions(article('Reagan weakened', ["President Reagan's reduced strength in Congress has been demonstrated by the Senate's decision to approve a highway bill, analysts said."]));
  assert.ok(!reagan.some((q) => /Reagan's reduce/.test(q)), reagan.join(' | '));
});

test('a title cut at the first comma of a list of names is not a definition', () => {
  const qs = questions(article('Outbreak source unclear', [
    'Gwen Biggerstaff, the deputy director of the CDC\u2019s Division of Foodborne, Waterborne, and Environmental Diseases, said the source remains unclear.',
    'Gwen Biggerstaff said more tests are under way.',
  ]));
  assert.ok(!qs.includes('Who is Gwen Biggerstaff?'), qs.join(' | '));
});

test('what a named source said is asked about the reported clause\'s own subject', async () => {
  const { leadEventCandidates } = await import('./rules/lead-event.js');
  const qs = leadEventCandidates(annotate(article('Texaco case', ['Texaco Inc said the U.S. Securities and Exchange Commission will urge the Texas Supreme Court to accept the case for review.', 'No date was set.'], '1987-06-02'))).map((c) => c.question);
  assert.deepEqual(qs, ['What did Texaco Inc say about the U.S. Securities and Exchange Commission?']);
  // Without a topic it reads on its own ("a decision today on natural gas cost recovery"), nothing is asked.
  const bare = leadEventCandidates(annotate(article('Gas ruling', ['Columbia Gas System Inc said a decision today on natural gas cost recovery could reduce its 1987 earnings.', 'No date was set.'], '1987-03-25'))).map((c) => c.question);
  assert.deepEqual(bare, []);
});

test('an answer opening "At the time" carries the sentence that says when', () => {
  const a = answers(article('BT shake-up', [
    'The move comes after regulator Ofcom said in November that the firm must offer competitors equal access to its phone lines.',
    'At the time, Ofcom offered BT the choice of change or splitting into two.',
  ]));
  const offer = [...a].find(([q]) => /^What did Ofcom offer/.test(q));
  assert.ok(!offer || /in November/.test(offer[1]), JSON.stringify([...a]));
  assert.ok(offer, JSON.stringify([...a]));
});

test('a vague span stays in the question rather than leave it bare; a purpose cut to a bare quantity or "and ..." asks nothing', () => {
  const ford = questions(article('Ford recall', ['Ford Motor worked over the next few months to respond to the safety agency.']));
  assert.ok(!ford.includes('Why did Ford Motor work?'), ford.join(' | '));
  const cane = questions(article('Cane output', ['Brazil, the largest cane producer, uses over half to produce alcohol fuel.', 'Miki Sudo ate 51 hot dogs and buns in 10 minutes.']));
  assert.ok(!cane.some((q) => /over half\?|and buns/.test(q)), cane.join(' | '));
});

test('a photo credit run into a sentence gives no questions; a place the headline names is not asked "Where"', () => {
  const qs = questions(article('Crowd crush in Seoul', ['Anthony Wallace/AFP/Getty Images A victim is transported on a stretcher in the district of Itaewon in Seoul.', 'Officials said the crowd surged in Seoul on Saturday night.']));
  assert.ok(!qs.some((q) => /Getty|^Where .*Seoul|in Seoul\?/.test(q)), qs.join(' | '));
});

test('"an ex-Trump lawyer", not "an Ex-Trump lawyer"', () => {
  const a = [...answers(article('Trump co-defendants', ['Ex-Trump lawyer Jenna Ellis surrendered at the Fulton County jail on Wednesday.', 'Jenna Ellis was released on bond.']))];
  assert.ok(a.some(([q, x]) => q === 'Who is Jenna Ellis?' && /is an ex-Trump lawyer/.test(x)), JSON.stringify(a));
});

test('no object question over an unnamed subject, even for a thin article', () => {
  const qs = questions(article('Weather toll', ['Extreme weather events hit dozens of towns last year, the report found.']));
  assert.ok(!qs.some((q) => /^What did extreme weather events hit/.test(q)), qs.join(' | '));
});


test('a why-answer in a short sentence is the sentence, whose reason reads plainly in it', () => {
  const a = answers(article('Summit in Tokyo', [
    'Leaders from Japan and ASEAN convened in Tokyo to discuss stronger collaboration on maritime security, a year after their last summit in Jakarta.',
    'Many ASEAN nations are reluctant to take sides due to their strong ties with China, which buys much of their exports.',
  ]));
  assert.match(a.get('Why did leaders from Japan and ASEAN convene in Tokyo?') ?? '', /^Leaders from Japan and ASEAN convened in Tokyo to discuss stronger collaboration on maritime security/);
  // (Its aside cut, this sentence says nothing beyond its reason and the question: it answers alone.)
  assert.equal(a.get('Why are many ASEAN nations reluctant to take sides?'), 'Many ASEAN nations are reluctant to take sides due to their strong ties with China.');
});

test('a descriptor is not the tail of a title or opened by a capitalised preposition', () => {
  const a = [...answers(article('Jackson and Vons', [
    'Lord of the Rings director Peter Jackson has signed a deal to remake King Kong.',
    'At Southern California grocery chain Vons, shoppers found empty shelves.',
    'Peter Jackson said filming starts next year, and Vons said supplies would return.',
  ]))].filter(([q]) => /^(Who|What) is /.test(q)).map(([q, x]) => `${q} ${x}`);
  assert.ok(a.includes('What is Vons? Vons is a Southern California grocery chain.') && !a.some((x) => /the Rings director|an At /.test(x)), a.join(' | '));
});

test('a yes/no question whose object was a quotation cut away is not asked', () => {
  const qs = questions(article('WorldCom audit', ['Ms Cooper said Mr Scott Sullivan had not mentioned "anything uncomfortable" about the accounting during a 2001 meeting.']));
  assert.ok(!qs.some((q) => /mentioned\?$/.test(q)), qs.join(' | '));
});

test('"no longer" asks about now, not the past, and a causative or quotation-cut "have" is not asked', () => {
  const qs = questions(article('Paralympics and Delta', [
    'Russia is no longer banned by the International Paralympic Committee, which voted on the question in Berlin.',
    'A Delta spokesperson confirmed on Wednesday that Ms Simonetti was no longer an employee of the airline.',
    'Mr McLetchie did not have a complaint made against him by the watchdog in Edinburgh.',
    'Opera does not have to be "trained" to recognise an individual voice, the company said.',
  ]));
  assert.ok(qs.includes('Is Russia banned by the International Paralympic Committee?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /Simonetti|McLetchie|have to be\?/.test(q)), qs.join(' | '));
});

test('a lead that reports a thing is asked about; a company in apposition is no surname; "scrambled after" is the verb', () => {
  const qs = questions(article('Ford profits rise', [
    'Ford, the US car company, reported higher fourth quarter profits on Thursday boosted by its car loans unit.',
    'Bill Ford said the company would invest in new models.',
  ]));
  assert.ok(qs.includes('What profits did Ford report?'), qs.join(' | '));
  const travel = questions(article('Travel ban', ['Travelers scrambled after President Donald Trump announced a travel suspension from Europe for the next 30 days.']));
  assert.ok(!travel.some((q) => /scrambled after/.test(q)), travel.join(' | '));
});

test('a measure "of" something and a currency say which without a name', () => {
  const qs = questions(article('Loans and yen', [
    'The percentage of non-performing loans in Ruritania dropped to 19.1%, down about 2 percentage points.',
    'The Japanese yen could rise to 140 yen to the dollar, a leading businessman said.',
    'Official case counts reflect just a fraction of the real total.',
    'The fraction of patients needing intensive care in Ruritania is up by about 23% over the past two weeks.',
  ]));
  assert.ok(qs.includes('What did the percentage of non-performing loans in Ruritania drop to?') && qs.includes('What could the Japanese yen rise to?'), qs.join(' | '));
  assert.ok(qs.includes('By how much is the fraction of patients needing intensive care in Ruritania up over the past two weeks?'), qs.join(' | '));
});

test('an object question on a verb of making known names its topic; a short sentence answers it without repeating its object first', () => {
  const a = new Map([
    ...answers(article('BP profits', ['Oil giant BP has announced a 26% rise in annual profits to $16.2bn (£8.7bn) on the back of record oil prices.'])),
    ...answers(article('Casinos', ['Tessa Jowell has announced plans to limit the number of new casinos in the UK to 24, in a move branded a retreat.'])),
  ]);
  assert.match(a.get('What rise in annual profits has oil giant BP announced?') ?? '', /^Oil giant BP has announced a 26% rise in annual profits to \$16\.2bn \(£8\.7bn\)/);
  assert.match(a.get('What plans has Tessa Jowell announced?') ?? '', /^Tessa Jowell has announced plans to limit the number of new casinos in the UK to 24/);
  const b = answers(article('TUC', ['The TUC calls for better pensions, child care provision and decent wages, ahead of the spring Budget and said it would report back to its members on the outcome of the talks with ministers before the end of the financial year in April.']));
  // (A long sentence that only repeats it gives way to the short answer.)
  assert.equal(b.get('What does the TUC call for?'), 'Better pensions, child care provision and decent wages.');
});

test('a "Who" question the headline answers ranks below the same question under another headline', () => {
  const score = (title: string) => {
    const doc = annotate(article(title, ['Donald Trump confirmed the implementation of tariffs on cars and light-duty trucks imported from Japan.', 'The tariffs take effect in April.']));
    return firstChoices(generateLinguistic(doc)).find((c) => c.origin === 'subject.who')?.score ?? 0;
  };
  const named = score('Trump confirms car tariffs');
  const unnamed = score('Car tariffs confirmed');
  assert.ok(unnamed > 0 && named < unnamed / 2, `${named} vs ${unnamed}`);
});

test('a publication is not defined, and an abbreviation used once ranks below one the article goes on using', async () => {
  const { definitionCandidates } = await import('./rules/definition.js');
  const doc = annotate(article('Clinic costs', [
    'The World Health Organization (WHO) and the Bank of America (BAC) reported on clinic costs.',
    'The WHO said costs rose, according to Kaiser Health News, a nonprofit news service covering health issues.',
  ]));
  const defs = definitionCandidates(doc);
  assert.ok(!defs.some((c) => /Kaiser/.test(c.question)), defs.map((c) => c.question).join(' | '));
  const score = (q: string) => defs.find((c) => c.question === q)?.score ?? 0;
  assert.ok(score('What is the BAC?') < score('What is the WHO?') / 2, defs.map((c) => `${c.question} ${c.score}`).join(' | '));
});

test('a headline question after a colon opens with a capital', async () => {
  const { headlineQuestions } = await import('./rules/headline.js');
  assert.deepEqual(headlineQuestions("Giorgia Meloni: who is Italy's new prime minister?"), ["Who is Italy's new prime minister?"]);
});

test('no "why" for a reason that belongs to a purpose clause or describes a noun after "there is"', () => {
  const qs = questions(article('Trump and Bud Light', [
    'Donald Trump used his Truth Social account to propose an end to the boycott of Bud Light because of its past partnership with an influencer.',
    'There have been no confirmed reports of adverse reactions due to consumption of these products, the company said.',
    'Many ASEAN nations are reluctant to take sides due to their strong ties with China.',
  ]));
  assert.ok(!qs.some((q) => /^Why (did Donald Trump use|have there been)/.test(q)), qs.join(' | '));
  assert.ok(qs.includes('Why are many ASEAN nations reluctant to take sides?'), qs.join(' | '));
});

test('"were up 5%" is asked "By how much", without the price reached or a second figure', () => {
  const a = answers(article('Shares', [
    'Shares in Manchester United were up over 5% by noon following a new offer from Malcolm Glazer.',
    'Shares in George Wimpey were up 6% at 458.5p in morning trade.',
    'Nvidia and Broadcom were down 8.69% and about 6%, respectively.',
  ]));
  assert.match(a.get('By how much were shares in Manchester United up by noon?') ?? '', /^Shares in Manchester United were up over 5%/);
  assert.ok(a.has('By how much were shares in George Wimpey up?'), [...a.keys()].join(' | '));
  assert.ok(![...a.keys()].some((q) => /Broadcom/.test(q)), [...a.keys()].join(' | '));
});

test('a time that modifies a noun or names a day is not dated in a question', async () => {
  const { withDatedQuestion } = await import('./answer.js');
  const doc = annotate(article('Sales', ['Cyber Monday fell on Monday this year, and Janet left her weekly Tuesday movie early.'], '2021-12-01'));
  const ask = (question: string) => withDatedQuestion(doc, { kind: 'time', question, answer: 'x', evidence: [doc.sentences[0].id], score: 1, origin: 't' }).question;
  assert.equal(ask('When did Cyber Monday fall?'), 'When did Cyber Monday fall?');
  assert.equal(ask('Why did Janet leave her weekly Tuesday movie?'), 'Why did Janet leave her weekly Tuesday movie?');
});

test('no bare "When will X decide?" or "Did X eat?", and a win over a team asks "Who"', () => {
  const qs = questions(article('Booker and Mauresmo', [
    'US food and drug regulators will decide on Friday whether to approve the drug.',
    'Cory Booker did not eat during his 25-hour speech in the Senate chamber, aides said.',
  ], '2025-04-02'));
  assert.ok(!qs.some((q) => /^When will US food and drug regulators decide\?$|^Did Cory Booker eat\?$/.test(q)), qs.join(' | '));
  const win = questions(article('Mauresmo cruises', ["France's Amelie Mauresmo routed Vera Zvonareva 6-1 6-0 in the Kremlin Cup on Tuesday."]));
  assert.ok(win.some((q) => /^Who did .*Mauresmo rout\?$/.test(q)), win.join(' | '));
});

test('a surname two people share is not given the wrong one\'s title or full name', () => {
  const a = answers(article('Hunter Biden trial', [
    'Hunter Biden faces three felonies over a gun form, and prosecutors expect to spend three days on their case against President Joe Biden\'s son.',
    'Hunter Biden and James Biden, the son and brother of President Joe Biden, were named in the letter.',
    'Hunter Biden listened as the president\'s son faces three firearms felonies, jurors heard.',
    'Biden\'s lawyer, Abbe Lowell, began questioning Jensen on Tuesday about the texts.',
    'Hunter Biden did not testify on Tuesday.',
  ], '2024-06-05'));
  const all = [...a].map(([q, x]) => `${q} ${x}`);
  assert.ok(!all.some((x) => /Hunter Biden's son|Joe Biden's lawyer|James Biden is the son and brother/.test(x)), all.join(' | '));
});

test('no question opens on a possessive whose owner was left out ("Have\'s films grabbed ...?")', () => {
  const qs = questions(article('Box office', ["Screen International's US editor Mike Goodridge thinks 2004's films have simply not grabbed the public's imagination."]));
  assert.ok(!qs.some((q) => /^\w+['’]s /.test(q)), qs.join(' | '));
});

test('a relative clause closed before the main verb is not cut as an aside; an object that is next to nothing is not asked', async () => {
  const { withoutAside } = await import('./answer.js');
  const sentence = "Organisers say this year's Berlin Film Festival, which opens on Thursday with period epic Man to Man, will celebrate a revitalised European cinema.";
  assert.equal(withoutAside({ kind: 'event', question: 'What did Berlin hail?', answer: sentence, evidence: ['p0s0'], score: 1, origin: 't' }).answer, sentence);
  const qs = questions(article('Taliban', ['Zabihullah Mujahid offered few other details about the talks in Doha.']));
  assert.ok(!qs.some((q) => /offer\?$/.test(q)), qs.join(' | '));
});

test('a denial reported about others is not asked; a speaker denying their own plan is', () => {
  const qs = questions(article('Tax plans', [
    'Finance Minister Michael Wilson said tax reform will not affect the federal spending cuts planned for Ruritania.',
    'Coach Karl Dunmore says he has no plans to sign a new striker.',
  ], '1987-06-18'));
  assert.ok(!qs.some((q) => /tax reform affect/.test(q)), qs.join(' | '));
  assert.ok(qs.includes('Does coach Karl Dunmore plan to sign a new striker?'), qs.join(' | '));
});

test('a figure answer keeps the approximation the article gives ("nearly $1.6 million", "about 75 countries")', () => {
  const a = answers(article('Campaign cash', [
    'Senate candidate Blake Masters raised nearly $1.6 million in the last quarter, more than any rival in Arizona.',
    'Administration officials have said about 75 countries have contacted the U.S. seeking trade deals since the tariffs were announced.',
  ], '2022-07-18'));
  assert.match(a.get('How much did senate candidate Blake Masters raise in the last quarter?') ?? '', /raised nearly \$1\.6 million/, [...a].join(' | '));
  assert.match(a.get('How many countries have contacted the U.S. seeking trade deals?') ?? '', /about 75 countries have contacted/, [...a].join(' | '));
});

test('a relative time in a possessive is dated after its one-word noun, not inside a compound', () => {
  const a = [...answers(article('Soybean loans', [
    'Leaders of the American Soybean Association offered specific loan options to USDA Secretary Richard Lyng in last week\'s meeting, but would not reveal them.',
    'OPEC has regained its former role as price-setter in the oil market following last year\'s price war, OPEC Secretary General Fadhil al-Chalabi said.',
  ], '1987-03-30')).values()].join(' | ');
  assert.match(a, /in last week's meeting \(the week of 23 March 1987\)/, a);
  assert.ok(!/price \(1986\) war/.test(a), a);
});

test('a thing praised is asked "What"; an attribution between commas defines nothing; "In response," is trimmed', async () => {
  const { definitionCandidates } = await import('./rules/definition.js');
  const doc = annotate(article('Ferguson praises grit', [
    "Manchester United's Alex Ferguson has praised his players' gutsy performance in the 1-0 win at Aston Villa.",
    'Hamas, Greenstein pointed out, means "violence" in Hebrew.',
    'In response, Israel launched days of missile attacks on targets in Gaza.',
  ], '2023-10-12'));
  const got = firstChoices(generateLinguistic(doc));
  const qs = got.map((c) => c.question);
  assert.ok(qs.includes("What has Manchester United's Alex Ferguson praised?") && !qs.some((q) => /^Who has .* praised/.test(q)), qs.join(' | '));
  assert.ok(!definitionCandidates(doc).some((c) => /Greenstein/.test(c.answer)), definitionCandidates(doc).map((c) => c.answer).join(' | '));
  assert.ok(!got.some((c) => /In response/.test(c.answer)) && got.some((c) => /Israel launched/.test(c.answer)), got.map((c) => c.answer).join(' | '));
});

test('from sheets 909/1010: "What did Israel fire?", no topic from a gerund or a participle inside the object, no lone "None" subject, no capital kept on a descriptor', async () => {
  const { definitionCandidates } = await import('./rules/definition.js');
  const doc = annotate(article('Gaza and Europe', [
    'Israel fired an airstrike on an ambulance outside Al-Shifa Hospital in Gaza City on Friday.',
    'Foreign Secretary Liz Truss has proposed cutting taxes to help people struggling with their bills.',
    'The European Commission has proposed several cost and production cutting measures for dairy farmers.',
  ], '2023-11-04'));
  const none = questions(article('Russian election', ['Three candidates are running against Vladimir Putin in Russia.', 'None are against the war in Ukraine. Like Putin, all three are on Western sanction lists. None have committed to bringing independent observers to voting stations. All three support the Kremlin.'], '2024-03-14'));
  assert.ok(!none.some((q) => /None/.test(q)), none.join(' | '));
  const qs = firstChoices(generateLinguistic(doc)).map((c) => c.question);
  assert.ok(!qs.some((q) => /^Who did Israel fire/.test(q)) && qs.includes('What did Israel fire?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /^What taxes|^What production|None/.test(q)), qs.join(' | '));
  const cars = annotate(article('Mitsubishi deal', ['Struggling Japanese car maker Mitsubishi Motors has struck a deal to supply Peugeot with 30,000 vehicles.']));
  assert.ok(definitionCandidates(cars).some((c) => c.answer === 'Mitsubishi Motors is a struggling Japanese car maker.'), definitionCandidates(cars).map((c) => c.answer).join(' | '));
});

test('an aspectual verb is not asked "What does X continue to do?"', () => {
  const qs = questions(article('Rockwell outlook', ['Rockwell International Corp continues to expect significant improvement in 1987 results.'], '1987-04-02'));
  assert.ok(!qs.some((q) => /continue to do/.test(q)), qs.join(' | '));
});

test('a company named with a business plural is no person ("Darden Restaurants said it has agreed ...")', () => {
  const qs = questions(article('Darden to sell Red Lobster', ['Darden Restaurants said on Friday it has agreed to sell its Red Lobster chain to investment firm Golden Gate Capital for $2.1 billion.'], '2014-05-16'));
  assert.ok(qs.includes('What has Darden Restaurants agreed to do?'), qs.join(' | '));
});

test('a bare time between subject and verb is no part of the subject; a hedged denial is not asked; a Who question leaves no pronoun', () => {
  const qs = [
    ...questions(article('Moore runs again', ['Former Alabama Chief Justice Roy Moore Thursday announced he would seek the Republican nomination for U.S. Senate.'], '2019-06-21')),
    ...questions(article('Starship money', ['NASA last year awarded SpaceX $2.9 billion specifically for Starship.'], '2023-05-01')),
    ...questions(article('MVP snub', ['Controversy usually doesn\'t accompany All-Star MVP decisions but it did when the Pacers star was snubbed.'], '2023-02-20')),
    ...questions(article('Tariffs', ['President Ronald Reagan announced he intended to raise tariffs on Japanese electronic goods.'], '1987-03-28')),
    ...questions(article('Shopping', ['Cyber Monday fell on Nov. 28 this year, capping a record weekend for US online retailers.'], '2022-12-01')),
  ];
  assert.ok(!qs.some((q) => /\bCyber (fall|fell)\b/.test(q)), qs.join(' | '));
  assert.ok(qs.some((q) => /^What did [Ff]ormer Alabama Chief Justice Roy Moore announce\?$/.test(q)), qs.join(' | '));
  assert.ok(!qs.some((q) => /on 20 June|in 2022|^Does controversy|Who announced/.test(q)), qs.join(' | '));
});

test('a headline "Who" question is answered by a sentence that names a person', () => {
  const a = answers(article('Who is speaker of the House now?', [
    'The House is now without a speaker after a historic vote in the chamber on Tuesday.',
    'Rep. Patrick McHenry was chosen to be acting House speaker from a list of names.',
  ], '2023-10-04'));
  assert.match(a.get('Who is speaker of the House now?') ?? '', /McHenry/, [...a].join(' | '));
});

test('"the Bank" is the one bank the article names in full, and vague when it names none', () => {
  const qs = questions(article('Eurobond rules', ['The Bank of England issued new rules for the Eurobond market on Monday.', 'In addition, the Bank has proposed limits on the amount of credit risk that firms can take on.'], '1987-03-10'));
  assert.ok(qs.includes('What has the Bank of England proposed?'), qs.join(' | '));
  const none = questions(article('Eurobond rules', ['Dealers gathered in London on Monday.', 'In addition, the Bank has proposed limits on the amount of credit risk that firms can take on.'], '1987-03-10'));
  assert.ok(!none.some((q) => /the Bank\b/.test(q)), none.join(' | '));
});

test('no object lead that only counts its head, or that stops before what the object was told to do', () => {
  const a = answers(article('Crypto crackdown', [
    "China's central bank ordered some banks and payment firms, including China Construction Bank and Alipay, to crack down further on cryptocurrency trading.",
  ], '2021-06-22'));
  const answer = a.get("What did China's central bank order?");
  assert.ok(answer && /^China's central bank ordered/.test(answer), [...a].join(' | '));
  const tips = answers(article('Tipping guide', ['The Emily Post Institute offers various general suggestions on tipping hotel staff.'], '2018-03-24'));
  assert.ok([...tips.values()].every((x) => !/^Various/.test(x)) && tips.size > 0, [...tips].join(' | '));
});

test('time questions: a caption\'s present tense and a time that belongs to another verb ask nothing', () => {
  const caption = questions(article('Greece reopens', ['Tourists wearing face masks walk in Athens on June 1, when Greece dropped most of its restrictions.', 'Hotels reported more bookings.'], '2022-06-22'));
  assert.ok(!caption.some((q) => q.startsWith('When')), caption.join(' | '));
  const recall = questions(article('Chicken recall', ['The Food Safety Service issued a recall for 500 pounds of chicken bites manufactured on Oct. 3 after complaints.', 'No illnesses were reported.'], '2023-12-18'));
  assert.ok(!recall.some((q) => /manufactured\?$/.test(q)), recall.join(' | '));
});

test('time questions: a pluperfect is asked in the simple past; a scheduled infinitive keeps its time', () => {
  const landed = questions(article('Starliner returns', ['The Starliner spacecraft had landed in New Mexico on September 7, without its crew.', 'The crew stayed on the station.'], '2025-03-17'));
  assert.ok(landed.includes('When did the Starliner spacecraft land in New Mexico?'), landed.join(' | '));
  const offer = questions(article('Offer extended', ['Northwind Corp said its offer for Bexley Ltd is scheduled to expire on March 20.', 'Bexley has not responded.'], '1987-03-18'));
  assert.ok(offer.some((q) => /^When is .*offer .*scheduled to expire\?$/.test(q)), offer.join(' | '));
});

test('an object answer does not repeat what its question already says', () => {
  const as = answers(article('Car makers settle', ['Kestrel Motors last week agreed a compensation package with partner Lumo Cars which will see it buy back shares and said it would report back to its members on the outcome of the talks with ministers before the end of the financial year in April.', 'Talks had lasted months.']));
  const q = [...as.keys()].find((x) => /^What did Kestrel Motors agree with partner Lumo Cars\?$/.test(x));
  assert.ok(q, [...as.keys()].join(' | '));
  assert.equal(as.get(q), 'A compensation package.');
});

test('a span\'s opening day answers no "When", and a time from now is no count', () => {
  const film = questions({ ...article('Film tops chart', ['The adventure film Iron Harbor made $17.1m in ticket sales from Friday to Sunday in the US.', 'It has now topped the chart twice.']), date: undefined });
  assert.ok(!film.some((q) => q.startsWith('When')), film.join(' | '));
  const soda = questions(article('Soda machines', ["Just like a discontinued item, self-serving soda machines inside Burger Barn restaurants won't exist 10 years from now.", 'The chain gave no reason.'], '2023-09-11'));
  assert.ok(!soda.some((q) => /^How many years/.test(q)), soda.join(' | '));
});

test('a sports position before a name defines the player; a modifier opening the sentence loses its capital', () => {
  const qs = answers(article('Tindall seeks opinion', ['England centre Mark Tallis is to seek a second opinion before having surgery on a foot injury.', 'Former Olympic champion Rhona Vale has criticised the sprint squad for lacking ambition.', 'Tallis was injured in January.']));
  assert.equal(qs.get('Who is Mark Tallis?'), 'Mark Tallis is an England centre.');
  assert.ok([...qs.keys()].some((q) => q.includes('former Olympic champion Rhona Vale')), [...qs.keys()].join(' | '));
  assert.ok(![...qs.keys()].some((q) => q.includes('Former Olympic')), [...qs.keys()].join(' | '));
});

test('a pronoun at the end of a subject means an object was read into it: no question', () => {
  const qs = questions(article('Party row', ['BNP leader Nick Gray told the Chronicle he expected some voters to switch to the Tories over the issue.', 'The Tories rejected the idea.']));
  assert.ok(!qs.some((q) => /the Chronicle Nick Gray/.test(q)), qs.join(' | '));
});

test('a statement headline is asked only when the lead tells its action as done', async () => {
  const { headlineCandidates } = await import('./rules/headline.js');
  const ask = (title: string, lead: string) => headlineCandidates(annotate(article(title, [lead, 'More details were not given.'])), true).map((c) => c.question);
  assert.deepEqual(ask('Ruritania approves new budget', 'Ruritania has approved a new budget that cuts spending on roads.'), ['What did Ruritania approve?']);
  assert.deepEqual(ask('Kestrel Motors plans Ferrari listing', 'Ferrari could be listed on the stock market as part of an overhaul of Kestrel Motors, a newspaper has reported.'), []);
  assert.deepEqual(ask('Cudicini misses final', 'Chelsea goalkeeper Carlo Cudicini will miss the League Cup final after the club dropped their appeal.'), []);
});

test('a headline question is not answered by a sentence that asks it again or only gives a reason', async () => {
  const { headlineCandidates } = await import('./rules/headline.js');
  const ask = (title: string, paragraphs: string[]) => headlineCandidates(annotate(article(title, paragraphs))).map((c) => c.question);
  assert.deepEqual(ask('Why is Ruritania banned from the Winter Games?', ['Why is Ruritania banned from the Winter Games?', 'The committee gave its reasons on Monday.']), []);
  assert.deepEqual(ask('When is Lantern Day?', ['This is because Lantern Day is always held on the full-moon day of the spring month, on March 14 this year.']), []);
  assert.deepEqual(ask('When is Lantern Day?', ['Lantern Day is held on the full-moon day of the spring month, on March 14 this year.']), ['When is Lantern Day?']);
});

test('an answer whose sentence only repeats its short answer is the sentence alone', () => {
  const a = answers(article('Election result', ['Emmanuel Maron has won Ruritania\u2019s presidential election.', 'Turnout was low.'], '2022-04-24'));
  const q = [...a.keys()].find((x) => /^What has Emmanuel Maron won\?$/.test(x));
  assert.ok(q, [...a].join(' | '));
  assert.equal(a.get(q), 'Emmanuel Maron has won Ruritania\u2019s presidential election.');
  // Cut at a list, the whole sentence answers: what was cut is what was asked for.
  const b = answers(article('Summit', ['Leaders met in Tokyo on Sunday.', 'Japan specifically called for enhanced security cooperation, including arms transfers and cybersecurity measures.'], '2023-12-17'));
  assert.equal(b.get('What did Japan call for?'), 'Japan specifically called for enhanced security cooperation, including arms transfers and cybersecurity measures.', [...b].join(' | '));
});

test('a time joined to another ("on Friday and Saturday") answers no "When": one day is half the answer', () => {
  const qs = questions(article('Holiday mail', ['However, the Postal Service will still deliver mail on Friday and Saturday, according to a statement.', 'Offices will close on Monday.'], '2021-06-17'));
  assert.ok(!qs.some((q) => /^When will the Postal Service deliver mail/.test(q)), qs.join(' | '));
});

test('a back-reference by age or nationality ("the 31-year-old Scot", "the Australian") is no subject a reader can place', () => {
  const qs = questions(article('Sprinter returns', ['Dougal Reid will race again in March.', 'The 31-year-old Scot was suspended for two years in 1998 after testing positive for nandrolone.', 'The Australian was not to be denied in the final set.']));
  assert.ok(!qs.some((q) => /31-year-old Scot|the Australian/.test(q)), qs.join(' | '));
  // An age before a name is a description, not a back-reference.
  const named = questions(article('Long life', ['The 101-year-old Toma Ishikawa has eaten raw fish almost every day of his life.', 'He lives in Osaka.']));
  assert.ok(named.some((q) => q.includes('the 101-year-old Toma Ishikawa')), named.join(' | '));
});

test('a lead that reports a thing, with a clause after it, asks what was reported', () => {
  const qs = questions(article('Weak dollar trims Kelvo profits', [
    "The world's biggest kettle maker, Kelvo Industries, has reported a modest rise in profits after the weak dollar took a bite out of its results.",
  ]));
  assert.ok(qs.some((q) => /^What .*has Kelvo Industries reported\?$/.test(q)), qs.join(' | '));
});

test('"the firms" after a list of firms is not one of them', () => {
  const qs = questions(article('Firms unite on copy control', [
    'Technology firms Sony, Philips, Matsushita and Samsung are developing a common way to stop people pirating digital music and video.',
    'The firms want to make a system that ensures files play on the hardware they make but also thwarts illegal copying.',
  ]));
  assert.ok(!qs.some((q) => /^What do? (Samsung|Sony|Philips|Matsushita) want/.test(q)), qs.join(' | '));
});

test('"the country" is the article\'s country, with "the" where its name takes one', () => {
  const qs = questions(article('Formula shortage', [
    'Parents across the country have been hoping to find the formulas their infants need, often returning home empty-handed.',
    'U.S. officials said the U.S. would import formula. The U.S. shortage has lasted months.',
  ]));
  assert.ok(qs.includes('What have parents across the U.S. been hoping to do?'), qs.join(' | '));
});

test('a plural acronym is defined with "are"', () => {
  const a = answers(article('Police support officers get new powers', [
    'Community Support Officers (CSOs) can now use reasonable force to detain suspects.',
    'CSOs will also patrol town centres at night.',
  ]));
  assert.equal(a.get('What are CSOs?'), 'CSOs are Community Support Officers.', [...a.keys()].join(' | '));
});

test('the question keeps what a rank is in, drops a comparison, and the answer is not cut inside a bracket', () => {
  const qs = questions(article('Spaniards shine in Buenos Aires', [
    'Unseeded Nicolas Almagro became the fifth Spaniard to reach the last eight at the Buenos Aires Open, ousting eighth seed Mariano Zabaleta.',
  ]));
  assert.ok(qs.includes('Who became the fifth Spaniard to reach the last eight at the Buenos Aires Open?'), qs.join(' | '));
  const fig = questions(article('Campaign cash', [
    'Lauren Meyer has raised $675,357 this year compared with the $171,207 contributed to her rival, according to reports.',
  ]));
  assert.ok(!fig.some((q) => /compared\?$/.test(q)), fig.join(' | '));
  const bracket = answers(article('Kelvo rejects bid', [
    'Australian winemaker Kelvo has rejected a takeover offer worth 3.1bn Australian dollars ($2.3bn; £1.8bn) from brewing giant Bramble Group.',
  ]));
  assert.ok([...bracket.values()].every((x) => !/\(\$2\.3bn\.$/.test(x)), [...bracket.values()].join(' | '));
});

test('"it" in a person\'s reported words is not that person', () => {
  const qs = questions(article('Drinking laws', [
    'Culture Secretary Tessa Jowell on Tuesday said it was not her job to bow to the campaign against the changes. It was the status quo, not the new laws, which were causing current binge drinking problems, she told BBC Two\'s Newsnight. But Ms Jowell insisted his concerns had been met.',
  ]));
  assert.ok(!qs.some((q) => /Tessa Jowell her job/.test(q)), qs.join(' | '));
});

test('a score headline asks who won, answered by the lead that says so; a draw asks how it ended', () => {
  const won = answers(article('Clydebank 0-5 Kelso Rovers', [
    'Kelso Rovers brushed aside Clydebank to secure their place in the cup semi-final, but only after a nervy first half.',
    'The home side had a goal chopped off before Rovers took the lead.',
  ]));
  assert.match(won.get('Who won the match between Clydebank and Kelso Rovers?') ?? '', /^Kelso Rovers brushed aside Clydebank/, [...won.keys()].join(' | '));
  const drawn = questions(article('Teesford 2-2 Charlbury', ['A late header by teenager Danny Graham earned Teesford a battling draw with Charlbury at the Riverside.']));
  assert.ok(drawn.includes('How did the match between Teesford and Charlbury end?'), drawn.join(' | '));
  // The lead names only the loser: no answer in the article's words.
  const loserOnly = questions(article('Mansford 0-1 Leyton Vale', ['A second-half goal condemned Mansford to a ninth successive game without a win.']));
  assert.ok(!loserOnly.some((q) => /^Who won/.test(q)), loserOnly.join(' | '));
});

test('an irregular past the tagger reads as a noun is a verb, and a bare name before it is the subject', () => {
  const qs = questions(article('Borders 19-20 Ulster', ['Ulster clung on for a morale-boosting league win over bottom club Borders at Netherdale on Friday night.'], '2005-01-08'));
  assert.ok(qs.some((q) => q.startsWith('When did Ulster cling on for a morale-boosting league win')), qs.join(' | '));
});

test('"X and its Y" keeps its possessive: it is X\'s', () => {
  const qs = questions(article('Oil release', [
    'Biden announced on Tuesday the US would ban Russian aircraft from US airspace.',
    'The US and its allies have also agreed to release 60 million barrels of oil from their reserves.',
  ]));
  assert.ok(!qs.some((q) => /Biden's allies/.test(q)), qs.join(' | '));
});

test('a pluperfect is asked in the simple past, whatever the rule', () => {
  const qs = questions(article('Mourinho keeps his word', ['Chelsea boss Jose Mourinho had promised to pick Cudicini for the final instead of first-choice keeper Petr Cech.']));
  assert.ok(qs.includes('What did Chelsea boss Jose Mourinho promise to do?'), qs.join(' | '));
});

test('a name the article mostly capitalises keeps its capital, a quoted lower-case use notwithstanding', () => {
  const qs = questions(article("Brewster's is rolling out a new rewards program", [
    'Brewster is replacing its old rewards program, Brew Perks, with a new program called Brewster Rewards.',
    'Members who visit a Brewster at least 12 times a year get more. "I hate the new brewster rewards," one customer wrote.',
    'Scott Murphy, Brewster president, said loyal customers of Brewster will benefit, and a Brewster spokesman agreed.',
  ], '2022-10-06'));
  assert.ok(qs.includes('What is Brewster replacing?'), qs.join(' | '));
});

test('a base form closing a phrase opened by "another" is a noun; a participle left by a cut time goes', () => {
  const qs = answers(article('Ford recall', ['Ford has announced another SUV recall, this time impacting about 520,000 Escape and Bronco Sport compacts in the United States.', 'It is the third recall for Ford this year.']));
  assert.ok([...qs.keys()].some((q) => /^What (recall )?has Ford announced\?$/.test(q)), [...qs.keys()].join(' | '));
  const cut = answers(article('Chicken bites recalled', ['The Food Safety and Inspection Service issued a food recall for about 26,550 pounds of chicken bites manufactured on Nov. 9, officials said.'], '2023-12-18'));
  assert.ok([...cut.values()].every((a) => !/manufactured\.\s/.test(a)), [...cut.values()].join(' | '));
});

test('a verdict or a ranking that is the news is no definition; a plain description is', () => {
  const qs = questions(article('Kelvin wins again', [
    'Kelvin Rovers won again on Saturday. Brian Okafor is a class act, said his coach.',
    'Marlowe is the 22nd state to legalize recreational marijuana. Veritas is the beginning of the end for the party.',
    'Futurelab is a non-profit organisation looking at ways of using technology for learning. Futurelab will report in May.',
  ]));
  assert.ok(!qs.some((q) => /^(What|Who) is (Brian Okafor|Marlowe|Veritas)\?$/.test(q)), qs.join(' | '));
  assert.ok(qs.includes('What is Futurelab?'), qs.join(' | '));
});

test('real data: a source met once outside the lead is not defined in an article with other questions', { skip: !existsSync(RTQA) && 'no ../shared/data' }, () => {
  // (Session 12: the article first used here lost a side actor's commitment and became thin, where a minor name may
  // be defined; this one still has three other questions.)
  const path = `${RTQA}/20220222_cnn_7ff7b856.txt`;
  const qs = firstChoices(generateLinguistic(annotate(readDataset(readFileSync(path, 'utf8'), path)))).map((c) => c.question);
  assert.ok(qs.length >= 2 && !qs.includes('Who is Richard Murray?'), qs.join(' | '));
});

test('"is to" + a base form the tagger reads as a noun is the news future', () => {
  const qs = questions(article('Turkey relaunches lira', ['Turkey is to relaunch its currency on Saturday, knocking six zeros off the lira in the hope of boosting trade.'], '2005-01-01'));
  assert.ok(qs.includes('What will Turkey relaunch?'), qs.join(' | '));
});

test('an answer lead cut before its last verb\'s object is left out; the sentence answers alone', () => {
  const a = answers(article('Kelvo wins bloggers case', ['Kelvo has won its legal fight to make three bloggers reveal who told them about unreleased products.']));
  assert.ok([...a.values()].every((x) => !/reveal\.\s/.test(x)), [...a.values()].join(' | '));
  assert.ok([...a.keys()].some((q) => /Kelvo/.test(q)), [...a.keys()].join(' | '));
});

test('a vague verb\'s object is not asked where the article offers other questions; a bare "A decree." is no answer lead', () => {
  const qs = questions(article('Kelvo profits fall', [
    'Kelvo saw its annual profits drop 33% and warned that earnings would fall again this year.',
    'Kelvo has pledged to cut 500 jobs at its Leeds plant by March. Kelvo plans to hire 200 engineers in Bristol.',
    'Kelvo has signed a supply deal with Bramble Motors worth $2bn.',
  ]));
  assert.ok(qs.length >= 2 && !qs.includes('What did Kelvo see?'), qs.join(' | '));
  const decree = answers(article('Gas payments', ['President Vladimir Putin signed a decree in March that requires buyers of natural gas to pay in roubles.']));
  assert.ok([...decree.values()].every((a) => !a.startsWith('A decree.')), [...decree.values()].join(' | '));
});

test('a clock time is left out of the question, kept in the answer', () => {
  const a = answers(article('Kelvo shares jump', ['Kelvo shares in London rose 12% by 1200 GMT after the firm raised its profit forecast.'], '2005-03-01'));
  const q = [...a.keys()].find((x) => /^By how much did Kelvo shares/.test(x));
  assert.ok(q && !/GMT/.test(q) && /1200 GMT/.test(a.get(q)!), [...a.entries()].join(' | '));
  const noaa = questions(article('Hurricane outlook', ['NOAA will release its 2026 Atlantic Hurricane Season Outlook at 11 a.m. on May 21.'], '2026-05-09'));
  assert.ok(noaa.length && noaa.every((x) => !/a\.m/.test(x)), noaa.join(' | '));
});

test('a head of state is not defined; an object cut from its complement is not asked', () => {
  const qs = questions(article('Debate night', ['Vice President Kamala Harris met union leaders in Detroit on Monday. Harris spoke for an hour.']));
  assert.ok(qs.length > 0 && !qs.includes('Who is Kamala Harris?'), qs.join(' | '));
  const called = questions(article('Rebate row', ['French president Jacques Chirac has called the UK\'s £3bn rebate from the European Union a relic of the past.']));
  assert.ok(!called.some((q) => /called( the)?\b.*\?$/.test(q) && !/called (on|for)/.test(q)), called.join(' | '));
});

test('a descriptor after a list item\'s label loses the capital the label gave it', () => {
  const a = answers(article('Where to find formula', [
    'Parents are hunting for baby formula at Costco and other stores across the country.',
    'Costco: Warehouse giant Costco has brands like Enfagrow available for shipping and in store. Costco limits buyers to two cans.',
  ]));
  const def = a.get('What is Costco?');
  assert.ok(!def || def === 'Costco is a warehouse giant.', def);
});

test('a descriptor keeps its coordination; a person takes "Who"; a sentence-initial common word loses its capital', () => {
  const one = (title: string, text: string) => answers(article(title, [text], '2016-02-17'));
  assert.equal(one('Bombardier cuts jobs', 'Canadian airplane and train manufacturer Bombardier plans to cut 7,000 jobs.').get('What is Bombardier?'), 'Bombardier is a Canadian airplane and train manufacturer.');
  assert.equal(one('Melcher signs', 'Record producer Terry Melcher, who was behind hits by the Byrds, has signed a new deal.').get('Who is Terry Melcher?'), 'Terry Melcher is a record producer.');
  assert.equal(one('Townshend award', 'Rock icon Pete Townshend picked up an award on Friday. Townshend plays rock music.').get('Who is Pete Townshend?'), 'Pete Townshend is a rock icon.');
  const film = one('New film', 'Actor Tom Hanks and director Ron Howard will make a new film.');
  const defined = [...film].filter(([q]) => /^(Who|What) is (?!the latest)/.test(q)).map(([, x]) => x);
  assert.ok(!defined.some((x) => /Hanks and director/.test(x)), defined.join(' | '));
});

test('an explainer\'s own term is defined as readers ask it; a verdict, a quote or a phrase of the moment is not', () => {
  const a = answers(article('What is a recession, and how scared should we be?', [
    'Economists are arguing about whether a recession is coming.',
    'First, the textbook definition: A recession is a prolonged period of economic decline, beginning when the economy peaks.',
    'A recession is the worst thing for workers.',
  ], '2022-05-06'));
  assert.equal(a.get('What is a recession?'), 'A recession is a prolonged period of economic decline.');
  const storm = answers(article('What is a hurricane?', ['According to the weather service, a hurricane is a tropical cyclone with winds of 74 mph or more.'], '2026-05-09'));
  assert.match(storm.get('What is a hurricane?') ?? '', /^According to the weather service, a hurricane is a tropical cyclone/);
  const keto = questions(article('Keto diet dangers', ['Ketogenic is a high-fat, low-carbohydrate eating plan.', 'The tags are a mix of chip and antenna.']));
  assert.ok(!keto.some((q) => /^What (is ketogenic|are the tags)\?/.test(q)), keto.join(' | '));
  const qs = questions(article('Sanctions on Russia', [
    'The new sanctions are a response to the invasion, officials said.',
    'Stability is the key word for business.',
    '"Education is a right for every child," she said.',
  ], '2022-03-03'));
  assert.ok(!qs.some((q) => /^What (is|are) (the new sanctions|stability|education)\?/.test(q)), qs.join(' | '));
});

test('a person the article reports dead is asked "Who was"; a one-letter name is not defined', () => {
  const a = answers(article('Melcher dies', ['Record producer Terry Melcher, who was behind hits by the Byrds, has died aged 62.'], '2004-11-22'));
  assert.equal(a.get('Who was Terry Melcher?'), 'Terry Melcher was a record producer.');
  const x = questions(article('Election posts', ['Social media platform X has removed the posts. X said the posts broke its rules.'], '2024-10-15'));
  assert.ok(!x.includes('What is X?'), x.join(' | '));
});

test('"the court" is not resolved to one of two courts the article names', () => {
  const qs = questions(article('Ohio maps', [
    'The U.S. Supreme Court limited federal oversight of gerrymandering. Appeals went to the U.S. Supreme Court.',
    'The court struck down the maps on Wednesday with Maureen O\'Connor as the deciding vote.',
    'Bob Cupp served as an Ohio Supreme Court justice.',
  ], '2022-03-18'));
  assert.ok(!qs.some((q) => /U\.S\. Supreme Court strike/.test(q)), qs.join(' | '));
});

test('a title keeps the capital of the word that opens it; "the merger" is not cut inside its name; a share is no change', () => {
  const qs = questions(article('Straw in Asia', [
    'Foreign Secretary Jack Straw, touring South East Asian countries, praised the "spirit of cooperation" in the talks.',
    'He said foreign aid was vital.',
    'The merger of Russian gas giant Gazprom and oil firm Rosneft is to go ahead.',
    'The merger, backed by Russian authorities, will allow foreigners to trade in Gazprom shares.',
    'Tesla announced that it would cut 10% of its global workforce.',
  ], '2005-01-10'));
  assert.ok(qs.includes('What did Foreign Secretary Jack Straw praise?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /merger of Russian allow|cut of its/.test(q)), qs.join(' | '));
});

test('an object that is a person named after a role is asked "Who"; an award the tagger calls a person is not', () => {
  const qs = questions(article('Norwich sign Stuart', [
    'Norwich have signed Charlton midfielder Graham Stuart until the end of the season.',
    'South Korean film director Im Kwon-Taek has received an honorary Golden Bear at the Berlin Film Festival.',
  ], '2005-01-10'));
  assert.ok(qs.includes('Who have Norwich signed?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /^Who has South Korean/.test(q)), qs.join(' | '));
});

test('a reported clause whose subject would open with a preposition is not asked', () => {
  const qs = questions(article('Brooklyn Union gas', ['Edward Sondey, vice president of supply, said that under a grandfather clause Brooklyn Union could request Transco to transmit 165 mln cubic feet a day of spot gas.'], '1987-06-01'));
  assert.ok(!qs.some((q) => /could under/.test(q)), qs.join(' | '));
});

test('a When question leaves out a second time the sentence gives ("10 years ago")', () => {
  const qs = questions(article('Manics guitarist', ['Richey Edwards, guitarist and lyricist for The Manic Street Preachers, vanished 10 years ago, on 1 February 1995.']));
  assert.ok(qs.includes('When did Richey Edwards vanish?'), qs.join(' | '));
});

test('an office written short ("the former VP") is not a name a reader can place', () => {
  const qs = questions(article('Cheney funeral held in Washington', [
    'Former Vice President Dick Cheney\'s funeral is taking place on Thursday, Nov. 20 in Washington.',
    'The former VP died on Nov. 3 of complications of pneumonia, his relatives said.',
    'Vice President Kamala Harris attended the service.',
  ], '2025-11-20'));
  assert.ok(qs.every((q) => !/\bVP\b/.test(q) && !/Harris die/.test(q)), qs.join(' | '));
});

test('an accusation is asked "of what", and "let" gives no object question', () => {
  const qs = questions(article('Johnson accuses British sprinters', [
    'Former Olympic champion Michael Johnson has accused Britain\'s top sprinters of lacking pride and ambition.',
    'European leaders say Asian states must let their currencies rise against the US dollar.',
  ]));
  assert.ok(qs.includes('What has former Olympic champion Michael Johnson accused Britain\'s top sprinters of?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /accused\?|\blet\b/.test(q)), qs.join(' | '));
});

test('an object\'s short answer keeps the name its apposition gives it', () => {
  const a = answers(article('Dunkin changes rewards', ['Dunkin’ is replacing its old rewards program, DD Perks, with a new program called Dunkin’ Rewards and said it would report back to its members on the outcome of the talks with ministers before the end of the financial year in April.']));
  const answer = [...a.entries()].find(([q]) => /^What is Dunkin’ replacing\?$/.test(q))?.[1];
  assert.ok(answer?.startsWith('Its old rewards program, DD Perks.'), answer);
});

test('a capitalised first word of a quoted sentence does not name a later "the" phrase', () => {
  const qs = questions(article('Quake hits Lombok', [
    'A magnitude 7.0 earthquake rocked the island of Lombok on Sunday, killing 98 people.',
    '"Strongest quake we’ve felt in the 13 years we’ve been here," tweeted one resident.',
    'The quake struck at 6:46 p.m. local time Sunday.',
  ], '2018-08-06'));
  assert.ok(!qs.some((q) => /Strongest/.test(q)), qs.join(' | '));
});

test('an answer leaves out "also" and "for example" that point to sentences it does not quote', () => {
  const a = answers(article('IRS opens tax season', ['The IRS also launched its new Direct File service for the 2024-2025 season.', 'Some filers, for example, will not need to file at all.']));
  const all = [...a.values()].join(' ');
  assert.ok(all.includes('The IRS launched its new Direct File service'), all);
  assert.ok(!/\balso\b|for example/.test(all), all);
});

test('a role that does not say of what defines no one', () => {
  const qs = questions(article('Toshiba sees exports to China rising', [
    'Toshiba Corp expects group profits to fall in 1987/88 because of the strong yen.',
    'Osamu Iemura, a senior vice president, told a news conference sales are forecast at 3,500 billion yen.',
    'Iemura said the results reflected trade friction over semiconductor exports.',
  ], '1987-06-01'));
  assert.ok(!qs.includes('Who is Osamu Iemura?'), qs.join(' | '));
});

test('a definition from a surname\'s apposition answers with the full name, and never with a namesake\'s', () => {
  const a = answers(article('Federer wins again', [
    'Roger Federer has hired Tony Roche as his new coach.',
    'Roche, a former Davis Cup player for Australia, will work with Federer for ten weeks a year. Roche said he was delighted.',
  ]));
  assert.equal(a.get('Who is Tony Roche?'), 'Tony Roche is a former Davis Cup player for Australia.');
  const b = answers(article('Kennedy confirmed', [
    'Robert F. Kennedy Jr. was confirmed as health secretary on Tuesday.',
    'Kennedy, the son of former Attorney General Robert F. Kennedy, won 52 votes. Kennedy thanked the Senate.',
  ]));
  assert.ok(![...b.values()].some((x) => /Robert F\. Kennedy is the son/.test(x)), [...b.values()].join(' | '));
});

test('a full name inside a titled chunk the tagger reads as a place still gives the surname its person', async () => {
  const { fullName } = await import('./context.js');
  const doc = annotate(article('Meyer files for governor', [
    'New Castle County Executive Matt Meyer on Wednesday officially filed as a candidate for Delaware governor.',
    'Meyer, a former public school math teacher, was joined by his wife, Dr. Lauren Meyer, in Dover.',
    'Meyer has raised $675,357 so far.',
  ]));
  assert.equal(fullName(doc, 'Meyer'), 'Matt Meyer');
});

test('what someone says ought to happen is not asked as if it were fact', () => {
  const qs = questions(article('Hodgson calls for winter break', [
    'Former Blackburn boss Roy Hodgson says the Premiership should follow the rest of Europe and have a winter break.',
    'Philippine economist Solita Monsod said the Philippines must devalue the peso to boost exports.',
  ], '2005-01-10'));
  assert.ok(!qs.some((q) => /^What (should|must) /.test(q)), qs.join(' | '));
});

test('the lead\'s attributed claim is asked when every other question is dropped, not only when none is made', () => {
  const qs = questions(article('Yukos unit auction in doubt', [
    'Yukos has said a US bankruptcy court will decide whether to block Russia\'s impending auction of its main production arm on Thursday.',
    'As the firm is based in Russia and has no significant US assets, lawyers are unsure of the outcome of the case.',
  ], '2005-01-10'));
  assert.ok(qs.includes('What has Yukos said about a US bankruptcy court?'), qs.join(' | '));
});

test('"has plans to" is asked as a plan, never as a perfect ("What has X plans to do?")', () => {
  const qs = questions(article('Brazil to switch to Linux', ['The Brazilian government has plans to switch all government computers from Microsoft to Linux.']));
  assert.ok(qs.includes('What does the Brazilian government plan to do?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /plans to do/.test(q)), qs.join(' | '));
});

test('no definition that leaves its owner unplaced ("the state\'s governor") or introduces a head of state the title named', () => {
  const qs = questions(article('Colorado budget', [
    'Jared Polis, the state’s Democratic governor, signed the budget on Monday.',
    'President Joe Biden praised the plan. Biden, the second Catholic to serve as president, spoke in Denver. Biden said the plan would help families.',
    'Former Russian President Dmitry Medvedev criticised it. Medvedev, a close Putin ally, posted online. Medvedev said it was weak.',
  ]));
  assert.ok(!qs.includes('Who is Jared Polis?') && !qs.includes('Who is Joe Biden?'), qs.join(' | '));
  assert.ok(qs.includes('Who is Dmitry Medvedev?'), qs.join(' | '));
});

test('no "why" for a call on someone to act or for what someone used an occasion to do; a call for action keeps its purpose', () => {
  const qs = questions(article('Bosnia and Nato', [
    'Sarajevo last month called for Nato to accelerate its bid to become a member of the alliance.',
    'Children\'s author Judy Blume used the ceremony to speak out over censorship.',
    'Unions called for strikes across Europe to protest the trimming of government salaries.',
  ], '2021-11-02'));
  assert.ok(!qs.some((q) => /^Why did (Sarajevo|Children|Judy)/.test(q)), qs.join(' | '));
  assert.ok(qs.includes('Why did unions call for strikes across Europe?'), qs.join(' | '));
});

test('a particle after the object, "and" with an adverb before a second verb, and "such a" leads are handled', () => {
  const qs = questions(article('US tops supercomputer chart', [
    'The US has pushed Japan off the top of the supercomputing chart with IBM\'s prototype Blue Gene/L machine.',
    'The Top 500 list was announced on Monday and officially charts the fastest computers in the world.',
  ]));
  assert.ok(!qs.includes('What has the US pushed?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /and officially charts/.test(q)), qs.join(' | '));
  const a = answers(article('Flag Day', ['The Continental Congress called for such a flag on June 14, 1777.']));
  assert.ok([...a.values()].every((x) => !x.startsWith('Such a flag.')), [...a.values()].join(' | '));
});

test('a quantity after a verb\'s "in" is a state, owned by no one', () => {
  const qs = questions(article('WMC profits soar', [
    'Australian mining firm WMC Resources has seen a fivefold rise in profits.',
    'WMC said copper and nickel in particular have been in high demand thanks to China\'s booming economy.',
    'WMC shares rose 2%.',
  ]));
  assert.ok(!qs.some((q) => /in WMC/.test(q)), qs.join(' | '));
});

test('a headline question about a year is not answered by a sentence about another year', () => {
  const a = answers(article('When will the IRS accept returns in 2026?', [
    'Tax season is almost here for millions of Americans.',
    'In 2025, the IRS kicked off the tax season on Monday Jan. 27 when the agency began accepting federal income tax returns.',
  ], '2026-01-01'));
  assert.ok(!a.has('When will the IRS accept returns in 2026?'), [...a.keys()].join(' | '));
});

test('"it" after a second company named as a passive\'s agent is not resolved to the first', () => {
  const qs = questions(article('Sony PSP console hits US in March', [
    'US gamers will be able to buy Sony\'s PlayStation Portable from 24 March.',
    'Sony has sold more than 800,000 units in Japan. Sony is entering a market which has been dominated by Nintendo for many years.',
    'It launched its DS handheld in Japan and the US last year and has sold 2.8 million units.',
  ]));
  assert.ok(!qs.includes('What did Sony launch?'), qs.join(' | '));
});

test('a person fined or alerted is asked "Who", and what they were alerted to is asked "to what"', () => {
  const qs = questions(article('Bellamy fined by Newcastle', [
    'Newcastle have fined their Welsh striker Craig Bellamy two weeks\' wages following his row with manager Graeme Souness.',
    'Cynthia Cooper alerted directors to irregular accounting practices at the telecoms giant.',
  ]));
  assert.ok(qs.includes('Who have Newcastle fined?'), qs.join(' | '));
  const bath = questions(article('Bath sign Williams', ['Bath have signed their former scrum-half Andy Williams on a short-term deal from the Ospreys.']));
  assert.ok(bath.includes('Who have Bath signed?'), bath.join(' | '));
  assert.ok(!qs.some((q) => /^What have Newcastle fined|alert\?$/.test(q)), qs.join(' | '));
});

test('a role word before a name is no part of it: lower case in questions, left out of resolved pronouns', () => {
  const qs = questions(article('Anelka and Willis', [
    'Actor Bruce Willis is suing Revolution Studios over an injury he suffered.',
    'Striker Nicolas Anelka wants to leave Manchester City in January.',
    'New Southampton manager Harry Redknapp faces his old club Portsmouth on Sunday.',
    'Analyst Christian Schulz called the ECB guidance a "mini-revolution" because the central bank abandoned its old rule.',
  ]));
  assert.ok(qs.some((q) => q.includes('analyst Christian Schulz')), qs.join(' | '));
  const young = questions(article('Okafor sprint', ['Teenager Ada Okafor ran the third fastest indoor 400m of all time at the Fayetteville meeting.', 'She is 18.']));
  assert.ok(young.some((q) => q.includes('teenager Ada Okafor')) && !young.some((q) => q.includes('Teenager')), young.join(' | '));
  assert.ok(qs.includes('Who is actor Bruce Willis suing?') && qs.includes('What does striker Nicolas Anelka want to do?'), qs.join(' | '));
  assert.ok(qs.some((q) => q.includes('new Southampton manager Harry Redknapp')), qs.join(' | '));
  const a = answers(article('Actress Roberts takes spider role', [
    'Actress Julia Roberts will play the part of a spider in a new film version of Charlotte\'s Web.',
    'She will voice Charlotte, who teams up with a girl to save their friend Wilbur the pig.',
  ]));
  assert.ok(![...a.keys()].some((q) => /Actress Julia/.test(q)), [...a.keys()].join(' | '));
});

test('"made it 13 wins" has no "it" to resolve, and what a list included is not asked "When"', () => {
  const qs = questions(article('United win derby', [
    'Manchester United beat Manchester City 2-0 on Sunday.',
    'Even without Van Nistelrooy, United made it 13 wins in 15 league games with a 2-0 derby victory on Sunday.',
    'Previous winners have included Pop Idol on Saturday.',
  ]));
  assert.ok(!qs.some((q) => /make United|include/.test(q)), qs.join(' | '));
});

test('no descriptor cut from inside a name with "of" ("the England deputy governor"), no purpose from "to start with"', () => {
  const qs = questions(article('Lomax warns on figures', [
    'House prices rose 4% last year, according to Bank of England deputy governor Rachel Lomax.',
    'Rachel Lomax cited the late 1980s as an example. Lomax said figures may be revised.',
    'Digital terrestrial TV will launch as a free-to-air platform to start with.',
  ]));
  assert.ok(!qs.includes('Who is Rachel Lomax?') && !qs.some((q) => /^Why will digital/.test(q)), qs.join(' | '));
});

test('a time that dates an event after "ahead of" or "after" is not asked as the main verb\'s', () => {
  const qs = questions(article('Oasis star fined', [
    'Oasis singer Liam Gallagher has been fined 50,000 euros after a fight in a German nightclub two years ago.',
    'Mr Schroeder\'s intervention comes ahead of a meeting of the 12 Eurozone finance ministers on Monday.',
    'Manchester United striker Ruud van Nistelrooy may make his comeback after an Achilles tendon injury in the FA Cup tie at Everton on Saturday.',
  ]));
  assert.ok(!qs.some((q) => /^When (was Oasis|does Gerhard|does Mr)/.test(q)), qs.join(' | '));
  assert.ok(qs.includes('When may Manchester United striker Ruud van Nistelrooy make his comeback?'), qs.join(' | '));
});

test('a day a verb names, or a participle\'s time, is not the event\'s; an undated When is answered in the article\'s words', () => {
  const qs = questions(article('Flag Day', [
    'In 1949, President Truman designated June 14 as national Flag Day.',
    'In 1916, President Woodrow Wilson issued a presidential proclamation establishing a national Flag Day on June 14.',
  ], '2025-06-11'));
  assert.ok(!qs.some((q) => /^When did President (Truman|Woodrow)/.test(q)), qs.join(' | '));
  const a = answers({ ...article('Deeley quits', ['Presenter Cat Deeley resigned as host of the show on Saturday after six years.']), date: undefined });
  assert.equal(a.get('When did presenter Cat Deeley resign as host of the show?'), 'Presenter Cat Deeley resigned as host of the show on Saturday after six years.', [...a].join(' | '));
});

test('a person chosen is asked "Who", a thing chosen "What"', () => {
  const qs = questions(article('Thune chosen', [
    'U.S. Senate Republicans chose South Dakota Sen. John Thune to succeed Mitch McConnell as Senate majority leader.',
    'Collins Dictionary has chosen the term NFT as its word of the year.',
  ], '2024-11-13'));
  assert.ok(qs.includes('Who did U.S. Senate Republicans choose to succeed Mitch McConnell?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /^Who has Collins/.test(q)), qs.join(' | '));
});

test('"the German company" is a description to resolve, not a name', () => {
  const qs = questions(article('BMW recalls cars', [
    'BMW is to recall all cars equipped with a faulty diesel fuel-injection pump.',
    'The German company is to extend a planned production break at one of its plants.',
  ]));
  assert.ok(!qs.some((q) => /the German company/.test(q)), qs.join(' | '));
});

test('a name the article calls a band or firm is no one\'s surname', () => {
  const qs = questions(article('Cult band Kasabian surge forward', [
    'Indie dance band Kasabian built up a cult following throughout 2004.',
    'The band\'s name was inspired by Linda Kasabian, the getaway driver of Charles Manson.',
    'Kasabian moved into a remote farmhouse in Rutland to record their debut album.',
  ]));
  assert.ok(!qs.some((q) => /Linda Kasabian (move|build)/.test(q)), qs.join(' | '));
});

test('no count of abstractions ("How many changes have Scotland made?")', () => {
  const qs = questions(article('Scotland name side', [
    'Scotland have made two changes for the match against Italy.',
    'Two huge developments on Wednesday crashed into the legal teams.',
  ]));
  assert.ok(!qs.some((q) => /^How many (changes|huge developments)/.test(q)), qs.join(' | '));
});

test('"in an attempt to", "in a bid to", "in order to" give a purpose whatever the verb, not past another verb or a copula', () => {
  const qs = questions(article('Fans fight to save show', [
    'Star Trek fans have taken out a full-page ad in the Los Angeles Times in an attempt to persuade TV executives not to scrap Star Trek: Enterprise.',
    'Videos showed dozens of trucks parked on major roads in an attempt to slow the convoy.',
    'The Bank of England is willing to accept some constraints in order to ensure that underwriters act prudently.',
  ]));
  assert.ok(qs.includes('Why have Star Trek fans taken out a full-page ad in the Los Angeles Times?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /^Why (did videos|did Videos|is the Bank)/.test(q)), qs.join(' | '));
});

test('an object pronoun is never resolved to its own clause\'s subject', () => {
  const qs = questions(article('Fed raises rates', [
    'The Federal Reserve raised rates on Wednesday.',
    'When the pandemic erupted, the Fed made it almost free to borrow in a bid to encourage spending.',
  ]));
  assert.ok(!qs.some((q) => /make the Fed/.test(q)), qs.join(' | '));
});

test('a long sentence that repeats its short answer word for word gives way to the short answer alone', () => {
  const a = answers(article('Ruritania and Freedonia sign energy deal', [
    'Ruritania and Freedonia have signed a memorandum of understanding on energy co-operation, officials from both countries said on Monday after a two-day meeting in the capital that was attended by ministers, bankers and the heads of the two state oil firms.',
  ]));
  const q = [...a.keys()].find((x) => /^What (?:memorandum )?have Ruritania and Freedonia signed\?$/.test(x));
  assert.ok(q, [...a].join(' | '));
  assert.equal(a.get(q), 'A memorandum of understanding on energy co-operation.');
});

test('no "What did X try to do?" (an effort, not news) and no object question on a verb of feeling ("What did X wow?")', () => {
  const qs = questions(article('Labour pledge puts ministers under pressure', [
    'A group of MPs has tried to raise the pressure on the prime minister over reform by publishing a blueprint.',
    'Singer Paul Macklin wowed fans with a live mini-concert at the Super Bowl.',
    'The Ruritanian Labour Party has pledged to cut income taxes by 2030.',
  ]));
  assert.ok(!qs.some((q) => /tried to do|wow/.test(q)), qs.join(' | '));
  assert.ok(qs.includes('What has the Ruritanian Labour Party pledged to do?'), qs.join(' | '));
});

test('a "When" headline question is answered by the sentence with the day, not the one with the rule', () => {
  const a = answers(article('When is Founders Day 2026? What is open', [
    'Founders Day, created to celebrate the city charter, is a holiday that falls on the second Monday of March each year.',
    'Here is what to know ahead of Founders Day.',
    'Founders Day is on Monday, March 9, this year.',
  ], '2026-01-08'));
  assert.equal(a.get('When is Founders Day 2026?'), 'Founders Day is on Monday, March 9, this year.', [...a].join(' | '));
});

test('no bare "What did X sign?" outside the lead when X signs something else elsewhere in the story', () => {
  const qs = questions(article('Trump signs orders on first day', [
    'President Donald Trump began his term on Monday with a series of executive actions.',
    'Trump spoke to reporters in the Oval Office.',
    'Trump signed an order that directed the Federal Aviation Administration to review its hiring.',
    'Trump also signed a memorandum on federal hiring later that evening.',
  ], '2025-01-22'));
  assert.ok(!qs.some((q) => /^What did (President )?Donald Trump sign\?$/.test(q)), qs.join(' | '));
});

test('a sentence that repeats its short answer answers alone also when a surname in it is given in full', () => {
  const a = answers(article('Holt to speak', [
    'Former governor Jane Holt was charged on Friday.',
    'In the meantime, Holt said she will hold a news conference on Monday to discuss the charges against her.',
  ], '2023-08-15'));
  const q = [...a.keys()].find((x) => /^Why will Jane Holt hold a news conference/.test(x));
  assert.ok(q, [...a].join(' | '));
  assert.match(a.get(q)!, /^Jane Holt said she will hold a news conference/);
});

test('a question stops before a "that" clause after a noun, rather than cut it in half', () => {
  const qs = questions(article('Opinion on treatments', [
    'Attorney General Ken Paxton issued an opinion last Friday that such treatments constituted abuse under state law.',
    'Doctors disagreed.',
  ], '2022-02-22'));
  assert.ok(qs.includes('When did Attorney General Ken Paxton issue an opinion?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /that such treatments constituted\?/.test(q)), qs.join(' | '));
});

test('an exchange, a corporation or an agreement spelled out takes "the"', () => {
  const a = answers(article('Bid for exchange', [
    'The London Stock Exchange (LSE) has rejected a bid from Deutsche Borse.',
    'The LSE said the offer was too low.',
  ]));
  assert.equal(a.get('What is the LSE?'), 'The LSE is the London Stock Exchange.', [...a.keys()].join(' | '));
});

test('a sentence whose opening pronoun is named answers alone rather than after its repeated short answer', () => {
  const a = answers(article('Carmaker sales', [
    'Sales totalled 3.9 million units worldwide during 2004, the company said.',
    'Kestrel Motors avoided the fate of its US rivals. Its sales rose 3.5% to 2.7 million units.',
  ]));
  const q = [...a.keys()].find((x) => /^By how much did Kestrel Motors's sales rise\?$/.test(x));
  assert.ok(q, [...a].join(' | '));
  assert.equal(a.get(q), "Kestrel Motors's sales rose 3.5% to 2.7 million units.");
});

test('no purpose asked of a reported theory; a hyphen left open inside a word closes in the question', () => {
  const qs = questions(article('MP says services behind attacks', [
    'Plaid Cymru MP Elfyn Llwyd says MI5 carried out renegade actions in order to discredit his party.',
    'Stellantis moved Maserati into its wholly- owned Alfa Romeo division on Tuesday.',
  ]));
  assert.ok(!qs.some((q) => /renegade actions\?$/.test(q)), qs.join(' | '));
  assert.ok(qs.some((q) => q.includes('wholly-owned Alfa Romeo division')), qs.join(' | '));
});

test('no "Who" the headline answers; no fact asked from a belief', () => {
  const headline = questions(article('Pope Leo visits Algeria', [
    'Pope Leo XIV met with the president of Algeria on Monday.',
    'The visit lasted two days.',
  ], '2026-04-14'));
  assert.ok(!headline.some((q) => /^Who met/.test(q)), headline.join(' | '));
  const belief = questions(article('Ferguson angry', ['Alex Ferguson believes Thierry Henry deliberately caught Gabriel Heinze on the head during the match.', 'The FA will look at the video.']));
  assert.ok(!belief.some((q) => /^What did Thierry Henry catch/.test(q)), belief.join(' | '));
});

test('an abbreviation read letter by letter takes "the"; an initialism takes the article of its first letter', () => {
  const a = answers(article('Athletics body acts', [
    'The International Association of Athletics Federations (IAAF) has banned the sprinter.',
    'The IAAF said the ban would last two years.',
    'NBA champion Metta Worldwide has joined the coaching staff of the Lakers, the club said.',
    'Metta Worldwide will start next week.',
  ]));
  assert.equal(a.get('What is the IAAF?'), 'The IAAF is the International Association of Athletics Federations.', [...a.keys()].join(' | '));
  assert.equal(a.get('Who is Metta Worldwide?'), 'Metta Worldwide is an NBA champion.', [...a.keys()].join(' | '));
});

test('a name inside an object phrase before its head still lets the question name its topic ("What recall has Ford announced?")', () => {
  const qs = questions(article('Carmaker recalls SUVs', ['Kestrel Motors has announced another SUV recall, this time affecting about 520,000 vehicles in the United States.', 'Owners will be notified.']));
  assert.ok(qs.includes('What recall has Kestrel Motors announced?'), qs.join(' | '));
});

test('a name misspelt once by swapped letters takes the article\'s own spelling in the question', () => {
  const qs = questions(article('Chelsea hold on', [
    'Cheslea salvaged a win against a battling Portsmouth side on Saturday.',
    'Chelsea remain top, and Chelsea play again on Wednesday.',
  ]));
  assert.ok(qs.some((q) => q.startsWith('What did Chelsea salvage')), qs.join(' | '));
  assert.ok(!qs.some((q) => q.includes('Cheslea')), qs.join(' | '));
});

test('a headline subject the article writes after "the" keeps it in the question', () => {
  const qs = questions(article('Congressional Fishing Caucus calls for aid as Ruritania struggles', [
    'Members of the Congressional Fishing Caucus on Thursday called for more aid to Ruritania.',
    'The island was hit by a storm.',
  ], '2017-09-28'));
  assert.ok(qs.includes('What did the Congressional Fishing Caucus call for?'), qs.join(' | '));
});

test('"go on sale" is an idiom: the article\'s main actor is not written in as the sale\'s owner', () => {
  const qs = questions(article('Handheld console hits US', [
    "The latest handheld gaming gadget, Sony's PlayStation Portable, goes on sale in the US on Thursday.",
    'It costs $250.',
  ], '2005-03-22'));
  assert.ok(qs.some((q) => /go on sale in the US\?$/.test(q)), qs.join(' | '));
  assert.ok(!qs.some((q) => /US sale/.test(q)), qs.join(' | '));
});

test('"Mr Kilroy-Silk" is the hyphenated surname of the full name the article gives', () => {
  const qs = questions(article('MEP pledges tough line', [
    'Euro MP Robert Kilroy-Silk has launched a new party in London.',
    'Mr Kilroy-Silk promised a "firm but fair" policy on immigration at the launch.',
  ]));
  assert.ok(qs.includes('What did Robert Kilroy-Silk promise?'), qs.join(' | '));
});

test('the last resort asks what happened to someone who "has had" something done to them', async () => {
  const { leadEventCandidates } = await import('./rules/lead-event.js');
  const ask = (lead: string) => leadEventCandidates(annotate(article('Attack on MP', [lead, 'Police were called.']))).map((c) => c.question);
  assert.deepEqual(ask('Euro MP Robert Kilroy-Silk has had a bucket of farm slurry thrown over him by a protester.'), ['What has happened to Euro MP Robert Kilroy-Silk?']);
  // ("has had a good year" is no event done to anyone.)
  assert.deepEqual(ask('Carmaker Zendra Motors has had a good year in Europe despite weak demand.'), []);
});

test('verbs whose object says nothing are not asked, even for an article with little else', () => {
  const qs = questions(article('Zendra profits fall', [
    'Drugmaker Zendra saw its profits fall 9% last year to £6.2bn.',
    'The US dollar has continued its record-breaking slide.',
  ]));
  assert.ok(!qs.some((q) => /What did Zendra see\?|continued\?/.test(q)), qs.join(' | '));
});

test('an infinitive after "refusal", "race", "bills" or "techniques" says what they are, not why', () => {
  const qs = questions(article('Clubs chase striker', [
    'Newcastle have joined the race to sign Real Madrid striker Fernando Morientes.',
    'The Delaware House committee approved three major bills to increase taxes.',
    'Environment Secretary Margaret Beckett said Britain will act on global warming despite George Bush\'s refusal to sign up to the Kyoto protocol.',
    'Zendra Software has come up with techniques to prove that a stored file has not been tampered with.',
  ]));
  assert.ok(!qs.some((q) => q.startsWith('Why')), qs.join(' | '));
});

test('a question about a group counted off earlier ("the two banks", "the trio") is not asked', async () => {
  const { countedGroup } = await import('./names-something.js');
  assert.ok(countedGroup('Why may the two banks have scrapped plans to list in New York?'));
  assert.ok(countedGroup('Why would the Greek Federation convene a hearing for the trio?'));
  assert.ok(!countedGroup('By how much did Japan\'s economy grow in the three months to September?'));
  assert.ok(!countedGroup('Why did blogs prove useful to both sides in the US election battle?'));
});

test('"Kim said" is the family name of "Deputy prime minister Kim Mahn-Je", written family name first', async () => {
  const { fullName } = await import('./context.js');
  const doc = annotate(article('Won policy', [
    'Deputy prime minister Kim Mahn-Je told businessmen the policy on the won is firm.',
    'Kim said South Korea was ready to move slowly to raise the won\'s value.',
  ], '1987-03-10'));
  assert.equal(fullName(doc, 'Kim'), 'Kim Mahn-Je');
  // A company the tagger reads as a person keeps its short name ("Apple", not "Apple Watch").
  const apple = annotate(article('Apple event', ['Apple showed the Apple Watch on Monday.', 'Apple said sales were strong.']));
  assert.notEqual(fullName(apple, 'Apple'), 'Apple Watch');
});

test('"Tory plans to cut immigration are not racist": "plans" is the subject\'s noun, not its verb', async () => {
  const { analyseClause } = await import('../../facts/clause.js');
  const [s] = annotate(article('Tory plans', ['Tory plans to cut immigration to the UK are not racist, Michael Howard has said.'])).sentences;
  const c = analyseClause(s.tokens);
  assert.ok(!c || s.tokens[c.verb.main].lower !== 'plans');
  const [ok] = annotate(article('Holcim deal', ['Holcim plans to buy three firms that are based in India.'])).sentences;
  assert.equal(ok.tokens[analyseClause(ok.tokens)!.verb.main].lower, 'plans');
});

test('"the 22-year-old" right after other people are named is not taken for the main person', async () => {
  const { renderSpan } = await import('./context.js');
  const doc = annotate(article('Robinson picks Stevens', [
    'England coach Andy Robinson has made one change to his side.',
    'Robinson said Moody was unlikely to play.',
    'Robinson has brought in Bath prop Matt Stevens for the injured Phil Vickery.',
    'The 22-year-old has only made 10 starts for his club.',
  ]));
  const s = doc.sentences.at(-1)!;
  assert.equal(renderSpan(doc, s, 0, s.tokens.findIndex((t) => t.lower === 'has')), undefined);
});

test('a level reached is asked "What did X reach?", never "By how much did X reach?"', () => {
  const qs = questions(article('JAPAN SUBSIDIES HIGH', [
    'Japan\'s farm subsidies reached 107.1 pct in 1986, the study said.',
    'China\'s foreign debt reached 27 billion dlrs by the end of 1986, officials said.',
  ], '1987-03-10'));
  assert.ok(!qs.some((q) => /^(By how much|How much) .* reach/.test(q)), qs.join(' | '));
  assert.ok(qs.some((q) => /^What did (Japan's farm subsidies|China's foreign debt) reach/.test(q)), qs.join(' | '));
});

test('a name owning what follows is no apposition: "the expanded company Netflix\'s subscribers"', () => {
  const qs = questions(article('Netflix to buy studio', [
    'Netflix agreed to buy the Zendra studio on Friday.',
    'The combination would give the expanded company Netflix\'s 300 million subscribers, analysts said.',
  ]));
  assert.ok(!qs.includes('What is Netflix?'), qs.join(' | '));
});

test('"deliver", "reach", "name", "convey" and "hold" make no object question, nor the last-resort lead question', async () => {
  const { leadEventCandidates } = await import('./rules/lead-event.js');
  for (const lead of ['President Barack Obama delivered the commencement address at Morehouse College.', 'England have named Bath prop Matt Stevens in the starting line-up.']) {
    const a = article('Speech and squad', [lead, 'More details were not given.']);
    const qs = [...questions(a), ...leadEventCandidates(annotate(a)).map((c) => c.question)];
    assert.ok(!qs.some((q) => /(deliver|named)\?$/.test(q)), qs.join(' | '));
  }
});

test('a day that dates an event inside the sentence is not asked as the main verb\'s "When"', () => {
  const qs = questions(article('Unionists hold out', [
    'The Democratic Unionist Party refused to end its blockade ahead of the US president\'s arrival in Belfast on Tuesday.',
    'Justice Department officials were reassigned in the wake of President Donald Trump\'s Monday inauguration.',
    'Liverpool and Millwall have been charged by the Football Association over crowd trouble during their Carling Cup match on 26 October.',
  ], '2023-04-14'));
  assert.ok(!qs.some((q) => q.startsWith('When')), qs.join(' | '));
});

test('a time question ending in "to find out" or "to decide" is not asked', () => {
  const qs = questions(article('Sprinters wait', ['Greek sprinters Kostas Kenteris and Katerina Thanou are expected to find out on Wednesday if they will be banned.']));
  assert.ok(!qs.some((q) => /find out\?$/.test(q)), qs.join(' | '));
});

test('an initialism replacing its long form keeps "the": "the IAAF council", but "ASEAN"', () => {
  const qs = questions(article('Athletics body meets', [
    'The International Association of Athletics Federations (IAAF) council held a conference call on Tuesday.',
    'Leaders of the Association of Southeast Asian Nations (ASEAN) met in Tokyo on Wednesday.',
  ]));
  assert.ok(qs.includes('When did the IAAF council hold a conference call?'), qs.join(' | '));
  assert.ok(qs.some((q) => /leaders of ASEAN meet/i.test(q)), qs.join(' | '));
});

test('"the late film star Marlon Brando" is asked "Who was Marlon Brando?"', () => {
  const a = answers(article('Brando auction', ['Items belonging to late film star Marlon Brando have been sold at auction in New York.', 'Brando died in 2004.']));
  assert.equal(a.get('Who was Marlon Brando?'), 'Marlon Brando was a film star.', [...a.keys()].join(' | '));
});

test('a sentence opening with a plural common word before "of" ("Swarms of shoppers") writes it in lower case', async () => {
  const { renderSpan } = await import('./context.js');
  const doc = annotate(article('Shops open early', ['Swarms of early morning shoppers have prompted many grocery chains to open early.']));
  const s = doc.sentences[0];
  assert.equal(renderSpan(doc, s, 0, 5), 'swarms of early morning shoppers');
});

test('a reason right after an intransitive verb is asked: "Why are plans for a Jimi Hendrix museum flailing?"', () => {
  const qs = questions(article('Row threatens Hendrix museum plan', [
    'Plans for a Jimi Hendrix museum are flailing because of a row over the home of his late father.',
    'Mr Clarke\'s comments came in response to an emergency question from David Heath.',
  ]));
  assert.ok(qs.includes('Why are plans for a Jimi Hendrix museum flailing?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /comments come\?$/.test(q)), qs.join(' | '));
});

test('"DJ Norman Cook - aka Fatboy Slim - has said ...": a capitalised "DJ" is no verb and a spaced dash interrupts', async () => {
  const { analyseClause } = await import('../../facts/clause.js');
  const [s] = annotate(article('Dance music not dead', ['DJ Norman Cook - aka Fatboy Slim - has said that dance music is not dead.'])).sentences;
  const c = analyseClause(s.tokens)!;
  assert.equal(s.text.slice(s.tokens[c.subject[0]].start, s.tokens[c.subject[1] - 1].end), 'DJ Norman Cook');
  assert.equal(s.tokens[c.verb.main].lemma, 'say');
});

test('"rose to prominence" asks for no level', () => {
  const qs = questions(article('Kanye leads Grammy race', ['US hip-hop star Kanye West rose to prominence by producing songs for other artists.', 'He has 10 nominations.']));
  assert.ok(!qs.some((q) => /rise to\?$/.test(q)), qs.join(' | '));
});

test('definitions: no aside cut leaving "that", no ranking without a noun, no description resting on "the award", no apposition cut inside its list', () => {
  const a = answers(article('Green bags and banks', [
    'Zipline, a new social media app that allows users to capture, edit and share videos, will launch next month.',
    'EnviGreen is an Indian company that, as a result of many cities banning plastic bags, has found an alternative.',
    'United Bank is the third biggest in Nigeria in terms of number of branches.',
    'Paul McCartney is a former recipient of the award, established in 1991.',
    'Zipline has hired ten staff. EnviGreen sells bags. United Bank has 200 branches.',
  ]));
  assert.ok(![...a.values()].some((x) => /\b(that|to capture)\.$/.test(x)), [...a.values()].join(' | '));
  assert.ok(!a.has('What is United Bank?') && !a.has('Who is Paul McCartney?'), [...a.keys()].join(' | '));
});

test('"two hours\' free sports training" makes no "How many hours" question', () => {
  const qs = questions(article('Tories pledge sport', ['Children would be offered two hours\' free sports training a week by a future Tory government, the party has said.']));
  assert.ok(!qs.some((q) => /How many hours/.test(q)), qs.join(' | '));
});

test('a time answer leads with the worked-out day and says it once: "On Tuesday 21 January 2025 (...), ..."', () => {
  const a = answers(article('Trump revokes order', [
    'President Donald Trump revoked a 1965 civil rights executive order Tuesday.',
    'The Bank of England warned on Friday of double-digit inflation, its governor said.',
  ], '2025-01-22'));
  assert.equal(a.get('When did President Donald Trump revoke a 1965 civil rights executive order?'), 'On Tuesday 21 January 2025 (the article is dated 22 January 2025), President Donald Trump revoked a 1965 civil rights executive order.');
  assert.equal(a.get('When did the Bank of England warn of double-digit inflation?'), 'On Friday 17 January 2025 (the article is dated 22 January 2025), the Bank of England warned of double-digit inflation, its governor said.');
  // A time of a verb inside the clause stays in place: fronted, it would date the announcing.
  const b = answers(article('Trump to visit', ['The Trump campaign has announced that Donald Trump will travel to New Hampshire on Tuesday.'], '2023-08-03'));
  const travel = [...b.entries()].find(([q]) => q.startsWith('When'))?.[1] ?? '';
  assert.ok(travel.startsWith('Tuesday 8 August 2023 (the article is dated 3 August 2023). '), travel);
});

test('"urged Congress to support ..." is asked "What did X urge Congress to do?", and "ordered changes to contracts" is not', () => {
  const qs = questions(article('Baker urges Congress', [
    'Treasury Secretary James Baker urged Congress to support the administration\'s financing requests for the development banks.',
    'Tony Blair is pressing the US to cut greenhouse gases, Downing Street has indicated.',
    'The National Energy Board has ordered changes to contracts in the past.',
  ], '1987-03-10'));
  assert.ok(qs.includes('What did Treasury Secretary James Baker urge Congress to do?'), qs.join(' | '));
  assert.ok(qs.includes('What is Tony Blair pressing the US to do?'), qs.join(' | '));
  assert.ok(!qs.some((q) => /changes to do\?/.test(q)), qs.join(' | '));
});

test('past the lead, commitments are asked only of the story\'s own actors (headline or first two sentences)', () => {
  const qs = questions(article('Poland shuts border crossing', [
    'Poland has closed a border crossing with Belarus after a surge of migrants, officials said.',
    'Belarus denied sending the migrants. The European Union condemned the move.',
    'Later, Poland pledged to build a fence along the frontier.',
    'Germany has offered to help Poland secure its borders, the broadcaster added.',
  ], '2021-11-10'));
  assert.ok(qs.some((q) => /^What did Poland pledge to do\?$/.test(q)), qs.join(' | '));
  assert.ok(!qs.some((q) => /Germany offered/.test(q)), qs.join(' | '));
});

test('"this year\'s" in a question: kept in an undated article, the year in a dated one; "Fans who ..." lower-cased', () => {
  const undated = questions({ id: 't', title: 'Glastonbury tickets to carry photos', format: 'plain', paragraphs: ['Fans who buy tickets for this year\'s Glastonbury festival will be issued with photo ID cards in an attempt to beat touts.'] });
  assert.ok(undated.includes('Why will fans who buy tickets for this year\'s Glastonbury festival be issued with photo ID cards?'), undated.join(' | '));
  const dated = questions(article('Glastonbury tickets to carry photos', ['Fans who buy tickets for this year\'s Glastonbury festival will be issued with photo ID cards in an attempt to beat touts.'], '2005-01-10'));
  assert.ok(dated.includes('Why will fans who buy tickets for the 2005 Glastonbury festival be issued with photo ID cards?'), dated.join(' | '));
});

test('"the film" named between commas earlier ("latest film, Howl\'s Moving Castle,") is asked by that name', () => {
  const qs = questions(article('Global release for Japan hit film', [
    'Oscar-winning animator Hayao Miyazaki\'s latest film, Howl\'s Moving Castle, is to be released in 50 countries, its distributor has said.',
    'The film\'s worldwide release will start in South Korea on 24 December.',
  ]));
  assert.ok(qs.some((q) => q.startsWith('When will Howl\'s Moving Castle\'s worldwide release start')), qs.join(' | '));
});

test('a country is not defined ("What is Zaire?"), and "posted profits" or "described the move" is no object question', () => {
  const qs = questions(article('Zaire debt talks', [
    'Zaire, the world\'s leading cobalt producer, owes 5 billion dollars to foreign banks.',
    'Acme Corp has posted larger-than-expected annual profits and predicted growth in 2005.',
    'Prime Minister Ana Lopes described the move as a seminal moment for the nation.',
  ], '1987-03-10'));
  assert.ok(!qs.some((q) => /^What is Zaire\?|posted\?|describe\?/.test(q)), qs.join(' | '));
});

test('a household name is not defined ("What is Microsoft?"), but its acronym is still spelled out', async () => {
  const { definitionCandidates } = await import('./rules/definition.js');
  const doc = annotate(article('Software deal', [
    'Software giant Microsoft has agreed to buy a small games studio in Leeds.',
    'General Motors (GM) said it would close a plant, and GM shares fell.',
  ]));
  const qs = definitionCandidates(doc).map((c) => c.question);
  assert.ok(!qs.includes('What is Microsoft?') && qs.includes('What is GM?'), qs.join(' | '));
});

test('a signing, filing or order names what it was ("What lawsuit has X filed?"), never "What half" for a player, and a bare "What did X sign?" is not asked', () => {
  const qs = questions(article('Sprinter sues', [
    'Sprinter Ada Okafor has filed a lawsuit against the head of the national anti-doping agency.',
    'Rovers have signed Wasps fly-half Tom Reed until the end of the season.',
    'Ruritania signed the Multi-Fibre Arrangement in Geneva last week.',
  ], '2005-03-10'));
  assert.ok(qs.some((q) => /^What lawsuit has sprinter Ada Okafor filed\?/.test(q)), qs.join(' | '));
  assert.ok(!qs.some((q) => /What half/.test(q)), qs.join(' | '));
  assert.ok(!qs.some((q) => /^What did Ruritania sign\?/.test(q)), qs.join(' | '));
});

test('a question names a little-known body by its short long form, not its abbreviation', () => {
  const qs = questions(article('Cinema contract', [
    'The Ruritanian Film Board has awarded a contract worth £11.5m to Nordic Digital Cinema (NDC) to equip 250 screens.',
    'NDC will install the projectors over two years.',
  ], '2005-03-10'));
  // (A later bare "NDC" stays: its long form is not in that sentence, which the verifier checks the question by.)
  assert.ok(qs.some((q) => /^Who has awarded a contract worth £11.5m to Nordic Digital Cinema\?/.test(q)), qs.join(' | '));
});

test('an acronym is spelled out with the country that owns it ("Pakistan\'s National Disaster Management Authority"), not a person\'s name', async () => {
  const { definitionCandidates } = await import('./rules/definition.js');
  const doc = annotate(article('Flood relief', [
    'Pakistan\'s National Disaster Management Authority (NDMA) said 1,100 people had died in the floods.',
    'Prime Minister Yasuo Tanaka\'s ruling Liberal Democratic Party (LDP) met on Monday.',
    'The NDMA and the LDP gave no further details.',
  ]));
  const answers = new Map(definitionCandidates(doc).map((c) => [c.question, c.answer]));
  assert.equal(answers.get('What is the NDMA?'), 'The NDMA is Pakistan\'s National Disaster Management Authority.');
  assert.equal(answers.get('What is the LDP?'), 'The LDP is the Liberal Democratic Party.');
});
