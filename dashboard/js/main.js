import { renderCharts } from './chart.js';
import { cell, loadArea, loadChildren, loadIndex } from './data.js';
import { h } from './dom.js';
import { area, isNumber, LEVELS, periodText, useIndex } from './format.js';
import { lineagePanel } from './lineage.js';
import { picker } from './picker.js';
import { link, readState, VIEWS } from './state.js';
import { shorthandNote } from './table.js';
import { views } from './views/index.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
const $ = (id) => document.getElementById(id);
let previous = null;

async function main() {
  // Start on the area in the address at once, alongside the index, rather than after it.
  const wanted = new URLSearchParams(location.hash.replace(/^#/, '')).get('area');
  if (wanted) loadArea(wanted.toUpperCase());
  const index = await loadIndex();
  if (!index) throw new Error('The dashboard data has not been published yet.');
  useIndex(index);
  if (index.synthetic) syntheticBanner(index.synthetic);
  $('app-legend').replaceChildren(shorthandNote(index.legend.map((l) => l.code)));
  const go = (hash) => { location.hash = hash; };
  const render = async () => {
    const state = readState(index);
    const node = area(state.area);
    if (!node) {
      $('app-title').textContent = 'Area not found';
      $('app-view').replaceChildren(h('p', { class: 'nhsuk-body' }, `There is no area with the code ${state.area}. Choose one below.`));
      $('app-picker').replaceChildren(picker(index, { ...state, area: index.england }, go));
      return;
    }
    const [data, england, parent] = await Promise.all([loadArea(node.code), loadArea(index.england), node.level === 'PCN' ? loadArea(node.parent) : null]);
    header(index, state, node, data);
    $('app-picker').replaceChildren(picker(index, state, go));
    $('app-nav').replaceChildren(nav(state));
    const holder = $('app-view');
    if (!data) {
      holder.replaceChildren(h('p', { class: 'nhsuk-body' }, `No figures have been published for ${node.name}.`));
      return;
    }
    const ctx = { index, state, node, period: state.period, data, england, parent, area, loadChildren, link: (changes) => link(state, changes) };
    const [view, lineage] = await Promise.all([views[state.view].render(ctx), lineagePanel(ctx)]);
    holder.replaceChildren(view, ...(lineage ? [lineage] : []));
    const title = VIEWS.find(([id]) => id === state.view)[1];
    document.title = `${title}: ${node.name} - Social prescribing link workers dashboard`;
    $('app-status').textContent = `Showing ${title} for ${node.name}, ${periodText(state.period)}.`;
    // After the user moves somewhere, put focus where the new content starts.
    if (previous && previous.area !== state.area) $('app-title').focus();
    else if (previous && previous.view !== state.view) holder.querySelector('.app-view__heading')?.focus();
    previous = state;
    await renderCharts(holder);
    document.body.dataset.ready = 'true';
  };
  window.addEventListener('hashchange', () => { document.body.dataset.ready = 'false'; render().catch(fail); });
  await render();
}

function header(index, state, node, data) {
  $('app-title').textContent = node.name;
  const parent = area(node.parent);
  const maturity = data ? cell(data, 'month', 'maturity_months', state.period).v : null;
  const early = data ? cell(data, 'month', 'too_early_to_judge', state.period).v : null;
  const median = node.level === 'PCN' ? '' : ' (the median of its PCNs)';
  $('app-caption').replaceChildren(
    h('span', {}, `${LEVELS[node.level]} ${node.code}${parent ? `, in ${parent.name}` : ''}. Figures for ${periodText(state.period)}.`));
  $('app-maturity').replaceChildren(...(data ? [
    h('strong', { class: `nhsuk-tag ${early === 'yes' ? 'nhsuk-tag--orange' : 'nhsuk-tag--green'}` }, early === 'yes' ? 'Too early to judge' : 'Mature enough to judge'),
    ' ',
    isNumber(maturity) ? `The link worker service has been running for ${maturity} months${median} by the end of ${periodText(state.period)}.` : 'When the link worker service began is not known.',
    early === 'yes' ? ' Judgements are shown but are too early to act on: under 24 months old, or fewer than 12 monthly points.' : '',
  ] : []));
}

function nav(state) {
  return h('ul', { class: 'app-nav__list' }, VIEWS.map(([id, title]) => h('li', { class: 'app-nav__item' },
    h('a', { class: 'app-nav__link', href: link(state, { view: id }), 'aria-current': id === state.view ? 'page' : null }, title))));
}

function fail(error) {
  document.body.dataset.ready = 'error';
  $('app-view').replaceChildren(h('div', { class: 'nhsuk-error-summary', role: 'alert' },
    h('h2', { class: 'nhsuk-error-summary__title' }, 'The dashboard could not be shown'), h('p', {}, String(error.message || error))));
}

main().catch(fail);

// Outputs of sample data say so on every page, above everything else (docs/dashboard.md).
function syntheticBanner(notice) {
  const rest = notice.replace(/^Synthetic data:\s*/, '');
  const text = rest.charAt(0).toUpperCase() + rest.slice(1);
  document.querySelector('header').after(h('div', { class: 'app-synthetic', id: 'app-synthetic', role: 'note' },
    h('div', { class: 'nhsuk-width-container' }, h('p', { class: 'nhsuk-body nhsuk-u-margin-bottom-0' }, h('strong', {}, 'Synthetic data. '), text))));
}
