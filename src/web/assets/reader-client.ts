// The reader page's script (served at /static/reader.js): the FAQ accordion (WAI-ARIA pattern: buttons with
// aria-expanded and aria-controls, arrow keys, Home and End) and the ask box (answers shown as text, with their
// cited sentences highlighted in the article). Without it, every answer is shown and the ask form still works.
export const READER_JS = String.raw`(function () {
  'use strict';
  var buttons = Array.prototype.slice.call(document.querySelectorAll('.acc-button'));
  buttons.forEach(function (b, i) {
    var panel = document.getElementById(b.getAttribute('aria-controls'));
    b.setAttribute('aria-expanded', 'false');
    if (panel) panel.hidden = true;
    b.addEventListener('click', function () {
      var open = b.getAttribute('aria-expanded') === 'true';
      b.setAttribute('aria-expanded', open ? 'false' : 'true');
      if (panel) panel.hidden = open;
    });
    b.addEventListener('keydown', function (e) {
      var n = buttons.length, j = -1;
      if (e.key === 'ArrowDown') j = (i + 1) % n;
      else if (e.key === 'ArrowUp') j = (i - 1 + n) % n;
      else if (e.key === 'Home') j = 0;
      else if (e.key === 'End') j = n - 1;
      if (j >= 0) { e.preventDefault(); buttons[j].focus(); }
    });
  });

  function el(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) x.className = cls;
    if (text !== undefined) x.textContent = text;
    return x;
  }

  function clearCited() {
    Array.prototype.forEach.call(document.querySelectorAll('.sent.cited'), function (s) { s.classList.remove('cited'); });
  }

  function show(out, ok, a) {
    out.textContent = '';
    out.removeAttribute('aria-busy');
    clearCited();
    if (!ok) {
      out.appendChild(el('p', 'notice error', (a && a.error && a.error.message) || 'The question could not be answered.'));
      return;
    }
    out.appendChild(el('p', 'muted', 'Q: ' + a.question));
    if (a.abstained) {
      out.appendChild(el('p', 'answer', a.scope === 'article' ? 'The article does not answer that.' : 'The archive does not answer that.'));
      return;
    }
    var text = a.answer;
    if (a.resolved && text.indexOf(a.resolved) < 0) text += ' (' + a.resolved + ')';
    out.appendChild(el('p', 'answer', text));
    var first = null;
    (a.evidence || []).forEach(function (e) {
      var q = el('blockquote');
      q.appendChild(document.createTextNode(e.text + ' '));
      var s = document.getElementById('s-' + e.id);
      if (s) {
        var link = el('a', null, '[' + e.id + ']');
        link.href = '#s-' + e.id;
        q.appendChild(link);
        s.classList.add('cited');
        if (!first) first = s;
      } else {
        q.appendChild(el('span', 'muted', '[' + e.id + ']'));
      }
      out.appendChild(q);
    });
    if (a.scope === 'archive' && a.article) {
      var p = el('p', 'muted', 'Source: ');
      var link = el('a', null, a.article.title || a.article.id);
      link.href = '/articles/' + encodeURIComponent(a.article.id);
      p.appendChild(link);
      if (a.article.date) p.appendChild(document.createTextNode(', ' + a.article.date));
      out.appendChild(p);
    }
    if (a.reused) out.appendChild(el('p', 'muted', 'From the FAQ: ' + a.reused.question));
  }

  var form = document.querySelector('form.ask-form');
  if (form) {
    form.addEventListener('submit', function (e) {
      var input = form.querySelector('input[type=text]');
      var question = input ? input.value.trim() : '';
      if (!question || !window.fetch) return;
      e.preventDefault();
      var out = document.getElementById('ask-result');
      out.textContent = 'Looking for the answer...';
      out.setAttribute('aria-busy', 'true');
      var body = { question: question };
      var article = form.getAttribute('data-article');
      if (article) body.articleId = article;
      fetch('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) })
        .then(function (r) { return r.json().then(function (j) { show(out, r.ok, j); }); })
        .catch(function () { show(out, false, null); });
    });
  }
})();
`;
