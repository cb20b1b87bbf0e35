/* Loaded in the head of a page that holds a Python checker (overrides/main.html): starts the
 * worker long before the theme's scripts have run; ui.js adopts it and replays what it said
 * meanwhile.  Pages reached by instant navigation start it in ui.js.  A file, not an inline
 * script, so the Content-Security-Policy needs no hash for it. */
(function () {
  "use strict";
  var script = document.currentScript;
  var early = { buffer: [] };
  try {
    early.worker = new Worker(new URL("pyworker.js", script.src).href, { type: "module" });
  } catch (err) {
    return;
  }
  early.worker.onmessage = function (e) { early.buffer.push(e.data); };
  early.worker.onerror = function (e) {
    e.preventDefault();
    early.buffer.push({ type: "state", state: "error", stage: "failed", progress: 0, message: e.message || "worker error" });
  };
  window.__pychecksEarly = early;
})();
