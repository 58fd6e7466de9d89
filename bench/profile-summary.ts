// Summarise a V8 .cpuprofile (from `node --cpu-prof`): top self-time functions, self time by file
// and by package/folder, and inclusive time of the pipeline's entry points.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/nfprof --import tsx bench/bench.ts --limit 300
//   node --import tsx bench/profile-summary.ts /tmp/nfprof [--top 25]
//
// The argument is a .cpuprofile file or a folder (its largest .cpuprofile is used: with tsx the
// main thread's, not the loader thread's).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './corpus.js';
import { table } from './stats.js';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Entry points whose inclusive time is always listed (when present in the profile). */
const ENTRY_POINTS = [
  'main',
  'runPipeline',
  'runStages',
  'runWink',
  'runTokenize',
  'readArticle',
  'generateFaq',
  'annotate',
  'tokenizeParagraph',
  'findEntities',
  'findAcronyms',
  'findTimes',
  'collectPeople',
  'generateLinguistic',
  'faqFromDoc',
  'verify',
  'select',
  'readDoc',
];

const { values: opts, positionals } = parseArgs({
  options: { top: { type: 'string', default: '25' } },
  allowPositionals: true,
});
const top = Number(opts.top);
const target = positionals[0];
if (!target) {
  process.stderr.write('usage: node --import tsx bench/profile-summary.ts <file.cpuprofile | folder> [--top N]\n');
  process.exit(2);
}

function pickProfile(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(path, f))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!files.length) throw new Error(`no .cpuprofile in ${path}`);
  return files[0];
}

const file = pickProfile(target);
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;

const repoUrl = `file://${REPO_ROOT}/`;
function shortUrl(url: string): string {
  if (!url) return '';
  let u = url.startsWith(repoUrl) ? url.slice(repoUrl.length) : url;
  u = u.replace(/^file:\/\//, '');
  const nm = u.lastIndexOf('node_modules/');
  return nm >= 0 ? u.slice(nm) : u;
}
function keyOf(cf: CallFrame): string {
  const name = cf.functionName || '(anonymous)';
  const where = shortUrl(cf.url);
  // tsx-transformed sources report every frame on line 1: print a line only when it means something
  return where ? `${name} ${where}${cf.lineNumber > 0 ? `:${cf.lineNumber + 1}` : ''}` : name;
}
/** Bucket for the by-area table: src/<folder>, bench, node_modules/<package>, node:internal, or a V8 pseudo-frame. */
function areaOf(cf: CallFrame): string {
  const u = shortUrl(cf.url);
  if (!u) return cf.functionName.startsWith('(') ? cf.functionName : '(native/builtin)';
  const nm = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u);
  if (nm) return `node_modules/${nm[1]}`;
  const src = /^(src|dist)\/([^/]+)(?:\/([^/]+)\/)?/.exec(u);
  if (src) return src[3] && !src[3].includes('.') ? `${src[1]}/${src[2]}/${src[3]}` : `${src[1]}/${src[2]}`;
  if (u.startsWith('bench/')) return 'bench';
  if (u.startsWith('node:')) return 'node:internal';
  return u;
}

// Sample durations: sample i lasts until sample i+1 (as Chrome DevTools counts it).
const selfUs = new Map<number, number>();
const { samples, timeDeltas } = profile;
for (let i = 0; i < samples.length; i++) {
  const dt = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : 0;
  selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + Math.max(0, dt));
}
const totalUs = [...selfUs.values()].reduce((s, v) => s + v, 0);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const childIds = new Set(profile.nodes.flatMap((n) => n.children ?? []));
const roots = profile.nodes.filter((n) => !childIds.has(n.id));

const selfByKey = new Map<string, number>();
const selfByFile = new Map<string, number>();
const selfByArea = new Map<string, number>();
const inclusiveByKey = new Map<string, number>();
const inclusiveByName = new Map<string, number>();

// Depth-first: inclusive time of a node is counted once per function key, at its outermost frame
// (so recursion is not counted twice).
const onStack = new Map<string, number>();
const nameOnStack = new Map<string, number>();
function visit(node: ProfileNode): number {
  const key = keyOf(node.callFrame);
  const name = node.callFrame.functionName;
  onStack.set(key, (onStack.get(key) ?? 0) + 1);
  nameOnStack.set(name, (nameOnStack.get(name) ?? 0) + 1);
  let total = selfUs.get(node.id) ?? 0;
  for (const c of node.children ?? []) {
    const child = byId.get(c);
    if (child) total += visit(child);
  }
  onStack.set(key, onStack.get(key)! - 1);
  nameOnStack.set(name, nameOnStack.get(name)! - 1);
  if (onStack.get(key) === 0) inclusiveByKey.set(key, (inclusiveByKey.get(key) ?? 0) + total);
  if (nameOnStack.get(name) === 0) inclusiveByName.set(name, (inclusiveByName.get(name) ?? 0) + total);
  const self = selfUs.get(node.id) ?? 0;
  if (self > 0) {
    selfByKey.set(key, (selfByKey.get(key) ?? 0) + self);
    const f = shortUrl(node.callFrame.url) || node.callFrame.functionName || '(native)';
    selfByFile.set(f, (selfByFile.get(f) ?? 0) + self);
    const area = areaOf(node.callFrame);
    selfByArea.set(area, (selfByArea.get(area) ?? 0) + self);
  }
  return total;
}
for (const r of roots) visit(r);

const ms = (us: number): string => (us / 1000).toFixed(1);
const pct = (us: number): string => `${((100 * us) / totalUs).toFixed(1)}%`;
const topOf = (m: Map<string, number>, n: number): [string, number][] => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);

const out: string[] = [];
out.push(`profile: ${file}`);
out.push(`sampled time ${ms(totalUs)} ms over ${samples.length} samples (wall ${ms(profile.endTime - profile.startTime)} ms)`);
out.push('');
out.push(`Top ${top} functions by self time`);
out.push(table(['function', 'self ms', 'self %'], topOf(selfByKey, top).map(([k, v]) => [k, ms(v), pct(v)])));
out.push('');
out.push(`Self time by area`);
out.push(table(['area', 'self ms', 'self %'], topOf(selfByArea, top).map(([k, v]) => [k, ms(v), pct(v)])));
out.push('');
out.push(`Top ${top} files by self time`);
out.push(table(['file', 'self ms', 'self %'], topOf(selfByFile, top).map(([k, v]) => [k, ms(v), pct(v)])));
out.push('');
out.push('Inclusive time of pipeline entry points (all frames with that name)');
out.push(
  table(
    ['function', 'incl ms', 'incl %'],
    ENTRY_POINTS.filter((n) => inclusiveByName.has(n)).map((n) => [n, ms(inclusiveByName.get(n)!), pct(inclusiveByName.get(n)!)]),
  ),
);
out.push('');
out.push(`Top ${top} project functions (src/ or dist/) by inclusive time`);
out.push(
  table(
    ['function', 'incl ms', 'incl %'],
    topOf(new Map([...inclusiveByKey].filter(([k]) => / (?:src|dist)\//.test(k))), top).map(([k, v]) => [k, ms(v), pct(v)]),
  ),
);
process.stdout.write(`${out.join('\n')}\n`);
