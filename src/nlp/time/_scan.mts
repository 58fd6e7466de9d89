import * as chrono from 'chrono-node';
import { readFileSync, readdirSync } from 'node:fs';
const base = '/work/shared/data/articles/';
const files = [...readdirSync(base+'rtqa_news').filter(f=>f.endsWith('.txt')).map(f=>base+'rtqa_news/'+f), ...readdirSync(base+'reuters21578').filter(f=>f.endsWith('.txt')).map(f=>base+'reuters21578/'+f)];
const counts = new Map<string, number>();
let n=0, t0=performance.now(), sents=0;
for (const f of files) {
  const txt = readFileSync(f,'utf8'); const m = /^date (\d{4}-\d\d-\d\d)/.exec(txt); if(!m) continue;
  const ref = new Date(m[1]+'T12:00:00Z');
  const body = txt.split('\n').slice(1).join('\n');
  for (const s of body.split(/(?<=[.!?])\s+|\n+/)) { if(!s.trim()) continue; sents++;
    for (const r of chrono.casual.parse(s, {instant: ref, timezone: 0})) { const k = r.text.replace(/\d/g,'9'); counts.set(k,(counts.get(k)??0)+1); n++; }
  }
}
console.error('results',n,'sents',sents,'ms',performance.now()-t0);
for (const [k,v] of [...counts].sort((a,b)=>b[1]-a[1])) console.log(v, k);
