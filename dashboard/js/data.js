// Fetches the published JSON once per file. Every path is inside the site: nothing is requested elsewhere.
const cache = new Map();

async function json(path) {
  if (!cache.has(path)) {
    cache.set(path, fetch(path, { mode: 'cors', credentials: 'same-origin' }).then(async (response) => {
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json();
    }));
  }
  return cache.get(path);
}

export const loadIndex = () => json('data/index.json');
export const loadArea = (code) => (code ? json(`data/areas/${encodeURIComponent(code)}.json`) : Promise.resolve(null));
export const loadReadiness = (code) => (code ? json(`data/readiness/${encodeURIComponent(code)}.json`) : Promise.resolve(null));
export const loadPeers = (code) => (code ? json(`data/peers/${encodeURIComponent(code)}.json`) : Promise.resolve(null));
export const loadLineage = (code) => (code ? json(`data/lineage/${encodeURIComponent(code)}.json`) : Promise.resolve(null));
export const loadChildren = (code) => (code ? json(`data/children/${encodeURIComponent(code)}.json`) : Promise.resolve(null));

// A metric's published cell at a period of a window: {v, lo, hi, e, p, den} with nulls where absent.
export function cell(area, window, metric, period) {
  const w = area && area[window];
  const s = w && w.m[metric];
  const i = w ? w.periods.indexOf(period) : -1;
  if (!s || i < 0) return { v: '[x]', lo: null, hi: null, e: null, p: null, den: null };
  const at = (name) => (s[name] ? s[name][i] : null);
  return { v: s.v[i], lo: at('lo'), hi: at('hi'), e: at('e'), p: at('p'), den: at('den') };
}

export function series(area, window, metric) {
  const w = area && area[window];
  return w && w.m[metric] ? { periods: w.periods, ...w.m[metric] } : null;
}
