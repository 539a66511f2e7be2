import { h, clear } from './dom.js';
import { LEVELS, periodText } from './format.js';
import { link } from './state.js';

// The area picker: England -> region -> ICB -> PCN with native selects and a Show button (nothing
// moves until the user asks), plus a search by name or ODS code whose results are plain links.
export function picker(index, state, go) {
  const byParent = new Map();
  for (const a of index.areas) {
    if (!byParent.has(a.parent)) byParent.set(a.parent, []);
    byParent.get(a.parent).push(a);
  }
  const find = (code) => index.areas.find((a) => a.code === code);
  const chain = [];
  for (let a = find(state.area); a; a = find(a.parent)) chain.unshift(a);
  const chosen = (level) => (chain.find((a) => a.level === level) || {}).code || '';

  const option = (value, text, selected) => h('option', { value, selected: selected || null }, text);
  const nameOf = (a) => (a.returns === false ? `${a.name} (no returns)` : a.name);
  const region = h('select', { class: 'nhsuk-select', id: 'pick-region', name: 'region' });
  const icb = h('select', { class: 'nhsuk-select', id: 'pick-icb', name: 'icb' });
  const pcn = h('select', { class: 'nhsuk-select', id: 'pick-pcn', name: 'pcn' });
  const period = h('select', { class: 'nhsuk-select', id: 'pick-period', name: 'period' },
    [...index.periods].reverse().map((p) => option(p, periodText(p), p === state.period)));

  function fill(select, placeholder, parents, selected) {
    clear(select).append(option('', placeholder, !selected));
    const children = parents.flatMap((p) => byParent.get(p) || []).sort((a, b) => a.name.localeCompare(b.name));
    for (const a of children) select.append(option(a.code, nameOf(a), a.code === selected));
  }
  const regions = () => (byParent.get(index.england) || []).map((a) => a.code);
  fill(region, 'All of England', [index.england], chosen('REGION'));
  const refreshIcbs = (selected) => fill(icb, region.value ? 'All ICBs in the region' : 'All ICBs', region.value ? [region.value] : regions(), selected);
  const refreshPcns = (selected) => fill(pcn, icb.value ? 'All PCNs in the ICB' : 'Choose an ICB first', icb.value ? [icb.value] : [], selected);
  refreshIcbs(chosen('ICB'));
  refreshPcns(chosen('PCN'));
  region.addEventListener('change', () => { refreshIcbs(''); refreshPcns(''); });
  icb.addEventListener('change', () => refreshPcns(''));

  const group = (id, text, control) => h('div', { class: 'nhsuk-form-group app-picker__group' },
    h('label', { class: 'nhsuk-label', for: id }, text), control);
  const form = h('form', { class: 'app-picker', id: 'area-picker', onsubmit: (event) => {
    event.preventDefault();
    const area = pcn.value || icb.value || region.value || index.england;
    go(link(state, { area, period: period.value }));
  } },
  h('div', { class: 'app-picker__row' },
    group('pick-region', 'Region', region), group('pick-icb', 'Integrated care board (ICB)', icb),
    group('pick-pcn', 'Primary care network (PCN)', pcn), group('pick-period', 'Period', period),
    h('div', { class: 'app-picker__actions' }, h('button', { class: 'nhsuk-button nhsuk-u-margin-bottom-0', type: 'submit', id: 'pick-show' }, 'Show'))));

  return h('section', { class: 'app-picker-panel', 'aria-labelledby': 'picker-heading' },
    h('h2', { class: 'nhsuk-heading-s', id: 'picker-heading' }, 'Choose an area and period'), form, search(index, state));
}

function search(index, state) {
  const status = h('p', { class: 'nhsuk-body-s app-search__status', role: 'status', id: 'area-search-status' });
  const results = h('ul', { class: 'nhsuk-list app-search__results', id: 'area-search-results' });
  const input = h('input', { class: 'nhsuk-input nhsuk-input--width-20', id: 'area-search', type: 'search', autocomplete: 'off',
    spellcheck: 'false', 'aria-describedby': 'area-search-hint area-search-status', 'aria-controls': 'area-search-results' });
  input.addEventListener('input', () => {
    const q = input.value.trim().toLowerCase();
    clear(results);
    if (q.length < 2) { status.textContent = ''; return; }
    const order = { ENGLAND: 0, REGION: 1, ICB: 2, PCN: 3 };
    const found = index.areas.filter((a) => a.code.toLowerCase().includes(q) || a.name.toLowerCase().includes(q))
      .sort((a, b) => order[a.level] - order[b.level] || a.name.localeCompare(b.name));
    status.textContent = found.length === 0 ? 'No areas match.' : `${found.length} ${found.length === 1 ? 'area matches' : 'areas match'}${found.length > 20 ? '; the first 20 are shown' : ''}.`;
    for (const a of found.slice(0, 20)) {
      results.append(h('li', {}, h('a', { href: link(state, { area: a.code }), class: 'app-search__result' }, a.name),
        ` (${a.code}, ${LEVELS[a.level]}${a.returns === false ? ', no returns' : ''})`));
    }
  });
  return h('div', { class: 'nhsuk-form-group app-search' },
    h('label', { class: 'nhsuk-label', for: 'area-search' }, 'Or search by name or ODS code'),
    h('div', { class: 'nhsuk-hint', id: 'area-search-hint' }, 'For example, a PCN name or a code such as U12345 or QE1'),
    input, status, results);
}
