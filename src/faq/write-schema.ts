// Regenerates the published JSON Schemas in schema/ from the zod source of truth.
// Run: node --import tsx src/faq/write-schema.ts   (schema.test.ts fails if they drift)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { faqJsonSchema, faqRecordJsonSchema } from './schema.js';

/** Where each published schema lives, relative to the package root, and how to make it. */
export const SCHEMA_FILES: readonly { readonly path: string; readonly make: () => unknown }[] = [
  { path: 'schema/faq.schema.json', make: faqJsonSchema },
  { path: 'schema/faq-record.schema.json', make: faqRecordJsonSchema },
];

export function schemaFileText(make: () => unknown): string {
  return JSON.stringify(make(), null, 2) + '\n';
}

const root = new URL('../../', import.meta.url);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const f of SCHEMA_FILES) {
    writeFileSync(new URL(f.path, root), schemaFileText(f.make));
    console.log(`wrote ${f.path}`);
  }
}
