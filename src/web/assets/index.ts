// Static assets, served from memory with a content hash in their URL (so they can be cached for a year).
import { createHash } from 'node:crypto';
import { STYLE_CSS } from './style.js';
import { DESK_JS } from './desk-client.js';
import { READER_JS } from './reader-client.js';

export interface Asset {
  readonly body: Buffer;
  readonly type: string;
  readonly hash: string;
}

function asset(text: string, type: string): Asset {
  const body = Buffer.from(text, 'utf8');
  return { body, type, hash: createHash('sha256').update(body).digest('base64url').slice(0, 12) };
}

export const ASSETS: Readonly<Record<string, Asset>> = {
  'style.css': asset(STYLE_CSS, 'text/css; charset=utf-8'),
  'desk.js': asset(DESK_JS, 'text/javascript; charset=utf-8'),
  'reader.js': asset(READER_JS, 'text/javascript; charset=utf-8'),
};

/** The URL of an asset, versioned by its content. */
export const assetUrl = (name: keyof typeof ASSETS & string): string => `/static/${name}?v=${ASSETS[name].hash}`;
