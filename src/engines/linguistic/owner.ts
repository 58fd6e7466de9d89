// Whose sales? Business and economics briefs name their company or country in the headline and the
// lead, then write "Sales fell 1.9 pct" or "Group exports rose" with the owner left implicit. A question
// built from such a sentence ("Why did sales fall?") means nothing on its own, so the article's main
// actor is written in ("Why did Toshiba's sales fall?") when that is safe, and the question is dropped
// when it is not (the vague-subject rules further on).
import type { Doc, Entity, Sentence } from '../../nlp/doc.js';
import { COUNTRIES } from '../../lang/en/places.js';

/** Quantities a company or a country has, and that briefs leave unowned. */
export const ATTRIBUTE_NOUNS = new Set([
  'sale', 'sales', 'export', 'exports', 'import', 'imports', 'profit', 'profits', 'earnings', 'revenue', 'revenues',
  'output', 'production', 'surplus', 'deficit', 'net', 'income', 'loss', 'losses', 'debt', 'debts', 'reserves',
  'spending', 'investment', 'investments', 'orders', 'turnover', 'dividend', 'assets', 'shipments', 'deliveries',
  'borrowing', 'borrowings', 'lending', 'payments', 'bookings', 'costs', 'liabilities', 'capacity', 'workforce',
  'productivity', 'compensation', 'inflation', 'unemployment', 'wages', 'demand', 'volume', 'gnp', 'gdp', 'growth',
  'consumption', 'expenditure', 'savings',
]);

const MONTHS = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Briefs only: in a long feature an unowned "sales" may be an industry's or a rival's. */
const MAX_SENTENCES = 30;

/** Trailing newswire ticker or code after a company name ("Toshiba Corp TSBA", "Brooklyn Union Gas BU"). */
function stripTicker(name: string, doc: Doc): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && /^[A-Z]{1,5}$/.test(words[words.length - 1]) && !doc.acronyms.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

const actors = new WeakMap<Doc, string | null>();

/**
 * The company or country the article is about: named in the headline (any case: Reuters headlines are
 * capitals) and in the first sentences, and mentioned at least twice. Its shortest mention is used
 * ("Toshiba" for "Toshiba Corp").
 */
export function mainActor(doc: Doc): string | undefined {
  let a = actors.get(doc);
  if (a === undefined) actors.set(doc, (a = findActor(doc) ?? null));
  return a ?? undefined;
}

