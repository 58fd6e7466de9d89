import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_INPUT_BYTES } from '../errors.js';
import { readArticle, readArticles } from './index.js';
import { notEnglishReason } from './english.js';

// Samples written for these tests (not copied from any publication).
const FRENCH =
  "Le conseil municipal a voté mardi soir un nouveau budget pour la ville. Les élus de la majorité ont défendu un plan qui prévoit des investissements importants dans les écoles et les transports publics, mais l'opposition a dénoncé une hausse des impôts locaux. Selon le maire, les travaux commenceront au printemps et dureront environ deux ans.";
const GERMAN =
  'Der Stadtrat hat am Dienstagabend einen neuen Haushalt für die Stadt beschlossen. Die Mehrheit der Abgeordneten verteidigte einen Plan, der große Investitionen in Schulen und den öffentlichen Nahverkehr vorsieht, während die Opposition eine Erhöhung der lokalen Steuern kritisierte. Nach Angaben des Bürgermeisters sollen die Arbeiten im Frühjahr beginnen und etwa zwei Jahre dauern.';
const SPANISH =
  'El ayuntamiento aprobó el martes por la noche un nuevo presupuesto para la ciudad. Los concejales de la mayoría defendieron un plan que prevé grandes inversiones en las escuelas y en el transporte público, mientras que la oposición criticó la subida de los impuestos locales. Según el alcalde, las obras comenzarán en primavera y durarán unos dos años.';
const ITALIAN =
  "Il consiglio comunale ha approvato martedì sera un nuovo bilancio per la città. I consiglieri della maggioranza hanno difeso un piano che prevede grandi investimenti nelle scuole e nei trasporti pubblici, mentre l'opposizione ha criticato l'aumento delle tasse locali. Secondo il sindaco, i lavori inizieranno in primavera e dureranno circa due anni.";
const CHINESE = '市议会星期二晚上通过了该市的新预算。多数派议员为一项计划进行了辩护，该计划将在学校和公共交通方面进行大量投资，而反对派则批评地方税收增加。据市长说，工程将于春季开始，持续大约两年。';
const RUSSIAN =
  'Городской совет во вторник вечером утвердил новый бюджет города. Депутаты большинства защищали план, который предусматривает крупные инвестиции в школы и общественный транспорт, тогда как оппозиция раскритиковала повышение местных налогов. По словам мэра, работы начнутся весной и продлятся около двух лет.';
const ENGLISH =
  'The city council voted on Tuesday night to approve a new budget for the town. Members of the majority defended a plan that puts large investments into schools and public transport, while the opposition criticised a rise in local taxes. According to the mayor, the work will begin in the spring and last about two years.';

test('empty and whitespace-only input -> NF002', () => {
  assert.throws(() => readArticles(''), { code: 'NF002' });
  assert.throws(() => readArticles(Buffer.alloc(0)), { code: 'NF002' });
  assert.throws(() => readArticles(' \n\t\r\n  ', { source: 'blank.txt' }), { code: 'NF002', message: /blank\.txt: it contains only whitespace/ });
  assert.throws(() => readArticles('\uFEFF\n'), { code: 'NF002' });
  // A title with no body.
  assert.throws(() => readArticles('date 2024-01-01\nJust a title\n', { format: 'dataset' }), { code: 'NF002' });
});

test('binary data -> NF003: NUL bytes, invalid UTF-8, control characters', () => {
  assert.throws(() => readArticles(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), { code: 'NF003' });
  assert.throws(() => readArticles(Buffer.from('Caf\xe9 news story about the town', 'latin1')), { code: 'NF003', message: /UTF-8/ });
  assert.throws(() => readArticles('text\u0000more'), { code: 'NF003' });
  assert.throws(() => readArticles('\u0001\u0002\u0003\u0004 some text with many control characters \u0005\u0006\u0007\u0008'), { code: 'NF003' });
  assert.throws(() => readArticles('\uFFFD\uFFFD\uFFFD\uFFFD broken text \uFFFD\uFFFD'), { code: 'NF003' });
});

test('UTF-8 and UTF-16 byte-order marks are accepted', () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ENGLISH, 'utf16le')]);
  assert.equal(readArticle(utf16).paragraphs[0], ENGLISH);
  assert.equal(readArticle(Buffer.from('\uFEFF' + ENGLISH)).paragraphs[0], ENGLISH);
});

test('oversized input -> NF004, for Buffer and string', () => {
  const big = Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61);
  assert.throws(() => readArticles(big), { code: 'NF004', message: /5\.0 MB/ });
  assert.throws(() => readArticles('a'.repeat(MAX_INPUT_BYTES + 1)), { code: 'NF004' });
});

test('non-English text -> NF005 in every format', () => {
  for (const text of [FRENCH, GERMAN, SPANISH, ITALIAN, CHINESE, RUSSIAN]) {
    assert.throws(() => readArticles(text), { code: 'NF005' }, text.slice(0, 20));
  }
  assert.throws(() => readArticles(`<html><body><p>${FRENCH}</p></body></html>`), { code: 'NF005' });
  assert.throws(() => readArticles(JSON.stringify({ title: 'Budget', text: GERMAN })), { code: 'NF005' });
  assert.throws(() => readArticles(`date 2024-01-01\nPresupuesto\n\n${SPANISH}`), { code: 'NF005' });
});

test('English passes, including short headlines and foreign names', () => {
  assert.equal(readArticle(ENGLISH).paragraphs.length, 1);
  for (const short of ['Hello', 'Japan wins gold', 'Le Pen leads French polls', 'Von der Leyen wins vote', 'MIT team builds robot', 'Las Vegas casino reopens']) {
    assert.equal(notEnglishReason(short), undefined, short);
  }
  // A medium text with several foreign function words is rejected.
  assert.match(notEnglishReason('Merkel: Wir schaffen das und mehr') ?? '', /not English/);
});

test('unknown --input-format -> NF010', () => {
  assert.throws(() => readArticles(ENGLISH, { format: 'docx' as never }), { code: 'NF010', message: /"docx"/ });
  assert.equal(readArticles(ENGLISH, { format: 'auto' })[0].format, 'plain');
});
