// Penn Treebank tokenised text (NewsQA: "-LRB- CNN -RRB- -- He did n't ...") turned back into ordinary text, with
// a map from every character of the result to the original, so answers can be given in the original's form.

const REPLACE: Record<string, string> = {
  '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}', '``': '"', "''": '"',
};
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|-RRB-|-RSB-|-RCB-|''|'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'|\.\.\.)$/;
const NO_SPACE_AFTER = /^(?:``|\(|\[|\{|-LRB-|-LSB-|-LCB-|\$|#)$/;

export interface Detokenized {
  readonly text: string;
  /** For each character of `text`: [start, end) of the original characters it stands for. */
  readonly map: readonly (readonly [number, number])[];
}

/** Does this text look PTB-tokenised? */
export function looksPtb(text: string): boolean {
  return /(?:^| )(?:-LRB-|-RRB-|``|'') |(?:^| )(?:n't|'s) /.test(text) && / [,.] /.test(text);
}

export function detokenize(original: string): Detokenized {
  let text = '';
  const map: [number, number][] = [];
  let prev = '';
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(original))) {
    const tok = m[0];
    const start = m.index;
    const end = start + tok.length;
    if (text !== '' && !NO_SPACE_BEFORE.test(tok) && !NO_SPACE_AFTER.test(prev)) {
      text += ' ';
      map.push([start, start]);
    }
    const out = REPLACE[tok];
    if (out !== undefined) {
      for (let k = 0; k < out.length; k++) map.push([start, end]);
      text += out;
    } else {
      for (let k = 0; k < tok.length; k++) map.push([start + k, start + k + 1]);
      text += tok;
    }
    prev = tok;
  }
  return { text, map };
}

/** The original text behind [a, b) of the detokenised text. */
export function originalSpan(d: Detokenized, original: string, a: number, b: number): string {
  if (b <= a) return '';
  return original.slice(d.map[a][0], d.map[b - 1][1]);
}
