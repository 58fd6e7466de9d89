// Reading a model's reply: the JSON asked for when the server honours the schema, and a repair
// path when it does not (code fences, prose around the JSON, trailing commas, a reply cut off
// mid-array, other key names). What cannot be read as a pair is counted, never guessed at.
import type { Candidate } from '../../types.js';
import { mapKind } from './schema.js';

export interface ParsedReply {
  /** The pair-like objects found, in reply order. */
  readonly items: readonly unknown[];
  /** False when nothing in the reply could be read as the JSON asked for. */
  readonly readable: boolean;
  /** How the reply had to be repaired, if it did. */
  readonly repair?: string;
}

const LIST_KEYS = ['pairs', 'faq', 'faqs', 'questions', 'items', 'qa', 'qas', 'results', 'data', 'entries', 'output'];

function itemsOf(value: unknown, depth = 0, single = true): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!value || typeof value !== 'object' || depth > 2) return undefined;
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (LIST_KEYS.includes(key.toLowerCase())) {
      const inner = itemsOf(obj[key], depth + 1, single);
      if (inner) return inner;
    }
  }
  if (single && isPairLike(obj)) return [obj];
  // Any other key holding a list of pairs ("qa_pairs", "faq_items", ...).
  for (const v of Object.values(obj)) if (Array.isArray(v) && v.some(isPairLike)) return v;
  return undefined;
}

/** Remove what commonly wraps JSON: reasoning blocks, code fences, a byte-order mark. */
function unwrap(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/<think>[\s\S]*?<\/think>/gi, '')
    .replace(/```(?:json|JSON)?\s*([\s\S]*?)```/g, '$1')
    .trim();
}

/** Trailing commas and smart quotes around keys are the usual near-JSON slips. */
function nearJson(text: string): string {
  return text.replace(/,\s*([}\]])/g, '$1').replace(/[“”]/g, '"');
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    try {
      return { ok: true, value: JSON.parse(nearJson(text)) };
    } catch {
      return { ok: false };
    }
  }
}

/** The balanced JSON value starting at `start` (string-aware), or undefined if it never closes. */
function balancedFrom(text: string, start: number): string | undefined {
  const stack: string[] = [];
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') stack.push(ch === '{' ? '}' : ']');
    else if (ch === '}' || ch === ']') {
      if (stack.pop() !== ch) return undefined;
      if (!stack.length) return text.slice(start, i + 1);
    }
  }
  return undefined;
}

/** Every complete `{...}` object in the text that looks like a pair (for replies cut off or wrapped in prose). */
function scanObjects(text: string): unknown[] {
  const out: unknown[] = [];
  for (let i = text.indexOf('{'); i >= 0 && i < text.length; ) {
    const block = balancedFrom(text, i);
    if (block) {
      const parsed = tryParse(block);
      if (parsed.ok && isPairLike(parsed.value)) {
        out.push(parsed.value);
        i = text.indexOf('{', i + block.length);
        continue;
      }
    }
    i = text.indexOf('{', i + 1);
  }
  return out;
}

export function parseReply(raw: string): ParsedReply {
  const text = unwrap(raw);
  const whole = tryParse(text);
  if (whole.ok) {
    const items = itemsOf(whole.value);
    if (items && (!items.length || items.some(isPairLike))) return { items, readable: true };
  }
  // JSON inside prose: the first complete list of pairs (single pair objects are left to the scan,
  // which keeps every complete one of a reply cut off mid-list).
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '{' && text[i] !== '[') continue;
    const block = balancedFrom(text, i);
    if (!block) continue;
    const parsed = tryParse(block);
    const items = parsed.ok ? itemsOf(parsed.value, 0, false) : undefined;
    if (items && items.some(isPairLike)) return { items, readable: true, repair: 'JSON found inside other text' };
  }
  // A reply cut off mid-array, or otherwise broken: keep each complete pair object.
  const scanned = scanObjects(text);
  if (scanned.length) return { items: scanned, readable: true, repair: `${scanned.length} complete pair object(s) recovered from broken JSON` };
  return { items: [], readable: false };
}

