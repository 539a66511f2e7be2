import { h } from './dom.js';
import { dataTable } from './table.js';
import { periodText, quarterShort } from './format.js';

const QUARTER = /^\d{4}-Q[1-4]$/;

// Every chart is a section with its title, a plain-English summary, the Plotly chart and, behind a
// details element, the table of the same data. Traces carry meta.col (the table column they are
// drawn from) and, where a table holds several series, meta.series.
const FONT = { family: 'Frutiger W01, Arial, sans-serif', size: 14, color: '#212b32' };
let firstChart = false;

export function chartBlock({ id, title, summary, data, layout = {}, table, height = 360, badges = null }) {
  // Quarters read as people say them ("Q3 2026-27 (Oct–Dec 2026)"); the code stays the data key (docs/dashboard.md).
  const named = { ...table, rows: table.rows.map((r) => (r.head === undefined && QUARTER.test(String(r.x)) ? { ...r, head: periodText(r.x) } : r)) };
  const titleId = `chart-${id}-title`;
  const summaryId = `chart-${id}-summary`;
  const hasData = data.some((t) => (t.orientation === 'h' ? t.x : t.y).some((v) => typeof v === 'number'));
  const plot = hasData
    ? h('div', { class: 'app-chart__plot', role: 'img', 'aria-labelledby': titleId, 'aria-describedby': summaryId, style: `height:${height}px` })
    : h('p', { class: 'app-chart__empty' }, 'No published figures to draw for this area and period.');
  const section = h('section', { class: 'app-chart', id: `chart-${id}`, 'data-chart': id, 'aria-labelledby': titleId },
    h('h3', { class: 'nhsuk-heading-s', id: titleId }, title),
    h('p', { class: 'app-chart__summary', id: summaryId }, summary),
    badges ? h('p', { class: 'app-badges' }, badges) : null,
    plot,
    h('details', { class: 'nhsuk-details app-chart__table' },
      h('summary', { class: 'nhsuk-details__summary' }, h('span', { class: 'nhsuk-details__summary-text' }, `Data table: ${title}`)),
      h('div', { class: 'nhsuk-details__text' }, dataTable(named))));
  section.render = () => (hasData ? draw(plot, data, layout) : Promise.resolve());
  return section;
}

function draw(el, data, layout) {
  const full = {
    font: FONT,
    margin: { l: 64, r: 24, t: 16, b: 64 },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    dragmode: false,
    hovermode: 'closest',
    showlegend: data.filter((t) => t.showlegend !== false).length > 1,
    legend: { orientation: 'h', y: -0.2, itemclick: false, itemdoubleclick: false },
    ...layout,
    xaxis: { fixedrange: true, automargin: true, gridcolor: '#d8dde0', linecolor: '#768692', ...(layout.xaxis || {}) },
    yaxis: { fixedrange: true, automargin: true, gridcolor: '#d8dde0', linecolor: '#768692', zeroline: false, ...(layout.yaxis || {}) },
  };
  const quarters = [...new Set(data.flatMap((t) => (t.orientation === 'h' ? [] : (t.x || [])).filter((x) => QUARTER.test(String(x)))))];
  if (quarters.length && full.xaxis.type === 'category') Object.assign(full.xaxis, { tickvals: quarters, ticktext: quarters.map(quarterShort) });
  // No mode bar and no drag: the chart is read, and its data table is the way to get at the numbers.
  return window.Plotly.newPlot(el, data, full, { displayModeBar: false, responsive: true, scrollZoom: false }).then(() => {
    if (!firstChart) {
      firstChart = true;
      performance.mark('first-chart');
    }
  });
}

export async function renderCharts(container) {
  const blocks = [...container.querySelectorAll('.app-chart')].filter((b) => b.render);
  await Promise.all(blocks.map((b) => b.render()));
}

export const NHS = { blue: '#005eb8', darkBlue: '#003087', grey: '#425563', midGrey: '#768692', green: '#007f3b', purple: '#330072', warmYellow: '#ffb81c', aqua: '#00a499', pink: '#ae2573', orange: '#ed8b00' };
export const PALETTE = [NHS.blue, NHS.green, NHS.purple, NHS.orange, NHS.aqua, NHS.pink, NHS.darkBlue, NHS.grey, '#8a1538', '#006747'];
