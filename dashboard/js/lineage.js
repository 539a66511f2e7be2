import { loadLineage } from './data.js';
import { h } from './dom.js';
import { periodText } from './format.js';
import { dataTable } from './table.js';

// "Where these figures come from" (docs/metrics.md): under every view, the returns the area's figures
// for the chosen month are built from, which were late, rejected or missing, and the ICB plans used.
const WORDS = { counted_on_time: 'counted, on time', counted_late: 'counted, late', rejected: 'rejected: nothing counted', missing: 'missing' };

export async function lineagePanel(ctx) {
  const data = await loadLineage(ctx.node.code);
  if (!data) return null;
  const i = data.periods.indexOf(ctx.period);
  if (i < 0) return null;
  const n = (state) => data.counts[state][i];
  const expected = Object.keys(WORDS).reduce((a, s) => a + n(s), 0);
  const plans = data.plans[i];
  const children = [
    h('p', { class: 'nhsuk-body', id: 'lineage-summary' },
      `${periodText(ctx.period)}: ${expected} PCN monthly returns were expected. ${n('counted_on_time') + n('counted_late')} are counted (${n('counted_late')} of them late); ${n('rejected')} were rejected with no accepted upload and ${n('missing')} are missing, so those PCNs are not in these figures.`),
    h('p', { class: 'nhsuk-body' }, plans.length ? `ICB plans used (quarterly return upload): ${plans.join('; ')}.` : 'No ICB plan was returned for this quarter.'),
  ];
  if (data.returns) {
    const rows = data.returns.filter((r) => r.period === ctx.period && (ctx.node.level !== 'PCN' || r.pcn === ctx.node.code))
      .map((r) => ({ x: r.pcn, head: r.pcn, cells: [WORDS[r.state], r.upload || '[z]', r.received ? `${r.received} UTC` : '[z]'] }));
    children.push(dataTable({ caption: `Returns behind the figures for ${periodText(ctx.period)}`, columns: [{ title: 'PCN' }, { title: 'Return' }, { title: 'Upload counted' }, { title: 'Received' }], rows }));
  }
  children.push(h('p', { class: 'nhsuk-body' }, 'Every PCN and month is in lineage.csv (Downloads). No personal data: codes, upload ids and times only.'));
  return h('details', { class: 'nhsuk-details app-lineage', id: 'lineage' },
    h('summary', { class: 'nhsuk-details__summary' }, h('span', { class: 'nhsuk-details__summary-text' }, 'Where these figures come from')),
    h('div', { class: 'nhsuk-details__text' }, children));
}
