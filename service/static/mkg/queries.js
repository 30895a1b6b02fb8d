// The named-query forms: each form runs its query by REST and shows the rows right under itself.
"use strict";
document.querySelectorAll("form[data-query]").forEach(form => form.addEventListener("submit", async event => {
  event.preventDefault();
  const out = form.parentElement.querySelector(".results");
  const params = new URLSearchParams([...new FormData(form)].filter(([, v]) => v !== ""));
  out.textContent = "Running…";
  const response = await fetch("/api/queries/" + form.dataset.query + "?" + params, {headers: {Accept: "application/sparql-results+json"}});
  if (!response.ok) { mkgShowError(out, await response.text()); return; }
  const data = await response.json();
  const note = document.createElement("p");
  note.className = "muted";
  note.textContent = data.results.bindings.length + " row(s)";
  out.replaceChildren(mkgTable(data.head.vars, data.results.bindings, "Results of " + form.dataset.query), note);
}));
