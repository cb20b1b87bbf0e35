/* The error-mail (bounce) analyzer: paste a bounce or pick a saved file and
 * get one card per recipient.  Python (pychecks.analyzer_view, in the worker)
 * does the analysis and writes every text about the result; this module only
 * reads the input and renders what comes back, always as text.  Nothing the
 * reader pastes is stored; only the explicit "お問い合わせ文を作成" button puts
 * the support form into sessionStorage for the next page. */

const PREFILL_KEY = "mailtrouble.support.prefill";
const SUPPORT_PAGE = "../support/";
const FALLBACK_MAX = 10 * 1024 * 1024;

/** base64 of a Uint8Array, in chunks so a 10 MB file does not blow the call stack. */
function toBase64(bytes) {
  if (typeof bytes.toBase64 === "function") return bytes.toBase64();
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function formatBytes(n) {
  return `${n.toLocaleString("ja-JP")} バイト`;
}

export function mount(root, kit) {
  const { h } = kit;
  const py = kit.getClient();
  const uid = `bounce-${Math.random().toString(36).slice(2, 8)}`;
  let file = null; // {name, size, bytes} when the reader picked a file
  let lastArgs = null; // what the shown results were made from (for the support buttons)
  let limits = null;

  const input = h("textarea", {
    id: `${uid}-input`, "data-testid": "bounce-input", rows: "12", spellcheck: "false", autocomplete: "off",
    autocapitalize: "off", class: "analyzer-input", "aria-describedby": `${uid}-note ${uid}-msg`,
    placeholder: "From: Mail Delivery System <MAILER-DAEMON@…>\nSubject: Undelivered Mail Returned to Sender\n…",
  });
  const picker = h("input", {
    type: "file", id: `${uid}-file`, class: "analyzer-file__input", "data-testid": "bounce-file",
    accept: ".eml,.txt,.mbox,message/rfc822,text/plain,application/mbox",
  });
  const fileName = h("span", { class: "analyzer-file__name", "data-testid": "bounce-file-name" });
  const fileClear = h("button", { type: "button", class: "md-button analyzer-file__clear" }, "ファイルの選択を解除");
  const fileChip = h("p", { class: "analyzer-file__chosen", hidden: true }, fileName, " ", fileClear);
  const drop = h("div", { class: "analyzer-drop", "data-testid": "bounce-drop" },
    h("label", { for: `${uid}-file`, class: "analyzer-drop__label" },
      h("span", { class: "drop-pointer" }, "保存したエラーメールのファイル(.eml .txt .mbox)を選ぶか、ここにドロップしてください"),
      h("span", { class: "drop-touch" }, "保存したエラーメールのファイル(.eml .txt .mbox)を選んでください")),
    picker, fileChip);
  const message = h("p", { id: `${uid}-msg`, class: "checker-field__error", "data-testid": "bounce-error", role: "alert", hidden: true });
  const analyze = h("button", { type: "submit", class: "md-button md-button--primary", "data-testid": "bounce-analyze" }, "解析する");
  const cancel = h("button", { type: "button", class: "md-button", "data-testid": "bounce-cancel", hidden: true }, "中止");
  const clear = h("button", { type: "button", class: "md-button", "data-testid": "bounce-clear" }, "入力を消去");
  const form = h("form", { class: "checker-form analyzer-form", novalidate: true },
    h("div", { class: "checker-field" },
      h("label", { for: `${uid}-input` }, "エラーメール(ヘッダも含めて全体を貼り付けてください)"), input),
    drop,
    h("p", { id: `${uid}-note`, class: "analyzer-note" },
      "貼り付けた内容や選んだファイルは、このブラウザの中だけで解析します。どこにも送信・保存しません。"),
    message,
    h("div", { class: "checker-actions" }, analyze, cancel, clear));
  const output = h("div", { class: "checker-output analyzer-output", "data-testid": "bounce-output" });
  // Screen readers hear the headline only, not every card (a11y.css .sr-only).
  const announce = h("p", { class: "sr-only", role: "status", "data-testid": "bounce-announce" });
  const fallback = h("div", { class: "analyzer-fallback", "data-testid": "bounce-fallback", hidden: true },
    h("p", {}, "解析機能を読み込めませんでした。エラーメールの読み方と、原因ごとの意味・対処は、",
      h("a", { href: "../errors/" }, "エラーメールのページ"), "でお読みいただけます。"),
    h("p", {}, "エラーメールの中の「550 5.1.1」のような数字と、その後ろの英文を探して、",
      h("a", { href: "../errors/#lookup" }, "言葉とコードの一覧"), "と見比べてください。"));

  root.replaceChildren(kit.statusBox(root, py), fallback, form, announce, output);

  // The worker starts with the page (getClient above); once it is up, one small
  // analysis loads the engine so the reader's first click answers at once.
  py.onState((st) => { fallback.hidden = st.state !== "error"; }, root);
  kit.warmUp(root, py, "analyzer.warm_up", (l) => { limits = l; });

  function showMessage(text) {
    message.hidden = !text;
    message.textContent = text || "";
    input.setAttribute("aria-invalid", text ? "true" : "false");
  }

  function setFile(next) {
    file = next;
    fileChip.hidden = !file;
    fileName.textContent = file ? `選択中のファイル: ${file.name}(${formatBytes(file.size)})` : "";
    if (!file) picker.value = "";
  }

  async function maxBytes() {
    if (!limits) limits = await py.call("analyzer.limits").catch(() => null);
    return (limits && limits.max_bytes) || FALLBACK_MAX;
  }

  async function tooLarge(size) {
    const answer = await py.call("analyzer.too_large", { size }).catch(() => null);
    return answer ? answer.message : `入力が大きすぎます(${formatBytes(size)})。`;
  }

  /** The arguments for Python: the file's bytes (base64) or the pasted text; null if too large. */
  async function readArgs() {
    const max = await maxBytes();
    if (file) {
      if (file.size > max) return { refused: await tooLarge(file.size) };
      return { data_b64: toBase64(file.bytes) };
    }
    const text = input.value;
    const size = text.length > max / 3 ? new Blob([text]).size : text.length;
    if (size > max) return { refused: await tooLarge(size) };
    return { text };
  }

  async function run(event) {
    if (event) event.preventDefault();
    if (root.dataset.state === "busy") return;
    showMessage("");
    cancel.hidden = false;
    try {
      const answer = await kit.busy(root, py, async () => {
        const args = await readArgs();
        if (args.refused) return { kind: "error", message: args.refused, results: [] };
        const result = await py.call("analyzer.run", args, root);
        if (result.kind === "bounce") lastArgs = args;
        return result;
      });
      render(answer);
    } catch (err) {
      showMessage(err && err.type === "Cancelled"
        ? "解析を中止しました。入力はそのまま残っています。準備ができたら、もう一度お試しください。"
        : kit.errorText(err));
    } finally {
      cancel.hidden = true;
    }
  }

  function diagnostic(result) {
    if (!result.diagnostic.length) return null;
    return h("div", { class: "analyzer-diag" },
      h("p", { class: "analyzer-diag__label" }, result.diagnostic_label),
      h("p", { class: "analyzer-diag__text", lang: result.diagnostic_lang || "en", "data-testid": "bounce-diagnostic" },
        result.diagnostic.map((s) => (s.mark ? h("mark", {}, s.text) : s.text))));
  }

  function readings(result) {
    if (!result.readings || !result.readings.length) return null;
    return h("div", { class: "analyzer-readings", "data-testid": "bounce-readings" },
      h("h4", {}, result.readings_label), h("ol", {}, result.readings.map((r) => h("li", {}, r))));
  }

  function evidence(result) {
    if (!result.evidence || !result.evidence.length) return null;
    return h("details", { class: "analyzer-evidence", "data-testid": "bounce-evidence" },
      h("summary", {}, `${result.evidence_label}: ${result.confidence_label}`),
      h("ul", {}, result.evidence.map((e) => h("li", {},
        h("span", { class: "analyzer-evidence__source" }, `${e.source}: `),
        h("code", { lang: "en" }, e.text), " ",
        e.url ? h("a", { href: e.url, rel: "noopener" }, e.rule) : h("span", {}, e.rule)))));
  }

  function card(result, labels) {
    return h("article", {
      class: `analyzer-card analyzer-card--${result.bounce_kind}`, "data-testid": "bounce-result",
      "data-recipient": result.recipient, "data-reason": result.reason,
      "data-status": result.deliverystatus, "data-replycode": result.replycode, "data-confidence": result.confidence,
    },
    h("h3", { class: "analyzer-card__title" }, result.headline),
    h("p", { class: "analyzer-card__summary" }, result.summary),
    h("p", { class: "analyzer-card__kind" }, result.bounce_label),
    h("dl", { class: "analyzer-facts" },
      result.facts.flatMap((f) => [h("dt", {}, f.label), h("dd", { "data-field": f.key }, f.value)])),
    diagnostic(result),
    h("h4", {}, labels.meaning), h("p", {}, result.meaning),
    readings(result),
    h("h4", {}, labels.actions), h("ul", {}, result.actions.map((a) => h("li", {}, a))),
    evidence(result),
    h("div", { class: `analyzer-support${result.contact_support ? " analyzer-support--contact" : ""}`,
      "data-testid": "bounce-support" },
    h("p", { class: "analyzer-support__title" }, `${labels.support}: ${result.contact_label}`),
    h("p", {}, result.support)),
    h("p", { class: "analyzer-card__more" }, h("a", { href: result.faq_url, "data-testid": "bounce-faq" }, result.faq_label)));
  }

  function supportActions() {
    const status = h("p", { class: "analyzer-copied", role: "status", "data-testid": "bounce-copy-status" });
    const copy = h("button", { type: "button", class: "md-button", "data-testid": "bounce-copy-summary" }, "お問い合わせ用にコピー");
    const toSupport = h("button", { type: "button", class: "md-button", "data-testid": "bounce-to-support" }, "お問い合わせ文を作成");
    const printBtn = h("button", { type: "button", class: "md-button" }, "印刷する");
    let cached = null;
    const source = lastArgs;
    async function supportData() {
      if (!cached) {
        cached = await py.call("analyzer.support", { ...source, tz_offset_minutes: -new Date().getTimezoneOffset() }, root);
      }
      if (cached.error) throw { message: cached.error };
      return cached;
    }
    copy.addEventListener("click", async () => {
      status.textContent = "";
      try {
        const data = await supportData();
        try {
          await navigator.clipboard.writeText(data.summary);
          status.textContent = "コピーしました。お問い合わせのメールやフォームに貼り付けてください。";
        } catch (err) {
          const area = h("textarea", { readonly: true, rows: "8", class: "analyzer-input", "aria-label": "お問い合わせ用の文章" });
          area.value = data.summary;
          status.replaceChildren("自動でコピーできませんでした。下の文章を選択してコピーしてください。", area);
          area.select();
        }
      } catch (err) {
        status.textContent = kit.errorText(err);
      }
    });
    toSupport.addEventListener("click", async () => {
      status.textContent = "";
      try {
        const data = await supportData();
        sessionStorage.setItem(PREFILL_KEY, JSON.stringify(data.form));
        location.href = new URL(SUPPORT_PAGE, location.href).href;
      } catch (err) {
        // a full (or refused) sessionStorage: say so, rather than show the browser's English error
        status.textContent = err instanceof DOMException
          ? "お問い合わせ文の下書きをこのタブに保存できませんでした(ブラウザの保存領域がいっぱいか、保存が許可されていません)。"
            + "「お問い合わせ用にコピー」で文面をコピーしてお使いください。"
          : kit.errorText(err);
      }
    });
    printBtn.addEventListener("click", () => window.print());
    return h("div", { class: "analyzer-next" },
      h("div", { class: "checker-actions" }, copy, toSupport, printBtn), status);
  }

  // The returned original's route and SPF/DKIM/DMARC, as the header analyzer reads them.
  function original(info) {
    if (!info) return null;
    const L = info.labels;
    return h("section", { class: "analyzer-original", "data-testid": "bounce-original" },
      h("h3", {}, L.title),
      h("ul", {}, info.verdict.map((t) => h("li", {}, t))),
      h("table", { class: "analyzer-original__auth" },
        h("caption", {}, L.auth),
        h("thead", {}, h("tr", {}, [L.method, L.result, L.domain, L.aligned].map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", {}, info.auth.map((r) => h("tr", { "data-method": r.method, "data-result": r.result },
          h("th", { scope: "row" }, r.label), h("td", {}, r.result_text), h("td", {}, r.domain), h("td", {}, r.aligned_text))))),
      h("p", {}, h("a", { href: info.url }, L.more)));
  }

  function render(answer) {
    const head = h("p", { class: "analyzer-headline", tabindex: "-1" }, answer.message);
    announce.textContent = answer.kind === "error" ? "" : answer.message;
    if (answer.kind === "error") {
      output.replaceChildren();
      showMessage(answer.message);
      input.focus();
      return;
    }
    if (answer.kind === "none") {
      output.replaceChildren(h("div", { class: "analyzer-none", "data-testid": "bounce-none" },
        head, h("ul", {}, answer.hints.map((t) => h("li", {}, t)))));
    } else {
      // a limit left part of the mail unread: say so above the cards (the text comes from Python)
      const cut = answer.truncated ? answer.hints.map((t) => h("p", { class: "analyzer-truncated", "data-testid": "bounce-truncated" }, t)) : [];
      output.replaceChildren(head, ...cut, ...answer.results.map((r) => card(r, answer.labels)), original(answer.original),
        supportActions());
    }
    head.focus();
  }

  async function readFile(picked) {
    if (!picked) return;
    showMessage("");
    const max = await maxBytes();
    if (picked.size > max) {
      setFile(null);
      showMessage(await tooLarge(picked.size));
      return;
    }
    try {
      const bytes = new Uint8Array(await picked.arrayBuffer());
      setFile({ name: picked.name, size: picked.size, bytes });
    } catch (err) {
      setFile(null);
      showMessage("ファイルを読み込めませんでした。もう一度選んでください。");
      return;
    }
    run();
  }

  form.addEventListener("submit", run);
  picker.addEventListener("change", () => readFile(picker.files && picker.files[0]));
  fileClear.addEventListener("click", () => { setFile(null); picker.focus(); });
  input.addEventListener("input", () => { if (file) setFile(null); });
  // A huge paste is refused before it reaches the text area (50 MB there froze the page for seconds).
  input.addEventListener("paste", (event) => {
    const text = event.clipboardData ? event.clipboardData.getData("text/plain") : "";
    const max = (limits && limits.max_bytes) || FALLBACK_MAX;
    if (text.length <= max / 3) return; // 3 bytes a character at most (UTF-8): surely small enough
    const size = text.length > max ? text.length : new Blob([text]).size;
    if (size + input.value.length <= max) return;
    event.preventDefault();
    tooLarge(size).then(showMessage);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run(event);
  });
  cancel.addEventListener("click", () => {
    py.restart();
    input.focus();
  });
  clear.addEventListener("click", () => {
    input.value = "";
    setFile(null);
    showMessage("");
    output.replaceChildren();
    lastArgs = null;
    input.focus();
  });
  for (const target of [drop, input]) {
    target.addEventListener("dragover", (event) => {
      if (!event.dataTransfer || ![...event.dataTransfer.types].includes("Files")) return;
      event.preventDefault();
      drop.classList.add("analyzer-drop--over");
    });
    target.addEventListener("dragleave", () => drop.classList.remove("analyzer-drop--over"));
    target.addEventListener("drop", (event) => {
      const picked = event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files[0];
      drop.classList.remove("analyzer-drop--over");
      if (!picked) return;
      event.preventDefault();
      readFile(picked);
    });
  }
}
