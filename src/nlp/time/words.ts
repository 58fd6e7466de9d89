/**
 * Word lists for time-expression finding (src/nlp/time). Data only: no logic.
 * All lookups are lower-case unless noted.
 */

/** Month names and abbreviations -> month number (1-12). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Full month names that are also common English words or names ("May" the modal / Theresa May, "to march",
 *  "June" and "August" as first names / adjective). Without a day or a year they count only after a cue word. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'june', 'august']);

/** Words that, right before a bare month name ("in March", "since May", "last June"), mark it as a date. */
export const MONTH_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'til', 'from', 'of', 'during', 'before', 'after', 'early', 'late', 'mid',
  'last', 'next', 'this', 'between', 'through', 'to', 'and', 'or', 'throughout', 'into', 'around', 'until', 'end',
  'beginning', 'start', 'middle', 'on', 'for', 'past', 'coming',
]);

/** Weekday names -> day number (0 = Sunday, as Date.getUTCDay). Abbreviations are deliberately absent: "Sun",
 *  "Sat", "Wed" are far more often a newspaper, a verb or a name than a day in running news text. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** A weekday preceded by one of these is a named occasion, not "the Tuesday near the article date". */
export const WEEKDAY_BLOCK_BEFORE: ReadonlySet<string> = new Set([
  'black', 'good', 'super', 'cyber', 'ash', 'easter', 'palm', 'bloody', 'giving', 'maundy', 'holy', 'small',
  'blue', 'manic', 'casual', 'fat', 'shrove', 'whit', 'low', 'mothering', 'trinity', 'spy', 'red',
]);
/** A weekday followed by one of these is a title ("Sunday Times", "Monday Night Football"). Capitalised words only
 *  are checked against this list (see weekday rule). */
export const WEEKDAY_BLOCK_AFTER: ReadonlySet<string> = new Set([
  'times', 'telegraph', 'mirror', 'express', 'herald', 'post', 'independent', 'mail', 'star', 'people', 'sport',
  'world', 'tribune', 'observer', 'morning herald', 'night football', 'night live', 'school', 'service', 'services',
  'edition', 'magazine', 'show', 'league', 'best', 'mass',
]);

/** Ordinals for quarters and halves. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
};

/** Small counts in words, for "two weeks ago", "the past five years". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100,
};
/** Vague counts: "a few weeks ago", "the past several years". */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['few', 'a few', 'several', 'couple of', 'a couple of', 'couple']);

/** "May" is also a name (Theresa May) and a modal: as a bare month it needs one of these before it, or another
 *  month just before ("April and May", "from March to May"). */
export const MAY_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'through',
  'throughout', 'end', 'beginning', 'start', 'middle', 'of',
]);

/** Words in a sentence about a game: its "third quarter" or "second half" is a period of play, not of a year. */
export const SPORT_WORDS_RE = /\b(?:points?|scor(?:e|es|ed|ing)|touchdowns?|goals?|yards|rebounds|assists|halftime|half-time|innings?|quarterback|field goal|free throws?|game|games|match|matches|fourth-and|overtime|layup|dunk|three-pointer|penalty|kickoff|whistle|lead|trailed|inning|NBA|NFL|NHL)\b/;
/** Words that make a quarter or half a financial period even when a game word is present ("points" in markets). */
export const FINANCE_WORDS_RE = /\b(?:profits?|revenues?|earnings|sales|growth|GDP|economy|economic|output|net|loss|losses|shares?|pct|percent|dlrs|billion|million|quarterly|fiscal|inflation|deficit|income|margin|demand|production|exports?|imports?)\b|%/i;

