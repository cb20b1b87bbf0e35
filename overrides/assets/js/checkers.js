/* Loaded on every page (extra_javascript), runs once per visit: with
 * instant navigation the page body changes but this script stays, so we
 * subscribe to mkdocs-material's document$ and look for checkers on each
 * new page.  Pages without a checker load nothing more: no Pyodide file. */
(function () {
  "use strict";
  var script = document.currentScript;
  var uiURL = new URL("checkers/ui.js", script ? script.src : location.href).href;
  function scan() {
    var found = document.querySelectorAll("[data-checker]:not([data-mounted])");
    if (!found.length) return;
    import(uiURL).then(function (ui) {
      ui.mountAll(found);
    }).catch(function (err) {
      found.forEach(function (el) {
        el.setAttribute("data-state", "error");
        el.textContent = "チェッカーを読み込めませんでした。ページを再読み込みしてください。(" + err + ")";
      });
    });
  }
  // This script runs at the end of <body>, so the first page's checkers can
  // start (and their worker with them) before the theme's document$ fires.
  scan();
  if (typeof document$ !== "undefined") document$.subscribe(scan);
})();