/** Fallbacks for key names not listed: "question_text", "evidence_sentence_ids", "cited_ids", ... */
const KEY_PATTERNS = new Map<readonly string[], RegExp>();
const QUESTION_KEYS = ['question', 'q', 'query'];
const isPairLike = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && typeof pick(v as Record<string, unknown>, QUESTION_KEYS) === 'string';
const ANSWER_KEYS = ['answer', 'a', 'response'];
const EVIDENCE_KEYS = ['evidence', 'evidence_ids', 'evidenceids', 'ids', 'sentence_ids', 'sentenceids', 'sources', 'citations', 'cites', 'sentences', 'support'];
KEY_PATTERNS.set(QUESTION_KEYS, /^(?!.*questions).*question/i);
KEY_PATTERNS.set(ANSWER_KEYS, /^(?!.*answers).*answer/i);
KEY_PATTERNS.set(EVIDENCE_KEYS, /evidence|citation|cited|source|sentence|support|ref/i);

function pick(obj: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const [k, v] of Object.entries(obj)) if (keys.includes(k.toLowerCase())) return v;
  const pattern = KEY_PATTERNS.get(keys);
  if (pattern) for (const [k, v] of Object.entries(obj)) if (pattern.test(k)) return v;
  return undefined;
}

/** Sentence ids as written by a model ("p2s0", "[p2s0]", "P2 S0", "p2s0, p3s1") -> canonical ids. */
export function normaliseEvidence(value: unknown): string[] {
  const raw: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string') raw.push(...v.split(/[,;]|\s+and\s+/));
    else if (typeof v === 'number') raw.push(String(v));
    else if (v && typeof v === 'object' && 'id' in v) add((v as { id: unknown }).id);
  };
  if (Array.isArray(value)) value.forEach(add);
  else add(value);
  const ids: string[] = [];
  for (const r of raw) {
    const s = r.trim();
    if (!s) continue;
    const m = s.match(/^\[?\s*p\s*(\d+)\s*[-_.:]?\s*s\s*(\d+)\s*\]?$/i);
    // Anything else is kept as written, so the verifier rejects it as unknown evidence.
    const id = m ? `p${Number(m[1])}s${Number(m[2])}` : s;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Citation markers a model may leave inside its text ("... [p2s0]", "(p1s2, p1s3)"). */
function stripCitations(text: string): string {
  return text
    .replace(/\s*[[(]\s*(?:sentences?\s*)?p\d+s\d+(?:\s*[,;]\s*p\d+s\d+)*\s*[\])]/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function cleanText(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return undefined;
  const t = stripCitations(v).replace(/^["'“‘]+|["'”’]+$/g, '').trim();
  return t || undefined;
}

export type ItemResult = { ok: true; candidate: Candidate } | { ok: false; reason: string };

/** One reply item -> a candidate (unverified), or why it is malformed. */
export function itemToCandidate(item: unknown, origin: string, rank: number): ItemResult {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return { ok: false, reason: `item ${rank + 1} is not an object` };
  const obj = item as Record<string, unknown>;
  const question = cleanText(pick(obj, QUESTION_KEYS));
  const answer = cleanText(pick(obj, ANSWER_KEYS));
  if (!question) return { ok: false, reason: `item ${rank + 1} has no question` };
  if (!answer) return { ok: false, reason: `item ${rank + 1} has no answer` };
  return {
    ok: true,
    candidate: {
      question,
      answer,
      kind: mapKind(pick(obj, ['kind', 'type', 'category'])),
      evidence: normaliseEvidence(pick(obj, EVIDENCE_KEYS)),
      // The model's order is its own estimate of importance.
      score: Math.max(0.5, 0.8 - 0.015 * rank),
      origin,
    },
  };
}
