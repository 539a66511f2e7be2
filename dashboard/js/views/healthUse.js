import { chartBlock, NHS } from '../chart.js';
import { cell } from '../data.js';
import { h } from '../dom.js';
import { isNumber, metric, periodText, valueText } from '../format.js';
import { numbers, periodIndex } from './common.js';

// GP and A&E use before and after link-worker support (docs/metrics.md, "Health-service use"), with the
// regression-to-the-mean caveat beside the figures and how much of each outcome is measured.
const GP = 'use_gp_change_mean';
const AE = 'use_ae_change_mean';
const REDUCED = 'use_gp_reduced_pct';
const COVERAGE = 'use_coverage_pct';
const PAIRED = 'out_wellbeing_paired_pct';
const MATCH = 'out_measurement_match_pct';

const values = (w, id) => (w.m[id] ? w.m[id].v : w.periods.map(() => '[x]'));

// Null where a judgement on GP use is fair to make; otherwise the words to show instead (coverage first).
export function unjudgeable(rule, coverage, early) {
  if (!isNumber(coverage) || coverage < rule.minimumCoveragePct) return rule.notEnoughMeasured;
  return early === 'yes' ? rule.tooEarly : null;
}

export function gpUse(ctx) {
  const w = ctx.data.quarter;
  const x = w.periods;
  const i = periodIndex(x, ctx.period, 'quarter');
  const gp = values(w, GP);
  const ae = values(w, AE);
  const reduced = values(w, REDUCED);
  const coverage = values(w, COVERAGE);
  const summary = i < 0 || !isNumber(gp[i])
    ? 'No quarter has published GP-use figures for this area: its practices may not be counting them yet (schema version 2 returns), or too few people were counted to publish.'
    : `In ${periodText(x[i])}, GP consultations changed by ${valueText(gp[i], metric(GP).unit)} per person in the six months after support compared with the six months before; ${valueText(reduced[i], '%')} of people had fewer. A&E attendances changed by ${valueText(ae[i], metric(AE).unit)} per person. These were counted for ${valueText(coverage[i], '%')} of the people due.`;
  return chartBlock({ id: 'outcomes-gp-use', title: 'Health: GP and A&E use after support compared with before, by quarter',
    summary,
    data: [
      { x, y: numbers(gp), type: 'bar', name: 'GP consultations: change per person', marker: { color: NHS.darkBlue }, meta: { col: 0 } },
      { x, y: numbers(ae), type: 'bar', name: 'A&E attendances: change per person', marker: { color: NHS.aqua }, meta: { col: 1 } },
    ],
    layout: { barmode: 'group', yaxis: { title: { text: 'change per person (after minus before)' }, zeroline: true, zerolinecolor: '#425563' }, xaxis: { type: 'category' } },
    table: { caption: 'GP and A&E use: change per person, six months after minus six months before, by quarter',
      columns: [{ title: 'Quarter' }, { title: 'GP consultations: change per person', numeric: true }, { title: 'A&E attendances: change per person', numeric: true }],
      rows: x.map((p, k) => ({ x: p, cells: [gp[k], ae[k]] })) } });
}

// The caveat in words, and whether a judgement on GP use is fair to make for this area and quarter.
export function gpUseCaveat(ctx) {
  const rule = ctx.index.labels.healthServiceUse;
  const w = ctx.data.quarter;
  const i = periodIndex(w.periods, ctx.period, 'quarter');
  const coverage = i < 0 ? null : values(w, COVERAGE)[i];
  const early = cell(ctx.data, 'month', 'too_early_to_judge', ctx.period).v;
  const verdict = unjudgeable(rule, coverage, early);
  const judgement = verdict === rule.notEnoughMeasured
    ? `${capital(verdict)}: GP use was counted for ${isNumber(coverage) ? valueText(coverage, '%') : 'too few'} of the people whose six months after support ended, under the ${rule.minimumCoveragePct}% needed to say anything either way.`
    : verdict
      ? `${capital(verdict)}: the service is under 24 months old or has fewer than 12 monthly points, so read GP use as an early sign only.`
      : `Enough is measured to judge: GP use was counted for ${valueText(coverage, '%')} of the people due.`;
  return h('div', { class: 'nhsuk-inset-text app-caveat', id: 'outcomes-gp-use-caveat', 'data-verdict': verdict || 'fair' },
    h('span', { class: 'nhsuk-u-visually-hidden' }, 'Important: '),
    h('p', {}, h('strong', {}, 'Why this is not the whole effect. '), rule.caveat),
    h('p', { class: 'app-caveat__verdict' }, judgement));
}

export function coverageChart(ctx) {
  const w = ctx.data.quarter;
  const x = w.periods;
  const i = periodIndex(x, ctx.period, 'quarter');
  const paired = values(w, PAIRED);
  const use = values(w, COVERAGE);
  const match = values(w, MATCH);
  const series = [
    ['Health: wellbeing measured before and after (%)', paired, NHS.blue, 'solid'],
    ['Health: GP and A&E use measured (%)', use, NHS.darkBlue, 'dash'],
    ['Social: social outcomes recorded where needed (%)', match, NHS.green, 'dot'],
  ];
  return chartBlock({ id: 'outcomes-coverage', title: 'How much of each outcome is measured, by quarter',
    summary: i < 0 ? 'No quarter has outcomes.' : `In ${periodText(x[i])}: wellbeing was measured before and after for ${valueText(paired[i], '%')} of closed referrals, GP and A&E use for ${valueText(use[i], '%')} of the people due, and social outcomes were recorded for ${valueText(match[i], '%')} of referrals with a wider-determinant reason. An outcome measured for few people says little either way.`,
    data: series.map(([name, v, color, dash], col) => ({ x, y: numbers(v), type: 'scatter', mode: 'lines+markers', name, line: { color, width: 3, dash }, meta: { col } })),
    layout: { yaxis: { title: { text: '% measured' }, range: [0, 100] }, xaxis: { type: 'category' } },
    table: { caption: 'How much of each outcome is measured (%), by quarter', columns: [{ title: 'Quarter' }, ...series.map(([name]) => ({ title: name, numeric: true }))],
      rows: x.map((p, k) => ({ x: p, cells: series.map(([, v]) => v[k]) })) } });
}

const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
