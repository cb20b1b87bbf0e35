/* Shared side of every checker: the Python worker client, mounting, and
 * small DOM helpers.  Each checker is a module ./NAME.js exporting
 * mount(root, kit); the element <div data-checker="NAME"> asks for it.
 * Text from Python or the reader is always set as text, never as HTML. */

const STAGE_TEXT = {
  manifest: "準備しています…",
  runtime: "Python 実行環境を読み込んでいます…",
  python: "Python を起動しています…",
  package: "チェッカーを読み込んでいます…",
  idle: "使うときに準備を始めます(数 MB を読み込みます)。",
  ready: "準備ができました。",
  failed: "チェッカーを読み込めませんでした。",
};

const RUNTIME_DEAD = "この入力の処理中に、ブラウザの中の解析環境が停止しました。解析環境は自動で起動し直しています。"
  + "同じ入力では再び停止するおそれがあります。エラーメールの一部(エラーの行)だけを貼り付けてお試しください。";
// The worker reports "nowasm: …" when WebAssembly is refused; the page then shows this.
const NO_WASM = "nowasm: WebAssembly is not available";
const NO_WASM_TEXT = "このブラウザでは WebAssembly が使えない(無効にされているか、設定やセキュリティの方針で禁止されている)ため、"
  + "チェッカーを動かせません。このページの説明はそのままお読みいただけます。";

/** DOM builder: h("p", {class: "x"}, "text", child).  Strings become text nodes. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

class PyClient {
  constructor() {
    this.listeners = new Set();
    this.pending = new Map();
    this.nextId = 1;
    // Nothing is downloaded until a checker asks (getClient() or the first call()).
    this.worker = null;
    this.status = { state: "idle", stage: "idle", progress: 0, message: "" };
  }

  /** Start the worker unless it runs already (reading pages call this on first use only). */
  ensureStarted() {
    if (!this.worker && this.status.state !== "error") this.start();
    return this;
  }

  start() {
    this.status = { state: "loading", stage: "manifest", progress: 0, message: "" };
    this.emit();
    // The page's head may have started the worker already (overrides/main.html).
    const early = globalThis.__pychecksEarly;
    globalThis.__pychecksEarly = null;
    if (typeof WebAssembly !== "object") {
      if (early && early.worker) early.worker.terminate();
      this.fail(NO_WASM);
      return;
    }
    try {
      this.worker = early ? early.start() : new Worker(new URL("./pyworker.js", import.meta.url), { type: "module" });
    } catch (err) {
      this.fail(String(err));
      return;
    }
    this.worker.onmessage = (event) => this.receive(event.data || {});
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(event.message || "worker error");
    };
    for (const msg of early ? early.buffer : []) this.receive(msg);
  }

  receive(msg) {
    if (msg.type === "state") {
      this.status = { state: msg.state, stage: msg.stage, progress: msg.progress, message: msg.message || "" };
      // Start-up stages with their times, for the benchmarks (no reader data).
      const at = msg.t ? msg.t - performance.timeOrigin : performance.now();
      (globalThis.__pychecksTimeline ||= []).push([msg.stage, Math.round(at)]);
      if (msg.state === "ready" && !globalThis.__pychecksReady) { // checkers.js registers the service worker then
        globalThis.__pychecksReady = true;
        globalThis.dispatchEvent?.(new Event("pychecks:ready"));
      }
      this.emit();
      return;
    }
    const entry = this.pending.get(msg.id);
    if (!entry) return;
    this.pending.delete(msg.id);
    if (msg.error && msg.error.type === "RuntimeDead") this.revive(entry);
    else if (msg.error) entry.reject(msg.error);
    else entry.resolve(msg.result);
  }

  /** The runtime died inside the worker (a fatal Pyodide error): like a cancelled run, the worker
   * is replaced by a fresh one and the caller gets a Japanese message instead of the raw error. */
  revive(entry) {
    entry.reject({ type: "RuntimeDead", message: RUNTIME_DEAD });
    if (this.worker) this.worker.terminate();
    this.rejectAll({ type: "RuntimeDead", message: RUNTIME_DEAD });
    this.start();
  }

  /** Cancel the runs whose page went away (instant navigation): an orphaned run would keep the shared
   * worker busy, and the next page would wait for it. */
  dropOrphans() {
    const orphaned = [...this.pending.values()].some((e) => e.owner && !e.owner.isConnected);
    if (orphaned) this.restart();
  }

  fail(message) {
    this.status = { state: "error", stage: "failed", progress: 0, message };
    this.rejectAll({ type: "LoadError", message });
    this.emit();
  }

  rejectAll(error) {
    for (const entry of this.pending.values()) entry.reject(error);
    this.pending.clear();
  }

  /** Call a pychecks.api function; resolves with its result, rejects with {type, message}.
   * With ``owner`` (the checker's element) the run is cancelled when that element leaves the page. */
  call(fn, args, owner) {
    this.ensureStarted();
    if (!this.worker) return Promise.reject({ type: "LoadError", message: this.status.message });
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, owner });
      this.worker.postMessage({ id, fn, args });
    });
  }

  /** Stop whatever runs (a long analysis, a failed start) and begin afresh. */
  restart() {
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.rejectAll({ type: "Cancelled", message: "中止しました。" });
    this.start();
  }

  /** Listen to the state; the listener is dropped once its element leaves the page. */
  onState(listener, owner) {
    const entry = { listener, owner };
    this.listeners.add(entry);
    listener(this.status);
    return () => this.listeners.delete(entry);
  }

  emit() {
    for (const entry of [...(this.listeners || [])]) {
      if (entry.owner && !entry.owner.isConnected) this.listeners.delete(entry);
      else entry.listener(this.status);
    }
  }
}

