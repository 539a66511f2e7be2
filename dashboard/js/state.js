// The page's state lives in the address (#area=QE1&view=spc&period=2024-03), so links, the back
// button and bookmarks all work, and nothing is stored anywhere else.
export const VIEWS = [
  ['overview', 'Overview'],
  ['spc', 'Trends (SPC)'],
  ['referrals', 'Referral reasons'],
  ['maturity', 'Maturity'],
  ['readiness', 'Review readiness'],
  ['implementation', 'Implementation'],
  ['outcomes', 'Outcomes'],
  ['equity', 'Equity'],
  ['workforce', 'Workforce'],
  ['quality', 'Data quality'],
  ['downloads', 'Downloads'],
];

export function readState(index) {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const area = (params.get('area') || index.england).toUpperCase();
  const view = VIEWS.some(([id]) => id === params.get('view')) ? params.get('view') : 'overview';
  const period = index.periods.includes(params.get('period')) ? params.get('period') : index.latest;
  return { area, view, period };
}

export function link(state, changes = {}) {
  const next = { ...state, ...changes };
  return '#' + new URLSearchParams({ area: next.area, view: next.view, period: next.period }).toString();
}
