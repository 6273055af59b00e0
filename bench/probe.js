// Loaded first on every benchmark page (classic script, same for all):
// records when an "Accept all" button is first visible (the frame after it
// appears), the library's bytes loaded by then, and the page's cumulative layout shift. `window.__visible` is a
// promise of that moment, so the runner waits without polling the page.
(function () {
  window.__cls = 0;
  window.__visibleAt = null;
  var resolve;
  window.__visible = new Promise(function (r) {
    resolve = r;
  });
  new PerformanceObserver(function (list) {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({type: 'layout-shift', buffered: true});
  // The page names where its "Accept all" button is (window.__probeButton: CSS
  // selectors, a shadow root between each), so each frame's check is one or
  // two querySelector calls, the same small cost for every library.
  function findButton() {
    var path = window.__probeButton || [];
    var root = document;
    for (var i = 0; root && i < path.length; i++) {
      var el = root.querySelector(path[i]);
      if (!el) return null;
      if (i === path.length - 1) return /^\s*accept all\s*$/i.test(el.textContent || '') ? el : null;
      root = el.shadowRoot;
    }
    return null;
  }
  function check() {
    const b = findButton();
    let shown = false;
    if (b) {
      const r = b.getBoundingClientRect();
      const style = getComputedStyle(b);
      shown = r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0.5;
    }
    if (shown) {
      window.__visibleAt = performance.now();
      // The library's bytes (JS and CSS, compressed as sent) loaded by then: what the first layer cost.
      window.__bytesAtVisible = performance
        .getEntriesByType('resource')
        .filter(function (e) {
          return /\.(js|css)$/.test(new URL(e.name).pathname) && !/\/bench\//.test(e.name);
        })
        .reduce(function (n, e) {
          return n + e.encodedBodySize;
        }, 0);
      resolve(window.__visibleAt);
      return;
    }
    requestAnimationFrame(check);
  }
  requestAnimationFrame(check);
})();
