import { chartBlock, NHS } from '../chart.js';
import { h } from '../dom.js';
import { cell } from '../data.js';
import { isNumber, label, metric, periodText, valueText } from '../format.js';
import { periodIndex, viewHeading } from './common.js';

const DIMENSIONS = [
  ['imd', 'Deprivation (IMD quintile, 1 = most deprived)'],
  ['ethnic_group', 'Ethnic group'],
  ['age_band', 'Age'],
  ['sex', 'Sex'],
];

export function render(ctx) {
  const w = ctx.data.r12;
  const i = periodIndex(w.periods, ctx.period, 'r12');
  const q1 = cell(ctx.data, 'r12', 'ref_imd_q1_pct', ctx.period);
  const eq1 = cell(ctx.england, 'r12', 'ref_imd_q1_pct', ctx.period);
  const intro = isNumber(q1.v)
    ? `In the 12 months to ${periodText(ctx.period)}, ${valueText(q1.v, '%')} of referrals with a known deprivation decile came from the most deprived fifth of areas${ctx.node.level !== 'ENGLAND' && isNumber(eq1.v) ? ` (England ${valueText(eq1.v, '%')})` : ''}.`
    : `The share of referrals from the most deprived fifth is ${q1.v} for the 12 months to ${periodText(ctx.period)}.`;
  return h('div', {},
    viewHeading('Equity: who is referred', intro, 'Counts below England level are rounded to the nearest 5, and counts of 1 to 7 are withheld ([c]).'),
    DIMENSIONS.map(([dimension, title]) => chart(ctx, w, i, dimension, title)));
}

function chart(ctx, w, i, dimension, title) {
  const ids = Object.keys(w.m).filter((id) => id.startsWith(`ref_by_${dimension}_`));
  // Titles are "Referrals: {dimension} {group}", both in the domain's words (index.json labels.codes).
  const prefix = `Referrals: ${label('codes', dimension)} `;
  const items = ids.map((id) => { const t = metric(id).title; return { id, name: t.startsWith(prefix) ? t.slice(prefix.length) : t, v: i >= 0 ? w.m[id].v[i] : '[x]' }; });
  const known = items.filter((r) => isNumber(r.v));
  const total = known.reduce((sum, r) => sum + r.v, 0);
  const top = [...known].sort((a, b) => b.v - a.v)[0];
  const hidden = items.filter((r) => r.v === '[c]').length;
  const summary = top ? `The largest group is ${top.name}, with ${valueText(top.v)} referrals of the ${valueText(total)} shown.${hidden ? ` ${hidden} group${hidden === 1 ? ' is' : 's are'} withheld ([c]).` : ''}`
    : 'No group has a published count for this area and period.';
  return chartBlock({ id: `equity-${dimension}`, title: `Referrals by ${title.toLowerCase()}, 12 months to ${periodText(ctx.period)}`, summary,
    data: [{ x: items.map((r) => r.name), y: items.map((r) => (isNumber(r.v) ? r.v : null)), type: 'bar', name: 'Referrals', marker: { color: NHS.blue }, meta: { col: 0 } }],
    layout: { xaxis: { type: 'category' }, yaxis: { title: { text: 'Referrals' }, rangemode: 'tozero' } },
    table: { caption: `Referrals by ${title.toLowerCase()}`, columns: [{ title: title }, { title: 'Referrals', numeric: true }], rows: items.map((r) => ({ x: r.name, cells: [r.v] })) } });
}
