// Generated articles for tests (written by the tests themselves into a temp folder: no data set needed).
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const TOWNS = ['Aldport', 'Bexley Cross', 'Carrow', 'Dunmere', 'Elsworth', 'Farnby', 'Glenrock', 'Harwick', 'Ivybridge', 'Jarrow Hill'];
const THINGS = ['schools', 'bridges', 'clinics', 'libraries', 'parks', 'bus lanes', 'wind turbines', 'fire stations', 'markets', 'cycle paths'];
const PEOPLE = ['Maria Lopez', 'Tom Becker', 'Anna Novak', 'James Okafor', 'Priya Raman', 'Lena Hoffmann', 'Omar Haddad', 'Sofia Rossi'];

/** The text of generated article k: dated, titled, three paragraphs, unique. */
export function generatedArticle(k: number): string {
  const town = TOWNS[k % TOWNS.length];
  const thing = THINGS[Math.floor(k / TOWNS.length) % THINGS.length];
  const who = PEOPLE[k % PEOPLE.length];
  const n = 3 + (k % 17);
  const cost = 10 + ((k * 7) % 90);
  const day = String(1 + (k % 28)).padStart(2, '0');
  return `date 2024-03-${day}
${town} council approves ${n} new ${thing} (${k})

The council of ${town} approved a plan on Tuesday to build ${n} new ${thing} by 2027, after a debate that lasted ${2 + (k % 5)} hours. Mayor ${who} said the project would cost ${cost} million euros and would be paid for by a regional fund.

Opposition members voted against the plan because they said the town could not afford it. Work is expected to start next spring, and the first of the ${thing} should open in ${2025 + (k % 3)}.

Residents of ${town} will be able to comment on the designs at a public meeting in the town hall next month. Record ${k}.
`;
}

/** Write `count` generated articles into `dir`; returns their paths. */
export function writeGeneratedArticles(dir: string, count: number, from = 0): string[] {
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (let k = from; k < from + count; k++) {
    const p = join(dir, `article-${String(k).padStart(5, '0')}.txt`);
    writeFileSync(p, generatedArticle(k));
    out.push(p);
  }
  return out;
}
