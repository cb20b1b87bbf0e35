/* The mail header analyzer (docs/headers.md): paste a mail's headers or pick a
 * saved mail and see its hops on a timeline drawn to scale, the SPF / DKIM /
 * DMARC results and the spam verdicts.  Python (pychecks.headers.view, in the
 * worker) does the analysis and writes every text; this module reads the
 * input and renders what comes back, always as text.  Nothing is stored. */

// The reader's input and the shown analysis, in this module's memory only (never in storage): a trip to
// another page and back in the same tab shows them again; a reload forgets them.
let kept = null; // {text, file, answer}

export function mount(root, kit) {
  const { h } = kit;
  const py = kit.getClient();
  const uid = `headers-${Math.random().toString(36).slice(2, 8)}`;
  const conf = kit.provider();
  const providerDomains = [conf.domain, conf.server_example].filter((d) => typeof d === "string" && d);
  let limits = null;
  let shown = null;

  const mail = kit.mailInput({
    uid, testid: "header", cls: "headers",
    label: "メールのヘッダ(メール全体でもかまいません)",
    placeholder: "Received: from …\n\tby … with ESMTPS id …; Tue, 3 Mar 2026 10:00:05 +0900\nAuthentication-Results: …\nFrom: …",
    note: "貼り付けた内容や選んだファイルは、このブラウザの中だけで解析します。どこにも送信・保存しません。"
      + "ほかのページへ移って戻っても表示したままにするため、このタブのページの中(メモリ)にだけ置き、"
      + "再読み込みやタブを閉じると消えます。「入力を消去」ですぐに消せます。",
    accept: ".eml,.txt,.mbox,message/rfc822,text/plain",
    dropText: "保存したメールのファイル(.eml .txt)を選ぶか、ここにドロップしてください",
    touchText: "保存したメールのファイル(.eml .txt)を選んでください",
    limits: () => limits, tooLarge, onFile: () => run(), onSubmit: (event) => run(event),
  });
  const input = mail.input;
  const analyze = h("button", { type: "submit", class: "md-button md-button--primary", "data-testid": "header-analyze" }, "解析する");
  const cancel = h("button", { type: "button", class: "md-button", "data-testid": "header-cancel", hidden: true }, "中止");
  const clear = h("button", { type: "button", class: "md-button", "data-testid": "header-clear" }, "入力を消去");
  const form = h("form", { class: "checker-form headers-form", novalidate: true },
    mail.field, mail.drop, mail.note, mail.message,
    h("div", { class: "checker-actions" }, analyze, cancel, clear));
  const output = h("div", { class: "checker-output headers-output", "data-testid": "header-output", "aria-live": "polite" });
  const fallback = h("div", { class: "headers-fallback", "data-testid": "header-fallback", hidden: true },
    h("p", {}, "解析機能を読み込めませんでした。このページの下の ",
      h("a", { href: "#read" }, "ヘッダの読み方"), " で、ご自身で確かめる方法をお読みいただけます。"));

  root.replaceChildren(kit.statusBox(root, py), fallback, form, output);

  py.onState((st) => { fallback.hidden = st.state !== "error"; }, root);
  kit.warmUp(root, py, "headers.warm_up", (l) => { limits = l; });

  const showMessage = mail.showMessage;

  async function tooLarge(size) {
    const answer = await py.call("headers.too_large", { size }).catch(() => null);
    return answer ? answer.message : `入力が大きすぎます(${size.toLocaleString("ja-JP")} バイト)。`;
  }

  function remember() {
    kept = { ...mail.state(), answer: shown };
  }

  async function readArgs() {
    const args = await mail.args();
    // Hop times are shown in the reader's own time zone.
    return args.refused ? args : { ...args, provider_domains: providerDomains, tz_offset_minutes: -new Date().getTimezoneOffset() };
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
      remember();
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

  function render(answer, focus = true) {
    shown = answer.kind === "error" ? null : answer;
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
    if (focus) head.focus();
  }

  form.addEventListener("submit", run);
  input.addEventListener("input", remember);
  cancel.addEventListener("click", () => {
    py.restart();
    input.focus();
  });
  clear.addEventListener("click", () => {
    mail.clear();
    output.replaceChildren();
    shown = null;
    kept = null;
    input.focus();
  });

  if (kept) {
    mail.restore(kept);
    if (kept.answer) render(kept.answer, false);
  }
}