/** Words before a bare 4-digit year (1900-2099) that make it a year: "in 2019", "since 1987", "the 1985 deficit". */
export const YEAR_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'early', 'late', 'mid',
  'throughout', 'between', 'through', 'around', 'circa', 'year', 'the', 'end', 'beginning', 'start', 'middle',
  'calendar', 'for', 'into', 'as of',
]);
/** Counted things: "the 2000 employees", "in 2019 votes" are numbers, not years. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'employees', 'workers', 'jobs', 'shares', 'votes', 'voters', 'members', 'troops', 'soldiers',
  'residents', 'homes', 'houses', 'units', 'cars', 'vehicles', 'tons', 'tonnes', 'barrels', 'acres', 'hectares',
  'miles', 'kilometres', 'kilometers', 'km', 'feet', 'metres', 'meters', 'dollars', 'dlrs', 'pct', 'percent',
  'points', 'students', 'patients', 'cases', 'deaths', 'children', 'men', 'women', 'families', 'beds', 'seats',
  'flights', 'passengers', 'copies', 'pages', 'words', 'calories', 'hours', 'minutes', 'seconds', 'days', 'weeks',
  'months', 'years', 'stores', 'branches', 'rooms', 'tanks', 'guns', 'rounds', 'locations', 'staff', 'officers',
  'mln', 'billion', 'million', 'stg', 'yen', 'marks', 'francs', 'lire', 'euros', 'pounds', 'ounces', 'bushels',
  'degrees', 'gmt', 'est', 'edt', 'hrs', 'hours', 'bst', 'cet', 'utc',
]);
/** Words right before a 4-digit number that make it a clock time or an amount, never a year. */
export const YEAR_BLOCK_BEFORE: ReadonlySet<string> = new Set([
  'at', '$', 'no', 'number', 'nos', 'flight', 'route', 'room', 'page', 'pp', 'p', 'model', 'article', 'resolution',
  'section', 'rule', 'form', 'bill', 'chapter', 'hr', 's', 'h.r.', 'boeing', 'airbus', 'interstate', 'highway',
]);

/** Future markers (auxiliaries and near-auxiliaries) for tense inference. Matched as whole words, lower-case. */
export const FUTURE_MARKERS: readonly string[] = [
  'will', 'shall', "'ll", '’ll', "won't", 'won’t', 'going to', 'gonna', 'due to be', 'due on', 'is due', 'are due',
  'scheduled to', 'scheduled for', 'set to', 'set for', 'due in', 'expected to', 'planned for', 'plans to', 'plan to', 'slated to',
  'slated for', 'poised to', 'about to', 'upcoming', 'intends to', 'intend to', 'would', "wouldn't",
  // future seen from a past statement: "decided to hold a hearing on March 13"; "Hungary is to embark on ..."
  'decided to', 'agreed to', 'voted to', 'planned to', 'is to', 'are to', 'was to', 'were to', 'promised to',
  'pledged to', 'vowed to', 'threatened to', 'could', 'might', 'may', 'due to expire', 'due to end', 'due to begin', 'due to start',
  'due to take', 'due to open', 'due to close', 'due to meet', 'due to arrive', 'due to return', 'due to hold',
  'due to vote', 'due to report', 'due to release', 'due to resume', 'due to announce', 'due to launch',
  // a gathering someone calls for lies ahead of the call: "supporters have called for a protest on Tuesday"
  'for a protest', 'for protests', 'for a rally', 'for rallies', 'for a march', 'for a demonstration', 'for a walkout',
];
/** Present-tense markers: they compete with the others by distance ("said Netanyahu, who is up for re-election in
 *  January" -> present for January). */
export const PRESENT_MARKERS: readonly string[] = ['is', 'are', 'am', "isn't", "aren't", 'isn’t', 'aren’t'];

