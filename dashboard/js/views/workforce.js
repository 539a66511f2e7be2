import { chartBlock, NHS } from '../chart.js';
import { h } from '../dom.js';
import { isNumber, periodText, valueText } from '../format.js';
import { levelWords, numbers, viewHeading } from './common.js';

export async function render(ctx) {
  const w = ctx.data.quarter;
  const x = w.periods;
  const wte = w.m.wf_wte.v;
  const plan = w.m.wf_vs_plan_pct.den || x.map(() => null);
  const pct = w.m.wf_vs_plan_pct.v;
  const last = x.length - 1;
  const summary = last < 0 ? 'No quarter has workforce figures.'
    : isNumber(plan[last]) ? `At the end of ${periodText(x[last])}, ${valueText(wte[last])} WTE link workers were in post against an ICB plan of ${valueText(plan[last])} WTE (${valueText(pct[last], '%')} of plan).`
      : `At the end of ${periodText(x[last])}, ${valueText(wte[last])} WTE link workers were in post; no ICB plan was published for that quarter.`;
  const own = chartBlock({ id: 'workforce-plan', title: 'Link worker WTE in post against the ICB plan, by quarter', summary,
    data: [
      { x, y: numbers(wte), type: 'bar', name: 'WTE in post', marker: { color: NHS.blue }, meta: { col: 0 } },
      { x, y: plan.map((v) => (isNumber(v) ? v : null)), type: 'scatter', mode: 'markers+lines', name: 'ICB plan (WTE)', line: { color: '#de1b1b', dash: 'dot', width: 2 }, marker: { symbol: 'diamond', size: 10, color: '#de1b1b' }, meta: { col: 1 } },
    ],
    layout: { xaxis: { type: 'category' }, yaxis: { title: { text: 'WTE' }, rangemode: 'tozero' } },
    table: { caption: 'WTE in post and planned, by quarter', columns: [{ title: 'Quarter' }, { title: 'WTE in post', numeric: true }, { title: 'ICB plan (WTE)', numeric: true }, { title: 'WTE as % of plan', numeric: true }],
      rows: x.map((p, i) => ({ x: p, cells: [wte[i], isNumber(plan[i]) ? plan[i] : '[x]', pct[i]] })) } });
  const children = ctx.node.level === 'PCN' ? null : await ctx.loadChildren(ctx.node.code);
  return h('div', {},
    viewHeading('Workforce against the ICB plan', 'Whole-time equivalent (WTE) link workers in post at quarter end, against what the ICB planned in its quarterly return. Workforce figures are about staff, so they are published unrounded.'),
    own, children && children.children.length ? byChild(ctx, children.children) : null);
}

function byChild(ctx, children) {
  const rows = children.map((c) => {
    const q = c.quarter;
    const i = q.periods.length - 1;
    const plan = q.m.wf_vs_plan_pct.den ? q.m.wf_vs_plan_pct.den[i] : null;
    return { x: c.code, head: c.name, cells: [i >= 0 ? q.m.wf_wte.v[i] : '[x]', isNumber(plan) ? plan : '[x]', i >= 0 ? q.m.wf_vs_plan_pct.v[i] : '[x]'], period: q.periods[i] };
  });
  const period = rows.find((r) => r.period)?.period;
  const below = rows.filter((r) => isNumber(r.cells[2]) && r.cells[2] < 100).length;
  const planned = rows.filter((r) => isNumber(r.cells[2])).length;
  const names = rows.map((r) => r.head);
  return chartBlock({ id: 'workforce-children', title: `WTE as a percentage of plan, by ${levelWords(ctx.node).slice(0, -1)}, ${periodText(period)}`,
    summary: planned ? `${below} of the ${planned} ${levelWords(ctx.node)} with a plan are below it.` : `None of the ${levelWords(ctx.node)} has a published plan for this quarter.`,
    data: [{ type: 'bar', orientation: 'h', y: names, x: rows.map((r) => (isNumber(r.cells[2]) ? r.cells[2] : null)), name: 'WTE as % of plan', marker: { color: NHS.blue }, meta: { col: 2 } }],
    height: Math.max(300, 26 * rows.length + 80),
    layout: { margin: { l: 260, r: 24, t: 16, b: 48 }, xaxis: { title: { text: '% of plan' }, rangemode: 'tozero' }, yaxis: { type: 'category', autorange: 'reversed' },
      shapes: [{ type: 'line', x0: 100, x1: 100, y0: 0, y1: 1, yref: 'paper', line: { color: '#212b32', dash: 'dot' } }] },
    table: { caption: `WTE in post and planned by ${levelWords(ctx.node).slice(0, -1)}`, columns: [{ title: 'Area' }, { title: 'WTE in post', numeric: true }, { title: 'ICB plan (WTE)', numeric: true }, { title: 'WTE as % of plan', numeric: true }],
      rows: rows.map((r) => ({ x: r.head, head: r.head, cells: r.cells })) } });
}
