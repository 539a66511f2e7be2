import { chartBlock, NHS } from '../chart.js';
import { h } from '../dom.js';
import { isNumber, metric, periodText, valueText } from '../format.js';
import { numbers, viewHeading } from './common.js';

const CONSTRUCTS = ['impl_coherence', 'impl_cognitive_participation', 'impl_collective_action', 'impl_reflexive_monitoring'];
const COLOURS = [NHS.blue, NHS.green, NHS.purple, NHS.orange];
const STAGES = { COHERENCE: 'Coherence', COGNITIVE_PARTICIPATION: 'Cognitive participation', COLLECTIVE_ACTION: 'Collective action', REFLEXIVE_MONITORING: 'Reflexive monitoring', EMBEDDED: 'Embedded' };

export function render(ctx) {
  const w = ctx.data.quarter;
  const x = w.periods;
  const traces = CONSTRUCTS.map((id, k) => ({ x, y: numbers(w.m[id].v), type: 'scatter', mode: 'lines+markers', name: metric(id).title,
    line: { color: COLOURS[k], width: 2.5 }, marker: { size: 8, symbol: ['circle', 'square', 'diamond', 'triangle-up'][k] }, meta: { col: k } }));
  traces.push({ x, y: x.map(() => 3.5), type: 'scatter', mode: 'lines', name: 'Threshold 3.5', line: { color: '#212b32', dash: 'dot', width: 1.5 }, meta: { col: 4 }, hoverinfo: 'skip' });
  const stage = w.m.impl_stage.v;
  const respondents = w.m.impl_respondents.v;
  const last = stage.length - 1;
  const stageText = (v) => STAGES[v] || v;
  // The latest quarter with a stage; a later quarter may have no survey ([x]) or too few respondents ([c]).
  let known = last;
  while (known >= 0 && !STAGES[stage[known]]) known -= 1;
  const why = (v) => (v === '[c]' ? 'withheld ([c]): results need at least 5 respondents' : 'not available ([x]): no survey was returned');
  const latest = last >= 0 && known !== last ? ` For ${periodText(x[last])} the results are ${why(stage[last])}.` : '';
  const summary = known < 0 ? `No quarter has published survey results.${latest}`
    : `In ${periodText(x[known])} the implementation stage was ${stageText(stage[known])}${stage[known] === 'EMBEDDED' ? ': every construct scored 3.5 or more' : ': the first construct, in order, with a mean below 3.5'}, from ${valueText(respondents[known])} survey respondents.${latest}`;
  return h('div', {},
    viewHeading('Implementation', 'How far social prescribing is part of normal work in practices, from the NoMAD survey over the four constructs of normalisation process theory (mean item score 1 to 5). The stage is the first construct, in order, whose mean is below 3.5.'),
    chartBlock({ id: 'implementation', title: 'Normalisation constructs by quarter', summary, data: traces,
      layout: { yaxis: { title: { text: 'Mean score (1 to 5)' }, range: [1, 5] }, xaxis: { type: 'category' } },
      table: { caption: 'Implementation survey results by quarter', rows: x.map((p, i) => ({ x: p, cells: [...CONSTRUCTS.map((id) => w.m[id].v[i]), 3.5, isNumber(stage[i]) ? stage[i] : stageText(stage[i]), respondents[i]] })),
        columns: [{ title: 'Quarter' }, ...CONSTRUCTS.map((id) => ({ title: metric(id).title, numeric: true })), { title: 'Threshold', numeric: true }, { title: 'Stage' }, { title: 'Respondents', numeric: true }] } }));
}