/** Common irregular past-tense forms (and a few regular ones that do not end in -ed are not needed). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'said', 'met', 'was', 'were', 'held', 'took', 'made', 'told', 'came', 'went', 'gave', 'had', 'did', 'got', 'saw',
  'began', 'became', 'brought', 'bought', 'built', 'caught', 'chose', 'drew', 'drove', 'ate', 'fell', 'felt',
  'fought', 'found', 'fled', 'flew', 'forgot', 'froze', 'grew', 'heard', 'hit', 'hid', 'kept', 'knew', 'laid', 'led',
  'left', 'lent', 'lost', 'meant', 'paid', 'ran', 'rang', 'rose', 'sold', 'sent', 'shook', 'shot', 'shut', 'sang',
  'sank', 'sat', 'slept', 'slid', 'spoke', 'spent', 'spun', 'stood', 'stole', 'struck', 'swore', 'swept', 'swam',
  'taught', 'tore', 'thought', 'threw', 'understood', 'woke', 'wore', 'won', 'wrote', 'withdrew', 'overtook',
  'undertook', 'upheld', 'oversaw', 'foresaw', 'sought', 'stuck', 'struck', 'bore', 'beat', 'bit', 'bled', 'blew',
  'broke', 'bred', 'dealt', 'dug', 'fed', 'forbade', 'forgave', 'hung', 'lay', 'lit', 'overcame', 'quit', 'read',
  'rode', 'set', 'slew', 'split', 'spread', 'sprang', 'stung', 'strove', 'swung', 'wept', 'wound', 'ago', 'shrank',
  'stank', 'strode', 'wove', 'awoke', 'arose', 'mistook', 'outgrew', 'rebuilt', 'reran', 'resold', 'retook',
  'sped', 'spat', 'underwent', 'withheld', 'withstood', 'befell', 'beheld', 'knelt', 'leapt', 'misled', 'shone',
  'slung', 'strung', 'trod',
]);
/** Irregular forms above that are as often present/infinitive or nouns: counted only as weak evidence (ignored when
 *  any other past marker or a future marker is found). */
export const WEAK_PAST: ReadonlySet<string> = new Set(['hit', 'set', 'quit', 'read', 'shut', 'split', 'spread', 'beat', 'cut', 'put', 'lay', 'wound', 'left', 'bit', 'lit', 'fed']);

/** Lower-case words ending in -ed that are not past tenses. */
export const ED_NOT_PAST: ReadonlySet<string> = new Set([
  'need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'indeed', 'proceed', 'exceed', 'succeed',
  'breed', 'greed', 'weed', 'bleed', 'creed', 'deed', 'sled', 'wed', 'embed', 'naked', 'sacred', 'wicked',
  'beloved', 'kindred', 'ragged', 'rugged', 'jagged', 'crooked', 'aged', 'skilled', 'limited', 'united',
  'unprecedented', 'related', 'so-called', 'based', 'interested', 'concerned', 'involved', 'required', 'qualified',
  'unexpected', 'alleged', 'shred', 'steed', 'hatred', 'reed', 'tweed', 'med', 'ned', 'ted', 'infrared', 'biased',
  'talented', 'armed', 'sophisticated', 'complicated', 'dedicated', 'experienced', 'educated', 'mixed',
  // future/plan participles: handled as future markers when followed by "to"/"for"
  'expected', 'scheduled', 'planned', 'proposed', 'supposed', 'slated', 'poised',
]);

/** Adverbs and phrases meaning "shortly before the reference date". */
export const RECENT_WORDS: ReadonlySet<string> = new Set(['recently', 'lately', 'just recently', 'only recently', 'most recently', 'more recently']);

/** Names that contain time words but are not times ("USA Today", NBC's "Today" show). Lower-case, matched
 *  against the text around a candidate. */
export const TODAY_BLOCK_BEFORE: ReadonlySet<string> = new Set(['usa', 'nbc', "nbc's", 'psychology', 'russia', 'marketing', 'medical', 'news', 'usatoday']);
export const TODAY_BLOCK_AFTER: ReadonlySet<string> = new Set(['show', 'programme', 'program', 'network']);

/** Parts of a day after a weekday or "yesterday": "Tuesday night", "yesterday morning". */
export const DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night', 'overnight'];

/** Prepositions folded into an expression's text when they introduce it ("in 2019", "on Tuesday"). */
export const LEADING_PREPOSITIONS: readonly string[] = [
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'during', 'before', 'after', 'through', 'throughout',
];
