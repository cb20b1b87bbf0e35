// Make a Pyodide memory snapshot with pychecks already imported.
// usage: node tools/make_snapshot.mjs WHEEL OUT
// Restoring it in the browser skips the interpreter's start-up and our imports
// (about 4x faster to ready).  The file system is not part of a snapshot:
// every pychecks module the browser uses is imported here, so the worker
// needs no wheel after restoring (the standard library zip is mounted again
// by Pyodide itself).  Nothing may hold a JS object when the snapshot is taken.
import { readFileSync, writeFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [wheel, out] = process.argv.slice(2);
const pyodide = await loadPyodide({ _makeSnapshot: true });
pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel");
pyodide.runPython(`
import importlib, pkgutil, pychecks
for info in pkgutil.walk_packages(pychecks.__path__, "pychecks."):
    if not info.name.endswith(("__main__", "cli")):  # command-line only
        importlib.import_module(info.name)
# Codecs a bounce may need, so the first analysis does not import them.
import encodings
for name in ("iso2022_jp", "iso2022_jp_2", "shift_jis", "cp932", "euc_jp", "utf_7", "cp1252", "cp1251",
             "latin_1", "iso8859_15", "koi8_r", "gb18030", "big5", "euc_kr", "utf_16"):
    importlib.import_module("encodings." + name)
import email.policy, email.parser, email.header, json, base64, quopri
import pychecks.api
pychecks.api.warm_up_all()
del importlib, pkgutil, pychecks, encodings, info, name
`);
writeFileSync(out, pyodide.makeMemorySnapshot());
