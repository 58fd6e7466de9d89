// Turn CLI arguments (files, folders, "-") into named inputs, reading each safely.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAX_INPUT_BYTES, NewsfaqError } from '../errors.js';

export const ARTICLE_EXTENSIONS = /\.(txt|md|markdown|html?|json|jsonl|ndjson)$/i;

export interface NamedInput {
  readonly name: string;
  readonly read: () => Buffer;
}

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch {
    throw new NewsfaqError('NF008', 'standard input');
  }
}

export function readFileChecked(path: string): Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new NewsfaqError('NF008', `${path} is a folder`);
    size = st.size;
  } catch (e) {
    if (e instanceof NewsfaqError) throw e;
    throw new NewsfaqError('NF001', path);
  }
  if (size > MAX_INPUT_BYTES) throw new NewsfaqError('NF004', `${path} is ${(size / 1048576).toFixed(1)} MB; the limit is 5 MB`);
  try {
    return readFileSync(path);
  } catch {
    throw new NewsfaqError('NF008', path);
  }
}

/** Expand arguments: a folder gives its article files (sorted, not recursive beyond one level of nesting). */
export function expandInputs(args: readonly string[]): { inputs: NamedInput[]; batch: boolean } {
  const inputs: NamedInput[] = [];
  let batch = args.length > 1;
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ name: '-', read: readStdin });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      /* reported when read */
    }
    if (isDir) {
      batch = true;
      const files = readdirSync(arg)
        .filter((f) => ARTICLE_EXTENSIONS.test(f) && !/^index\.jsonl$/i.test(f))
        .sort();
      for (const f of files) {
        const path = join(arg, f);
        inputs.push({ name: path, read: () => readFileChecked(path) });
      }
      continue;
    }
    inputs.push({ name: arg, read: () => readFileChecked(resolve(arg)) });
  }
  return { inputs, batch };
}
