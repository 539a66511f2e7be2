import { h } from '../dom.js';
import { viewHeading } from './common.js';
import { spcChart } from './spcChart.js';

const METRICS = ['ref_received', 'ref_rate_per_1k', 'wf_wte', 'ref_wait_median_days', 'ref_contact_14d_pct',
  'ref_wider_determinants_pct', 'out_wellbeing_paired_pct', 'out_social_outcome_pct'];

export function render(ctx) {
  return h('div', {},
    viewHeading('Trends: statistical process control',
      'Each chart follows NHS Making Data Count: the centre line is the mean, and the process limits show the range a stable process stays within. Points outside the limits, runs of 7 on one side of the centre, trends of 7 rising or falling, and two of three points near a limit are special cause, marked with their own colour, shape and label.'),
    METRICS.map((id) => spcChart(ctx.data, id, ctx.period)));
}
