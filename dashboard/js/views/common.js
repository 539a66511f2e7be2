import { h } from '../dom.js';
import { isNumber, metric, periodText } from '../format.js';

export function viewHeading(title, ...intro) {
  return [h('h2', { class: 'nhsuk-heading-l app-view__heading', tabindex: '-1' }, title), intro.map((p) => h('p', { class: 'nhsuk-body' }, p))];
}

// The financial quarter (as the data names it, 2024-Q1 = April to June 2024) holding a month.
export function quarterOf(period) {
  const [y, m] = period.split('-').map(Number);
  return `${m >= 4 ? y : y - 1}-Q${Math.floor(((m + 8) % 12) / 3) + 1}`;
}

// The index of the period in a window's periods that the chosen month falls in (or the last before it).
export function periodIndex(periods, period, window) {
  const wanted = window === 'quarter' ? quarterOf(period) : period;
  let best = -1;
  periods.forEach((p, i) => { if (p <= wanted) best = i; });
  return best;
}

export const numbers = (values) => values.map((v) => (isNumber(v) ? v : null));

export function lastNumber(values) {
  for (let i = values.length - 1; i >= 0; i -= 1) if (isNumber(values[i])) return i;
  return -1;
}

export function unitTitle(id) {
  const m = metric(id);
  return m.unit ? `${m.title} (${m.unit})` : m.title;
}

export function noData(text) {
  return h('div', { class: 'nhsuk-inset-text' }, h('span', { class: 'nhsuk-u-visually-hidden' }, 'Information: '), h('p', {}, text));
}

export function levelWords(node) {
  return { ENGLAND: 'regions', REGION: 'ICBs', ICB: 'PCNs', PCN: 'PCNs' }[node.level];
}

export const periodSentence = (p) => periodText(p);
