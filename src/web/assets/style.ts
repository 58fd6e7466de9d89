// The stylesheet for every page (served at /static/style.css).
export const STYLE_CSS = `
:root { --ink: #1d232a; --muted: #5b6570; --line: #d9dee3; --bg: #f6f7f9; --card: #fff; --accent: #1f5fbf;
  --hl: #fff1a8; --hl-line: #e0b400; --ok: #1c7c3a; --warn: #a35a00; --bad: #b3261e; --focus: #ffbf47; }
* { box-sizing: border-box; }
html { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); }
body { margin: 0; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: 1rem; }
.top { display: flex; align-items: center; gap: 1.5rem; padding: .6rem 1.5rem; background: #12263f; color: #fff; }
.top a { color: #fff; text-decoration: none; }
.top .brand { font-weight: 700; letter-spacing: .02em; font-size: 1.1rem; }
.top nav { display: flex; gap: 1rem; flex: 1; }
.top .who { display: flex; gap: .75rem; align-items: center; font-size: .9rem; }
.top .who button { background: transparent; color: #fff; border: 1px solid #fff6; border-radius: 4px; padding: .2rem .6rem; cursor: pointer; }
main { max-width: 78rem; margin: 0 auto; padding: 1.25rem 1.5rem 3rem; }
main.narrow { max-width: 48rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0 .25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
.meta { color: var(--muted); font-size: .9rem; margin: 0 0 1rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; }
.notice { padding: .6rem 1rem; border-radius: 6px; margin: .75rem 0; background: #e8f1fd; border: 1px solid #b8d0f2; }
.notice.error { background: #fdecea; border-color: #f1b8b3; }
input[type=text], input[type=search], input[type=password], input[type=date], input[type=number], input[type=url], textarea, select {
  font: inherit; padding: .4rem .55rem; border: 1px solid #aeb6bf; border-radius: 5px; background: #fff; width: 100%; }
textarea { resize: vertical; }
label { display: block; font-weight: 600; font-size: .9rem; margin: .5rem 0 .2rem; }
label .hint { font-weight: 400; color: var(--muted); }
button, .button { font: inherit; font-size: .9rem; padding: .35rem .8rem; border-radius: 5px; border: 1px solid #8e99a5; background: #fff; color: var(--ink); cursor: pointer; text-decoration: none; display: inline-block; }
button.primary, .button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button.ok { border-color: var(--ok); color: var(--ok); }
button.bad { border-color: var(--bad); color: var(--bad); }
button:disabled { opacity: .5; cursor: not-allowed; }
form.inline { display: inline; margin: 0; }
.row { display: flex; gap: .5rem; align-items: end; flex-wrap: wrap; }
.row > * { flex: 1; }
.row > button, .row > .button { flex: 0 0 auto; }
form.row { margin-bottom: .75rem; }
table.list { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); }
table.list th, table.list td { text-align: left; padding: .5rem .75rem; border-bottom: 1px solid var(--line); vertical-align: top; }
table.list th { font-size: .85rem; color: var(--muted); font-weight: 600; }
.pager { display: flex; gap: 1rem; margin: 1rem 0; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: .05rem .45rem; border-radius: 999px; border: 1px solid; white-space: nowrap; }
.badge.draft { color: var(--muted); border-color: #b5bdc6; }
.badge.approved, .badge.published { color: var(--ok); border-color: var(--ok); background: #eaf6ee; }
.badge.rejected { color: var(--bad); border-color: var(--bad); }
.badge.edited, .badge.manual { color: #5a3fa0; border-color: #5a3fa0; }
.badge.flagged, .badge.changes { color: var(--warn); border-color: var(--warn); background: #fff4e5; }
.badge.kind { color: var(--muted); border-color: transparent; background: #eef0f3; }
/* desk: article beside its FAQ */
.desk-grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr); gap: 1.25rem; align-items: start; }
@media (max-width: 900px) { .desk-grid { grid-template-columns: 1fr; } }
.article-pane { position: sticky; top: .75rem; max-height: calc(100vh - 1.5rem); overflow: auto; }
.article-pane p { margin: 0 0 .9rem; }
.article-pane h2 { margin-top: 0; }
.sent { border-radius: 3px; transition: background .15s; }
.sent .sid { font-size: .65rem; color: #8a949e; vertical-align: super; margin-right: .15rem; user-select: none; }
.picking .sent { cursor: copy; }
.picking .sent:hover { background: #e8f1fd; }
.sent.evidence { background: var(--hl); box-shadow: 0 0 0 2px var(--hl-line); }
.sent.picked { background: #d7e7fb; box-shadow: 0 0 0 2px var(--accent); }
.desk-actions { display: flex; gap: .6rem; flex-wrap: wrap; align-items: center; margin: .5rem 0 1rem; }
.desk-actions input[type=number] { width: 4.5rem; }
ol.pairs { list-style: none; margin: 0; padding: 0; counter-reset: pair; }
.pair { background: var(--card); border: 1px solid var(--line); border-left: 4px solid #b5bdc6; border-radius: 6px; padding: .6rem .8rem; margin: 0 0 .6rem; }
.pair.approved { border-left-color: var(--ok); }
.pair.rejected { border-left-color: var(--bad); opacity: .8; }
.pair.selected { box-shadow: 0 0 0 2px var(--hl-line); }
.pair-head { display: flex; gap: .35rem; align-items: center; flex-wrap: wrap; margin-bottom: .2rem; }
.pair-head .num { font-weight: 700; color: var(--muted); margin-right: .2rem; }
.pair-select { display: block; width: 100%; text-align: left; border: 0; background: none; padding: .15rem 0; font-weight: 650; font-size: 1rem; cursor: pointer; }
.pair-select[aria-pressed=true] { color: var(--accent); }
.pair .answer { margin: .15rem 0 .35rem; }
.pair .cites { font-size: .85rem; color: var(--muted); margin: 0 0 .35rem; }
.pair .cites a { font-family: ui-monospace, monospace; }
.pair .flag { font-size: .85rem; color: var(--warn); background: #fff4e5; border-radius: 4px; padding: .25rem .5rem; margin: .25rem 0; }
.pair-actions { display: flex; gap: .35rem; flex-wrap: wrap; }
.edit-form { margin-top: .5rem; border-top: 1px dashed var(--line); padding-top: .5rem; }
.edit-form .hint { font-size: .8rem; color: var(--muted); }
details.box { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .8rem; margin: .75rem 0; }
details.box > summary { cursor: pointer; font-weight: 600; }
textarea.code { font: .8rem/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; min-height: 8rem; }
ol.history { list-style: none; padding: 0; margin: 0; font-size: .88rem; }
ol.history li { padding: .35rem 0; border-bottom: 1px solid var(--line); }
ol.history .when { color: var(--muted); }
ol.history q { color: var(--ink); }
/* reader page */
article.story p { font-size: 1.08rem; line-height: 1.65; }
article.story .sent:target, article.story .sent.cited { background: var(--hl); box-shadow: 0 0 0 2px var(--hl-line); }
.faq { margin: 2rem 0; }
.faq h3 { margin: 0; font-size: 1.05rem; }
.faq .acc-button { width: 100%; display: flex; justify-content: space-between; gap: 1rem; text-align: left; font-weight: 600; font-size: 1.05rem;
  padding: .8rem 1rem; border: 1px solid var(--line); border-radius: 6px; background: var(--card); }
.faq .acc-button::after { content: "+"; font-weight: 700; color: var(--muted); }
.faq .acc-button[aria-expanded=true]::after { content: "\\2212"; }
.faq .acc-panel { padding: .5rem 1rem 1rem; }
.faq .acc-item { margin: 0 0 .5rem; }
.ask { margin: 2rem 0; }
.ask .result { margin-top: 1rem; }
.ask .result .answer { font-size: 1.1rem; font-weight: 600; }
.ask blockquote { margin: .5rem 0; padding: .4rem .8rem; border-left: 3px solid var(--hl-line); background: #fffbe6; }
.muted { color: var(--muted); }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0,0,0,0); white-space: nowrap; border: 0; }
.desk-actions label.inline { display: inline; font-weight: 600; margin: 0; }
`;
