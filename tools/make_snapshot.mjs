// Make a Pyodide memory snapshot with pychecks already imported.
// usage: node tools/make_snapshot.mjs WHEEL OUT [STDLIB_ZIP]
// STDLIB_ZIP: the (trimmed) standard library the browser will mount; a snapshot
// must be restored with exactly the zip it was made with.
// Restoring it in the browser skips the interpreter's start-up and our imports
// (about 4x faster to ready).  The file system is not part of a snapshot:
// every pychecks module the browser uses is imported here, so the worker
// needs no wheel after restoring (the standard library zip is mounted again
// by Pyodide itself).  Nothing may hold a JS object when the snapshot is taken.
import { readFileSync, writeFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [wheel, out, stdlib] = process.argv.slice(2);
const pyodide = await loadPyodide({ _makeSnapshot: true, ...(stdlib ? { stdLibURL: stdlib } : {}) });
pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel");
pyodide.runPython(readFileSync(new URL("./snapshot_prepare.py", import.meta.url), "utf-8"));
writeFileSync(out, pyodide.makeMemorySnapshot());
