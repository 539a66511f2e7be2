import { chartBlock, NHS, PALETTE } from '../chart.js';
import { h } from '../dom.js';
import { isNumber, metric, periodText, shortPeriod } from '../format.js';
import { noData, viewHeading } from './common.js';
import { peerSection } from './peers.js';

const CHOICES = ['ref_rate_per_1k', 'wf_wte_per_10k', 'ref_contact_14d_pct', 'ref_wait_median_days'];
const MATURE = 24;

// Programmes started at different times: lining them up by months since the service began compares
// a young programme with others at the same age, not with mature ones.
export async function render(ctx) {
  const group = ctx.node.level === 'PCN' ? ctx.node.parent : ctx.node.code;
  const children = await ctx.loadChildren(group);
  const heading = viewHeading('Maturity: programmes compared at the same age',
    `Each line is one ${ctx.node.level === 'PCN' || ctx.node.level === 'ICB' ? 'PCN' : ctx.node.level === 'REGION' ? 'ICB' : 'region'} of ${ctx.area(group).name}, drawn against the months since its link worker service began rather than the calendar. Judgements before ${MATURE} months are too early.`);
  if (!children || children.children.length === 0) return h('div', {}, heading, noData('There are no areas below this one to compare.'));
  const select = h('select', { class: 'nhsuk-select', id: 'maturity-metric' }, CHOICES.map((id) => h('option', { value: id }, metric(id).title)));
  const holder = h('div', {});
  const draw = async () => {
    const block = chart(ctx, children.children, select.value);
    holder.replaceChildren(block);
    await block.render();
  };
  select.addEventListener('change', draw);
  holder.append(chart(ctx, children.children, CHOICES[0]));
  return h('div', {}, heading, await peerSection(ctx),
    h('h3', { class: 'nhsuk-heading-m' }, 'Each area over time'),
    h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: 'maturity-metric' }, 'Measure'), select), holder);
}

function chart(ctx, children, id) {
  const m = metric(id);
  const traces = [];
  const rows = [];
  children.forEach((child, k) => {
    const w = child.month;
    const maturity = w.m.maturity_months.v;
    const values = w.m[id].v;
    const xs = [];
    const ys = [];
    w.periods.forEach((p, i) => {
      if (!isNumber(maturity[i]) || maturity[i] < 0) return;
      xs.push(maturity[i]);
      ys.push(isNumber(values[i]) ? values[i] : null);
      rows.push({ x: String(maturity[i]), series: child.code, head: child.name, cells: [shortPeriod(p), maturity[i], values[i]] });
    });
    const current = child.code === ctx.node.code;
    traces.push({ x: xs, y: ys, type: 'scatter', mode: 'lines+markers', name: child.name, connectgaps: false,
      line: { color: current ? '#212b32' : PALETTE[k % PALETTE.length], width: current ? 4 : 1.5 }, marker: { size: current ? 7 : 4 },
      meta: { col: 2, series: child.code }, hovertemplate: `${child.name}<br>%{x} months: %{y}<extra></extra>` });
  });
  const withData = traces.filter((t) => t.y.some(isNumber)).length;
  const young = children.filter((c) => { const v = c.month.m.maturity_months.v; const last = v[v.length - 1]; return isNumber(last) && last < MATURE; }).length;
  const summary = `${withData} of ${children.length} areas have published ${m.title.toLowerCase()} figures. ${young} ${young === 1 ? 'is' : 'are'} under ${MATURE} months old at ${periodText(ctx.index.latest)}, so too early to judge.${ctx.node.level === 'PCN' ? ` ${ctx.node.name} is the thick black line.` : ''}`;
  const maxX = Math.max(MATURE + 1, ...traces.flatMap((t) => t.x));
  traces.push({ x: [MATURE, MATURE], y: [0, 1], yaxis: 'y2', type: 'scatter', mode: 'lines', name: `${MATURE} months: old enough to judge`, line: { color: NHS.grey, dash: 'dot', width: 2 }, hoverinfo: 'skip' });
  return chartBlock({ id: `maturity-${id}`, title: `${m.title} by months since the service began`, summary, data: traces, height: 440,
    layout: { xaxis: { title: { text: 'Months since the link worker service began' }, range: [0, maxX + 1] }, yaxis: { title: { text: m.unit } },
      yaxis2: { overlaying: 'y', range: [0, 1], visible: false, fixedrange: true }, showlegend: children.length <= 12 },
    table: { caption: `${m.title} by months since the service began, for each area`, columns: [{ title: 'Area' }, { title: 'Month' }, { title: 'Months since service began', numeric: true }, { title: m.unit ? `${m.title} (${m.unit})` : m.title, numeric: true }],
      rows } });
}
