import { test } from 'node:test';
import assert from 'node:assert/strict';
import { html, localPath, raw, safeUrl } from './html.js';

test('html escapes every interpolation except SafeHtml', () => {
  const evil = `"><script>alert('x')</script>`;
  assert.equal(html`<a title="${evil}">${evil}</a>`.value,
    '<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>');
  assert.equal(html`<p>${html`<b>${'<i>'}</b>`}${raw('<br>')}${[1, '<', undefined, false, null]}</p>`.value, '<p><b>&lt;i&gt;</b><br>1&lt;</p>');
});

test('safeUrl keeps http(s) only; localPath keeps paths on this site', () => {
  assert.equal(safeUrl('https://example.com/a?b=1'), 'https://example.com/a?b=1');
  for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', 'not a url']) assert.equal(safeUrl(bad), undefined, bad);
  assert.equal(localPath('/desk?q=a', '/'), '/desk?q=a');
  for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'desk', '/a\nb']) assert.equal(localPath(bad, '/x'), '/x', bad);
});