let client = null;
/** The one worker client, kept across instant navigation; started at once unless {lazy: true}. */
export function getClient(options) {
  if (!client) {
    client = new PyClient();
    // mkdocs-material's document$ emits on every page change: a run whose page is gone is cancelled.
    if (typeof document$ !== "undefined") document$.subscribe(() => client.dropOrphans());
  }
  return options && options.lazy ? client : client.ensureStarted();
}

/** A build-time JSON data block of this page (tools/gen_forms.py), or null. */
export function prerendered(id) {
  const node = document.getElementById(id);
  if (!node) return null;
  try {
    return JSON.parse(node.dataset.prerender);
  } catch (err) {
    return null;
  }
}

/** A short note for beside a button: what waits for Python, and how far loading is. */
export function pendingNote(py, root, waiting) {
  const note = h("span", { class: "checker-pending", role: "status", "aria-live": "polite", "data-testid": "checker-pending", hidden: true });
  let queued = false;
  const show = () => {
    const st = py.status;
    const on = queued && (st.state === "loading" || st.state === "idle");
    note.hidden = !on;
    note.textContent = on ? `${waiting}(${Math.round((st.progress || 0) * 100)}%)` : "";
  };
  py.onState(show, root);
  return { note, queue(on) { queued = on !== false; show(); } };
}

let providerCache = null;
/** extra.provider from mkdocs.yml, embedded in every page's head. */
export function provider() {
  if (!providerCache) {
    const node = document.getElementById("provider-config");
    try {
      providerCache = node ? JSON.parse(node.textContent) : {};
    } catch (err) {
      providerCache = {};
    }
  }
  return providerCache;
}

/** A status line with progress and a retry button; mirrors the worker state on root's data-state. */
export function statusBox(root, py) {
  const bar = h("progress", { max: "1", value: "0", "aria-label": "読み込みの進み具合" });
  const text = h("span", { class: "checker-status__text" });
  const retry = h("button", { type: "button", class: "md-button checker-status__retry", hidden: true }, "もう一度読み込む");
  retry.addEventListener("click", () => py.restart());
  const box = h("div", { class: "checker-status", role: "status", "aria-live": "polite" }, bar, text, retry);
  py.onState((st) => {
    if (root.dataset.state !== "busy" || st.state !== "ready") root.dataset.state = st.state;
    bar.value = st.progress || 0;
    bar.hidden = st.state !== "loading";
    retry.hidden = st.state !== "error";
    let message = STAGE_TEXT[st.stage] || "";
    if (st.state === "error" && /^nowasm/.test(st.message || "")) {
      message = NO_WASM_TEXT;
    } else if (st.state === "error") {
      message = "チェッカーを読み込めませんでした。通信状態を確認して「もう一度読み込む」を押してください。"
        + "解決しない場合も、このページの説明はそのままお読みいただけます。";
      if (st.message) message += `(詳細: ${st.message})`;
    }
    text.textContent = message;
    box.classList.toggle("checker-status--ready", st.state === "ready");
  }, root);
  return box;
}

