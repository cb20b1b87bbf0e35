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

  /* A link to a section of another page (the analyzer's cards link to the
   * error-mail page's sections) must land on that section.  The theme's
   * instant navigation sometimes keeps the old scroll position instead when
   * the machine is busy; after a forward navigation, bring the target into
   * view if it is not.  Back/forward keeps the position the theme restores. */
  var poppedState = false;
  window.addEventListener("popstate", function () { poppedState = true; });
  function showTarget() {
    if (poppedState) {
      poppedState = false;
      return;
    }
    var id = location.hash ? decodeURIComponent(location.hash.slice(1)) : "";
    var target = id && document.getElementById(id);
    if (!target) return;
    requestAnimationFrame(function () {
      var top = target.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight * 0.5) target.scrollIntoView();
    });
  }

  // This script runs at the end of <body>, so the first page's checkers can
  // start before the theme's document$ fires.
  scan();
  if (typeof document$ !== "undefined") {
    var first = true;
    document$.subscribe(function () {
      scan();
      if (!first) showTarget();
      first = false;
    });
  }
})();
