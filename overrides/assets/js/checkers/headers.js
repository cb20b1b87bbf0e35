/* The mail header analyzer (docs/headers.md): paste a mail's headers or pick a
 * saved mail and see its hops on a timeline drawn to scale, the SPF / DKIM /
 * DMARC results and the spam verdicts.  Python (pychecks.headers.view, in the
 * worker) does the analysis and writes every text; this module reads the
 * input and renders what comes back, always as text.  Nothing is stored. */

const FALLBACK_MAX = 10 * 1024 * 1024;

/** A picked file's bytes as base64 (the browser encodes it: no helper needed). */
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

export function mount(root, kit) {
  const { h } = kit;
  const py = kit.getClient();
  const uid = `headers-${Math.random().toString(36).slice(2, 8)}`;
  const conf = kit.provider();
  const providerDomains = [conf.domain, conf.server_example].filter((d) => typeof d === "string" && d);
  let file = null; // {name, size, data_b64}
  let limits = null;

  const input = h("textarea", {
    id: `${uid}-input`, "data-testid": "header-input", rows: "12", spellcheck: "false", autocomplete: "off",
    autocapitalize: "off", class: "headers-input", "aria-describedby": `${uid}-note ${uid}-msg`,
    placeholder: "Received: from …\n\tby … with ESMTPS id …; Tue, 3 Mar 2026 10:00:05 +0900\nAuthentication-Results: …\nFrom: …",
  });
  const picker = h("input", {
    type: "file", id: `${uid}-file`, class: "headers-file__input", "data-testid": "header-file",
    accept: ".eml,.txt,.mbox,message/rfc822,text/plain",
  });
  const fileName = h("span", { "data-testid": "header-file-name" });
  const fileClear = h("button", { type: "button", class: "md-button headers-file__clear" }, "ファイルの選択を解除");
  const fileChip = h("p", { class: "headers-file__chosen", hidden: true }, fileName, " ", fileClear);
  const drop = h("div", { class: "headers-drop", "data-testid": "header-drop" },
    h("label", { for: `${uid}-file`, class: "headers-drop__label" },
      h("span", { class: "drop-pointer" }, "保存したメールのファイル(.eml .txt)を選ぶか、ここにドロップしてください"),
      h("span", { class: "drop-touch" }, "保存したメールのファイル(.eml .txt)を選んでください")),
    picker, fileChip);
  const message = h("p", { id: `${uid}-msg`, class: "checker-field__error", "data-testid": "header-error", role: "alert", hidden: true });
  const analyze = h("button", { type: "submit", class: "md-button md-button--primary", "data-testid": "header-analyze" }, "解析する");
  const cancel = h("button", { type: "button", class: "md-button", "data-testid": "header-cancel", hidden: true }, "中止");
  const clear = h("button", { type: "button", class: "md-button", "data-testid": "header-clear" }, "入力を消去");
  const form = h("form", { class: "checker-form headers-form", novalidate: true },
    h("div", { class: "checker-field" },
      h("label", { for: `${uid}-input` }, "メールのヘッダ(メール全体でもかまいません)"), input),
    drop,
    h("p", { id: `${uid}-note`, class: "headers-note" },
      "貼り付けた内容や選んだファイルは、このブラウザの中だけで解析します。どこにも送信・保存しません。"),
    message,
    h("div", { class: "checker-actions" }, analyze, cancel, clear));
  const output = h("div", { class: "checker-output headers-output", "data-testid": "header-output", "aria-live": "polite" });
  const fallback = h("div", { class: "headers-fallback", "data-testid": "header-fallback", hidden: true },
    h("p", {}, "解析機能を読み込めませんでした。このページの下の ",
      h("a", { href: "#read" }, "ヘッダの読み方"), " で、ご自身で確かめる方法をお読みいただけます。"));

  root.replaceChildren(kit.statusBox(root, py), fallback, form, output);

  py.onState((st) => { fallback.hidden = st.state !== "error"; }, root);
  kit.warmUp(root, py, "headers.warm_up", (l) => { limits = l; });

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

  async function maxBytes() {
    if (!limits) limits = await py.call("headers.limits").catch(() => null);
    return (limits && limits.max_bytes) || FALLBACK_MAX;
  }

  async function tooLarge(size) {
    const answer = await py.call("headers.too_large", { size }).catch(() => null);
    return answer ? answer.message : `入力が大きすぎます(${size.toLocaleString("ja-JP")} バイト)。`;
  }

  async function readArgs() {
    const max = await maxBytes();
    // Hop times are shown in the reader's own time zone.
    const common = { provider_domains: providerDomains, tz_offset_minutes: -new Date().getTimezoneOffset() };
    if (file) return { data_b64: file.data_b64, ...common };
    const text = input.value;
    const size = text.length > max / 3 ? new Blob([text]).size : text.length;
    if (size > max) return { refused: await tooLarge(size) };
    return { text, ...common };
  }

  async function run(event) {
    if (event) event.preventDefault();
    if (root.dataset.state === "busy") return;
    showMessage("");
    cancel.hidden = false;
    try {
      const answer = await kit.busy(root, py, async () => {
        const args = await readArgs();
        if (args.refused) return { kind: "error", message: args.refused };
        return py.call("headers.run", args);
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

  function verdictList(items, labels) {
    return h("section", { class: "headers-section", "data-testid": "header-verdict" },
      h("h3", {}, labels.verdict),
      h("ul", { class: "headers-verdict" }, items.map((item) => h("li", {
        class: `headers-verdict__item headers-level--${item.level}`, "data-topic": item.topic,
        "data-level": item.level, "data-method": item.method || null,
      }, item.text, item.url ? [" ", h("a", { href: item.url, "data-testid": "header-auth-link" }, item.link_text)] : null))));
  }

  function hopRow(hop, labels) {
    const bar = h("span", { class: `headers-bar${hop.scale ? "" : " headers-bar--none"}`, "aria-hidden": "true" });
    // CSSOM, not a style attribute: allowed under a strict style-src.
    bar.style.setProperty("--scale", String(hop.scale));
    const meta = [hop.time_text, hop.with, hop.tls_text, hop.auth_text, hop.ip ? `IP ${hop.ip}` : "", hop.side_label]
      .filter(Boolean);
    return h("li", {
      class: `headers-hop headers-side--${hop.side || "server"}${hop.slowest ? " headers-hop--slowest" : ""}`,
      "data-testid": "header-hop", "data-delay": hop.delay_s === null ? "" : String(hop.delay_s),
      "data-side": hop.side || "", "data-index": String(hop.index),
    },
    h("div", { class: "headers-hop__head" },
      h("span", { class: "headers-hop__number" }, String(hop.number)),
      h("span", { class: "headers-hop__route", lang: "en" },
        h("span", { class: "headers-hop__from" }, hop.from || hop.ip || "—"), " → ",
        h("span", { class: "headers-hop__by" }, hop.by || "—"))),
    h("div", { class: "headers-hop__meta" }, meta.join(" ・ ")),
    h("div", { class: "headers-hop__delay" },
      h("span", { class: "headers-hop__track" }, bar),
      h("span", { class: "headers-hop__time" }, `${labels.delay}: ${hop.delay_text}`,
        hop.skew_text ? `(${hop.skew_text})` : "",
        hop.slowest ? h("strong", { class: "headers-hop__flag" }, ` ${labels.slowest}`) : "")));
  }

  function timeline(answer) {
    const { labels } = answer;
    if (!answer.hops.length) return null;
    return h("section", { class: "headers-section" },
      h("h3", {}, labels.timeline),
      h("p", { class: "headers-note" }, labels.timeline_note),
      h("ol", { class: "headers-timeline", "data-testid": "header-timeline" }, answer.hops.map((hop) => hopRow(hop, labels))),
      h("p", { class: "headers-total", "data-testid": "header-total" }, `${labels.total}: ${answer.total_text}`));
  }

  function authTable(answer) {
    const { auth, labels } = answer;
    return h("section", {
      class: "headers-section headers-auth", "data-testid": "header-auth",
      "data-spf": auth.spf, "data-dkim": auth.dkim, "data-dmarc": auth.dmarc,
      "data-aligned": auth.aligned === null ? "unknown" : String(auth.aligned),
    },
    h("h3", {}, labels.auth),
    h("p", {}, `${labels.from_domain}: `, h("span", { lang: "en" }, auth.from_domain)),
    h("table", { class: "headers-auth__table" },
      h("thead", {}, h("tr", {}, [labels.method, labels.result, labels.domain, labels.aligned].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, auth.rows.map((row) => h("tr", { "data-method": row.method, "data-result": row.result },
        h("th", { scope: "row" }, row.label),
        h("td", {}, h("span", { class: `headers-result headers-result--${row.result}` }, row.result_text),
          row.result !== "unknown" ? h("span", { class: "headers-result__word", lang: "en" }, ` (${row.result})`) : ""),
        h("td", { lang: "en" }, row.domain),
        h("td", {}, row.aligned_text))))));
  }

  function spamList(answer) {
    if (!answer.spam.length) return null;
    return h("section", { class: "headers-section", "data-testid": "header-spam" },
      h("h3", {}, answer.labels.spam),
      h("dl", { class: "headers-spam" }, answer.spam.flatMap((s) => [
        h("dt", { lang: "en", "data-verdict": s.verdict }, s.header),
        h("dd", {}, h("p", {}, s.text), h("code", { class: "headers-spam__value" }, s.value))])));
  }

  function render(answer) {
    if (answer.kind === "error") {
      output.replaceChildren();
      showMessage(answer.message);
      input.focus();
      return;
    }
    const head = h("p", { class: "headers-headline", tabindex: "-1", "data-testid": "header-headline" }, answer.message);
    const warnings = answer.warnings.length
      ? h("div", { class: "headers-warnings", "data-testid": "header-warnings" },
        h("p", { class: "headers-warnings__title" }, answer.labels.warnings),
        h("ul", {}, answer.warnings.map((w) => h("li", {}, w))))
      : null;
    const print = h("button", { type: "button", class: "md-button headers-print" }, "印刷する");
    print.addEventListener("click", () => window.print());
    output.replaceChildren(...[head, verdictList(answer.verdict, answer.labels), warnings, timeline(answer),
      authTable(answer), spamList(answer), h("div", { class: "checker-actions headers-next" }, print)].filter(Boolean));
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
      setFile({ name: picked.name, size: picked.size, data_b64: await fileBase64(picked) });
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
    input.focus();
  });
  for (const target of [drop, input]) {
    target.addEventListener("dragover", (event) => {
      if (!event.dataTransfer || ![...event.dataTransfer.types].includes("Files")) return;
      event.preventDefault();
      drop.classList.add("headers-drop--over");
    });
    target.addEventListener("dragleave", () => drop.classList.remove("headers-drop--over"));
    target.addEventListener("drop", (event) => {
      const picked = event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files[0];
      drop.classList.remove("headers-drop--over");
      if (!picked) return;
      event.preventDefault();
      readFile(picked);
    });
  }
}
