// The search page: the header's search words, answered by GET /api/search, each hit linked to its fact and report.
"use strict";
(async () => {
  const out = document.getElementById("search-results");
  const q = out.dataset.q;
  if (!q) return;
  out.textContent = "Searching…";
  const response = await fetch("/api/search?" + new URLSearchParams({q: q, limit: "20"}));
  if (!response.ok) { mkgShowError(out, await response.text()); return; }
  const data = await response.json();
  const list = document.createElement("ol");
  list.className = "hits";
  data.hits.forEach(hit => {
    const item = document.createElement("li");
    const fact = document.createElement("a");
    fact.href = mkgHref(hit.iri);
    fact.textContent = hit.text;
    const report = document.createElement("a");
    report.href = mkgHref(hit.report_iri);
    report.textContent = hit.market + " market report";
    const quote = document.createElement("q");
    quote.textContent = hit.quote;
    item.append(fact, " (" + hit.type + ") — ", report, document.createElement("br"), quote);
    list.appendChild(item);
  });
  const note = document.createElement("p");
  note.textContent = data.count + " fact(s) for “" + q + "”";
  out.replaceChildren(note, list);
})();
