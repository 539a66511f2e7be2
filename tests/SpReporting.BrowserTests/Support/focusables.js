// Every control a keyboard user should reach on the page as it stands: visible, enabled, not inside
// a closed details element. Each is tagged so that the keyboard test can tell which it has reached.
() => {
  const selector = 'a[href], button, select, input, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const all = [...document.querySelectorAll(selector)].filter((el) => !el.disabled && visible(el)
    && !el.closest('details:not([open]) > :not(summary)'));
  all.forEach((el, i) => { el.dataset.kb = String(i); });
  return all.map((el) => `${el.tagName.toLowerCase()}#${el.id || ''} ${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}`);
}
