// Restore the site's delta snapshot the way the worker does (inflate, lay out the sparse file, XOR
// with the wasm's data segments, _loadSnapshot) and analyse one bounce in it.
// usage: node restore_snapshot.mjs RUNTIME_DIR [CORPUS_DIR] < bounce.txt ; prints {"zeroShare", "xorRoundTrip", "result", ...}
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { loadPyodide } from "pyodide";
import { isSparse, pack, unpack } from "../../overrides/assets/js/checkers/sparse.js";
import { dataPieces, dataSegments, memoryStart, xorWithDataSegments } from "../../overrides/assets/js/checkers/wasmdata.js";

const runtime = resolve(process.argv[2]);
const manifest = JSON.parse(readFileSync(resolve(runtime, "manifest.json"), "utf-8"));
const wasmFile = readFileSync(resolve(runtime, manifest.pyodide, "pyodide.asm.wasm"));
const wasm = new Uint8Array(wasmFile.buffer, wasmFile.byteOffset, wasmFile.byteLength);
const file = new Uint8Array(gunzipSync(readFileSync(resolve(runtime, manifest.snapshotGzip))));
// the file leaves out the long zero runs (sparse.js); laid out again, it packs to the same bytes
const sparse = isSparse(file);
const shipped = sparse ? unpack(file) : file;
const repacked = pack(shipped);
const sparseRoundTrip = repacked.length === file.length && repacked.every((b, i) => b === file[i]);

// how much of the data-segment ranges the delta turned into zeros (the point of shipping a delta)
const header = memoryStart(shipped);
let zeros = 0;
let total = 0;
for (const { offset, length } of dataSegments(wasm)) {
  for (let k = 0; k < length; k++) zeros += shipped[header + offset + k] === 0 ? 1 : 0;
  total += length;
}
const restored = xorWithDataSegments(shipped.slice(), wasm);
const again = xorWithDataSegments(restored.slice(), wasm);
const xorRoundTrip = again.length === shipped.length && again.every((b, i) => b === shipped[i]);
// the worker's way: laid out and XOR-ed in one pass (only the parts of the data under stored stretches)
const fused = sparse ? unpack(file, (memory) => dataPieces(memory, wasm)) : restored;
const fusedSame = fused.length === restored.length && fused.every((b, i) => b === restored[i]);

// with the small part of the standard library the snapshot does not hold, as the worker restores it;
// the rest comes the way the worker gives it (pyworker.js laterStdlib), counted
let laterFetches = 0;
globalThis.pychecksLaterStdlib = () => {
  laterFetches += 1;
  return new Uint8Array(readFileSync(resolve(runtime, manifest.snapshotStdlibLater)));
};
const pyodide = await loadPyodide({ stdLibURL: resolve(runtime, manifest.snapshotStdlib), _loadSnapshot: fused });
const api = pyodide.pyimport("pychecks.api");
const result = JSON.parse(api.call_json("bounce.analyze", JSON.stringify({ text: readFileSync(0, "utf-8") })));
// every mail of a corpus (the public bounces: every format and charset the rules know), and the warm-up
// of every checker, without fetching the rest of the standard library
const corpus = process.argv[3];
let corpusMails = 0;
if (corpus) {
  for (const entry of readdirSync(corpus, { recursive: true })) {
    if (!String(entry).endsWith(".eml")) continue;
    api.call_json("bounce.analyze", JSON.stringify({ text: readFileSync(resolve(corpus, String(entry)), "latin1") }));
    corpusMails += 1;
  }
}
api.warm_up_all();
const fetchesBeforeImports = laterFetches;
const fetchedFor = pyodide.runPython(`getattr(__import__("sys").meta_path[-1], "fetched_for", None)`);
// every module of the whole remainder imports after the restore (zipimport reads the new zip, not the
// old one's directory), and every function the pages call resolves
const imports = JSON.parse(pyodide.runPython(`
import encodings.cp1125  # only the rest holds it: it is fetched here, once
import importlib, json, sys, zipfile
import pychecks.api
failed = {}
with zipfile.ZipFile(next(p for p in sys.path if p.endswith(".zip"))) as z:
    names = sorted({n[:-3].replace("/", ".").removesuffix(".__init__") for n in z.namelist() if n.endswith(".py")})
for name in names:
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed[name] = type(exc).__name__ + ": " + str(exc).splitlines()[0] if str(exc) else type(exc).__name__
for fn in pychecks.api.FUNCTIONS:
    try:
        pychecks.api.resolve(fn)
    except Exception as exc:
        failed["api:" + fn] = type(exc).__name__
json.dumps({"tried": names, "failed": failed})
`));
process.stdout.write(JSON.stringify({ zeroShare: zeros / total, segmentBytes: total, xorRoundTrip, result, imports,
  corpusMails, fetchesBeforeImports, fetchedFor, laterFetches,
  sparse, sparseRoundTrip, fileBytes: file.length, memoryBytes: shipped.length, fusedSame }));
