// The query editor: YASGUI (bundled, @zazuko/yasgui) on this server's /sparql, the named queries as examples,
// the project's prefixes known, and a Chart.js view for results with numeric columns.
"use strict";
(() => {
  const examples = JSON.parse(document.getElementById("examples").textContent);
  const prefixes = JSON.parse(document.getElementById("prefixes").textContent);
  const idBase = JSON.parse(document.getElementById("id-base").textContent);
  const NUMERIC = /#(integer|decimal|double|float|int|long|short|nonNegativeInteger|positiveInteger|gYear)$/;
  // The starting query declares only what it uses; the completer adds any other prefix of the graph when typed.
  const header = ["mkg", "rdfs"].map(p => `PREFIX ${p}: <${prefixes[p]}>`).join("\n");

  // The class and property completers ask Linked Open Vocabularies on the web: offline, only ours stay.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];

  class ChartPlugin {
    constructor(yasr) { this.yasr = yasr; this.priority = 5; this.label = "Chart"; }
    numericColumns() {
      const bindings = this.yasr.results.getBindings() || [];
      return this.yasr.results.getVariables().filter(v =>
        bindings.length && bindings.every(b => !b[v] || (b[v].type !== "uri" && NUMERIC.test(b[v].datatype || ""))) &&
        bindings.some(b => b[v]));
    }
    canHandleResults() {
      return !!this.yasr.results && this.yasr.results.getType && this.yasr.results.getType() === "json" &&
        !!this.yasr.results.getBindings && this.numericColumns().length > 0;
    }
    getIcon() {
      const span = document.createElement("span");
      span.setAttribute("aria-hidden", "true");
      span.innerHTML = '<svg viewBox="0 0 16 16" width="14" height="14"><path d="M1 15h14v-1H2V1H1zm3-3h2V8H4zm3 0h2V4H7zm3 0h2V6h-2z" fill="currentColor"/></svg>';
      return span;
    }
    draw() {
      const numeric = this.numericColumns();
      const bindings = this.yasr.results.getBindings();
      const labelVar = this.yasr.results.getVariables().find(v => !numeric.includes(v));
      const short = term => !term ? "" : term.type === "uri" ? term.value.replace(idBase, "id:") : term.value;
      const box = document.createElement("div");
      box.className = "chart-box";
      const canvas = document.createElement("canvas");
      canvas.setAttribute("role", "img");
      canvas.setAttribute("aria-label", "Chart of " + numeric.join(", ") + (labelVar ? " by " + labelVar : ""));
      box.appendChild(canvas);
      this.yasr.resultsEl.appendChild(box);
      const palette = ["#1f5fa8", "#b34700", "#2e7d32", "#6a1b9a", "#8d6e00"];
      new Chart(canvas, {
        type: "bar",
        data: {
          labels: bindings.map((b, i) => labelVar ? short(b[labelVar]) : String(i + 1)),
          datasets: numeric.map((v, i) => ({label: v, data: bindings.map(b => b[v] ? Number(b[v].value) : null),
                                             backgroundColor: palette[i % palette.length]})),
        },
        options: {responsive: true, maintainAspectRatio: false, animation: false},
      });
    }
  }
  Yasgui.Yasr.registerPlugin("chart", ChartPlugin);

  const endpoint = new URL("/sparql", location.href).href;
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: {endpoint: endpoint, method: "POST"},
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: {getData: () => [{endpoint: endpoint}]},
    populateFromUrl: false,
    // Typing "mkg:" adds its PREFIX line: the completer's list is the graph's prefixes, from this server.
    yasqe: {prefixCcApi: "/editor/prefixes.json", value: header + "\n\nSELECT ?report ?market ?title WHERE {\n  ?report a mkg:MarketReport ; mkg:marketName ?market ; rdfs:label ?title\n} LIMIT 20\n"},
    yasr: {prefixes: prefixes, pluginOrder: ["table", "chart", "response"], defaultPlugin: "table"},
  });

  document.getElementById("example").addEventListener("change", event => {
    const example = examples.find(e => e.name === event.target.value);
    if (!example) return;
    const tab = yasgui.getTab();
    tab.setQuery("# " + example.title + ": " + example.description.trim() + "\n" + example.query.trim() + "\n");
  });

  // Result links: an IRI the graph mints opens its page here, not at its (maybe unresolved) address.
  const root = document.getElementById("yasgui");
  const localise = () => root.querySelectorAll(`a[href^="${idBase}"]`).forEach(a => {
    a.href = "/page/" + a.getAttribute("href").slice(idBase.length);
    a.removeAttribute("target");
  });
  new MutationObserver(localise).observe(root, {childList: true, subtree: true});
  // Accessibility fixes for what YASGUI draws: names for its unnamed inputs, the "add tab" button counted as one
  // of the tab list's tabs (a tablist may hold only tabs), and its scrolling editor reachable by keyboard.
  const name = () => {
    root.querySelectorAll("textarea:not([aria-label])").forEach(t => t.setAttribute("aria-label", "SPARQL query"));
    root.querySelectorAll(".tab input:not([aria-label])").forEach(i => i.setAttribute("aria-label", "Tab name"));
    root.querySelectorAll("input:not([aria-label]):not([id])").forEach(i => i.setAttribute("aria-label", "SPARQL endpoint"));
    root.querySelectorAll("select.tableSizer:not([aria-label])").forEach(e => e.setAttribute("aria-label", "Page size"));
    root.querySelectorAll(".tabsList button.addTab:not([role])").forEach(b => b.setAttribute("role", "tab"));
    root.querySelectorAll(".CodeMirror-scroll:not([tabindex=\"0\"])").forEach(e => e.setAttribute("tabindex", "0"));
  };
  name();
  new MutationObserver(name).observe(root, {childList: true, subtree: true});
})();
