// Boilerplate paragraphs left by web extraction (bylines, datelines, promos, sign-offs).
// Data only: the filter is in clean.ts. Every rule matches a whole paragraph and was seen in
// ../shared/data (mostly rtqa_news and news_faq/input); rules err on keeping text.

/** Where in the body a rule applies. */
export type Zone =
  /** Before the body proper starts: the paragraphs ahead of the first long one. */
  | 'lead'
  /** Anywhere in the body. */
  | 'anywhere';

export interface BoilerplateRule {
  readonly id: string;
  readonly zone: Zone;
  readonly pattern: RegExp;
  /** The paragraph must have at most this many words (guards against eating real text). */
  readonly maxWords: number;
}

// A name-like word: "Rick", "O'Brien", "J.", "USA", "NETWORK-Wisconsin", "(Fla.)".
const NAME = String.raw`(?:\(?[\p{Lu}][\p{L}\p{M}'’.\-]*\)?,?)`;
// Lower-case words that occur inside bylines and publication names.
const LINK = String.raw`(?:and|&|of|the|to|for|de|del|da|van|von|der|la|le)`;
const BYLINE = String.raw`(?:By:?\s+)?${NAME}(?:\s+(?:${NAME}|${LINK}))*`;
const DASH = '[-\u2010-\u2015\u2212]';

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // "Rick Rogers", "Beth Fouhy, Associated Press", "By Jane Doe", "USA TODAY", "The Desert Sun",
  // "Tony Cook, Chelsea Schneider, Jill Disis and Chris Sikich": names only, no sentence.
  { id: 'byline', zone: 'lead', pattern: new RegExp(`^${BYLINE}$`, 'u'), maxWords: 12 },
  // "CNN —", "New York CNN Business —", "Sderot, Israel CNN —": a dateline on its own.
  // "Seoul, South Korea —": a place and a dash alone.
  { id: 'dateline', zone: 'lead', pattern: new RegExp(`^(?:[^.!?]{0,60}\\bCNN(?: Business)?|(?:\\p{Lu}[\\p{L}.'’-]*,?\\s+){1,5})\\s*${DASH}$`, 'u'), maxWords: 10 },
  // "Staff reports", "From staff reports": the byline of a desk, not a person.
  { id: 'staff-byline', zone: 'lead', pattern: /^(?:From )?staff reports?\.?$/i, maxWords: 3 },
  // "Update, 4:30 p.m.:", "UPDATE 2:15 p.m.": a live story's stamp on its own line.
  { id: 'update-stamp', zone: 'anywhere', pattern: /^update,?\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?:?$/i, maxWords: 6 },
  // A reporter's e-mail address alone: "tim.evans@indystar.com".
  { id: 'email', zone: 'anywhere', pattern: /^\S+@\S+\.[A-Za-z]{2,}$/, maxWords: 6 },
  // A photo gallery flattened into one paragraph: "Photos: ... Hide Caption 1 of 37 Photos: ...".
  { id: 'gallery', zone: 'anywhere', pattern: /\bHide Caption \d+ of \d+\b/, maxWords: 5000 },
  // "Updated 9:41 p.m. ET Aug. 2, 2020", "Updated May 16, 2014, 5:10 p.m. ET", "March 22, 2026 Updated March 24, ...".
  {
    id: 'updated',
    zone: 'anywhere',
    pattern:
      /^(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4},? )?(?:Updated|Published):? (?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?:,? \d{1,2}:\d{2} [ap]\.m\.(?: [A-Z]{2,4})?)?|\d{1,2}:\d{2} [ap]\.m\.(?: [A-Z]{2,4})? [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})$/,
    maxWords: 16,
  },
  // A date-and-time stamp alone: "Oct. 26, 2015, 5:04 p.m. ET". Needs a year and a clock time,
  // so fixture lines like "Saturday, 26 February" stay.
  {
    id: 'timestamp',
    zone: 'lead',
    pattern:
      /^(?=.*\d{4})(?=.*\d:\d\d)(?:(?:Published|Posted|Last updated)(?: on)?:?\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}:\d{2}|[ap]\.m\.|[AP]M|ET|EST|EDT|GMT|UTC|BST|at|[\s,/|\u2013\u2014-])+$/,
    maxWords: 12,
  },
  // "© Copyright 2023, Des Moines Register ...", "© CNBC is a USA TODAY content partner ...".
  { id: 'copyright', zone: 'anywhere', pattern: /^(?:©|\(c\)\s|Copyright\s+(?:©\s*)?\d{4})/i, maxWords: 40 },
  // "Contributing: The Associated Press", "--The Associated Press", "— Rick Rouan".
  { id: 'contributing', zone: 'anywhere', pattern: /^Contributing(?: writers?)?:/, maxWords: 40 },
  { id: 'signoff', zone: 'anywhere', pattern: new RegExp(`^${DASH}{1,2}\\s*${BYLINE}\\.?$`, 'u'), maxWords: 12 },
  // "— William Petroski contributed to this story.", "USA Today ... contributed to this report."
  {
    id: 'contributed',
    zone: 'anywhere',
    pattern: /\b(?:contributed|reported) (?:to|for) this (?:report|story|article)\.?$|^(?:[-\u2010-\u2015]\s*)?Associated Press writers? .* contributed\b/,
    maxWords: 40,
  },
  // "Follow Jordan Mendoza on Twitter: @jordan_mendoza5.", "Contact ... at x@y.com. Follow on Twitter".
  {
    id: 'follow',
    zone: 'anywhere',
    pattern: /^(?:Follow|Contact)\b.*\b(?:on (?:Twitter|X|Instagram|Facebook|Threads|Bluesky|TikTok)\b|@\w)/,
    maxWords: 30,
  },
  // Author bios: "... is a senior reporter for USA TODAY. Reach her at x@y.com and follow her on X".
  { id: 'reach', zone: 'anywhere', pattern: /\b(?:Reach|Email|Contact) (?:him|her|them|me|us) at\b/, maxWords: 45 },
  // "Read more: ...", "Read More", "More: ...", "RELATED: ...", "MORE: ...".
  {
    id: 'read-more',
    zone: 'anywhere',
    pattern: /^(?:►\s*)?(?:Read more|Read More|READ MORE|More|MORE|Related|RELATED|See also|SEE ALSO|Also read|ALSO READ)\b\s*(?::|$)/,
    maxWords: 30,
  },
  // Link titles glued to their label: "Timeline:Facebook becomes the Uber of 2018", "►Shop at Costco?:These 3 tips".
  // (clean.ts spares transcripts, where "Brian Truitt:Ace Ventura ..." is a speaker's turn.)
  { id: 'glued-link', zone: 'anywhere', pattern: /^(?:►\s*)?[^:.\n]{1,60}[\p{L}\p{N}?!'’)]:\p{Lu}/u, maxWords: 40 },
  // Promo arrows without a full sentence: "► USAT storm tracker".
  // Funding disclosures: "... is made possible in part by a grant from ... Foundation. The ... does not provide editorial input."
  { id: 'funding-note', zone: 'anywhere', pattern: /made possible in part by a grant|does not provide editorial input/i, maxWords: 60 },
  { id: 'promo-arrow', zone: 'anywhere', pattern: /^[►▶]((?![.!]["'”’]?$).)*$/u, maxWords: 30 },
  // Newsletter and app promos: "Sign up for ...", "For more odd news stories, sign up to the weekly ... newsletter".
  { id: 'sign-up', zone: 'anywhere', pattern: /^(?!.*\?$)(?:Sign[ -]?up|Subscribe)\b|\bsign[ -]?up\b.*\bnewsletter\b/i, maxWords: 30 },
  {
    id: 'promo',
    zone: 'anywhere',
    pattern: /^(?:[-\u2010-\u2015]\s*)?Recommendations are independently chosen\b|^(?:Need a (?:news )?break\?|Want to read more\? Download|STORY CONTINUES BELOW|Download the .* app\b|JUST WATCHED\b|Video Ad Feedback\b)/,
    maxWords: 80,
  },
  // Video teasers ending with a duration: "See volunteers use bedframe to rescue people 01:19".
  { id: 'video', zone: 'anywhere', pattern: /\s\d{2}:\d{2}$/, maxWords: 20 },
  // Editorial notes: "This story has been updated with new information."
  {
    id: 'update-note',
    zone: 'anywhere',
    pattern: /^(?:Corrections (?:and|&) clarifications:\s*)?(?:This|The) (?:story|article)(?: and headline)? (?:has been|have been|was|will be) updated\b|^This is an updated version of\b|^This (?:article|story) (?:was originally published|is republished|first appeared)\b/,
    maxWords: 40,
  },
  // Separators: "___", "***", "♦".
  { id: 'separator', zone: 'anywhere', pattern: /^[^\p{L}\p{N}]{1,20}$/u, maxWords: 0 },
];

/** A label glued before a paragraph's own text, which is kept without it: "AI-assisted summary The Trump
 *  administration is proposing ..." (a publisher's summary box), "Seoul, South Korea (CNN) United States President
 *  ..." (a dateline run into the lead). */
export const LEADING_LABEL = /^(?:AI-assisted summary|(?:\p{Lu}[\p{L}.'’-]*,?\s+){0,5}\(CNN(?: Business)?\)(?:\s*[-\u2010-\u2015])?)\s+(?=\p{Lu})/u;

/** A paragraph with at least this many words starts the body proper and ends the 'lead' zone. */
export const LEAD_END_WORDS = 12;
/** The 'lead' zone never extends past this many paragraphs. */
export const LEAD_MAX_PARAGRAPHS = 6;
