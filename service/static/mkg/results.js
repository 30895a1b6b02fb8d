// Tables of SPARQL JSON results, shared by the query catalogue and the search page. Every IRI the graph mints
// links to its page on this server; other IRIs link out. Wide tables scroll inside their own box.
"use strict";
const MKG_ID_BASE = JSON.parse(document.getElementById("id-base").textContent);

function mkgHref(iri) {
  return iri.startsWith(MKG_ID_BASE) ? "/page/" + iri.slice(MKG_ID_BASE.length) : iri;
}

function mkgCell(cell, term) {
  if (!term) return;
  if (term.type === "uri") {
    const a = document.createElement("a");
    a.href = mkgHref(term.value);
    a.textContent = term.value.startsWith(MKG_ID_BASE) ? "id:" + term.value.slice(MKG_ID_BASE.length) : term.value;
    cell.appendChild(a);
  } else {
    cell.textContent = term.value;
  }
}

function mkgTable(vars, rows, caption) {
  const box = document.createElement("div");
  box.className = "scroll";
  box.tabIndex = 0;
  box.setAttribute("role", "region");
  box.setAttribute("aria-label", caption);
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  vars.forEach(v => { const th = document.createElement("th"); th.scope = "col"; th.textContent = v; head.appendChild(th); });
  const body = table.createTBody();
  rows.forEach(b => { const row = body.insertRow(); vars.forEach(v => mkgCell(row.insertCell(), b[v])); });
  box.appendChild(table);
  return box;
}

function mkgShowError(out, text) {
  const p = document.createElement("p");
  p.className = "error";
  p.textContent = text;
  out.replaceChildren(p);
}
