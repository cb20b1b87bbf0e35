// Record which standard-library modules Pyodide and pychecks import.
// usage: node tools/record_imports.mjs WHEEL MODULES.json OUT.json
// Starts Pyodide the plain way with the full standard library, installs the
// wheel with loadPackage (the worker's fallback path), imports every module
// named in MODULES.json (every import statement in pychecks, found by
// tools/stdlib_trim.py), runs tools/snapshot_prepare.py and a few calls of each
// checker, and writes the names in sys.modules.  tools/stdlib_trim.py keeps
// those top-level modules and packages in the zip the site ships.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadPyodide } from "pyodide";

const [wheel, modulesFile, out] = process.argv.slice(2);
const pyodide = await loadPyodide();
await pyodide.loadPackage(resolve(wheel), { messageCallback: () => {} });
// What the snapshot imports and warms up (the same file make_snapshot.mjs runs).
pyodide.runPython(readFileSync(new URL("./snapshot_prepare.py", import.meta.url), "utf-8"));
pyodide.globals.set("wanted", JSON.parse(readFileSync(modulesFile, "utf-8")));
const names = pyodide.runPython(`
import importlib, json, pkgutil, sys
import pychecks, pychecks.api
missing = []
for name in wanted.to_py():
    try:
        importlib.import_module(name)
    except ImportError:
        missing.append(name)  # platform-only modules (winreg, _winapi…) are not in Pyodide
for info in pkgutil.walk_packages(pychecks.__path__, "pychecks."):
    importlib.import_module(info.name)
sample = [
    ("ports.recommend", {"domain": "taro@example.com", "direction": "send"}),
    ("settings.generate", {"email": "taro@example.com", "client": "ios"}),
    ("support.render", {"form": {"domain": "example.com", "details": "x"}}),
    ("analyzer.run", {"text": "From: MAILER-DAEMON@example.net\\nSubject: Undelivered\\nContent-Type: text/plain; charset=iso-2022-jp\\n\\n550 5.1.1 <a@example.com>: User unknown\\n"}),
]
for fn, args in sample:
    pychecks.api.call_json(fn, json.dumps(args))
json.dumps(sorted(sys.modules))
`);
writeFileSync(out, names);