function findActor(doc: Doc): string | undefined {
  const title = (doc.article.title ?? '').toLowerCase();
  if (!title || doc.sentences.length > MAX_SENTENCES) return undefined;
  const titleWords = new Set(title.split(/[^a-z0-9'’-]+/));
  const all: Entity[] = doc.sentences.flatMap((s) => s.entities);
  for (const s of doc.sentences.slice(0, 3)) {
    for (const e of s.entities) {
      if (e.type !== 'organisation' && e.type !== 'country' && !(e.type === 'person' && !e.text.includes(' ') && !doc.people.get(e.text)?.title)) continue;
      const full = stripTicker(e.text, doc);
      const first = full.split(/\s+/)[0].toLowerCase();
      // "IADB" in the headline for "Inter-American Development Bank" in the lead.
      const initials = full.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('').toLowerCase();
      if (!(titleWords.has(first) && first.length >= 3) && !(initials.length >= 3 && titleWords.has(initials))) continue;
      // The shortest mention that starts the full name: "Toshiba" for "Toshiba Corp".
      const forms = all.map((x) => stripTicker(x.text, doc)).filter((x) => x === full || full.startsWith(`${x} `));
      if (forms.length < 2) continue;
      // A person's surname is not a company: only organisations, countries, or a one-word name the tagger
      // could not type and that the article does not give a title.
      if (e.type === 'person' && all.some((x) => x.type === 'person' && x.text.includes(' ') && x.text.endsWith(` ${e.text}`))) continue;
      // ... but not a bare plural word ("Manufacturers" for "Manufacturers Hanover Corp").
      const named = forms.filter((x) => x.includes(' ') || !/s$/.test(x));
      return (named.length ? named : forms).reduce((x, y) => (y.length < x.length ? y : x));
    }
  }
  // "BRAZIL TRADE SURPLUS RISES": a country the headline names, when the lead names no other.
  const countries = Object.keys(COUNTRIES).filter((c) => titleWords.has(c.toLowerCase()));
  // "U.S. NON-FARM PRODUCTIVITY FELL": the initials the headline word split above cannot see.
  const initials = /(^|\s)U\.S\.(\s|$)/i.test(doc.article.title ?? '') ? 'U.S.' : /(^|\s)U\.K\.(\s|$)/i.test(doc.article.title ?? '') ? 'U.K.' : undefined;
  if (initials && !countries.length) countries.push(initials);
  const leadCountries = new Set(doc.sentences.slice(0, 3).flatMap((s) => s.entities.filter((e) => e.type === 'country').map((e) => e.text)));
  const same = (c: string) => c === countries[0] || (initials !== undefined && /^(U\.?S\.?|US|United States|America|U\.?K\.?|UK|Britain|United Kingdom)$/.test(c));
  if (countries.length === 1 && [...leadCountries].every(same)) return countries[0];
  return undefined;
}

/**
 * At token k of sentence s: a bare or "the" noun phrase ending in an attribute noun ("group exports",
 * "the 1986/87 foreign exchange loss") that no other name in the sentence could own. Returns the phrase's
 * end and its text with the main actor as owner, or undefined.
 */
export function ownedPhrase(doc: Doc, s: Sentence, k: number, b: number): { end: number; text: string } | undefined {
  const actor = mainActor(doc);
  if (!actor) return undefined;
  const t = s.tokens;
  const det = t[k].lower === 'the' ? 1 : 0;
  const prev = t[k - 1];
  // The phrase starts here: nothing before it that could be its determiner, owner or modifier.
  // (A fronted year before it, "In 1986 exports totalled ...", is no modifier.)
  // ("Research and development spending": a coordination opened before it, so no owner in the middle.)
  if (prev && prev.pos === 'CCONJ') return undefined;
  // ("have been in high demand", "is at a loss": a phrase after a verb's "in" or "at" is a state, no one's.)
  if (prev && /^(in|at)$/.test(prev.lower) && /^(VERB|AUX)$/.test(t[k - 2]?.pos ?? '')) return undefined;
  // ("go on sale", "up for sale", "at a loss": a bare noun after "on"/"for" is an idiom, no one's.)
  if (prev && /^(on|for)$/.test(prev.lower) && !det && t[k].pos === 'NOUN' && t[k + 1]?.pos !== 'NOUN') return undefined;
  if (prev && (/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(prev.pos) || /^['’]s$/.test(prev.text)) && !(prev.pos === 'NUM' && /^\d{4}$/.test(prev.text) && /^(in|on|during)$/i.test(t[k - 2]?.text ?? ''))) return undefined;
  let e = k + det;
  // Modifiers may include a period ("March exports", "the January-March trade surplus").
  const inTime = (i: number) => MONTHS.test(t[i].text) || s.times.some((x) => x.start <= t[i].start && x.end >= t[i].end);
  while (e < b && (/^(ADJ|NOUN|NUM)$/.test(t[e].pos) || (t[e].pos === 'PROPN' || t[e].text === '-') && inTime(e)) && !/^['’]s$/.test(t[e].text)) e++;
  if (e === k + det) return undefined;
  const head = t[e - 1];
  if (head.pos !== 'NOUN' || !ATTRIBUTE_NOUNS.has(head.lower)) return undefined;
  // "sales of office equipment by Toshiba", "exports from Japan": the phrase says whose or what itself.
  if (/^(of|from|by)$/.test(t[e]?.lower ?? '')) return undefined;
  // Another company or country before the phrase may be its owner ("Japan said exports ...").
  const rival = s.entities.some((x) => (x.type === 'organisation' || x.type === 'country') && x.start < e && !actor.startsWith(x.text) && !x.text.startsWith(actor));
  if (rival) return undefined;
  const words = s.text.slice(t[k + det].start, t[e - 1].end);
  const lowered = /^[A-Z][a-z]/.test(words) && t[k + det].pos !== 'PROPN' && !inTime(k + det) ? words[0].toLowerCase() + words.slice(1) : words;
  if (!/^\p{Lu}/u.test(actor)) return undefined;
  // "US retail sales", not "US's"; "Manufacturers Hanover's", "Brazil's".
  const owner = /^[A-Z]{2,3}$|^(?:[A-Z]\.){2,3}$/.test(actor) ? actor : `${actor}${/s$/.test(actor) ? "'" : "'s"}`;
  return { end: e, text: `${owner} ${lowered}` };
}
