// Why a model could not be used. An LlmError is a NewsfaqError, so the CLI prints it as one line
// (`newsfaq: [NF009] no FAQ could be generated: ...`) and exits with the code's status; the hybrid
// engine catches it and falls back to the linguistic engine.
import { NewsfaqError, type ErrorCode } from '../../errors.js';

export type LlmErrorKind =
  | 'unreachable' // connection refused, DNS failure, reset
  | 'timeout' // no complete reply within timeoutMs
  | 'http' // the server answered with an error status
  | 'bad-response' // the server's reply is not an OpenAI chat completion
  | 'missing-package' // node-llama-cpp is not installed
  | 'model-file' // the GGUF file is missing or is not a GGUF file
  | 'model-load'; // node-llama-cpp could not load or run the model

export class LlmError extends NewsfaqError {
  readonly kind: LlmErrorKind;
  readonly status?: number;
  readonly retryable: boolean;
  /** Seconds the server asked us to wait (Retry-After), when it did. */
  readonly retryAfterMs?: number;
  /** The explanation without the error code's text. */
  readonly detail: string;
  constructor(kind: LlmErrorKind, detail: string, options: { code?: ErrorCode; status?: number; retryable?: boolean; retryAfterMs?: number } = {}) {
    super(options.code ?? 'NF009', detail);
    this.name = 'LlmError';
    this.kind = kind;
    this.detail = detail;
    this.status = options.status;
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export function isLlmError(e: unknown): e is LlmError {
  return e instanceof LlmError;
}
