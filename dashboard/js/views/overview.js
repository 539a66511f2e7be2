import { h } from '../dom.js';
import { cell } from '../data.js';
import { interval, isNumber, isShorthand, label, legendMeaning, metric, periodText, valueText } from '../format.js';
import { assuranceBadge, variationBadge } from '../icons.js';
import { viewHeading } from './common.js';
import { spcChart } from './spcChart.js';

const CARDS = ['wf_wte', 'ref_received', 'ref_rate_per_1k', 'ref_wait_median_days', 'ref_contact_14d_pct',
  'ref_wider_determinants_pct', 'out_wellbeing_paired_pct', 'out_social_outcome_pct', 'dq_completeness_pct'];

export function render(ctx) {
  const { node, period } = ctx;
  const cards = CARDS.map((id) => card(ctx, id));
  const caveats = [[node.level === 'ENGLAND' ? null : 'England', ctx.england], [ctx.parent ? `The ICB (${ctx.parent.name})` : null, ctx.parent]]
    .filter(([name, data]) => name && data && data !== ctx.data).map(([name, data]) => caveat(ctx, name, data)).filter((c) => c);
  const first = spcChart(ctx.data, 'ref_received', period);
  return h('div', {},
    viewHeading('Overview', `Headline figures for ${node.name} in ${periodText(period)}, each with its statistical judgement. Intervals are 95% confidence intervals.`),
    caveats.length ? h('div', { class: 'nhsuk-warning-callout app-caveat' }, h('h3', { class: 'nhsuk-warning-callout__label' }, h('span', { role: 'text' }, h('span', { class: 'nhsuk-u-visually-hidden' }, 'Important: '), 'Comparators with low completeness')), caveats.map((t) => h('p', {}, t))) : null,
    h('ul', { class: 'nhsuk-grid-row nhsuk-card-group app-cards' }, cards.map((c) => h('li', { class: 'nhsuk-grid-column-one-third nhsuk-card-group__item' }, c))),
    first);
}

function card(ctx, id) {
  const m = metric(id);
  const c = cell(ctx.data, 'month', id, ctx.period);
  const items = [];
  const spc = ctx.data.spc[id];
  const i = ctx.data.month.periods.indexOf(ctx.period);
  if (spc && i >= 0 && i < (spc.before || 0)) items.push(h('li', {}, spc.beforeLabel));
  if (spc && i >= 0 && spc.var[i]) {
    items.push(h('li', {}, variationBadge(spc.var[i], spc.labels[spc.var[i]])));
    const lastPoint = spc.var.reduce((last, v, k) => (v ? k : last), -1);
    if (spc.assurance && i === lastPoint) items.push(h('li', {}, assuranceBadge(spc.assurance, `${spc.assuranceLabel} (ICB plan for ${periodText(spc.targetPeriod)}: ${valueText(spc.target, m.unit)})`)));
  }
  if (c.e) items.push(h('li', {}, comparison('England', c.e, cell(ctx.england, 'month', id, ctx.period), m.unit)));
  if (c.p && ctx.parent) items.push(h('li', {}, comparison(`the ICB (${ctx.parent.name})`, c.p, cell(ctx.parent, 'month', id, ctx.period), m.unit)));
  const value = isShorthand(c.v)
    ? [h('p', { class: 'app-card__value' }, c.v), h('p', { class: 'nhsuk-body-s' }, `${legendMeaning(c.v)}.`)]
    : [h('p', { class: 'app-card__value' }, valueText(c.v, m.unit)), isNumber(c.lo) ? h('p', { class: 'nhsuk-body-s app-card__interval' }, interval(c.lo, c.hi, m.unit)) : null];
  return h('div', { class: 'nhsuk-card app-card', 'data-metric': id },
    h('div', { class: 'nhsuk-card__content' },
      h('h3', { class: 'nhsuk-card__heading nhsuk-heading-xs' }, m.title),
      value,
      items.length ? h('ul', { class: 'nhsuk-list app-card__judgements' }, items) : null,
      h('p', { class: 'nhsuk-body-s app-card__definition' }, m.definition)));
}

function comparison(name, code, other, unit) {
  const theirs = isNumber(other.v) ? ` (${valueText(other.v, unit)}${isNumber(other.lo) ? `, ${interval(other.lo, other.hi, unit)}` : ''})` : '';
  return h('span', { class: `app-compare app-compare--${code}` }, `Compared with ${name}${theirs}: `, h('strong', {}, label('comparison', code)));
}

// A comparator resting on under lowCompletenessPct% of its expected returns is flagged (docs/dashboard.md).
function caveat(ctx, name, data) {
  const c = cell(data, 'month', 'dq_completeness_pct', ctx.period);
  if (!isNumber(c.v) || c.v >= ctx.index.lowCompletenessPct) return null;
  return `${name} rests on ${valueText(c.v, '%')} of the returns expected for ${periodText(ctx.period)}, under ${ctx.index.lowCompletenessPct}%: its figures may not represent it, so compare with care.`;
}
