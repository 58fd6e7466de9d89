// The reply a model is asked for, as one zod schema: it is sent as the OpenAI `response_format`
// JSON Schema and turned into node-llama-cpp's grammar, so both engines ask for the same shape.
import { z } from 'zod';
import { PAIR_KINDS, type PairKind } from '../../types.js';

/** Most pairs one reply may hold (a bound for constrained decoding, not a target). */
export const MAX_PAIRS_PER_REPLY = 24;

export const ModelPairSchema = z.strictObject({
  question: z.string().describe('A question a reader of the article would ask, naming who or what it is about.'),
  answer: z.string().describe('The answer, in one or two sentences, using the words of the cited sentences.'),
  kind: z.enum(PAIR_KINDS).describe('What the question asks for.'),
  evidence: z.array(z.string()).min(1).max(4).describe('Ids of the article sentences that state the answer, e.g. "p2s0".'),
});

export const ModelReplySchema = z.strictObject({
  pairs: z.array(ModelPairSchema).max(MAX_PAIRS_PER_REPLY),
});

export type ModelPair = z.infer<typeof ModelPairSchema>;

/** JSON Schema of the reply (draft 2020-12 without the `$schema` header, as servers expect it). */
export function replyJsonSchema(): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(ModelReplySchema) as Record<string, unknown>;
  return rest;
}

/**
 * The same schema in the subset node-llama-cpp turns into a GBNF grammar: no `$schema`, no
 * `required` (its grammar always requires every property), no `description` (unused there).
 */
export function grammarJsonSchema(): Record<string, unknown> {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$schema' || k === 'required' || k === 'description') continue;
      out[k] = strip(v);
    }
    return out;
  };
  return strip(replyJsonSchema()) as Record<string, unknown>;
}

const KIND_ALIASES: Record<string, PairKind> = {
  who: 'definition', what: 'event', person: 'definition', people: 'definition', organisation: 'definition',
  organization: 'definition', entity: 'definition', identity: 'definition',
  date: 'time', when: 'time', timing: 'time', schedule: 'time',
  where: 'place', location: 'place', geography: 'place',
  number: 'figure', numbers: 'figure', figures: 'figure', amount: 'figure', quantity: 'figure', statistic: 'figure',
  statistics: 'figure', 'how many': 'figure', 'how much': 'figure', money: 'figure', cost: 'figure',
  why: 'cause', reason: 'cause', causes: 'cause', explanation: 'cause',
  goal: 'purpose', aim: 'purpose', objective: 'purpose', intent: 'purpose',
  promise: 'commitment', pledge: 'commitment', agreement: 'commitment', decision: 'commitment', policy: 'commitment',
  future: 'next', 'next steps': 'next', 'next-steps': 'next', 'what next': 'next', outlook: 'next', plan: 'next', plans: 'next',
  opinion: 'stance', view: 'stance', position: 'stance', attitude: 'stance',
  response: 'reaction', reactions: 'reaction', quote: 'reaction',
  context: 'background', history: 'background',
  consequence: 'impact', consequences: 'impact', effect: 'impact', effects: 'impact', significance: 'impact', importance: 'impact',
  happening: 'event', action: 'event', fact: 'event',
};

/** Map a model's `kind` to the project's kinds; anything unknown is an event. */
export function mapKind(kind: unknown): PairKind {
  if (typeof kind !== 'string') return 'event';
  const k = kind.trim().toLowerCase().replace(/_/g, ' ');
  if ((PAIR_KINDS as readonly string[]).includes(k)) return k as PairKind;
  return KIND_ALIASES[k] ?? 'event';
}
