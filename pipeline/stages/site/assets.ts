/**
 * The inline stylesheet and script of the preview site (constant text: the page embeds them, so it needs no
 * server, no CDN and no other file). The script is plain ES2019 written by hand, not compiled from TypeScript,
 * so that its bytes do not depend on the transpiler's version.
 *
 * Colours: text #1e1e1e and links/accents #000091 on white or #f3f3fa (contrast ≥ 14:1); white on #000091
 * (14.9:1). Focus: a 3px outline on every focusable element.
 */

export const SITE_CSS = `
:root { color-scheme: light; --ink: #1e1e1e; --muted: #3a3a3a; --accent: #000091; --line: #c5c5d6; --soft: #f3f3fa; --stripe: #f8f8fb; }
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; font-size: 100%; line-height: 1.5; color: var(--ink); background: #fff; }
body { margin: 0; }
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; left: .5rem; top: -4rem; z-index: 10; background: #fff; color: var(--accent); padding: .5rem 1rem; font-weight: 700; border: 2px solid var(--accent); }
.skip:focus { top: .5rem; }
.site-header { background: var(--accent); color: #fff; padding: 1.25rem 2rem 1rem; }
.site-header h1 { margin: 0 0 .35rem; font-size: 1.75rem; line-height: 1.25; }
.site-header p { margin: 0; max-width: 75ch; }
.toc { background: var(--soft); border-bottom: 1px solid var(--line); padding: .6rem 2rem; }
.toc ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.25rem; }
.toc a { font-weight: 600; }
main { display: block; padding: .5rem 2rem 3rem; max-width: 1440px; }
main:focus { outline: none; }
section { margin-top: 2.25rem; }
h2 { font-size: 1.5rem; line-height: 1.3; color: var(--accent); margin: 0 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.2rem; margin: 1.25rem 0 .5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .4rem; }
p, li { max-width: 80ch; }
.intro { color: var(--muted); }
.downloads { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; margin: .5rem 0; padding: 0; list-style: none; }
.downloads .lead { font-weight: 600; }
.downloads a { display: inline-block; padding: .05rem .15rem; }
.release { font-size: .95rem; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: .75rem 0 .5rem; }
.controls label { font-weight: 600; }
.controls input { font: inherit; padding: .35rem .5rem; border: 2px solid #5a5a70; border-radius: 4px; min-width: 18rem; color: var(--ink); background: #fff; }
.count { font-variant-numeric: tabular-nums; color: var(--muted); }
.hint { font-size: .9rem; color: var(--muted); margin: 0; }
.table-wrap { position: relative; overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; }
.table-wrap.fit { width: fit-content; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .5rem .6rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-top: 1px solid var(--line); min-width: 6rem; max-width: 30rem; overflow-wrap: break-word; }
thead th { background: var(--soft); border-top: 0; border-bottom: 2px solid var(--accent); white-space: nowrap; }
tbody th { font-weight: 400; }
tbody tr:nth-child(even) { background: var(--stripe); }
td.num { text-align: right; font-variant-numeric: tabular-nums; min-width: 4rem; }
.mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .8rem; min-width: 13rem; overflow-wrap: anywhere; }
.mono.src { min-width: 24rem; }
.link { min-width: 16rem; overflow-wrap: anywhere; }
.cites { min-width: 9rem; }
.arr { white-space: pre-line; }
.wide { min-width: 18rem; }
.sort { font: inherit; font-weight: 700; color: var(--ink); background: none; border: 0; padding: .15rem .25rem; margin: -.15rem -.25rem; cursor: pointer; display: inline-flex; gap: .35rem; align-items: baseline; }
.sort:hover { text-decoration: underline; }
.sort-icon { color: var(--accent); font-size: .8em; min-width: 1ch; }
.more { font: inherit; margin: .5rem 0; padding: .4rem .9rem; color: #fff; background: var(--accent); border: 0; border-radius: 4px; cursor: pointer; }
details.quotes summary { cursor: pointer; color: var(--accent); font-weight: 600; white-space: nowrap; }
details.quotes ul { margin: .35rem 0 .2rem; padding-left: 1.1rem; min-width: 20rem; }
details.quotes li { margin-bottom: .35rem; }
q { quotes: "«\\00a0" "\\00a0»"; }
.quote-source { display: block; color: var(--muted); font-size: .85em; }
.chart-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
svg.org-chart { display: block; font-size: 13px; }
.org-node rect { fill: var(--soft); stroke: #5252b8; stroke-width: 1.5; }
.org-node text { fill: var(--ink); }
.org-node.root rect { fill: var(--accent); stroke: var(--accent); }
.org-node.root text { fill: #fff; }
.org-node.single rect { fill: #fff; stroke: var(--accent); }
.org-node.single text { fill: var(--ink); }
.org-node text.acronym { font-weight: 700; }
.edges path { fill: none; stroke: #5f5f7a; stroke-width: 1.5; }
.chart-label { font-size: 15px; font-weight: 700; fill: var(--ink); }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.5rem; padding: 0; list-style: none; font-size: .95rem; }
.swatch { display: inline-block; width: 1.1rem; height: .9rem; vertical-align: -.1rem; margin-right: .4rem; border: 2px solid var(--accent); border-radius: 3px; }
.swatch.root { background: var(--accent); }
.swatch.single { background: #fff; }
.swatch.unit { background: var(--soft); border-color: #5252b8; }
.org-outline, .org-outline ul { margin: .25rem 0; }
.timeline { list-style: none; margin: 1rem 0 0 .6rem; padding: 0; border-left: 3px solid var(--accent); }
.event { position: relative; padding: 0 0 1.1rem 1.4rem; }
.event::before { content: ""; position: absolute; left: -.6rem; top: .35rem; width: .9rem; height: .9rem; border-radius: 50%; background: #fff; border: 3px solid var(--accent); }
.event p { margin: 0 0 .2rem; }
.event time { font-weight: 700; font-size: 1.05rem; margin-right: .4rem; }
.event-type { display: inline-block; font-size: .85rem; font-weight: 600; padding: 0 .55rem; border-radius: 1rem; background: var(--soft); border: 1px solid var(--line); margin-right: .4rem; }
.event-subject { font-weight: 600; }
.quality-table { width: auto; min-width: 20rem; }
.quality-table th[scope="row"] { font-weight: 600; }
.quality-table .mono { white-space: nowrap; }
.note { color: var(--muted); font-size: .9rem; }
.site-footer { border-top: 1px solid var(--line); padding: 1rem 2rem 2rem; color: var(--muted); font-size: .9rem; }
@media (max-width: 40rem) {
  .site-header, .toc, main, .site-footer { padding-left: 1rem; padding-right: 1rem; }
  .controls input { min-width: 0; width: 100%; }
}
@media print { .skip, .controls, .more, .toc { display: none; } }
`;

