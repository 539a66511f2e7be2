import { chartBlock, NHS } from '../chart.js';
import { loadReadiness } from '../data.js';
import { h } from '../dom.js';
import { periodText } from '../format.js';
import { dataTable } from '../table.js';
import { noData, viewHeading } from './common.js';

// Review readiness (docs/metrics.md): for a review date the commissioner picks, past or future, how many
// PCNs could fairly be judged, why the rest could not, and when the share reaches the threshold.
export async function render(ctx) {
  const code = ctx.node.level === 'PCN' ? ctx.node.parent : ctx.node.code;
  const data = await loadReadiness(code);
  const heading = viewHeading('Review readiness: when is it fair to judge?',
    'A PCN is fair to judge when its link worker service has run for at least 24 months, it has made at least 12 monthly returns since the service began, and it made returns for at least 10 of the 12 months up to the review date. An area is fair to judge when at least 80% of its open PCNs are. Choose a review date, past or future.');
  if (!data) return h('div', {}, heading, noData('No readiness figures have been published for this area.'));
  const months = monthsBetween(data.first, data.last);
  const start = months.includes(ctx.period) ? ctx.period : data.latest;
  const select = h('select', { class: 'nhsuk-select', id: 'readiness-review' },
    months.map((m) => h('option', { value: m, selected: m === start }, `${periodText(m)}${m > data.latest ? ' (projected)' : ''}`)));
  const holder = h('div', {}, content(ctx, data, months, start));
  // The page is "ready" again once the new date's charts are drawn, as after any other render.
  select.addEventListener('change', async () => {
    document.body.dataset.ready = 'false';
    holder.replaceChildren(content(ctx, data, months, select.value));
    await Promise.all([...holder.querySelectorAll('.app-chart')].map((b) => b.render()));
    document.body.dataset.ready = 'true';
  });
  return h('div', {}, heading,
    h('div', { class: 'nhsuk-form-group' },
      h('label', { class: 'nhsuk-label', for: 'readiness-review' }, 'Review date'),
      h('div', { class: 'nhsuk-hint', id: 'readiness-review-hint' }, `Figures up to ${periodText(data.latest)} are from returns; later dates assume every open PCN keeps making its return.`),
      select), holder);
}

