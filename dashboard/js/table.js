import { h } from './dom.js';
import { cellText, isShorthand, legendMeaning } from './format.js';

// An accessible data table: caption, column headers, a row header per row. Each row carries its
// x value (data-x) and series (data-series) so that the chart it stands behind can be checked against it.
let tables = 0;

export function dataTable({ caption, columns, rows }) {
  const used = new Set();
  const captionId = `table-caption-${++tables}`;
  const body = rows.map((row) => h('tr', { class: 'nhsuk-table__row', 'data-x': row.x, 'data-series': row.series },
    h('th', { class: 'nhsuk-table__header', scope: 'row' }, row.head ?? String(row.x)),
    row.cells.map((value, i) => {
      const text = typeof value === 'string' && !isShorthand(value) ? value : cellText(value);
      if (isShorthand(text)) used.add(text);
      return h('td', { class: `nhsuk-table__cell${columns[i + 1] && columns[i + 1].numeric ? ' nhsuk-table__cell--numeric' : ''}` }, text);
    })));
  const table = h('table', { class: 'nhsuk-table app-table' },
    h('caption', { class: 'nhsuk-table__caption nhsuk-table__caption--s', id: captionId }, caption),
    h('thead', { class: 'nhsuk-table__head' }, h('tr', { class: 'nhsuk-table__row' },
      columns.map((c) => h('th', { class: `nhsuk-table__header${c.numeric ? ' nhsuk-table__header--numeric' : ''}`, scope: 'col' }, c.title)))),
    h('tbody', { class: 'nhsuk-table__body' }, body));
  // A wide table scrolls sideways; the wrapper takes focus so keyboard users can scroll it too.
  return h('div', {}, h('div', { class: 'app-table-wrapper', tabindex: '0', role: 'region', 'aria-labelledby': captionId }, table), shorthandNote(used));
}

// Says what each shorthand in a table or card means, next to where it is used.
export function shorthandNote(codes) {
  const list = [...codes].sort();
  if (list.length === 0) return null;
  return h('ul', { class: 'nhsuk-list app-shorthand' },
    list.map((code) => h('li', {}, h('strong', {}, code), ` ${legendMeaning(code)}.`)));
}
