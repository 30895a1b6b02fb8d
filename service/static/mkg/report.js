// The report page: the market-size chart (stated and derived figures drawn differently), and a click on any
// fact marks its source words in the report text. The links work without script too (#span-… anchors, :target).
"use strict";
(() => {
  function markSource(anchor) {
    document.querySelectorAll("mark.current").forEach(m => m.classList.remove("current"));
    const mark = document.getElementById(anchor);
    if (!mark) return;
    mark.classList.add("current");
    mark.scrollIntoView({block: "center"});
  }
  // The links are plain #span-… anchors: the browser jumps (and Back returns to the fact); here the words are
  // marked as the current source and centred.
  const onHash = () => { if (location.hash.startsWith("#span-")) markSource(location.hash.slice(1)); };
  window.addEventListener("hashchange", onHash);
  document.addEventListener("click", event => {
    const link = event.target.closest("a.src");
    if (link && location.hash === "#" + link.dataset.anchor) markSource(link.dataset.anchor);  // same link again
  });
  onHash();

  const data = document.getElementById("chart-data");
  const canvas = document.getElementById("size-chart");
  if (!data || !canvas || !window.Chart) return;
  const chart = JSON.parse(data.textContent);
  const palette = ["#1f5fa8", "#b34700", "#2e7d32", "#6a1b9a", "#8d6e00", "#00696f"];
  const colours = {};
  const datasets = chart.series.map(s => {
    const subject = s.label.replace(/ \((stated|derived)\)$/, "");
    // The market's own series: stated in blue, derived in orange (as the caption's key); others by subject.
    const colour = s.whole ? (s.derived ? "#b34700" : "#1f5fa8")
      : colours[subject] || (colours[subject] = palette[2 + Object.keys(colours).length % (palette.length - 2)]);
    return {
      label: s.label, data: s.points, borderColor: colour, backgroundColor: s.derived ? "#ffffff" : colour,
      borderDash: s.derived ? [6, 4] : [], pointStyle: s.derived ? "rectRot" : "circle",
      pointRadius: s.derived ? 5 : 6, borderWidth: 2, showLine: true, anchors: s.points.map(p => p.anchor),
    };
  });
  new Chart(canvas, {
    type: "scatter",
    data: {datasets},
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      scales: {
        x: {title: {display: true, text: "Year"}, ticks: {stepSize: 1, callback: v => String(v)}},
        y: {title: {display: true, text: chart.unit}, beginAtZero: true},
      },
      plugins: {tooltip: {callbacks: {label: c => c.dataset.label + ": " + c.parsed.y + " " + chart.unit + " (" + c.parsed.x + ")"}}},
      onClick: (event, elements) => {
        if (!elements.length) return;
        const anchor = datasets[elements[0].datasetIndex].anchors[elements[0].index];
        if (anchor) location.hash = anchor;
      },
    },
  });
})();
