import { chartBlock, NHS } from '../chart.js';
import { series } from '../data.js';
import { colour, isNumber, label, metric, periodText, shortPeriod, valueText } from '../format.js';
import { assuranceBadge, variationBadge } from '../icons.js';
import { lastNumber, numbers, periodIndex } from './common.js';

const SYMBOLS = { improvement: 'circle', concern: 'diamond', neutral_high: 'square', neutral_low: 'square' };

// A Making Data Count XmR chart drawn from the limits and judgements the publish step made (never judged here).
// The sentence describes the chosen period (the latest when none is chosen).
export function spcChart(data, id, period) {
  const m = metric(id);
  const s = series(data, 'month', id);
  if (!s) return null;
  const spc = data.spc[id];
  const x = s.periods;
  const before = spc && spc.before ? spc.before : 0;
  // Months before the service began are not part of the series: drawn as gaps, not zeros.
  const y = numbers(s.v).map((v, i) => (i < before ? null : v));
  const flat = (value) => x.map(() => value);
  const traces = [{ x, y, name: m.title, type: 'scatter', mode: 'lines+markers', connectgaps: false,
    line: { color: NHS.grey, width: 2 }, marker: { color: NHS.grey, size: 6 }, meta: { col: 0 }, hovertemplate: `%{x|%b %Y}: %{y}<extra>${m.title}</extra>` }];
  const columns = [{ title: 'Month' }, { title: m.unit ? `${m.title} (${m.unit})` : m.title, numeric: true }];
  if (spc) {
    traces.push({ x, y: flat(spc.centre), name: 'Centre line (mean)', type: 'scatter', mode: 'lines', line: { color: '#212b32', width: 1.5 }, meta: { col: 1 }, hoverinfo: 'skip' });
    traces.push({ x, y: flat(spc.lower), name: 'Process limits', type: 'scatter', mode: 'lines', line: { color: NHS.midGrey, width: 1.5, dash: 'dash' }, meta: { col: 2 }, hoverinfo: 'skip' });
    traces.push({ x, y: flat(spc.upper), name: 'Upper process limit', showlegend: false, type: 'scatter', mode: 'lines', line: { color: NHS.midGrey, width: 1.5, dash: 'dash' }, meta: { col: 3 }, hoverinfo: 'skip' });
    columns.push({ title: 'Centre line', numeric: true }, { title: 'Lower process limit', numeric: true }, { title: 'Upper process limit', numeric: true });
    if (isNumber(spc.target)) {
      traces.push({ x, y: flat(spc.target), name: `Target (ICB plan for ${periodText(spc.targetPeriod)}, ${spc.target})`, type: 'scatter', mode: 'lines', line: { color: colour('target'), width: 2, dash: 'dot' }, meta: { col: 4 }, hoverinfo: 'skip' });
      columns.push({ title: 'Target (ICB plan)', numeric: true });
    }
    for (const code of Object.keys(spc.labels).filter((c) => c !== 'common_cause')) {
      const at = x.map((_, i) => i).filter((i) => spc.var[i] === code);
      traces.push({ x: at.map((i) => x[i]), y: at.map((i) => y[i]), name: spc.labels[code], type: 'scatter', mode: 'markers',
        marker: { color: colour(code), size: 12, symbol: SYMBOLS[code] || 'circle', line: { color: '#212b32', width: 1 } },
        hovertemplate: `%{x|%b %Y}: %{y}<extra>${spc.labels[code]}</extra>` });
    }
    columns.push({ title: 'Special cause' });
  }
  const rows = x.map((p, i) => {
    const cells = [i < before ? '[z]' : s.v[i]];
    if (spc) {
      cells.push(spc.centre, spc.lower, spc.upper);
      if (isNumber(spc.target)) cells.push(spc.target);
      const rule = spc.rule[i];
      cells.push(i < before ? spc.beforeLabel : rule && rule !== 'none' ? `${spc.labels[spc.var[i]]}: ${label('rule', rule)}` : rule === 'none' ? 'No' : '–');
    }
    return { x: p, head: shortPeriod(p), cells };
  });
  const badges = spc ? [variationBadge(spc.variation, spc.variationLabel), spc.assurance ? assuranceBadge(spc.assurance, spc.assuranceLabel) : null] : null;
  return chartBlock({ id: `spc-${id}`, title: `${m.title}: statistical process control chart`, summary: summary(m, s, y, spc, period), badges,
    data: traces, layout: { yaxis: { title: { text: m.unit || '' } }, xaxis: { type: 'date', tickformat: '%b %Y' } },
    table: { caption: `${m.title} by month, with the centre line and process limits`, columns, rows } });
}

function summary(m, s, y, spc, period) {
  const latest = lastNumber(y);
  if (latest < 0) return `${m.title}: no month has a published figure for this area.`;
  const chosen = period ? periodIndex(s.periods, period, 'month') : latest;
  const at = chosen >= 0 && isNumber(y[chosen]) ? chosen : -1;
  const parts = [at >= 0 ? `${m.title} was ${valueText(y[at], m.unit)} in ${periodText(s.periods[at])}.`
    : `${m.title} has no published figure for ${periodText(period)}${spc && chosen >= 0 && chosen < (spc.before || 0) ? ` (${spc.beforeLabel.toLowerCase()})` : ''}.`];
  if (!spc) return `${parts[0]} There are too few published months to draw process limits.`;
  parts.push(`The centre line (the mean) is ${valueText(spc.centre, m.unit)} and the process limits are ${valueText(spc.lower, m.unit)} to ${valueText(spc.upper, m.unit)}${spc.trial ? `; ${spc.trialLabel.toLowerCase()}, so treat them as provisional` : ''}.`);
  if (at >= 0 && spc.var[at]) parts.push(`${periodText(s.periods[at])} shows ${spc.labels[spc.var[at]].toLowerCase()}.`);
  const special = spc.var.filter((v) => v && v !== 'common_cause').length;
  const judged = spc.var.filter((v) => v).length;
  parts.push(special === 0 ? 'No month is special cause.' : `${special} of ${judged} months are special cause, marked on the chart.`);
  if (spc.assurance) parts.push(`Against the ICB plan for ${periodText(spc.targetPeriod)} of ${valueText(spc.target, m.unit)}, judged at ${periodText(s.periods[lastJudged(spc)])}: ${spc.assuranceLabel.toLowerCase()}.`);
  if (spc.before) parts.push(`The first ${spc.before} month${spc.before === 1 ? ' is' : 's are'} before the service began and not part of the series.`);
  const gaps = s.v.filter((v) => v === '[c]').length;
  if (gaps) parts.push(`${gaps} month${gaps === 1 ? ' is' : 's are'} withheld ([c]) and left out of the limits.`);
  return parts.join(' ');
}

function lastJudged(spc) {
  return spc.var.reduce((last, v, k) => (v ? k : last), -1);
}
