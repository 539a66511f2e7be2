// For every chart on the page: the chart was drawn by Plotly, and each trace drawn from a table column
// (trace.meta.col) has exactly one row per point in the chart's data table, whose cell shows the same
// number (or shorthand such as [c] where the chart has a gap). Returns the problems found.
() => {
  const problems = [];
  const charts = [...document.querySelectorAll('.app-chart')];
  const parse = (text) => Number(text.replace(/,/g, '').replace(/%$/, ''));
  let checked = 0;
  for (const chart of charts) {
    const id = chart.dataset.chart;
    const table = chart.querySelector('table');
    if (!table) { problems.push(`${id}: no data table`); continue; }
    const rows = [...table.tBodies[0].rows];
    if (rows.length === 0) { problems.push(`${id}: the data table is empty`); }
    const plot = chart.querySelector('.app-chart__plot');
    if (!plot) {
      if (!chart.querySelector('.app-chart__empty')) problems.push(`${id}: neither a chart nor a no-data message`);
      continue;
    }
    if (!plot.classList.contains('js-plotly-plot') || !plot.querySelector('svg.main-svg')) { problems.push(`${id}: the chart was not drawn`); continue; }
    const summary = chart.querySelector('.app-chart__summary');
    if (!summary || summary.textContent.trim().length < 20) problems.push(`${id}: no plain-English summary`);
    const traces = plot.data.filter((t) => t.meta && Number.isInteger(t.meta.col));
    if (traces.length === 0) problems.push(`${id}: no trace is tied to the table`);
    for (const t of traces) {
      const horizontal = t.orientation === 'h';
      const xs = horizontal ? t.y : t.x;
      const ys = horizontal ? t.x : t.y;
      const own = rows.filter((r) => !t.meta.series || r.dataset.series === t.meta.series);
      if (own.length !== xs.length) problems.push(`${id}/${t.name}: ${xs.length} points but ${own.length} table rows`);
      // Rows are matched in order, so an x that appears twice (a repeated age in months) matches its own row.
      const seen = new Map();
      xs.forEach((x, i) => {
        const k = seen.get(String(x)) || 0;
        seen.set(String(x), k + 1);
        const row = own.filter((r) => r.dataset.x === String(x))[k];
        if (!row) { problems.push(`${id}/${t.name}: no table row for ${x}`); return; }
        const cell = row.cells[t.meta.col + 1];
        const text = cell ? cell.textContent.trim() : '';
        const y = ys[i];
        if (typeof y === 'number') {
          if (!(Math.abs(parse(text) - y) <= 1e-4)) problems.push(`${id}/${t.name} at ${x}: chart ${y}, table '${text}'`);
        } else if (!/^\[(c|x|z|low)\]$/.test(text)) {
          problems.push(`${id}/${t.name} at ${x}: gap in the chart, table '${text}'`);
        }
        checked += 1;
      });
    }
  }
  return { charts: charts.length, drawn: document.querySelectorAll('.app-chart .js-plotly-plot').length, checked, problems };
}
