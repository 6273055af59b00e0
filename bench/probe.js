// Loaded first on every benchmark page (classic script, same for all):
// records when an "Accept all" button is first visible (the frame after it
// appears), and the page's cumulative layout shift.
(function () {
  window.__cls = 0;
  window.__visibleAt = null;
  new PerformanceObserver(function (list) {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({type: 'layout-shift', buffered: true});
  function findButton(root) {
    const buttons = root.querySelectorAll('button, a[role=button]');
    for (const b of buttons) {
      if (/^\s*accept all\s*$/i.test(b.textContent || '')) return b;
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const found = findButton(el.shadowRoot);
        if (found) return found;
      }
    }
    return null;
  }
  function check() {
    const b = findButton(document);
    if (b) {
      const r = b.getBoundingClientRect();
      const style = getComputedStyle(b);
      if (r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0.5) {
        window.__visibleAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  }
  requestAnimationFrame(check);
})();
