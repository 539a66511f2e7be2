import { chartBlock, NHS } from '../chart.js';
import { loadPeers } from '../data.js';
import { h } from '../dom.js';
import { periodText } from '../format.js';

// Peers of the same age (docs/metrics.md): the national band of PCNs at each age in months, with the
// chosen ICB's PCNs placed on it at their own age, and the chosen PCN highlighted.
export async function peerSection(ctx) {
  const icb = ctx.node.level === 'PCN' ? ctx.node.parent : ctx.node.level === 'ICB' ? ctx.node.code : null;
  if (!icb) return null;
  const data = await loadPeers(icb);
  if (!data) return null;
  const select = h('select', { class: 'nhsuk-select', id: 'peer-metric' }, data.measures.map((m) => h('option', { value: m.id }, m.title)));
  const holder = h('div', {}, chart(ctx, data, data.measures[0]));
  select.addEventListener('change', async () => {
    document.body.dataset.ready = 'false';
    const block = chart(ctx, data, data.measures.find((m) => m.id === select.value));
    holder.replaceChildren(block);
    await block.render();
    document.body.dataset.ready = 'true';
  });
  return h('section', { class: 'app-peers', id: 'peers' },
    h('h3', { class: 'nhsuk-heading-m' }, 'Compared with PCNs at the same age'),
    h('p', { class: 'nhsuk-body' }, `The shaded band is the middle 80% (10th to 90th percentile) of every PCN in England at each number of months since its service began, with the median; each point is one of ${ctx.area(icb).name}'s PCNs in ${periodText(data.period)}, at its own age. Above or below the band is unusual for a PCN of that age, not better or worse in itself.`),
    h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: 'peer-metric' }, 'Measure compared with peers'), select),
    holder);
}

const placeLabel = (data, code) => (data.places.find((p) => p.code === code) || { label: 'No band at this age' }).label;

function chart(ctx, data, m) {
  const unit = m.unit ? ` (${m.unit})` : '';
  const band = (age) => { const i = m.ages.indexOf(age); return i < 0 ? null : { lower: m.lower[i], median: m.median[i], upper: m.upper[i] }; };
  const chosen = m.areas.filter((a) => a.code === ctx.node.code);
  const others = m.areas.filter((a) => a.code !== ctx.node.code);
  const row = (a, series) => {
    const b = band(a.age);
    return { x: String(a.age), series, head: a.name, cells: [a.age, a.value ?? '[x]', b ? b.lower : '[x]', b ? b.median : '[x]', b ? b.upper : '[x]', placeLabel(data, a.place)] };
  };
  const rows = [...others.map((a) => row(a, 'pcns')), ...chosen.map((a) => row(a, 'chosen'))];
  const points = (list, name, series, marker) => ({ x: list.map((a) => a.age), y: list.map((a) => a.value ?? null), type: 'scatter', mode: 'markers', name, marker,
    meta: { col: 1, series }, hovertemplate: '%{text}<br>%{x} months: %{y}<extra></extra>', text: list.map((a) => a.name) });
  const traces = [
    { x: m.ages, y: m.lower, type: 'scatter', mode: 'lines', name: '10th percentile', line: { color: NHS.midGrey, width: 1 }, hoverinfo: 'skip' },
    { x: m.ages, y: m.upper, type: 'scatter', mode: 'lines', name: '10th to 90th percentile of PCNs at the same age', fill: 'tonexty', fillcolor: 'rgba(118,134,146,0.25)', line: { color: NHS.midGrey, width: 1 }, hoverinfo: 'skip' },
    { x: m.ages, y: m.median, type: 'scatter', mode: 'lines', name: 'Median of PCNs at the same age', line: { color: NHS.grey, width: 2, dash: 'dash' }, hoverinfo: 'skip' },
    points(others, `PCNs of ${ctx.area(data.icb).name}`, 'pcns', { color: NHS.blue, size: 9, symbol: 'circle' }),
  ];
  if (chosen.length) traces.push(points(chosen, ctx.node.name, 'chosen', { color: '#212b32', size: 14, symbol: 'diamond', line: { color: '#ffffff', width: 2 } }));
  const count = (code) => m.areas.filter((a) => a.place === code).length;
  const own = chosen[0] ? ` ${ctx.node.name} (the black diamond) is ${chosen[0].place ? placeLabel(data, chosen[0].place).toLowerCase() : 'not placed: no band or value at its age'}.` : '';
  return chartBlock({ id: `peers-${m.id}`, title: `${m.title} against PCNs at the same age`,
    summary: `Of ${m.areas.length} PCNs, ${count('above')} are above the band for their age, ${count('within')} within it and ${count('below')} below it in ${periodText(data.period)}.${own}`,
    data: traces, height: 420,
    layout: { xaxis: { title: { text: 'Months since the link worker service began' } }, yaxis: { title: { text: `${m.title}${unit}` } }, showlegend: true },
    table: { caption: `${m.title}${unit}: each PCN against PCNs at the same age, ${periodText(data.period)}`,
      columns: [{ title: 'PCN' }, { title: 'Months since service began', numeric: true }, { title: `Value${unit}`, numeric: true }, { title: '10th percentile', numeric: true }, { title: 'Median', numeric: true }, { title: '90th percentile', numeric: true }, { title: 'Against PCNs at the same age' }],
      rows } });
}
