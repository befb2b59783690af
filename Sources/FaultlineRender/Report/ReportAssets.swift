/// The report's style sheet and script, inlined into every page so it works offline.
///
/// The script is plain ES2015 without libraries. It filters the event table by the words
/// typed (every word must occur in the row), by quad class and by actor; sorts it when a
/// column header is clicked (or Enter/Space on it), stable, numeric where the column is;
/// and reads `#filter=WORDS&quad=N&actor=ID` from the URL fragment on load and on
/// `hashchange`, so a filtered view can be linked or bookmarked. It never inserts
/// markup: rows are built by the generator, the script only hides and reorders them.
enum ReportAssets {
    static let css = """
    :root { --fg:#1d2330; --muted:#5b6474; --line:#d8dde6; --bg:#ffffff; --panel:#f5f7fa;
      --q1:#1a9850; --q2:#2c7bb6; --q3:#e08214; --q4:#d73027; }
    * { box-sizing: border-box; }
    body { margin: 0; padding: 0 1.5rem 3rem; color: var(--fg); background: var(--bg);
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
    header { padding: 1.5rem 0 .5rem; border-bottom: 1px solid var(--line); }
    h1 { font-size: 1.6rem; margin: 0 0 .3rem; overflow-wrap: anywhere; }
    h2 { font-size: 1.25rem; margin: 2rem 0 .6rem; }
    h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
    nav a { margin-right: 1rem; color: var(--q2); }
    .summary { color: var(--muted); margin: .2rem 0; }
    td, th, dd, blockquote, figcaption { unicode-bidi: isolate; overflow-wrap: break-word; }
    .name, .evidence { unicode-bidi: isolate; overflow-wrap: anywhere; }
    figure.picture { margin: 1rem 0; padding: .5rem; border: 1px solid var(--line); background: var(--panel); overflow: auto; }
    figure.picture svg { max-width: 100%; height: auto; display: block; background: #fff; }
    figcaption { font-weight: 600; margin-bottom: .4rem; }
    .picture-error { color: var(--q4); }
    .controls { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: .5rem 0; }
    .controls input[type=search] { min-width: 16rem; padding: .3rem .5rem; }
    .controls select { padding: .3rem; max-width: 22rem; }
    #visible-count { color: var(--muted); }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
    thead th { position: sticky; top: 0; background: var(--panel); }
    th[data-sort] { cursor: pointer; user-select: none; white-space: nowrap; }
    th[data-sort]::after { content: " \\2195"; color: var(--muted); }
    th[aria-sort=ascending]::after { content: " \\2191"; color: var(--fg); }
    th[aria-sort=descending]::after { content: " \\2193"; color: var(--fg); }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    .quad { display: inline-block; padding: 0 .4rem; border-radius: .6rem; color: #fff; font-size: .85em; white-space: nowrap; }
    .quad-1 { background: var(--q1); } .quad-2 { background: var(--q2); }
    .quad-3 { background: var(--q3); } .quad-4 { background: var(--q4); } .quad-0 { background: var(--muted); }
    .flag { display: inline-block; margin-left: .3rem; padding: 0 .3rem; border: 1px solid var(--q4); color: var(--q4);
      border-radius: .3rem; font-size: .8em; }
    .muted, .undated { color: var(--muted); }
    mark { background: #fff3b0; }
    code { font-size: .9em; }
    .contradiction { border: 1px solid var(--line); border-left: 4px solid var(--q4); padding: .8rem 1rem; margin: 1rem 0; background: var(--panel); }
    .claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; margin-top: .6rem; }
    .claim { background: #fff; border: 1px solid var(--line); padding: .6rem .8rem; }
    .claim dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; margin: .4rem 0; }
    .claim dt { color: var(--muted); }
    .claim dd { margin: 0; }
    blockquote { margin: .4rem 0; padding-left: .7rem; border-left: 3px solid var(--line); }
    footer { margin-top: 3rem; color: var(--muted); font-size: .85em; }
    @media print { .controls, nav { display: none; } thead th { position: static; } }
    """

    static let script = #"""
    (function () {
      "use strict";
      var table = document.getElementById("event-table");
      if (!table || !table.tBodies.length) { return; }
      var tbody = table.tBodies[0];
      var rows = Array.prototype.slice.call(tbody.rows);
      var input = document.getElementById("event-filter");
      var quad = document.getElementById("quad-filter");
      var actor = document.getElementById("actor-filter");
      var count = document.getElementById("visible-count");
      var search = rows.map(function (r) { return r.textContent.toLowerCase(); });
      rows.forEach(function (r, i) { r.setAttribute("data-index", String(i)); });

      function apply() {
        var words = input.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
        var q = quad.value, a = actor.value, shown = 0;
        rows.forEach(function (r, i) {
          var ok = words.every(function (w) { return search[i].indexOf(w) >= 0; }) &&
            (!q || r.getAttribute("data-quad") === q) &&
            (!a || (" " + r.getAttribute("data-actors") + " ").indexOf(" " + a + " ") >= 0);
          r.hidden = !ok;
          if (ok) { shown += 1; }
        });
        count.textContent = shown + " of " + rows.length + " events shown";
        table.setAttribute("data-visible-rows", String(shown));
      }

      function fromHash() {
        var h = window.location.hash.replace(/^#/, "");
        if (h.indexOf("=") < 0) { return false; }
        input.value = ""; quad.value = ""; actor.value = "";
        h.split("&").forEach(function (part) {
          var eq = part.indexOf("=");
          if (eq < 0) { return; }
          var key = part.slice(0, eq), value;
          try { value = decodeURIComponent(part.slice(eq + 1).replace(/\+/g, " ")); } catch (e) { return; }
          if (key === "filter") { input.value = value; }
          else if (key === "quad") { quad.value = value; }
          else if (key === "actor") { actor.value = value; }
        });
        return true;
      }

      var headers = table.tHead.rows[0].cells;
      Array.prototype.forEach.call(headers, function (th, col) {
        var type = th.getAttribute("data-sort");
        if (!type) { return; }
        th.tabIndex = 0;
        function sort() {
          var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
          Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
          var keyed = rows.map(function (r) {
            var cell = r.cells[col], v = cell.getAttribute("data-value");
            if (v === null) { v = cell.textContent; }
            if (type === "number") { v = parseFloat(v); if (isNaN(v)) { v = Infinity; } }
            return { row: r, value: v, index: Number(r.getAttribute("data-index")) };
          });
          keyed.sort(function (x, y) {
            var c = x.value < y.value ? -1 : (x.value > y.value ? 1 : 0);
            return c !== 0 ? c * dir : x.index - y.index;
          });
          keyed.forEach(function (k) { tbody.appendChild(k.row); });
        }
        th.addEventListener("click", sort);
        th.addEventListener("keydown", function (ev) {
          if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); sort(); }
        });
      });

      input.addEventListener("input", apply);
      quad.addEventListener("change", apply);
      actor.addEventListener("change", apply);
      window.addEventListener("hashchange", function () { if (fromHash()) { apply(); } });
      fromHash();
      apply();
    })();
    """#
}
