import { h } from '../dom.js';
import { noData, viewHeading } from './common.js';

const KINDS = { xlsx: 'Excel spreadsheet', csv: 'CSV file' };

export function render(ctx) {
  const items = ctx.index.downloads;
  return h('div', {},
    viewHeading('Downloads', 'The published figures as files: Excel packs for each ICB and for England, following the government guidance on releasing statistics in spreadsheets, and every value in long format as metrics.csv. Withheld values are shown as [c] with their explanation.'),
    items.length === 0 ? noData('No files have been published yet.')
      : h('ul', { class: 'nhsuk-list nhsuk-list--border app-downloads' }, items.map((d) => h('li', {},
        h('a', { href: d.path, download: '' }, d.title), ` (${KINDS[d.kind] || d.kind})`))));
}