/** Run fn while root shows data-state="busy"; restores the worker state after. */
export async function busy(root, py, work) {
  root.dataset.state = "busy";
  try {
    return await work();
  } finally {
    root.dataset.state = py.status.state === "ready" ? "ready" : py.status.state;
  }
}

/** The Japanese message to show for an error answered by the worker. */
export function errorText(error) {
  if (!error) return "不明なエラーが発生しました。";
  if (error.type === "Cancelled") return "処理を中止しました。";
  if (error.type === "RuntimeDead") return RUNTIME_DEAD;
  if (error.type === "LoadError") return "チェッカーを読み込めていません。ページを再読み込みしてください。";
  return error.message || "処理中にエラーが発生しました。";
}

/** Once the worker is up (and again after a restart), run ``fn`` (a checker's warm-up, which returns its
 * limits) so the reader's first click answers at once; ``root`` stays "loading" meanwhile. */
export function warmUp(root, py, fn, onLimits) {
  let warmedFor = null; // the worker instance that ran the warm-up
  let warming = false;
  py.onState((st) => {
    if (st.state === "ready" && warmedFor !== py.worker) {
      warmedFor = py.worker;
      warming = true;
      py.call(fn).then(onLimits, () => {}).finally(() => {
        warming = false;
        if (root.dataset.state === "loading" && py.status.state === "ready") root.dataset.state = "ready";
      });
    }
    if (warming && root.dataset.state === "ready") root.dataset.state = "loading";
  }, root);
}

/** A picked file's bytes as base64 (the browser encodes it, in C: no 10 MB string is built by hand). */
function fileBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result || "");
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

const FALLBACK_MAX = 10 * 1024 * 1024;

/** The mail input of the analyzer and the header analyzer (one copy): a text area to paste into, the
 * page's own labelled 「ファイルを選ぶ」 button (it opens a hidden file input, so no untranslated
 * "Choose File" / "No file chosen" of the browser shows), a drop zone, the chosen file's chip and the
 * message line.  ``o``: {uid, testid ("bounce" | "header"), cls ("analyzer" | "headers"), label,
 * placeholder, note, accept, dropText, touchText, limits() -> {max_bytes} | null, tooLarge(size) ->
 * Promise<string>, onFile() (a file was read: analyse it), onSubmit(event) (Ctrl+Enter)}.
 * Everything stays in memory; ``state()`` and ``restore()`` carry it across instant navigation. */
