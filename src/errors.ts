// Coded error catalog. User mistakes become a NewsfaqError with a one-line message;
// the CLI prints `newsfaq: [CODE] message` and exits with the code's exit status.

export const ERRORS = {
  NF001: { exit: 2, text: 'file not found' },
  NF002: { exit: 2, text: 'input is empty' },
  NF003: { exit: 2, text: 'input looks like binary data, not text' },
  NF004: { exit: 2, text: 'input is too large' },
  NF005: { exit: 2, text: 'input does not look like English text' },
  NF006: { exit: 2, text: 'malformed input' },
  NF007: { exit: 2, text: 'bad usage' },
  NF008: { exit: 2, text: 'cannot read input' },
  NF009: { exit: 1, text: 'no FAQ could be generated' },
  NF010: { exit: 2, text: 'unknown input format' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class NewsfaqError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${ERRORS[code].text}: ${detail}` : ERRORS[code].text);
    this.name = 'NewsfaqError';
    this.code = code;
    this.exitCode = ERRORS[code].exit;
  }
}

export function isNewsfaqError(e: unknown): e is NewsfaqError {
  return e instanceof NewsfaqError;
}

/** Largest input accepted, in bytes (5 MB). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
