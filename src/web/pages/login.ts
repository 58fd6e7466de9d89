import { html } from '../html.js';
import { page } from '../layout.js';

export function loginPage(opts: { next: string; csrf: string; error?: string; name?: string }): string {
  return page({ title: 'Sign in', narrow: true, section: 'desk' }, html`<h1>Editors sign in</h1>
<p class="meta">Accounts are created on the server with <code>newsfaq user add NAME</code>.</p>
${opts.error ? html`<p class="notice error" role="alert">${opts.error}</p>` : ''}
<form class="card" method="post" action="/login">
<input type="hidden" name="_csrf" value="${opts.csrf}">
<input type="hidden" name="next" value="${opts.next}">
<label for="name">Name</label>
<input id="name" name="name" type="text" autocomplete="username" required maxlength="64" value="${opts.name ?? ''}" autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200">
<p><button class="primary" type="submit">Sign in</button></p>
</form>`);
}
