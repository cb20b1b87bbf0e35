// Runs pychecks.api inside Pyodide under Node, the same path the browser worker takes.
// usage: node run_api.mjs WHEEL < requests.json   (a JSON array of {fn, args})
// prints a JSON array of {result} / {error} answers, plus timings on stderr.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadPyodide } from "pyodide";

const wheel = resolve(process.argv[2]);
const requests = JSON.parse(readFileSync(0, "utf-8"));
const t0 = performance.now();
// The trimmed standard library the site ships (tools/stdlib_trim.py), named in the
// manifest beside the wheel: the whole tier runs against it, as the browser does.
const manifestPath = resolve(dirname(wheel), "manifest.json");
const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf-8")) : {};
const pyodide = await loadPyodide(manifest.stdlib ? { stdLibURL: resolve(dirname(wheel), manifest.stdlib) } : {});
await pyodide.loadPackage(wheel, { messageCallback: () => {} });
const api = pyodide.pyimport("pychecks.api");
const t1 = performance.now();
const answers = [];
const times = [];
const cpuTimes = []; // CPU time of each call (process.cpuUsage): less disturbed than wall time on a busy machine
for (const { fn, args } of requests) {
  const s = performance.now();
  const c = process.cpuUsage();
  answers.push(JSON.parse(api.call_json(fn, JSON.stringify(args ?? null))));
  const used = process.cpuUsage(c);
  times.push(performance.now() - s);
  cpuTimes.push((used.user + used.system) / 1000);
}
process.stdout.write(JSON.stringify({ answers, startup_ms: t1 - t0, call_ms: times, call_cpu_ms: cpuTimes }));
