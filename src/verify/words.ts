// Word normalisation for support checks: answers may come from any engine, so they are
// tokenised here with a plain rule rather than by the annotator.

export const FUNCTION_WORDS = new Set(
  ('a an the and or but nor so yet of in on at to for from by with without about into onto over under after before ' +
    'during since until than as is are was were be been being am has have had do does did will would can could ' +
    'may might shall should must this that these those it its they them their he him his she her we us our i me my ' +
    'you your who whom whose which what when where why how there here also not no yes very just only more most ' +
    'such some any all each both other another than then too up down out off again further once s one').split(' '),
);

/** Lower-case words and numbers of a text; curly apostrophes folded. */
export function words(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9][a-z0-9'.,%$-]*[a-z0-9%]|[a-z0-9]/g) ?? []).map((w) =>
    w.replace(/'s$/, '').replace(/[.,]+$/, ''),
  );
}

/** A crude stem so "pledged"/"pledges"/"pledging" meet. */
/** Stems asked for again and again (every token of every sentence searched): kept, up to a bound. */
const STEMS = new Map<string, string>();
const MAX_STEMS = 200_000;

export function stem(w: string): string {
  let s = STEMS.get(w);
  if (s === undefined) {
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    s = stemOf(w);
    STEMS.set(w, s);
  }
  return s;
}

function stemOf(w: string): string {
  return w
    .replace(/'s$/, '')
    .replace(/(ies)$/, 'y')
    .replace(/(sses)$/, 'ss')
    .replace(/([^s])s$/, '$1')
    .replace(/(ing|ed)$/, '')
    .replace(/e$/, '');
}

/** Content-word stems of a text: words() minus function words, stemmed. */
export function contentStems(text: string): Set<string> {
  return new Set(words(text).filter((w) => !FUNCTION_WORDS.has(w)).map(stem));
}

export function isNumber(w: string): boolean {
  return /^[$£€]?\d[\d,.]*(%|m|bn|k|mn|mln|s|th|st|nd|rd)?$/.test(w);
}

/** The numeric core of a number word: "$3.5bn" and "3.5" meet, "1,000" and "1000" meet. */
export function normaliseNumber(w: string): string {
  const core = w.match(/\d[\d,.]*/)?.[0] ?? w;
  return core.replace(/,/g, '').replace(/\.$/, '').replace(/\.0+$/, '');
}

export const NEGATION_WORDS = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'none', 'nobody', 'nothing', 'cannot', 'without']);
