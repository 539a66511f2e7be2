import { chartBlock, NHS } from '../chart.js';
import { h } from '../dom.js';
import { dataTable } from '../table.js';
import { interval, isNumber, metric, periodText, valueText } from '../format.js';
import { numbers, periodIndex, viewHeading } from './common.js';
import { coverageChart, gpUse, gpUseCaveat } from './healthUse.js';

const HEALTH = 'out_wellbeing_improved_pct';
const SOCIAL = 'out_social_outcome_pct';
const MATCH = 'out_measurement_match_pct';

export function render(ctx) {
  const w = ctx.data.quarter;
  const x = w.periods;
  const last = x.length - 1;
  const side = chartBlock({ id: 'outcomes-side-by-side', title: 'Health and social outcomes by quarter',
    summary: last < 0 ? 'No quarter has outcomes.' : `In ${periodText(x[last])}, ${valueText(w.m[HEALTH].v[last], '%')} of people with paired wellbeing scores improved meaningfully (health), and ${valueText(w.m[SOCIAL].v[last], '%')} of closed referrals achieved a social outcome.`,
    data: [
      { x, y: numbers(w.m[HEALTH].v), type: 'bar', name: 'Health: wellbeing meaningfully improved (%)', marker: { color: NHS.blue }, meta: { col: 0 } },
      { x, y: numbers(w.m[SOCIAL].v), type: 'bar', name: 'Social: social outcome achieved (%)', marker: { color: NHS.green, pattern: { shape: '/', fgcolor: '#ffffff', bgcolor: NHS.green, fillmode: 'overlay', solidity: 0.2 } }, meta: { col: 1 } },
    ],
    layout: { barmode: 'group', yaxis: { title: { text: '%' }, range: [0, 100] }, xaxis: { type: 'category' } },
    table: { caption: 'Health and social outcomes (%) by quarter', columns: [{ title: 'Quarter' }, { title: 'Health: wellbeing meaningfully improved (%)', numeric: true }, { title: 'Social: social outcome achieved (%)', numeric: true }],
      rows: x.map((p, i) => ({ x: p, cells: [w.m[HEALTH].v[i], w.m[SOCIAL].v[i]] })) } });
  const match = chartBlock({ id: 'outcomes-measurement-match', title: 'Measurement match by quarter',
    summary: last < 0 ? 'No quarter has outcomes.' : `Of closed referrals with a wider-determinant reason, ${valueText(w.m[MATCH].v[last], '%')} had a social outcome recorded in ${periodText(x[last])}: how well what link workers help with is matched by what is measured.`,
    data: [{ x, y: numbers(w.m[MATCH].v), type: 'scatter', mode: 'lines+markers', name: metric(MATCH).title, line: { color: NHS.purple, width: 3 }, meta: { col: 0 } }],
    layout: { yaxis: { title: { text: '%' }, range: [0, 100] }, xaxis: { type: 'category' } },
    table: { caption: 'Social outcomes recorded where needed (%) by quarter', columns: [{ title: 'Quarter' }, { title: `${metric(MATCH).title} (%)`, numeric: true }],
      rows: x.map((p, i) => ({ x: p, cells: [w.m[MATCH].v[i]] })) } });
  return h('div', {},
    viewHeading('Outcomes', 'Health outcomes (wellbeing scores before and after) side by side with social outcomes (housing, debt, benefits, food, fuel, employment, connection), because link workers increasingly help with the second.'),
    side, gpUse(ctx), gpUseCaveat(ctx), coverageChart(ctx), match, detail(ctx));
}

// The latest quarter in full, with intervals: a table rather than a chart.
function detail(ctx) {
  const w = ctx.data.quarter;
  const i = periodIndex(w.periods, ctx.period, 'quarter');
  const ids = ctx.index.metrics.filter((m) => m.group === 'Outcomes').map((m) => m.id).filter((id) => w.m[id]);
  if (i < 0) return null;
  const rows = ids.map((id) => {
    const s = w.m[id];
    const lo = s.lo ? s.lo[i] : null;
    const hi = s.hi ? s.hi[i] : null;
    return { x: id, head: metric(id).title, cells: [isNumber(s.v[i]) ? valueText(s.v[i], metric(id).unit) : s.v[i], isNumber(lo) ? interval(lo, hi, metric(id).unit) : '–'] };
  });
  return h('section', { class: 'app-section' }, h('h3', { class: 'nhsuk-heading-s' }, `All outcome measures, ${periodText(w.periods[i])}`),
    dataTable({ caption: `Outcome measures for ${ctx.node.name}, ${periodText(w.periods[i])}`, columns: [{ title: 'Measure' }, { title: 'Value' }, { title: '95% interval' }], rows }));
}
