// Opens every data table (details) so they are checked too, then runs axe-core with all its rules and
// returns the serious and critical violations.
async () => {
  document.querySelectorAll('details').forEach((d) => { d.open = true; });
  const result = await window.axe.run(document, { resultTypes: ['violations'] });
  document.querySelectorAll('details').forEach((d) => { d.open = false; });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} - ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