/**
 * The page script: builds the dataset tables from the embedded JSON (sort, filter, count, "show more"), fills a
 * record's quotes when its "Sources" disclosure is opened, and shortens chart labels that would overflow their box
 * in the reader's font.
 */
export const SITE_SCRIPT = `
(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('site-data').textContent);
  var PAGE = DATA.page;
  var collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });
  function fold(s) { return String(s).normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); }
  function isEmpty(v) { return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0); }
  function show(v) { return isEmpty(v) ? '' : Array.isArray(v) ? v.join(', ') : String(v); }

  var facts = {};
  DATA.datasets.forEach(function (d) {
    if (d.name !== 'facts') return;
    var c = {};
    d.columns.forEach(function (col, i) { c[col.name] = i; });
    d.rows.forEach(function (r) { facts[r[c.id]] = { source: r[c.source_id], quote: r[c.quote] }; });
  });

  function quotesSummary(n) { return n === 1 ? '1 citation' : n + ' citations'; }
  function quotesDetails(ids) {
    var details = document.createElement('details');
    details.className = 'quotes';
    details.setAttribute('data-facts', ids.join(' '));
    var summary = document.createElement('summary');
    summary.textContent = quotesSummary(ids.length);
    var body = document.createElement('div');
    body.className = 'quotes-body';
    details.appendChild(summary);
    details.appendChild(body);
    return details;
  }
  function fillQuotes(details) {
    if (details.getAttribute('data-filled')) return;
    var ids = (details.getAttribute('data-facts') || '').split(' ').filter(Boolean);
    var list = document.createElement('ul');
    ids.forEach(function (id) {
      var li = document.createElement('li');
      var f = facts[id];
      if (!f) {
        li.textContent = 'Citation introuvable (' + id + ')';
      } else {
        var q = document.createElement('q');
        q.textContent = f.quote;
        var src = document.createElement('span');
        src.className = 'quote-source';
        var title = DATA.sourceTitles[f.source];
        src.textContent = (title ? title + ' (' + f.source + ')' : f.source) + ' · ' + id;
        li.appendChild(q);
        li.appendChild(src);
      }
      list.appendChild(li);
    });
    var body = details.querySelector('.quotes-body');
    body.textContent = '';
    body.appendChild(list);
    details.setAttribute('data-filled', '1');
  }
  document.addEventListener('toggle', function (e) {
    var t = e.target;
    if (t && t.classList && t.classList.contains('quotes') && t.open) fillQuotes(t);
  }, true);

  function compare(a, b, kind) {
    var ea = isEmpty(a), eb = isEmpty(b);
    if (ea || eb) return ea === eb ? 0 : ea ? 1 : -1;
    if (kind === 'number') return a - b;
    if (kind === 'facts') return a.length - b.length;
    return collator.compare(show(a), show(b));
  }

  function cellFor(col, value, first) {
    var cell = document.createElement(first ? 'th' : 'td');
    if (first) cell.setAttribute('scope', 'row');
    if (col.cls || col.kind === 'array') cell.className = col.cls + (col.kind === 'array' ? ' arr' : '');
    if (col.kind === 'facts') {
      if (!isEmpty(value)) cell.appendChild(quotesDetails(value));
    } else if (col.kind === 'url' && !isEmpty(value) && /^https?:\\/\\//.test(value)) {
      var a = document.createElement('a');
      a.href = value;
      a.textContent = value;
      a.rel = 'noopener noreferrer';
      cell.appendChild(a);
    } else {
      cell.textContent = Array.isArray(value) ? value.join('\\n') : show(value);
    }
    return cell;
  }

  function setUp(d) {
    var table = document.getElementById('table-' + d.name);
    if (!table) return;
    var input = document.getElementById('filter-' + d.name);
    var count = document.getElementById('count-' + d.name);
    var more = document.getElementById('more-' + d.name);
    var rows = d.rows.map(function (r, i) {
      var text = d.columns.map(function (c, ci) { return c.kind === 'facts' ? '' : show(r[ci]); }).join(' \\u0001 ');
      return { r: r, i: i, key: fold(text) };
    });
    var state = { col: -1, dir: 1, limit: PAGE };
    var headers = table.tHead.rows[0].cells;

    function render() {
      var words = fold(input.value.trim()).split(/\\s+/).filter(Boolean);
      var matched = rows.filter(function (row) {
        for (var w = 0; w < words.length; w++) if (row.key.indexOf(words[w]) < 0) return false;
        return true;
      });
      if (state.col >= 0) {
        var kind = d.columns[state.col].kind;
        matched.sort(function (x, y) {
          var c = compare(x.r[state.col], y.r[state.col], kind);
          if (c !== 0 && !isEmpty(x.r[state.col]) && !isEmpty(y.r[state.col])) c *= state.dir;
          return c || x.i - y.i;
        });
      }
      var shown = matched.slice(0, state.limit);
      var body = document.createElement('tbody');
      shown.forEach(function (row) {
        var tr = document.createElement('tr');
        d.columns.forEach(function (col, ci) { tr.appendChild(cellFor(col, row.r[ci], ci === 0)); });
        body.appendChild(tr);
      });
      table.replaceChild(body, table.tBodies[0]);
      count.textContent = matched.length + ' / ' + rows.length + (shown.length < matched.length ? ' (' + shown.length + ' affichées)' : '');
      var rest = matched.length - shown.length;
      more.hidden = rest <= 0;
      if (rest > 0) more.textContent = 'Afficher ' + Math.min(rest, PAGE) + ' lignes de plus';
    }

    Array.prototype.forEach.call(headers, function (th, ci) {
      var button = th.querySelector('button.sort');
      if (!button) return;
      button.addEventListener('click', function () {
        state.dir = state.col === ci ? -state.dir : 1;
        state.col = ci;
        Array.prototype.forEach.call(headers, function (h, hi) {
          var icon = h.querySelector('.sort-icon');
          if (hi === ci) {
            h.setAttribute('aria-sort', state.dir === 1 ? 'ascending' : 'descending');
            if (icon) icon.textContent = state.dir === 1 ? '▲' : '▼';
          } else {
            h.removeAttribute('aria-sort');
            if (icon) icon.textContent = '';
          }
        });
        render();
      });
    });
    input.addEventListener('input', function () { state.limit = PAGE; render(); });
    more.addEventListener('click', function () { state.limit += PAGE; render(); });
    render();
  }
  DATA.datasets.forEach(setUp);

  // Labels were wrapped for a wide font; shorten any that still overflow in the reader's font.
  var chart = document.querySelector('svg.org-chart');
  if (chart) {
    var room = Number(chart.getAttribute('data-label-room'));
    Array.prototype.forEach.call(chart.querySelectorAll('.org-node text'), function (t) {
      var s = t.textContent;
      while (s.length > 2 && t.getComputedTextLength() > room) {
        s = s.slice(0, -2).replace(/\\s+$/, '');
        t.textContent = s + '…';
      }
    });
  }
})();
`;
