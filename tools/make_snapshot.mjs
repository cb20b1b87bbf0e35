// Make a Pyodide memory snapshot with pychecks already imported.
// usage: node tools/make_snapshot.mjs WHEEL OUT [STDLIB_ZIP [HELD_JSON]]
// STDLIB_ZIP: the (trimmed) standard library; a snapshot must be restored with
// that zip or with the part of it that HELD_JSON does not list (the zip files
// whose modules the snapshot holds: tools/stdlib_trim.py rest()).
// Restoring it in the browser skips the interpreter's start-up and our imports
// (about 4x faster to ready).  The file system is not part of a snapshot:
// every pychecks module the browser uses is imported here, so the worker
// needs no wheel after restoring (the standard library zip is mounted again
// by Pyodide itself).  Nothing may hold a JS object when the snapshot is taken.
import { readFileSync, writeFileSync } from "node:fs";
import { loadPyodide } from "pyodide";
import { pack } from "../overrides/assets/js/checkers/sparse.js";
import { xorWithDataSegments } from "../overrides/assets/js/checkers/wasmdata.js";

const [wheel, out, stdlib, heldOut] = process.argv.slice(2);
// -OO and no column tables: docstrings, asserts and the code objects' position tables are bytes the
// browser restores and never reads (pychecks uses neither docstrings nor asserts).  Measured: the
// live heap's nonzero bytes 9.79 -> 8.57 MB.  The flags live in the snapshot, so modules imported
// later in the browser are compiled the same way.
const env = { PYTHONOPTIMIZE: "2", PYTHONNODEBUGRANGES: "1" };
const pyodide = await loadPyodide({ _makeSnapshot: true, env, ...(stdlib ? { stdLibURL: stdlib } : {}) });
// the memory the module declares (it has not grown yet): the browser restores a snapshot into this much
const declared = pyodide._module.HEAPU8.length;
pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel");
pyodide.runPython(readFileSync(new URL("./snapshot_prepare.py", import.meta.url), "utf-8"));
// The standard-library files whose modules the snapshot already holds: the browser restoring it needs
// only the rest of the zip (tools/stdlib_trim.py, rest()).  snapshot_prepare.py has emptied zipimport's
// caches, so the restored runtime reads that smaller zip's own directory on its first import.
// (one expression: it leaves no name behind in the snapshot)
if (heldOut) {
  writeFileSync(heldOut, pyodide.runPython(`__import__("json").dumps(sorted(
    {m.__file__.split(".zip/", 1)[1] for m in list(__import__("sys").modules.values())
     if ".zip/" in (getattr(m, "__file__", None) or "")}))`));
}
zeroFreeMemory(pyodide._module);
const snapshot = pyodide.makeMemorySnapshot();
// a snapshot of a memory that grew past the declared size cannot be restored (see below)
if (pyodide._module.HEAPU8.length > declared) {
  throw new Error(`make_snapshot: the heap grew to ${pyodide._module.HEAPU8.length} bytes, past the ${declared} the browser restores into`);
}
// Shipped as a delta against the wasm's data segments (overrides/assets/js/checkers/wasmdata.js);
// the worker applies the same XOR before restoring.
const wasm = readFileSync(new URL("../node_modules/pyodide/pyodide.asm.wasm", import.meta.url));
// and without its long zero runs (overrides/assets/js/checkers/sparse.js), which the worker lays out again.
writeFileSync(out, pack(xorWithDataSegments(snapshot, new Uint8Array(wasm.buffer, wasm.byteOffset, wasm.byteLength))));

// Free heap memory still holds what start-up left there (sources read, ASTs,
// temporary buffers): bytes nobody reads that compress badly.  Take the free
// chunks below the heap's current end with malloc, zero them and give them
// back, then zero what lies past the end.  Measured on the 31 MB snapshot:
// about 3.4 MB zeroed, brotli 4.81 -> 4.30 MB, gzip 7.31 -> 6.37 MB.  Only
// memory malloc handed to us (or nobody's) is written.
// Nothing here may grow the wasm memory: Pyodide restores a snapshot into the memory its module
// declares (480 pages, 30 MiB, in Pyodide 314), so a larger snapshot fails to restore and the browser silently
// starts plainly (seconds slower).  A size that a fresh-heap malloc could not fit in the memory
// left above the heap's end is skipped (the smaller sizes still take the large free chunks).
function zeroFreeMemory(m) {
  const end = m._sbrk(0) >>> 0;
  const memory = m.HEAPU8.length;
  const held = [];
  for (let size = 1 << 20; size >= 64; size >>= 1) {
    if (size + 65536 > memory - (m._sbrk(0) >>> 0)) continue;
    for (;;) {
      const p = m._malloc(size) >>> 0;
      if (!p) break;
      if (p + size > end) { m._free(p); break; }  // from fresh heap: this size is used up
      m.HEAPU8.fill(0, p, p + size);
      held.push(p);
    }
  }
  for (const p of held) m._free(p);
  m._malloc_trim(0);
  m.HEAPU8.fill(0, m._sbrk(0) >>> 0, m.HEAPU8.length);
  if (m.HEAPU8.length !== memory) throw new Error(`make_snapshot: zeroing grew the memory (${memory} -> ${m.HEAPU8.length} bytes)`);
}