function monthsBetween(first, last) {
  const out = [];
  let [y, m] = first.split('-').map(Number);
  for (;;) {
    const p = `${y}-${String(m).padStart(2, '0')}`;
    out.push(p);
    if (p >= last) return out;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
}

const pct = (fair, considered) => (considered > 0 ? Math.round((1000 * fair) / considered) / 10 : null);
const when = (month) => (month ? periodText(month) : 'not within three years of the latest returns');

function content(ctx, data, months, review) {
  const i = months.indexOf(review);
  const name = ctx.area(data.area).name;
  const share = pct(data.fair[i], data.considered[i]);
  const fair = share !== null && share >= data.share;
  const projected = review > data.latest;
  const lines = [
    `At the end of ${periodText(review)}${projected ? ' (projected)' : ''}, ${data.fair[i]} of ${data.considered[i]} open PCNs in ${name}${share === null ? '' : ` (${share}%)`} ${projected ? 'will be' : 'were'} fair to judge, so ${name} ${fair ? 'is' : 'is not'} fair to judge at that date.`,
    `${data.share}% of its PCNs are fair to judge from ${when(data.reached)}.`,
  ];
  if (ctx.node.level !== 'ICB' && ctx.node.level !== 'PCN') {
    const ready = data.children.filter((c) => { const s = pct(c.fair[i], c.considered[i]); return s !== null && s >= data.share; }).length;
    lines.push(`${ready} of ${data.children.length} ICBs ${projected ? 'will be' : 'were'} fair to judge at that date.`);
  }
  if (ctx.node.level === 'PCN') {
    const own = data.children.find((c) => c.code === ctx.node.code);
    if (own) lines.push(`${ctx.node.name}: ${reasonLabel(data, own.status[i])}. Fair to judge from ${when(own.reached)}.`);
  }
  return h('div', {},
    h('div', { class: `nhsuk-inset-text app-readiness__answer`, id: 'readiness-answer' }, lines.map((l) => h('p', {}, l))),
    shareChart(data, months, review, name),
    reasonChart(data, i, review, name),
    childTable(ctx, data, i, review));
}

function reasonLabel(data, letter) {
  return (data.reasons.find((r) => r.letter === letter) || { label: 'Not known' }).label;
}

function shareChart(data, months, review, name) {
  const ys = months.map((_, k) => pct(data.fair[k], data.considered[k]));
  const rows = months.map((m, k) => ({ x: m, head: periodText(m), cells: [data.fair[k], data.considered[k], ys[k] === null ? '[x]' : ys[k], m > data.latest ? 'Projected' : 'Returns'] }));
  const line = (x, label, colour, dash) => ({ type: 'line', xref: 'x', yref: 'paper', x0: x, x1: x, y0: 0, y1: 1, line: { color: colour, width: 2, dash }, label: { text: label } });
  return chartBlock({ id: 'readiness-share', title: `PCNs fair to judge in ${name}, by month`,
    summary: `The share of ${name}'s open PCNs that are fair to judge at the end of each month, against the ${data.share}% line. Months after ${periodText(data.latest)} are projected. The review date, ${periodText(review)}, is marked.`,
    data: [{ x: months, y: ys, type: 'scatter', mode: 'lines', name: 'PCNs fair to judge (%)', line: { color: NHS.blue, width: 3 }, connectgaps: false,
      meta: { col: 2 }, hovertemplate: '%{x|%b %Y}: %{y}%<extra></extra>' }],
    layout: { xaxis: { title: { text: 'Month' }, type: 'date' }, yaxis: { title: { text: '% of open PCNs' }, range: [0, 100] }, showlegend: false,
      shapes: [line(review, 'Review date', NHS.darkBlue, 'solid'), line(data.latest, 'Latest returns', NHS.midGrey, 'dot'),
        { type: 'line', xref: 'paper', yref: 'y', x0: 0, x1: 1, y0: data.share, y1: data.share, line: { color: NHS.grey, width: 2, dash: 'dash' } }] },
    table: { caption: `PCNs fair to judge in ${name}, by month`, columns: [{ title: 'Month' }, { title: 'PCNs fair to judge', numeric: true }, { title: 'Open PCNs', numeric: true }, { title: 'Fair to judge (%)', numeric: true }, { title: 'Source' }], rows } });
}

const REASONS = [['fair', 'F'], ['too_young', 'Y'], ['too_few_points', 'P'], ['missing_returns', 'M'], ['not_started', 'S']];

function reasonChart(data, i, review, name) {
  const counts = REASONS.map(([key]) => (key === 'fair' ? data.fair[i] : data[key][i]));
  const labels = REASONS.map(([, letter]) => reasonLabel(data, letter));
  const rows = labels.map((label, k) => ({ x: label, head: label, cells: [counts[k]] }));
  const notFair = counts.slice(1).reduce((a, b) => a + b, 0);
  return chartBlock({ id: 'readiness-reasons', title: `Why PCNs in ${name} are or are not fair to judge, ${periodText(review)}`,
    summary: `Of ${data.considered[i]} open PCNs, ${counts[0]} are fair to judge and ${notFair} are not: ${counts[1]} too young, ${counts[2]} with too few monthly returns, ${counts[3]} with missing recent returns and ${counts[4]} where no link worker has started. Each PCN is counted once, under the first rule it fails. Closed PCNs are not counted.`,
    data: [{ x: counts, y: labels, type: 'bar', orientation: 'h', name: 'PCNs', marker: { color: [NHS.green, NHS.orange, NHS.warmYellow, NHS.pink, NHS.midGrey] },
      meta: { col: 0 }, hovertemplate: '%{y}: %{x}<extra></extra>' }],
    height: 300,
    layout: { xaxis: { title: { text: 'PCNs' }, rangemode: 'tozero' }, yaxis: { autorange: 'reversed' }, margin: { l: 24, r: 24, t: 16, b: 56 }, showlegend: false },
    table: { caption: `PCNs by readiness, ${periodText(review)}`, columns: [{ title: 'Readiness' }, { title: 'PCNs', numeric: true }], rows } });
}

function childTable(ctx, data, i, review) {
  const pcns = data.children.length > 0 && data.children[0].level === 'PCN';
  const rows = data.children.map((c) => {
    const mark = c.code === ctx.node.code ? ' (this PCN)' : '';
    if (pcns) return { x: c.code, head: `${c.name}${mark}`, cells: [c.code, reasonLabel(data, c.status[i]), when(c.reached)] };
    const s = pct(c.fair[i], c.considered[i]);
    return { x: c.code, head: c.name, cells: [c.code, c.fair[i], c.considered[i], s === null ? '[x]' : s, s !== null && s >= data.share ? 'Yes' : 'No', when(c.reached)] };
  });
  const columns = pcns
    ? [{ title: 'PCN' }, { title: 'Code' }, { title: `At ${periodText(review)}` }, { title: 'Fair to judge from' }]
    : [{ title: 'ICB' }, { title: 'Code' }, { title: 'PCNs fair to judge', numeric: true }, { title: 'Open PCNs', numeric: true }, { title: 'Fair to judge (%)', numeric: true }, { title: `ICB fair to judge at ${periodText(review)}` }, { title: `${data.share}% of PCNs fair to judge from` }];
  return h('section', { class: 'app-readiness__children', id: 'readiness-children' },
    h('h3', { class: 'nhsuk-heading-s' }, pcns ? 'Each PCN at the review date' : 'Each ICB at the review date'),
    dataTable({ caption: `${pcns ? 'PCNs' : 'ICBs'} of ${ctx.area(data.area).name}: fair to judge at ${periodText(review)}`, columns, rows }));
}