export function mailInput(o) {
  const { uid, testid, cls } = o;
  let file = null; // {name, size, data_b64}
  const input = h("textarea", {
    id: `${uid}-input`, "data-testid": `${testid}-input`, rows: "12", spellcheck: "false", autocomplete: "off",
    autocapitalize: "off", class: `${cls}-input`, "aria-describedby": `${uid}-note ${uid}-msg`, placeholder: o.placeholder,
  });
  const picker = h("input", {
    type: "file", id: `${uid}-file`, class: `${cls}-file__input`, "data-testid": `${testid}-file`, accept: o.accept,
    hidden: true, tabindex: "-1", "aria-hidden": "true",
  });
  const choose = h("button", { type: "button", class: `md-button ${cls}-file__button`, "data-testid": `${testid}-file-button`,
    "aria-describedby": `${uid}-drop-text` }, "ファイルを選ぶ");
  const fileName = h("span", { class: `${cls}-file__name`, "data-testid": `${testid}-file-name` });
  const fileClear = h("button", { type: "button", class: `md-button ${cls}-file__clear` }, "ファイルの選択を解除");
  const fileChip = h("p", { class: `${cls}-file__chosen`, role: "status", hidden: true }, fileName, " ", fileClear);
  const drop = h("div", { class: `${cls}-drop`, "data-testid": `${testid}-drop` },
    h("p", { class: `${cls}-drop__label`, id: `${uid}-drop-text` },
      h("span", { class: "drop-pointer" }, o.dropText), h("span", { class: "drop-touch" }, o.touchText)),
    h("div", { class: `${cls}-file__row` }, choose), picker, fileChip);
  const message = h("p", { id: `${uid}-msg`, class: "checker-field__error", "data-testid": `${testid}-error`, role: "alert", hidden: true });
  const field = h("div", { class: "checker-field" }, h("label", { for: `${uid}-input` }, o.label), input);
  const note = h("p", { id: `${uid}-note`, class: `${cls}-note` }, o.note);

  function showMessage(text) {
    message.hidden = !text;
    message.textContent = text || "";
    input.setAttribute("aria-invalid", text ? "true" : "false");
  }

  function setFile(next) {
    file = next;
    fileChip.hidden = !file;
    fileName.textContent = file ? `選択中のファイル: ${file.name}(${file.size.toLocaleString("ja-JP")} バイト)` : "";
    if (!file) picker.value = "";
  }

  const maxBytes = () => (o.limits() && o.limits().max_bytes) || FALLBACK_MAX;

  /** What Python reads: the file (base64) or the pasted text, or {refused} when it is too large. */
  async function args() {
    const max = maxBytes();
    if (file) return file.size > max ? { refused: await o.tooLarge(file.size) } : { data_b64: file.data_b64 };
    const text = input.value;
    const size = text.length > max / 3 ? new Blob([text]).size : text.length;
    return size > max ? { refused: await o.tooLarge(size) } : { text };
  }

  async function readFile(picked) {
    if (!picked) return;
    showMessage("");
    if (picked.size > maxBytes()) {
      setFile(null);
      showMessage(await o.tooLarge(picked.size));
      return;
    }
    try {
      setFile({ name: picked.name, size: picked.size, data_b64: await fileBase64(picked) });
    } catch (err) {
      setFile(null);
      showMessage("ファイルを読み込めませんでした。もう一度選んでください。");
      return;
    }
    o.onFile();
  }

  choose.addEventListener("click", () => picker.click());
  picker.addEventListener("change", () => readFile(picker.files && picker.files[0]));
  fileClear.addEventListener("click", () => { setFile(null); choose.focus(); });
  input.addEventListener("input", () => { if (file) setFile(null); });
  // A huge paste is refused before it reaches the text area (50 MB there froze the page for seconds).
  input.addEventListener("paste", (event) => {
    const text = event.clipboardData ? event.clipboardData.getData("text/plain") : "";
    const max = maxBytes();
    if (text.length <= max / 3) return; // 3 bytes a character at most (UTF-8): surely small enough
    const size = text.length > max ? text.length : new Blob([text]).size;
    if (size + input.value.length <= max) return;
    event.preventDefault();
    o.tooLarge(size).then(showMessage);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) o.onSubmit(event);
  });
  for (const target of [drop, input]) {
    target.addEventListener("dragover", (event) => {
      if (!event.dataTransfer || ![...event.dataTransfer.types].includes("Files")) return;
      event.preventDefault();
      drop.classList.add(`${cls}-drop--over`);
    });
    target.addEventListener("dragleave", () => drop.classList.remove(`${cls}-drop--over`));
    target.addEventListener("drop", (event) => {
      const picked = event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files[0];
      drop.classList.remove(`${cls}-drop--over`);
      if (!picked) return;
      event.preventDefault();
      readFile(picked);
    });
  }

  return {
    input, field, drop, note, message, showMessage, args,
    clear() { input.value = ""; setFile(null); showMessage(""); },
    /** The reader's input as it is now (kept in this module's memory only, never in storage). */
    state: () => ({ text: input.value, file }),
    restore(saved) {
      if (!saved) return;
      input.value = saved.text || "";
      setFile(saved.file || null);
    },
  };
}

const kit = { h, getClient, provider, statusBox, busy, errorText, prerendered, pendingNote, warmUp, mailInput };

export async function mountAll(elements) {
  for (const root of elements) {
    if (root.dataset.mounted) continue;
    root.dataset.mounted = "1";
    const name = root.dataset.checker;
    if (!/^[a-z][a-z0-9-]*$/.test(name || "")) continue;
    try {
      const module = await import(`./${name}.js`);
      module.mount(root, kit);
    } catch (err) {
      root.dataset.state = "error";
      root.replaceChildren(h("p", { class: "checker-error" }, `チェッカーを表示できませんでした。(${err})`));
    }
  }
}
