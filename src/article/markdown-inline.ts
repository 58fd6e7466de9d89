// Inline Markdown to plain text: keep the words a reader sees, drop the markup.

/** Strip inline markup from one line or paragraph of Markdown. */
export function stripInline(text: string): string {
  return (
    text
      // Images carry no body text; links keep their text.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
      .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      .replace(/<!--[\s\S]*?-->/g, '')
      // Inline HTML tags (<br>, <em>...): the text between them stays.
      .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '')
      .replace(/`([^`]+)`/g, '$1')
      // Emphasis, innermost last; "_" only at word edges so snake_case survives.
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(?<![\p{L}\p{N}*\\])\*(?=\S)([\s\S]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1')
      .replace(/(?<![\p{L}\p{N}_\\])_(?=\S)([\s\S]*?\S)_(?![\p{L}\p{N}_])/gu, '$1')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      // Backslash escapes and hard line breaks.
      .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1')
      .replace(/\\\n/g, '\n')
  );
}
