/* Service worker: the site offline after one visit, and repeat visits without
 * downloads.  Written to the site root as sw.js by tools/prebuild.py, which
 * fills in CONFIG (the version and the files); a new build has a new version,
 * installs beside the old one and deletes the old cache when it takes over.
 *
 * - Installing caches the pages and the site's own scripts and styles (small),
 *   and adopts runtime files the browser already holds (from the old cache or
 *   the HTTP cache, without a download).  It never downloads the runtime itself:
 *   that happens when a page uses Python, or in idle time on a fast connection
 *   (checkers.js), and this worker keeps what passes through.
 * - The plain start's files (the whole standard library, the wheel: CONFIG.fallback) are never
 *   downloaded for keeping: only a browser whose snapshot failed to restore loads them, and then
 *   they are kept as they pass through.
 * - Files whose names carry a hash or version are answered from the cache first;
 *   everything else (pages, manifest.json) from the network first, the cache
 *   when offline.  Only same-origin GET requests are touched.
 * A provider turns it off with `offline: false` under extra.provider (README). */
const CONFIG = /*CONFIG*/ {};
const PREFIX = "pychecks-";
const CACHE = PREFIX + CONFIG.version;
const scope = new URL(self.registration.scope);
const at = (path) => new URL(path, scope).href;
const IMMUTABLE = new RegExp(CONFIG.immutable);

async function adopt(cache, url) {
  // From an older version's cache, else from the HTTP cache: never from the network.
  const old = await caches.match(url);
  if (old) return cache.put(url, old);
  try {
    const res = await fetch(url, { cache: "only-if-cached", mode: "same-origin" });
    if (res.ok) await cache.put(url, res);
  } catch (err) {
    /* not held anywhere: it is fetched when a page needs it */
  }
}

/** The theme's own files (hashed names unknown at build time), as the start page links them. */
async function themeFiles() {
  const res = await fetch(scope.href, { cache: "no-cache" });
  const html = await res.text();
  const urls = new Set();
  // Linked files, and the ones the theme's inline configuration names (its search worker).
  for (const m of html.matchAll(/"([^"#\s]+\.(?:js|css|svg|png|ico|woff2?))"/g)) {
    const url = new URL(m[1], scope);
    if (url.origin === scope.origin) urls.add(url.href);
  }
  return { html: res, urls: [...urls] };
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(CONFIG.precache.map(at));
    const theme = await themeFiles().catch(() => ({ urls: [] }));
    const optional = [...theme.urls, ...CONFIG.optional.map(at)];
    await Promise.all(optional.map((url) => cache.add(url).catch(() => {})));
    await Promise.all([...CONFIG.runtime, ...CONFIG.fallback].map((path) => adopt(cache, at(path))));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

/** Keep every file the snapshot start loads (a page used Python): from the HTTP cache where it can, else
 * downloaded.  The plain start's files (CONFIG.fallback) are kept only when they pass through. */
async function keepRuntime() {
  const cache = await caches.open(CACHE);
  for (const path of CONFIG.runtime) {
    const url = at(path);
    if (await cache.match(url)) continue;
    try {
      const res = await fetch(url);
      if (res.ok) await cache.put(url, res);
    } catch (err) {
      /* offline or gone: tried again on the next page that uses Python */
    }
  }
}

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "keep-runtime") event.waitUntil(keepRuntime());
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok && res.type === "basic") await cache.put(request, res.clone());
  return res;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(request);
    if (res.ok && res.type === "basic") await cache.put(request, res.clone());
    return res;
  } catch (err) {
    const hit = await cache.match(request, { ignoreSearch: request.mode === "navigate" });
    if (hit) return hit;
    if (request.mode === "navigate") {
      const fallback = await cache.match(at(CONFIG.offlinePage));
      if (fallback) return fallback;
    }
    throw err;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || request.headers.has("range")) return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  const path = url.pathname.slice(scope.pathname.length);
  event.respondWith(IMMUTABLE.test(path) ? cacheFirst(request) : networkFirst(request));
});
