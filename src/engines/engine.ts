// The engine contract: every engine turns an annotated Doc into candidates; the shared
// verifier and ranker take it from there.
import type { Candidate } from '../types.js';
import type { Doc } from '../nlp/doc.js';

export interface Engine {
  readonly name: string;
  generate(doc: Doc): Candidate[] | Promise<Candidate[]>;
}
