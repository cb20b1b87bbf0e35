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

  /* The theme wraps each code block's copy button in a <nav>: a page with
   * several code blocks has several unnamed navigation landmarks (axe:
   * landmark-unique).  Give each its own name, numbered on the page, when
   * the theme adds them (on load and after every instant navigation). */
  function nameCodeNavs() {
    var navs = document.querySelectorAll(".md-code__nav");
    for (var i = 0; i < navs.length; i++) {
      var name = "コードブロック " + (i + 1) + " の操作";
      if (navs[i].getAttribute("aria-label") !== name) navs[i].setAttribute("aria-label", name);
    }
  }
  function addsCodeNav(record) {
    for (var i = 0; i < record.addedNodes.length; i++) {
      var node = record.addedNodes[i];
      if (node.nodeType === 1 && (node.matches(".md-code__nav") || node.querySelector(".md-code__nav"))) return true;
    }
    return false;
  }
  new MutationObserver(function (records) {
    if (records.some(addsCodeNav)) nameCodeNavs();
  }).observe(document.body, { childList: true, subtree: true });

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

  /* Offline use (tools/sw.js) and starting early.  The service worker is
   * registered once the page is done (on a Python page: once Python is ready,
   * so it adopts the runtime from the HTTP cache instead of downloading it
   * again).  On the pages readers come from on their way to the analyzer, the
   * runtime is fetched in idle time, but only on a fast connection without
   * Save-Data, never on a metered (cellular) one or where the browser does not
   * say; the browser (and the service worker) keep it for the analyzer. */
  var siteRoot = new URL("../../", script ? script.src : location.href).href;
  var PREFETCH_ON = ["", "errors/", "guide/"]; // paths below the site root
  var RUNTIME_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm"];
  var prefetched = false;

  function providerConfig() {
    try {
      return JSON.parse(document.getElementById("provider-config").textContent) || {};
    } catch (err) {
      return {};
    }
  }

  function fastUnmetered() {
    var c = navigator.connection;
    if (!c || c.saveData || c.metered) return false;
    if (c.type && ["cellular", "wimax", "bluetooth", "other", "unknown"].indexOf(c.type) >= 0) return false;
    return c.effectiveType === "4g";
  }

  function whenIdle(fn) {
    if (window.requestIdleCallback) window.requestIdleCallback(fn, { timeout: 5000 });
    else setTimeout(fn, 1000);
  }

  function prefetchRuntime() {
    var here = location.href.split("#")[0].split("?")[0];
    if (prefetched || here.indexOf(siteRoot) !== 0 || PREFETCH_ON.indexOf(here.slice(siteRoot.length)) < 0) return;
    if (!fastUnmetered() || window.__pychecksReady) return; // (Python already runs in this tab)
    prefetched = true;
    var runtime = new URL("assets/runtime/", siteRoot);
    whenIdle(function () {
      fetch(new URL("manifest.json", runtime), { cache: "no-cache" }).then(function (res) {
        return res.json();
      }).then(function (m) {
        var urls = RUNTIME_FILES.map(function (name) { return new URL(m.pyodide + name, runtime).href; });
        urls.push(new URL(m.snapshotStdlib || m.stdlib, runtime).href, new URL(m.snapshot, runtime).href,
          new URL("../js/checkers/pyworker.js", runtime).href, new URL("../js/checkers/wasmdata.js", runtime).href,
          new URL("../js/checkers/sparse.js", runtime).href,
          new URL("../js/checkers/ui.js", runtime).href);
        // One after the other, at low priority: the page the reader reads comes first.
        return urls.reduce(function (done, url) {
          return done.then(function () {
            return fetch(url, { priority: "low" }).then(function (res) { return res.arrayBuffer(); });
          });
        }, Promise.resolve());
      }).catch(function () { /* only a head start: the checker loads what it needs */ });
    });
  }

  function registerServiceWorker() {
    if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
    if (providerConfig().offline === false) {
      navigator.serviceWorker.getRegistrations().then(function (regs) {
        regs.forEach(function (reg) { reg.unregister(); });
      }).catch(function () {});
      return;
    }
    var register = function () {
      navigator.serviceWorker.register(new URL("sw.js", siteRoot).href, { scope: siteRoot, updateViaCache: "none" })
        .then(function () { return navigator.serviceWorker.ready; })
        .then(function (reg) {
          // This page used Python: have the worker keep the runtime (from the HTTP cache, normally).
          if (window.__pychecksReady && reg.active) reg.active.postMessage({ type: "keep-runtime" });
        })
        .catch(function () { /* the site works without it, only not offline */ });
    };
    var early = document.querySelector("[data-python]");
    if (!early || window.__pychecksReady) return whenIdle(register);
    var done = false;
    var once = function () {
      if (!done) {
        done = true;
        whenIdle(register);
      }
    };
    window.addEventListener("pychecks:ready", once, { once: true });
    setTimeout(once, 60000);
  }
  // A page reached by instant navigation that starts Python later asks too.
  window.addEventListener("pychecks:ready", function () {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.getRegistration(siteRoot).then(function (reg) {
      if (reg && reg.active) reg.active.postMessage({ type: "keep-runtime" });
    }).catch(function () {});
  });

  if (document.readyState === "complete") registerServiceWorker();
  else window.addEventListener("load", registerServiceWorker, { once: true });

  // This script runs at the end of <body>, so the first page's checkers can
  // start before the theme's document$ fires.
  scan();
  prefetchRuntime();
  nameCodeNavs();
  if (typeof document$ !== "undefined") {
    var first = true;
    document$.subscribe(function () {
      scan();
      prefetchRuntime();
      if (!first) showTarget();
      first = false;
    });
  }
})();
