import { chartBlock, NHS } from '../chart.js';
import { h } from '../dom.js';
import { dataTable } from '../table.js';
import { isNumber, periodText, shortPeriod, valueText } from '../format.js';
import { levelWords, numbers, periodIndex, viewHeading } from './common.js';

export async function render(ctx) {
  const w = ctx.data.month;
  const x = w.periods;
  const i = periodIndex(x, ctx.period, 'month');
  const complete = w.m.dq_completeness_pct.v;
  const onTime = w.m.dq_returns_on_time_pct.v;
  const own = chartBlock({ id: 'quality-completeness', title: 'Returns received and on time, by month',
    summary: i < 0 ? 'No month has data quality figures.' : `In ${periodText(x[i])}, ${valueText(w.m.dq_returns_received.v[i])} of ${valueText(w.m.dq_returns_expected.v[i])} expected returns were received (${valueText(complete[i], '%')} complete), and ${valueText(onTime[i], '%')} of those received arrived on time.`,
    data: [
      { x, y: numbers(complete), type: 'scatter', mode: 'lines+markers', name: 'Completeness (%)', line: { color: NHS.blue, width: 3 }, meta: { col: 2 } },
      { x, y: numbers(onTime), type: 'scatter', mode: 'lines+markers', name: 'On time (%)', line: { color: NHS.green, width: 2, dash: 'dash' }, marker: { symbol: 'square' }, meta: { col: 3 } },
    ],
    layout: { yaxis: { title: { text: '%' }, range: [0, 105] }, xaxis: { type: 'date', tickformat: '%b %Y' } },
    table: { caption: 'Returns expected, received and on time, by month', columns: [{ title: 'Month' }, { title: 'Expected', numeric: true }, { title: 'Received', numeric: true }, { title: 'Completeness (%)', numeric: true }, { title: 'On time (%)', numeric: true }, { title: 'Warnings per return', numeric: true }],
      rows: x.map((p, k) => ({ x: p, head: shortPeriod(p), cells: [w.m.dq_returns_expected.v[k], w.m.dq_returns_received.v[k], complete[k], onTime[k], w.m.dq_warnings_per_return.v[k]] })) } });
  const group = ctx.node.level === 'PCN' ? ctx.node.parent : ctx.node.code;
  const children = await ctx.loadChildren(group);
  const kids = children ? children.children : [];
  return h('div', {},
    viewHeading('Data quality', 'Whether returns arrive, arrive on time, and how many warnings they carry. Every figure on this dashboard rests on these returns.'),
    own, kids.length ? byChild(ctx, kids) : null, kids.length ? grid(ctx, kids) : null);
}

function byChild(ctx, kids) {
  const rows = kids.map((c) => {
    const r = c.r12;
    const k = periodIndex(r.periods, ctx.period, 'r12');
    return { x: c.name, series: c.code, cells: [k >= 0 ? r.m.dq_completeness_pct.v[k] : '[x]', k >= 0 ? r.m.dq_returns_on_time_pct.v[k] : '[x]', k >= 0 ? r.m.dq_warnings_per_return.v[k] : '[x]'] };
  });
  const low = rows.filter((r) => isNumber(r.cells[0]) && r.cells[0] < 100);
  const words = levelWords(ctx.node.level === 'PCN' ? { level: 'ICB' } : ctx.node);
  return chartBlock({ id: 'quality-children', title: `Completeness by ${words.slice(0, -1)}, 12 months to ${periodText(ctx.period)}`,
    summary: `${low.length} of ${rows.length} ${words} sent fewer returns than expected in the 12 months to ${periodText(ctx.period)}.`,
    data: [{ type: 'bar', orientation: 'h', y: rows.map((r) => r.x), x: rows.map((r) => (isNumber(r.cells[0]) ? r.cells[0] : null)), name: 'Completeness (%)', marker: { color: NHS.blue }, meta: { col: 0 } }],
    height: Math.max(300, 26 * rows.length + 80),
    layout: { margin: { l: 260, r: 24, t: 16, b: 48 }, xaxis: { title: { text: 'Completeness (%)' }, range: [0, 105] }, yaxis: { type: 'category', autorange: 'reversed' } },
    table: { caption: `Completeness, on-time returns and warnings by ${words.slice(0, -1)}, 12 months to ${periodText(ctx.period)}`,
      columns: [{ title: 'Area' }, { title: 'Completeness (%)', numeric: true }, { title: 'On time (%)', numeric: true }, { title: 'Warnings per return', numeric: true }], rows } });
}

// Late and missing returns month by month, in words (not colour): one row per area below.
function grid(ctx, kids) {
  const months = kids[0].month.periods.slice(-12);
  const status = (c, p) => {
    const k = c.month.periods.indexOf(p);
    const m = c.month.m;
    const expected = m.dq_returns_expected.v[k];
    const received = m.dq_returns_received.v[k];
    const onTime = m.dq_returns_on_time_pct.v[k];
    if (!isNumber(expected) || expected === 0) return 'Not expected';
    if (c.level === 'PCN') return received > 0 ? (onTime === 100 ? 'On time' : 'Late') : 'Missing';
    return `${valueText(received)} of ${valueText(expected)}${isNumber(onTime) && received > 0 ? ` (${valueText(onTime, '%')} on time)` : ''}`;
  };
  const rows = kids.map((c) => ({ x: c.code, head: c.name, cells: months.map((p) => status(c, p)) }));
  const missing = rows.reduce((n, r) => n + r.cells.filter((s) => s === 'Missing').length, 0);
  const late = rows.reduce((n, r) => n + r.cells.filter((s) => s === 'Late').length, 0);
  return h('section', { class: 'app-section', 'aria-labelledby': 'quality-grid-title' },
    h('h3', { class: 'nhsuk-heading-s', id: 'quality-grid-title' }, 'Late and missing returns, last 12 months'),
    h('p', { class: 'nhsuk-body' }, kids[0].level === 'PCN' ? `${missing} PCN returns were missing and ${late} arrived late in these 12 months.` : 'Returns received of those expected, and the share on time, by month.'),
    dataTable({ caption: 'Return status by area and month', columns: [{ title: 'Area' }, ...months.map((p) => ({ title: shortPeriod(p) }))], rows }));
}
