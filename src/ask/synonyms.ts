// A small table of words readers and writers use for the same thing, for matching questions to sentences.
// Each line is one group of lemmas; a match through this table counts less than the word itself.
const GROUPS = `
buy purchase acquire
sell sold
kill slay murder
die death dead
start begin launch commence
end finish conclude
big large huge major
small little minor
film movie
car vehicle automobile
job work employment
home house residence
child kid
say tell state claim announce
make create produce build
show display reveal
help assist aid
try attempt
need require
get obtain receive gain
give grant award
choose select elect pick
allow permit let
stop halt end
rise increase grow climb jump
fall drop decline decrease plunge
leave depart exit
arrive reach
hurt injure wound
attack assault strike
arrest detain
charge accuse
police officer
president leader
country nation
city town
area region
money fund cash
price cost
company firm business
law legislation bill act
doctor physician
famous renowned well-known
old ancient
near close
name call
found establish
invent devise
win victory
lose defeat
`;

const byWord = new Map<string, Set<string>>();
for (const line of GROUPS.trim().split('\n')) {
  const words = line.trim().split(/\s+/);
  for (const w of words) {
    const set = byWord.get(w) ?? new Set<string>();
    for (const o of words) if (o !== w) set.add(o);
    byWord.set(w, set);
  }
}

/** Other lemmas for the same thing (empty when none). */
export function synonyms(lemma: string): ReadonlySet<string> {
  return byWord.get(lemma) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();
