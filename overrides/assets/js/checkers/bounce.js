/* The error-mail (bounce) analyzer: paste a bounce or pick a saved file and
 * get one card per recipient.  Python (pychecks.analyzer_view, in the worker)
 * does the analysis and writes every text about the result; this module only
 * reads the input and renders what comes back, always as text.  Nothing the
 * reader pastes is stored: it stays in this module's memory (``kept``) for the
 * tab's instant navigation; only the explicit "お問い合わせ文を作成" button puts
 * the support form into sessionStorage for the next page. */

const PREFILL_KEY = "mailtrouble.support.prefill";
const SUPPORT_PAGE = "../support/";
// What the reader pasted or picked and the cards it gave, kept in this module's memory (never in
// storage) so that following a card's link to /errors/ and coming back, by Back or by a link, shows
// them again: instant navigation keeps the module loaded; a reload or closing the tab forgets them.
let kept = null; // {text, file, answer, args}

function formatBytes(n) {
  return `${n.toLocaleString("ja-JP")} バイト`;
}

export function mount(root, kit) {
  const { h } = kit;
  const py = kit.getClient();
  const uid = `bounce-${Math.random().toString(36).slice(2, 8)}`;
  let lastArgs = null; // what the shown results were made from (for the support buttons)
  let shown = null; // the answer on the page
  let limits = null;

  const mail = kit.mailInput({
    uid, testid: "bounce", cls: "analyzer",
    label: "エラーメール(ヘッダも含めて全体を貼り付けてください)",
    placeholder: "From: Mail Delivery System <MAILER-DAEMON@…>\nSubject: Undelivered Mail Returned to Sender\n…",
    note: "貼り付けた内容や選んだファイルは、このブラウザの中だけで解析します。どこにも送信・保存しません。"
      + "解説のページへ移って戻っても表示したままにするため、このタブのページの中(メモリ)にだけ置き、"
      + "再読み込みやタブを閉じると消えます。「入力を消去」ですぐに消せます。",
    accept: ".eml,.txt,.mbox,message/rfc822,text/plain,application/mbox",
    dropText: "保存したエラーメールのファイル(.eml .txt .mbox)を選ぶか、ここにドロップしてください",
    touchText: "保存したエラーメールのファイル(.eml .txt .mbox)を選んでください",
    limits: () => limits, tooLarge, onFile: () => run(), onSubmit: (event) => run(event),
  });
  const input = mail.input;
  const analyze = h("button", { type: "submit", class: "md-button md-button--primary", "data-testid": "bounce-analyze" }, "解析する");
  const cancel = h("button", { type: "button", class: "md-button", "data-testid": "bounce-cancel", hidden: true }, "中止");
  const clear = h("button", { type: "button", class: "md-button", "data-testid": "bounce-clear" }, "入力を消去");
  const form = h("form", { class: "checker-form analyzer-form", novalidate: true },
    mail.field, mail.drop, mail.note, mail.message,
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

  const showMessage = mail.showMessage;

  async function tooLarge(size) {
    const answer = await py.call("analyzer.too_large", { size }).catch(() => null);
    return answer ? answer.message : `入力が大きすぎます(${formatBytes(size)})。`;
  }

  /** Keep the input and the cards in memory for this tab (see ``kept``). */
  function remember() {
    kept = { ...mail.state(), answer: shown, args: lastArgs };
  }

  async function run(event) {
    if (event) event.preventDefault();
    if (root.dataset.state === "busy") return;
    showMessage("");
    cancel.hidden = false;
    try {
      const answer = await kit.busy(root, py, async () => {
        const args = await mail.args();
        if (args.refused) return { kind: "error", message: args.refused, results: [] };
        const result = await py.call("analyzer.run", args, root);
        lastArgs = result.kind === "bounce" ? args : null;
        return result;
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
    result.message_label ? h("p", { class: "analyzer-card__message", "data-testid": "bounce-message-label" }, result.message_label) : null,
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

  function supportActions(handoff) {
    const status = h("p", { class: "analyzer-copied", role: "status", "data-testid": "bounce-copy-status" });
    const includeId = `${uid}-include`;
    // Off unless the reader ticks it: the whole bounce goes into the draft only then.
    const include = h("input", { type: "checkbox", id: includeId, "data-testid": "bounce-include-whole",
      "aria-describedby": `${includeId}-note` });
    const copy = h("button", { type: "button", class: "md-button", "data-testid": "bounce-copy-summary" }, "お問い合わせ用にコピー");
    const toSupport = h("button", { type: "button", class: "md-button", "data-testid": "bounce-to-support" }, "お問い合わせ文を作成");
    const printBtn = h("button", { type: "button", class: "md-button" }, "印刷する");
    const cached = new Map(); // with and without the whole bounce
    const source = lastArgs;
    async function supportData() {
      const whole = include.checked;
      if (!cached.has(whole)) {
        cached.set(whole, await py.call("analyzer.support", { ...source, include_bounce: whole,
          tz_offset_minutes: -new Date().getTimezoneOffset() }, root));
      }
      const data = cached.get(whole);
      if (data.error) throw { message: data.error };
      return data;
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
    const about = handoff ? [
      h("p", { class: "analyzer-handoff", "data-testid": "bounce-handoff" }, handoff.carries),
      h("p", { class: "analyzer-include" }, h("label", { class: "checker-choice", for: includeId }, include, handoff.include_label)),
      h("p", { class: "analyzer-include__note", id: `${includeId}-note` }, handoff.include_note),
    ] : [];
    return h("div", { class: "analyzer-next" }, ...about,
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

  function unread(answer) {
    return (answer.unread || []).map((t) => h("p", { class: "analyzer-unread", "data-testid": "bounce-unread" }, t));
  }

  function render(answer, focus = true) {
    shown = answer.kind === "error" ? null : answer;
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
        head, ...unread(answer), h("ul", {}, answer.hints.map((t) => h("li", {}, t)))));
    } else {
      // a limit left part of the mail unread: say so above the cards (the text comes from Python)
      const cut = answer.truncated ? answer.hints.map((t) => h("p", { class: "analyzer-truncated", "data-testid": "bounce-truncated" }, t)) : [];
      output.replaceChildren(head, ...cut, ...unread(answer), ...answer.results.map((r) => card(r, answer.labels)),
        original(answer.original), supportActions(answer.handoff));
    }
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
    announce.textContent = "";
    lastArgs = null;
    shown = null;
    kept = null;
    input.focus();
  });

  // Back from a card's link (or any way back to this page in the same tab): the same input and cards.
  if (kept) {
    mail.restore(kept);
    lastArgs = kept.args;
    if (kept.answer) render(kept.answer, false);
  }
}
