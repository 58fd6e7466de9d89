// JSON and JSON Lines output. Everything goes through the zod schema, so what is written
// always validates against schema/faq.schema.json (a Faq that does not throws here, not downstream).
import type { Faq } from '../types.js';
import { FAQ_SCHEMA_VERSION, FaqRecordSchema, FaqSchema, type FaqJson } from '../faq/schema.js';

/** Why an input produced no FAQ (a NewsfaqError fits). */
export interface RecordError {
  readonly code: string;
  readonly message: string;
}

export function faqToJson(faq: Faq): FaqJson {
  return FaqSchema.parse({ schemaVersion: FAQ_SCHEMA_VERSION, ...faq });
}

/** Pretty JSON (2-space indent, trailing newline). */
export function renderJson(faq: Faq): string {
  return JSON.stringify(faqToJson(faq), null, 2) + '\n';
}

/** One compact JSON Lines record for batch output, newline-terminated. */
export function renderJsonLine(input: string, faq?: Faq, error?: RecordError): string {
  const record = FaqRecordSchema.parse({
    input,
    ...(faq ? { faq: { schemaVersion: FAQ_SCHEMA_VERSION, ...faq } } : {}),
    // The schema strips whatever else an Error carries (stack, exitCode).
    ...(error ? { error } : {}),
  });
  return JSON.stringify(record) + '\n';
}
