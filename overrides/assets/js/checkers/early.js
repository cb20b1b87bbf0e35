/* Loaded in the head of a page that holds a Python checker (overrides/main.html): starts the
 * worker right after the first paint, long before the theme's scripts have run; ui.js adopts it and replays what it said
 * meanwhile.  Pages reached by instant navigation start it in ui.js.  A file, not an inline
 * script, so the Content-Security-Policy needs no hash for it. */
(function () {
  "use strict";
  var script = document.currentScript;
  var early = { buffer: [] };
  /* The worker itself starts once the page has been painted, not here: started in the head it
   * took CPU from the first render, and on the phone profile the analyzer's text area came 1.5x
   * later than a plain page (second visits, 3.4-3.8 s; 2.4-2.7 s started after the paint, with
   * Python ready no later).  ui.js calls start() itself if it runs first. */
  early.start = function () {
    if (early.worker) return early.worker;
    early.worker = new Worker(new URL("pyworker.js", script.src).href, { type: "module" });
    early.worker.onmessage = function (e) { early.buffer.push(e.data); };
    early.worker.onerror = function (e) {
      e.preventDefault();
      early.buffer.push({ type: "state", state: "error", stage: "failed", progress: 0, message: e.message || "worker error" });
    };
    return early.worker;
  };
  requestAnimationFrame(function () {
    setTimeout(function () {
      try {
        early.start();
      } catch (err) {
        /* ui.js tries again and says why */
      }
    }, 0);
  });
  window.__pychecksEarly = early;
})();
