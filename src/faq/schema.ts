// The JSON output format, as a zod schema: the single source of truth for `--format json`/`jsonl`
// and for the published schema/faq.schema.json (generated from here by write-schema.ts).
import { z } from 'zod';
import { PAIR_KINDS, type Faq } from '../types.js';

/** Bumped whenever the JSON output changes shape. */
export const FAQ_SCHEMA_VERSION = '1.0' as const;
export const FAQ_SCHEMA_ID = `https://newsfaq.dev/schema/faq-${FAQ_SCHEMA_VERSION}.json`;
export const FAQ_RECORD_SCHEMA_ID = `https://newsfaq.dev/schema/faq-record-${FAQ_SCHEMA_VERSION}.json`;

const count = z.number().int().min(0);

const EvidenceSchema = z
  .object({
    id: z
      .string()
      .regex(/^p\d+s\d+$/)
      .describe('Sentence id: p{paragraph}s{sentence}, both zero-based.'),
    text: z.string().describe('The cited sentence, as it appears in the article.'),
  })
  .describe('One article sentence the answer rests on.');

const PairSchema = z
  .object({
    question: z.string().min(1).describe('The question, as shown to the reader.'),
    answer: z.string().min(1).describe('The answer, stated only from the cited sentences.'),
    kind: z.enum(PAIR_KINDS).describe('What kind of information the question asks for.'),
    score: z.number().min(0).max(1).describe('How worth asking the pair is, 0..1; pairs are ranked by it.'),
    evidence: z.array(EvidenceSchema).min(1).describe('The sentences the answer comes from, in article order.'),
  })
  .describe('A verified question-answer pair.');

const StatsSchema = z
  .object({
    sentences: count.describe('Sentences in the article.'),
    candidates: count.describe('Pairs proposed by the engine before verification.'),
    rejected: count.describe('Candidates the verifier rejected.'),
    rejectedBy: z.record(z.string(), count).describe('Rejections by verifier rule id.'),
    duplicates: count.describe('Candidates dropped as asking the same thing as a better pair.'),
  })
  .describe('Counts from the run, for diagnostics.');

const MessageSchema = z
  .object({
    source: z.string().describe('The stage that reported it.'),
    ruleId: z.string().describe('Stable id of the finding.'),
    reason: z.string().describe('Human-readable explanation.'),
    place: z.string().optional().describe('Where in the input, when known.'),
  })
  .describe('A finding about the input, reported rather than thrown.');

const ArticleRefSchema = z
  .object({
    id: z.string().describe("Stable article id: the source's own id, else a hash of the body."),
    title: z.string().optional().describe('Headline.'),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .describe('Publication date, ISO YYYY-MM-DD; the reference for relative dates in answers.'),
    source: z.string().optional().describe('File name or other origin.'),
    url: z.string().optional().describe('Where the article is published.'),
  })
  .describe('The article the FAQ is about.');

export const FaqSchema = z
  .object({
    schemaVersion: z.literal(FAQ_SCHEMA_VERSION).describe('Version of this output format.'),
    article: ArticleRefSchema,
    engine: z.string().describe('The engine that generated the pairs.'),
    version: z.string().describe('newsfaq version that produced the output.'),
    pairs: z.array(PairSchema).describe('The FAQ, most important question first.'),
    stats: StatsSchema,
    messages: z.array(MessageSchema).describe('Findings about the input.'),
  })
  .describe('A grounded FAQ for one news article: every answer cites the article sentences it comes from.');

export type FaqJson = z.infer<typeof FaqSchema>;

/** One line of batch (JSON Lines) output: the FAQ for one input, or why there is none. */
export const FaqRecordSchema = z
  .object({
    input: z.string().describe('The input file name (or other origin).'),
    faq: FaqSchema.optional().describe('The FAQ, when one was generated.'),
    error: z
      .object({
        code: z.string().describe('Error code, e.g. NF009.'),
        message: z.string().describe('One-line explanation.'),
      })
      .optional()
      .describe('Why no FAQ was generated.'),
  })
  .describe('One line of newsfaq batch output (JSON Lines).');

export type FaqRecordJson = z.infer<typeof FaqRecordSchema>;

function withHeader(id: string, title: string, schema: z.ZodType): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  // Header keys first so the file reads well.
  return { $schema, $id: id, title, ...rest };
}

/** JSON Schema (draft 2020-12) of `--format json` output. */
export function faqJsonSchema(): Record<string, unknown> {
  return withHeader(FAQ_SCHEMA_ID, 'newsfaq FAQ', FaqSchema);
}

/** JSON Schema of one `--format jsonl` line. */
export function faqRecordJsonSchema(): Record<string, unknown> {
  return withHeader(FAQ_RECORD_SCHEMA_ID, 'newsfaq batch record', FaqRecordSchema);
}

// Compile-time proof that the schema and the `Faq` type describe exactly the same shape
// (a field missing from the schema would otherwise be stripped from the output silently).
type DeepWritable<T> = T extends readonly (infer U)[]
  ? DeepWritable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepWritable<T[K]> }
    : T;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type FaqWithVersion = Faq & { readonly schemaVersion: typeof FAQ_SCHEMA_VERSION };
type Assert<T extends true> = T;
export type _FaqFitsSchema = Assert<DeepWritable<FaqWithVersion> extends FaqJson ? true : false>;
export type _SchemaIsFaq = Assert<Equal<DeepWritable<FaqWithVersion>, DeepWritable<FaqJson>>>;
