/* The one module worker that runs Python.  It outlives instant navigation
 * (the page that created it keeps the reference in ui.js).
 * Requests: {id, fn, args}.  Answers: {id, result} or {id, error}.
 * It also posts {type: "state", state, stage, progress, message}.
 *
 * Start-up restores the memory snapshot made at build time (pychecks
 * already imported), which is about four times faster than starting the
 * interpreter; if that fails for any reason it starts Python the plain way. */
import { unpack } from "./sparse.js";
import { dataPieces } from "./wasmdata.js";

const runtimeBase = new URL("../../runtime/", import.meta.url);

function state(st, stage, progress, message) {
  // t: when it happened (epoch ms), for the benchmarks' start-up timeline.
  self.postMessage({ type: "state", state: st, stage, progress, message: message || "", t: performance.timeOrigin + performance.now() });
}

async function fetchBytes(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The snapshot: hosts that serve precompressed files answer its plain name from
 * snapshot-*.bin.br/.gz (the browser decodes it); others have only the .gz file, inflated here. */
async function fetchSnapshot(manifest) {
  let bytes;
  try {
    bytes = await fetchBytes(new URL(manifest.snapshot, runtimeBase));
  } catch (err) {
    if (!manifest.snapshotGzip) throw err;
    bytes = await fetchBytes(new URL(manifest.snapshotGzip, runtimeBase));
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    bytes = new Uint8Array(await new Response(inflated).arrayBuffer());
  }
  return bytes;
}

/** The runtime's wasm, fetched and compiled here as soon as the manifest is read.
 * Pyodide would compile it only after the snapshot has arrived (it awaits the snapshot before
 * instantiating); compiling while the snapshot downloads saves that time, and the snapshot needs
 * the wasm's bytes anyway (its data segments are the base of the snapshot's delta, wasmdata.js).
 * Pyodide's own fetch and instantiateStreaming of the same file are answered from here, so the
 * file is requested once. */
function takeOverWasm(wasmURL) {
  const response = fetch(wasmURL).then((res) => {
    if (!res.ok) throw new Error(`${wasmURL}: HTTP ${res.status}`);
    return res;
  });
  const bytes = response.then((res) => res.clone().arrayBuffer()).then((buf) => new Uint8Array(buf));
  const module = WebAssembly.compileStreaming(response);
  bytes.catch(() => {});
  module.catch(() => {});
  const plainFetch = self.fetch.bind(self);
  const plainInstantiate = WebAssembly.instantiateStreaming.bind(WebAssembly);
  const isWasm = (input) => String(input instanceof Request ? input.url : input) === wasmURL;
  // an empty stand-in: instantiateStreaming below never reads it
  const standIn = () => Promise.resolve(new Response(new Uint8Array(0), { headers: { "Content-Type": "application/wasm" } }));
  self.fetch = (input, init) => (isWasm(input) ? standIn() : plainFetch(input, init));
  WebAssembly.instantiateStreaming = async (source, imports) => {
    let compiled;
    try {
      compiled = await module;
    } catch (err) {
      return plainInstantiate(plainFetch(wasmURL), imports);
    }
    return { module: compiled, instance: await WebAssembly.instantiate(compiled, imports) };
  };
  return { bytes };
}

/** Where the standard library comes from: the trimmed zip the snapshot was made with, or, to
 * restore the snapshot, only the part of it whose modules the snapshot does not hold already. */
function stdlibOption(manifest, restoring) {
  const zip = (restoring && manifest.snapshotStdlib) || manifest.stdlib;
  // (and the lock file from the manifest: the site loads no package from Pyodide's list)
  const lock = manifest.lockInfo ? { lockFileContents: { info: manifest.lockInfo, packages: {} } } : {};
  return zip ? { stdLibURL: new URL(zip, runtimeBase).href, ...lock } : lock;
}

/** The rest of the standard library, for the restored runtime's first import of a module it lacks
 * (tools/snapshot_prepare.py, _LaterStdlib).  Python calls it in the middle of an import, so it
 * must answer at once: a synchronous request, which a worker may make. */
function laterStdlib(url) {
  return () => {
    const req = new XMLHttpRequest();
    req.open("GET", url, false);
    req.responseType = "arraybuffer";
    req.send();
    if (req.status !== 200) throw new Error(`${url}: HTTP ${req.status}`);
    return new Uint8Array(req.response);
  };
}

async function fromSnapshot(loadPyodide, indexURL, snapshot, manifest) {
  // pychecks is already imported in the snapshot (tools/make_snapshot.mjs): no wheel needed.
  if (manifest.snapshotStdlibLater) self.pychecksLaterStdlib = laterStdlib(new URL(manifest.snapshotStdlibLater, runtimeBase).href);
  const pyodide = await loadPyodide({ indexURL, ...stdlibOption(manifest, true), _loadSnapshot: snapshot });
  state("loading", "package", 0.9);
  return pyodide;
}

async function plainStart(loadPyodide, indexURL, manifest) {
  const pyodide = await loadPyodide({ indexURL, ...stdlibOption(manifest, false) });
  state("loading", "package", 0.85);
  await pyodide.loadPackage(new URL(manifest.wheel, runtimeBase).href, { messageCallback: () => {} });
  return pyodide;
}

/** Whether this browser refuses WebAssembly (switched off, or a policy without 'wasm-unsafe-eval'):
 * compiling the smallest module fails at once, where loading Pyodide would hang or fail late. */
function wasmRefused() {
  try {
    new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return false;
  } catch (err) {
    return true;
  }
}

async function start() {
  if (wasmRefused()) throw new Error("nowasm: WebAssembly is not available in this browser");
  state("loading", "manifest", 0.05);
  const res = await fetch(new URL("manifest.json", runtimeBase), { cache: "no-cache" });
  if (!res.ok) throw new Error(`manifest.json: HTTP ${res.status}`);
  const manifest = await res.json();
  const indexURL = new URL(manifest.pyodide, runtimeBase).href;
  // Start the wasm and the snapshot downloads at once, while the runtime's module loads.
  const wasm = takeOverWasm(new URL("pyodide.asm.wasm", indexURL).href);
  let snapshot = manifest.snapshot ? fetchSnapshot(manifest) : null;
  if (snapshot && manifest.snapshotDelta === "wasm-data-xor") {
    // the file leaves out long zero runs (sparse.js), laid out again here with the XOR done on the way
    snapshot = Promise.all([snapshot, wasm.bytes]).then(([snap, bytes]) => unpack(snap, (memory) => dataPieces(memory, bytes)));
  }
  snapshot?.catch(() => {}); // a failure is handled below, by starting plainly
  state("loading", "runtime", 0.15);
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
  state("loading", "python", 0.35);
  let pyodide = null;
  if (snapshot) {
    try {
      pyodide = await fromSnapshot(loadPyodide, indexURL, snapshot, manifest);
    } catch (err) {
      console.warn("pychecks: snapshot start failed, starting plainly:", err);
    }
  }
  if (!pyodide) pyodide = await plainStart(loadPyodide, indexURL, manifest);
  const api = pyodide.pyimport("pychecks.api");
  state("ready", "ready", 1);
  return api;
}

const ready = start().catch((err) => {
  state("error", "failed", 0, String(err && err.message ? err.message : err));
  throw err;
});

/* A fatal error inside Pyodide ("Maximum call stack size exceeded", out of memory) leaves the
 * runtime dead: every later call would fail oddly.  Such a call, and every one after it, answers
 * {type: "RuntimeDead"}; the page then replaces this worker with a fresh one (ui.js). */
let dead = false;

function isFatal(err) {
  return Boolean(err && (err.pyodide_fatal_error || /fatal|Maximum call stack|out of memory/i.test(String(err.message || err))));
}

self.onmessage = async (event) => {
  const { id, fn, args } = event.data || {};
  if (id === undefined) return;
  if (dead) {
    self.postMessage({ id, error: { type: "RuntimeDead", message: "runtime is dead" } });
    return;
  }
  let api;
  try {
    api = await ready;
  } catch (err) {
    self.postMessage({ id, error: { type: "LoadError", message: String(err && err.message ? err.message : err) } });
    return;
  }
  try {
    const raw = api.call_json(fn, JSON.stringify(args === undefined ? null : args));
    if (typeof raw !== "string") throw Object.assign(new Error("no answer from Python"), { pyodide_fatal_error: true });
    const answer = JSON.parse(raw);
    self.postMessage(answer.error ? { id, error: answer.error } : { id, result: answer.result });
  } catch (err) {
    dead = dead || isFatal(err);
    const type = dead ? "RuntimeDead" : "WorkerError";
    self.postMessage({ id, error: { type, message: String(err && err.message ? err.message : err) } });
  }
};
