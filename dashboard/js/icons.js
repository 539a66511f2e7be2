import { h, svg } from './dom.js';
import { colour, label } from './format.js';

// Making Data Count style icons: a coloured circle with a letter. They are decorative (aria-hidden):
// the text label beside each one carries the meaning, so colour is never the only carrier.
function icon(fill, letter) {
  return svg('svg', { class: 'app-icon', viewBox: '0 0 32 32', width: 32, height: 32, 'aria-hidden': 'true', focusable: 'false' },
    svg('circle', { cx: 16, cy: 16, r: 14, fill: '#ffffff', stroke: fill, 'stroke-width': 3 }),
    svg('text', { x: 16, y: 21, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 'bold', fill: '#212b32', 'font-family': 'Arial, sans-serif' }, letter));
}

// The letter says high or low for special cause; common cause has none.
function variationLetter(code, text) {
  if (code === 'common_cause') return '~';
  return /\(low\)/.test(text) ? 'L' : 'H';
}

export function variationBadge(code, text) {
  const words = text || label('variation', code);
  return h('span', { class: 'app-badge', 'data-variation': code }, icon(colour(code), variationLetter(code, words)), h('span', {}, words));
}

export function assuranceBadge(code, text) {
  const letters = { consistent_pass: 'P', consistent_fail: 'F', hit_and_miss: '?' };
  return h('span', { class: 'app-badge', 'data-assurance': code }, icon(colour(code), letters[code] || '?'), h('span', {}, text || label('assurance', code)));
}
