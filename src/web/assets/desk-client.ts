// The desk's script (served at /static/desk.js): select a pair to highlight its evidence in the article, open the
// inline editor, pick evidence by clicking sentences, confirm risky actions, copy the publishable HTML. Everything
// else is plain forms, so the desk works without it. Data from the page is only ever set as text, never as HTML.
export const DESK_JS = String.raw`(function () {
  'use strict';
  var live = document.getElementById('desk-status');
  var pane = document.querySelector('.article-pane');
  var picking = null;

  function say(text) { if (live) live.textContent = text; }
  function sentence(id) { return document.getElementById('s-' + id); }
  function ids(value) { return (value || '').split(/[\s,;]+/).filter(Boolean); }
  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }

  function clearSelection() {
    each('.pair.selected', function (p) {
      p.classList.remove('selected');
      var b = p.querySelector('.pair-select');
      if (b) b.setAttribute('aria-pressed', 'false');
    });
    each('.sent.evidence', function (s) { s.classList.remove('evidence'); });
  }

  function select(pair, scroll) {
    var was = pair.classList.contains('selected');
    clearSelection();
    if (was) { say('Selection cleared'); return; }
    pair.classList.add('selected');
    var b = pair.querySelector('.pair-select');
    if (b) b.setAttribute('aria-pressed', 'true');
    var list = ids(pair.getAttribute('data-evidence'));
    var first = null;
    list.forEach(function (id) {
      var s = sentence(id);
      if (s) { s.classList.add('evidence'); if (!first) first = s; }
    });
    if (first && scroll) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    say('Evidence highlighted: ' + list.join(', '));
  }

  function showPicked() {
    each('.sent.picked', function (s) { s.classList.remove('picked'); });
    if (!picking) return;
    ids(picking.value).forEach(function (id) { var s = sentence(id); if (s) s.classList.add('picked'); });
  }

  function startPicking(input) {
    picking = input;
    if (pane) pane.classList.add('picking');
    showPicked();
  }

  function stopPicking(input) {
    if (input && picking !== input) return;
    picking = null;
    if (pane) pane.classList.remove('picking');
    showPicked();
  }

  function togglePicked(id) {
    var list = ids(picking.value);
    var k = list.indexOf(id);
    if (k >= 0) list.splice(k, 1); else list.push(id);
    picking.value = list.join(' ');
    showPicked();
    say((k >= 0 ? 'Removed ' : 'Added ') + id + ' to the evidence');
  }

  function openEditor(pair) {
    var form = pair.querySelector('.edit-form');
    if (!form) return;
    form.hidden = false;
    var toggle = pair.querySelector('.edit-toggle');
    if (toggle) toggle.setAttribute('aria-expanded', 'true');
    startPicking(form.querySelector('[name=evidence]'));
    var q = form.querySelector('[name=question]');
    if (q) q.focus();
  }

  function closeEditor(form) {
    form.hidden = true;
    form.reset();
    var pair = form.closest('.pair');
    var toggle = pair && pair.querySelector('.edit-toggle');
    if (toggle) { toggle.setAttribute('aria-expanded', 'false'); toggle.focus(); }
    stopPicking(form.querySelector('[name=evidence]'));
  }

  function copyHtml(button) {
    var source = document.getElementById(button.getAttribute('data-source'));
    if (!source) return;
    var done = function () { button.textContent = 'Copied'; say('Publishable HTML copied'); setTimeout(function () { button.textContent = 'Copy HTML'; }, 2000); };
    var fallback = function () { source.focus(); source.select(); try { document.execCommand('copy'); done(); } catch (e) { say('Select the text and copy it'); } };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(source.value).then(done, fallback);
    else fallback();
  }

  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    var el = t.closest('.pair-select');
    if (el) { select(el.closest('.pair'), true); return; }
    el = t.closest('.edit-toggle');
    if (el) {
      var form = el.closest('.pair').querySelector('.edit-form');
      if (form && form.hidden) openEditor(el.closest('.pair')); else if (form) closeEditor(form);
      return;
    }
    el = t.closest('.edit-cancel');
    if (el) { closeEditor(el.closest('form')); return; }
    el = t.closest('.copy-html');
    if (el) { copyHtml(el); return; }
    el = t.closest('a.cite');
    if (el) {
      e.preventDefault();
      var pair = el.closest('.pair');
      if (pair && !pair.classList.contains('selected')) select(pair, false);
      var s = sentence(el.getAttribute('data-sid'));
      if (s) s.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return;
    }
    el = t.closest('.sent');
    if (el && picking) togglePicked(el.getAttribute('data-sid'));
  });

  document.addEventListener('input', function (e) {
    if (e.target === picking) showPicked();
  });

  document.addEventListener('focusin', function (e) {
    var t = e.target;
    if (t instanceof HTMLInputElement && t.name === 'evidence' && t !== picking) startPicking(t);
  });

  document.addEventListener('submit', function (e) {
    var form = e.target;
    var message = form.getAttribute('data-confirm');
    if (message && !window.confirm(message)) e.preventDefault();
  });

  each('details.add-pair', function (d) {
    d.addEventListener('toggle', function () {
      var input = d.querySelector('[name=evidence]');
      if (d.open) startPicking(input); else stopPicking(input);
    });
  });

  var m = /^#pair-(\d+)$/.exec(location.hash);
  if (m) {
    var target = document.getElementById('pair-' + m[1]);
    if (target) { select(target, true); target.scrollIntoView({ block: 'nearest' }); }
  }
})();
`;
