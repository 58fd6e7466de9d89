// The page shell every HTML page shares: head (stylesheet, optional JSON-LD), the top bar, main, scripts.
import type { Editor } from '../desk/users.js';
import { html, type SafeHtml } from './html.js';
import { assetUrl } from './assets/index.js';

export interface PageOptions {
  readonly title: string;
  /** The signed-in editor, on pages that are never shared between visitors. */
  readonly editor?: Editor;
  /** The session's CSRF token, for the sign-out form (and the desk's forms). */
  readonly csrf?: string;
  /** Extra markup for <head> (the reader page's JSON-LD). */
  readonly head?: SafeHtml;
  readonly script?: 'desk.js' | 'reader.js';
  readonly narrow?: boolean;
  /** Which part of the site the page belongs to, for the top bar. */
  readonly section?: 'public' | 'desk';
}

export function page(opts: PageOptions, body: SafeHtml): string {
  const who = opts.editor
    ? html`<div class="who"><span>Signed in as <strong>${opts.editor.name}</strong></span>
        <form class="inline" method="post" action="/logout"><input type="hidden" name="_csrf" value="${opts.csrf ?? ''}"><button type="submit">Sign out</button></form></div>`
    : opts.section === 'desk' ? html`<div class="who"><a href="/login">Sign in</a></div>` : html``;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · newsfaq</title>
<link rel="stylesheet" href="${assetUrl('style.css')}">
${opts.head}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<a class="brand" href="/">newsfaq</a>
<nav aria-label="Site"><a href="/">Articles</a><a href="/desk">Editors' desk</a><a href="/openapi.json">API</a></nav>
${who}
</header>
<main id="main" class="${opts.narrow ? 'narrow' : ''}">
${body}
</main>
${opts.script ? html`<script src="${assetUrl(opts.script)}" defer></script>` : ''}
</body>
</html>
`.value;
}
