import { chartBlock, NHS, PALETTE } from '../chart.js';
import { h } from '../dom.js';
import { cell, series } from '../data.js';
import { isNumber, metric, periodText, shortPeriod, valueText } from '../format.js';
import { lastNumber, numbers, periodIndex, viewHeading } from './common.js';

const WIDER = 'ref_wider_determinants_pct';
// 'Reason: money debt benefits' -> 'Money debt benefits'.
const reasonName = (id) => { const t = metric(id).title.replace(/^Reason: /, ''); return t.charAt(0).toUpperCase() + t.slice(1); };

export function render(ctx) {
  const reasons = ctx.index.metrics.filter((m) => /^ref_reason_.+_pct$/.test(m.id)).map((m) => m.id);
  return h('div', {},
    viewHeading('Referral reasons', 'Why people are referred to link workers. A referral can have several reasons, so shares add up to more than 100%. The wider-determinants share (housing, money, food, fuel or employment) is the cost-of-living signal.'),
    widerShare(ctx), snapshot(ctx, reasons), overTime(ctx, reasons));
}

function widerShare(ctx) {
  const s = series(ctx.data, 'month', WIDER);
  const e = series(ctx.england, 'month', WIDER);
  const x = s.periods;
  const y = numbers(s.v);
  const ye = x.map((p) => { const c = cell(ctx.england, 'month', WIDER, p).v; return isNumber(c) ? c : null; });
  const traces = [{ x, y, name: ctx.node.name, type: 'scatter', mode: 'lines+markers', line: { color: NHS.blue, width: 3 }, meta: { col: 0 } }];
  const columns = [{ title: 'Month' }, { title: `${ctx.node.name} (%)`, numeric: true }];
  const isEngland = ctx.node.level === 'ENGLAND';
  if (!isEngland && e) {
    traces.push({ x, y: ye, name: 'England', type: 'scatter', mode: 'lines', line: { color: NHS.grey, width: 2, dash: 'dash' }, meta: { col: 1 } });
    columns.push({ title: 'England (%)', numeric: true });
  }
  const last = lastNumber(y);
  const summary = last < 0 ? 'No month has a published wider-determinants share for this area.'
    : `In ${periodText(x[last])}, ${valueText(y[last], '%')} of referrals had at least one wider-determinant reason${!isEngland && isNumber(ye[last]) ? ` (England ${valueText(ye[last], '%')})` : ''}.`;
  return chartBlock({ id: 'wider-share', title: 'Wider determinants share, by month', summary, data: traces,
    layout: { yaxis: { title: { text: '%' }, rangemode: 'tozero' }, xaxis: { type: 'date', tickformat: '%b %Y' } },
    table: { caption: 'Referrals with a wider-determinant reason (%), by month', columns,
      rows: x.map((p, i) => ({ x: p, head: shortPeriod(p), cells: isEngland || !e ? [s.v[i]] : [s.v[i], cell(ctx.england, 'month', WIDER, p).v] })) } });
}

function snapshot(ctx, reasons) {
  const w = ctx.data.r12;
  const i = periodIndex(w.periods, ctx.period, 'r12');
  const items = reasons.map((id) => ({ id, title: reasonName(id), v: i >= 0 ? w.m[id].v[i] : '[x]' }));
  items.sort((a, b) => (isNumber(b.v) ? b.v : -1) - (isNumber(a.v) ? a.v : -1));
  const shown = [...items].reverse();
  const top = items.filter((r) => isNumber(r.v)).slice(0, 3).map((r) => `${r.title} (${valueText(r.v, '%')})`);
  const summary = top.length ? `In the 12 months to ${periodText(ctx.period)}, the most common reasons were ${top.join(', ')}.` : 'No reason has a published share for this area and period.';
  return chartBlock({ id: 'reasons-r12', title: `Reasons for referral, 12 months to ${periodText(ctx.period)}`, summary, height: 520,
    data: [{ type: 'bar', orientation: 'h', y: shown.map((r) => r.title), x: shown.map((r) => (isNumber(r.v) ? r.v : null)), marker: { color: NHS.blue }, name: 'Share of referrals (%)', meta: { col: 0 } }],
    layout: { margin: { l: 200, r: 24, t: 16, b: 48 }, xaxis: { title: { text: '% of referrals' }, rangemode: 'tozero' }, yaxis: { type: 'category' } },
    table: { caption: `Share of referrals with each reason (%), 12 months to ${periodText(ctx.period)}`, columns: [{ title: 'Reason' }, { title: 'Share of referrals (%)', numeric: true }],
      rows: items.map((r) => ({ x: r.title, cells: [r.v] })) } });
}

function overTime(ctx, reasons) {
  const w = ctx.data.quarter;
  const x = w.periods;
  const ids = [WIDER, ...reasons];
  const traces = ids.map((id, k) => ({ x, y: numbers(w.m[id].v), type: 'scatter', mode: 'lines+markers', name: reasonName(id),
    line: { color: id === WIDER ? '#212b32' : PALETTE[k % PALETTE.length], width: id === WIDER ? 4 : 1.5 }, meta: { col: k } }));
  const last = x.length - 1;
  const summary = last < 0 ? 'No quarter has published reasons.' : `The chart shows each reason's share of referrals by financial quarter; the thick black line is the wider-determinants share, ${valueText(w.m[WIDER].v[last], '%')} in ${periodText(x[last])}.`;
  return chartBlock({ id: 'reasons-quarter', title: 'Reasons for referral over time, by quarter', summary, data: traces, height: 480,
    layout: { yaxis: { title: { text: '% of referrals' }, rangemode: 'tozero' }, xaxis: { type: 'category' }, legend: { orientation: 'h', y: -0.25, itemclick: false, itemdoubleclick: false } },
    table: { caption: 'Share of referrals with each reason (%), by quarter', columns: [{ title: 'Quarter' }, ...ids.map((id) => ({ title: reasonName(id), numeric: true }))],
      rows: x.map((p, i) => ({ x: p, head: p, cells: ids.map((id) => w.m[id].v[i]) })) } });
}
