// Import modules inside Pyodide with the site's trimmed standard library.
// usage: node check_imports.mjs WHEEL < names.json ; prints {"missing": {name: error}, "zip": path}
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadPyodide } from "pyodide";

const wheel = resolve(process.argv[2]);
const manifest = JSON.parse(readFileSync(resolve(dirname(wheel), "manifest.json"), "utf-8"));
const stdLibURL = resolve(dirname(wheel), manifest.stdlib);
const pyodide = await loadPyodide({ stdLibURL });
await pyodide.loadPackage(wheel, { messageCallback: () => {} });
pyodide.globals.set("names", JSON.parse(readFileSync(0, "utf-8")));
const missing = pyodide.runPython(`
import importlib, json, pkgutil, pychecks
missing = {}
wanted = list(names.to_py()) + [i.name for i in pkgutil.walk_packages(pychecks.__path__, "pychecks.")]
for name in wanted:
    try:
        importlib.import_module(name)
    except ImportError as exc:
        missing[name] = str(exc).splitlines()[0]
json.dumps(missing)
`);
process.stdout.write(JSON.stringify({ missing: JSON.parse(missing), zip: stdLibURL }));
