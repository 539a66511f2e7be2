// Formatting shared by cards, charts and tables, so a table shows exactly what its chart draws.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

let index = null;
export function useIndex(value) { index = value; }
export const metric = (id) => index.metrics.find((m) => m.id === id) || { id, title: id, unit: '', polarity: 'neutral', definition: '' };
export const area = (code) => index.areas.find((a) => a.code === code);
export const LEVELS = { ENGLAND: 'England', REGION: 'Region', ICB: 'ICB', PCN: 'PCN' };

export const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
export const isShorthand = (v) => typeof v === 'string' && /^\[[a-z]+\]$/.test(v);

export function number(v, digits = 2) {
  return v.toLocaleString('en-GB', { maximumFractionDigits: digits });
}

// Table cells carry up to 4 decimals so that a chart's value can be read back exactly.
export function cellText(v) {
  if (isNumber(v)) return number(v, 4);
  if (v === null || v === undefined || v === '') return '[x]';
  return String(v);
}

export function valueText(v, unit) {
  if (!isNumber(v)) return cellText(v);
  if (unit === '%') return `${number(v, 1)}%`;
  return unit ? `${number(v)} ${unit}` : number(v);
}

export function periodText(period) {
  const m = /^(\d{4})-(\d{2})$/.exec(period || '');
  if (m) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  const q = /^(\d{4})-Q(\d)$/.exec(period || '');
  if (q) return quarterText(Number(q[1]), Number(q[2]));
  return period || '';
}

// A financial quarter as people say it: 2026-Q3 is "Q3 2026-27 (Oct–Dec 2026)" (docs/dashboard.md).
function quarterText(year, n) {
  const first = (n - 1) * 3 + 3;
  const calendar = n === 4 ? year + 1 : year;
  const month = (k) => MONTHS[(first + k) % 12].slice(0, 3);
  return `Q${n} ${year}-${String((year + 1) % 100).padStart(2, '0')} (${month(0)}–${month(2)} ${calendar})`;
}

// A quarter for an axis tick: "Q3 2026-27".
export function quarterShort(period) {
  const q = /^(\d{4})-Q(\d)$/.exec(period || '');
  return q ? `Q${q[2]} ${q[1]}-${String((Number(q[1]) + 1) % 100).padStart(2, '0')}` : period;
}

export function shortPeriod(period) {
  const m = /^(\d{4})-(\d{2})$/.exec(period || '');
  return m ? `${MONTHS[Number(m[2]) - 1].slice(0, 3)} ${m[1]}` : period;
}

export const legendMeaning = (code) => (index.legend.find((l) => l.code === code) || {}).meaning || '';
export const label = (kind, code) => (code && index.labels[kind] && index.labels[kind][code]) || '';
export const colour = (code) => index.labels.colours[code] || '#425563';

export function interval(lo, hi, unit) {
  return isNumber(lo) && isNumber(hi) ? `95% interval ${valueText(lo, unit)} to ${valueText(hi, unit)}` : '';
}

export function list(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
