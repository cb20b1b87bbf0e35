/* The support-request builder.  The reader's answers live in this tab's
 * sessionStorage (nothing leaves the browser); pychecks.support renders the
 * request text, the mailto link and the per-field messages.  A prefill left
 * by the analyzer or the guide is merged in by Python without losing input. */

const FORM_KEY = "mailtrouble.support.form";
const PREFILL_KEY = "mailtrouble.support.prefill";

function storageGet(key) {
  try {
    const raw = window.sessionStorage.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch (err) {
    return null;
  }
}

/** Keep ``value`` under ``key``; false when the browser refused (full storage, private mode):
 * the form still works, but the caller must say that it is not kept. */
function storageSet(key, value) {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch (err) {
    return false;
  }
}

/** The reader's local time as YYYY-MM-DDTHH:MM, for the "not in the future" check. */
function localNow() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function testid(field) {
  return field.replace(/\./g, "-");
}

export function mount(root, kit) {
  const { h } = kit;
  const py = kit.getClient();
  const provider = kit.provider();
  const uid = `support-${Math.random().toString(36).slice(2, 8)}`;
  const body = h("div", { class: "support-body" });
  root.classList.add("support-builder");
  root.replaceChildren(
    h("h2", { class: "checker-title" }, "お問い合わせ文を作る"),
    h("p", { class: "support-privacy" },
      "入力した内容(エラーメールの解析から引き継いだ内容を含みます)は、このタブの sessionStorage にだけ保存され、"
      + "どこにも送信されません。再読み込みしても残り、タブを閉じると消えます。「入力内容を消す」ですぐに消せます。"),
    kit.statusBox(root, py), body);

  let opts = null;
  let form = null;
  let errorEls = new Map();
  let timer = null;
  let lastText = "";
  let stale = false; // the request text below is older than the form
  const pending = kit.pendingNote(py, root, "Python の準備ができしだい、文面を作ります");
  const notice = h("div", { class: "support-notice admonition note", "data-testid": "support-notice", role: "status", hidden: true });
  const output = h("pre", { class: "support-output", "data-testid": "support-output", tabindex: "0", "aria-label": "お問い合わせ文" });
  const copyStatus = h("span", { class: "support-copy-status", "data-testid": "support-copy-status", role: "status", "aria-live": "polite" });
  const mailto = h("a", { class: "md-button md-button--primary", "data-testid": "support-mailto", href: "#" }, "メールソフトで作成する");
  const mailtoNote = h("p", { class: "support-mailto-note", "data-testid": "support-mailto-note", hidden: true });
  const retention = h("p", { class: "support-retention", "data-testid": "support-retention" });
  const errorSummary = h("p", { class: "checker-error support-error-summary", "data-testid": "support-error-summary", hidden: true });
  const formEl = h("form", { class: "checker-form support-form", novalidate: true, "data-testid": "support-form" });

  function field(name) {
    return opts.fields[name];
  }

  function errorSlot(name) {
    const el = h("p", { class: "checker-field__error", id: `${uid}-${testid(name)}-err`, "data-testid": `support-error-${testid(name)}`, hidden: true });
    errorEls.set(name, el);
    return el;
  }

  function hint(name) {
    return hintFor(name, name);
  }

  function described(name) {
    const ids = [`${uid}-${testid(name)}-err`];
    if (field(name.split(".").pop()).hint) ids.unshift(`${uid}-${testid(name)}-hint`);
    return ids.join(" ");
  }

  function textInput(name, value, attrs = {}) {
    const id = `${uid}-${testid(name)}`;
    const short = name.split(".").pop();
    const input = h(attrs.multiline ? "textarea" : "input", {
      id, name, "data-key": name, "data-testid": `support-${testid(name)}`, "aria-describedby": described(name),
      spellcheck: "false", ...(attrs.multiline ? { rows: attrs.rows || 4 } : { type: attrs.type || "text" }),
      ...attrs.extra,
    });
    input.value = value || "";
    return h("div", { class: "checker-field" },
      h("label", { for: id }, field(short).label), hintFor(name, short), input, errorSlot(name));
  }

  function hintFor(name, short) {
    const text = field(short).hint;
    return text ? h("p", { class: "support-hint", id: `${uid}-${testid(name)}-hint` }, text) : null;
  }

  function choiceGroup(name, choices, selected, type) {
    const values = Array.isArray(selected) ? selected : [selected];
    return h("fieldset", { class: "checker-field", "aria-describedby": field(name).hint ? `${uid}-${testid(name)}-hint` : null },
      h("legend", {}, field(name).label), hint(name),
      h("div", { class: "support-choices" }, choices.map((c) => h("label", { class: "checker-choice" },
        h("input", { type, name: `${uid}-${name}`, value: c.value, "data-key": name, checked: values.includes(c.value),
          "data-testid": `support-${name}-${c.value}` }), c.label))));
  }

  /** The fields the provider's configuration asks for (extra.provider.support_fields), else none. */
  function customerInputs() {
    return (opts.customer_fields || []).map((f) => {
      const name = `customer.${f.id}`;
      const id = `${uid}-${testid(name)}`;
      const hintEl = f.hint ? h("p", { class: "support-hint", id: `${id}-hint` }, f.hint) : null;
      const input = h("input", { id, name, type: "text", "data-key": name, "data-testid": `support-customer-${f.id}`,
        spellcheck: "false", autocomplete: f.id === "customer_name" ? "name" : "off",
        "aria-describedby": [f.hint ? `${id}-hint` : "", `${uid}-${testid(name)}-err`].filter(Boolean).join(" ") });
      input.value = (form.customer || {})[f.id] || "";
      return h("div", { class: "checker-field" }, h("label", { for: id }, f.label), hintEl, input, errorSlot(name));
    });
  }

  /** What support looks up in its logs (the analyzer fills it), folded away until it holds something. */
  function logInputs(msg, prefix) {
    const keys = opts.log_keys || [];
    const filled = keys.some((k) => msg[k]) || msg.bounce;
    const parts = keys.map((k) => textInput(`${prefix}.${k}`, msg[k], { extra: { autocomplete: "off" } }));
    if (msg.bounce) {
      parts.push(textInput(`${prefix}.bounce`, msg.bounce, { multiline: true, rows: 8, extra: { class: "support-error-text" } }));
    }
    return h("details", { class: "support-log", open: filled, "data-testid": `support-log-${prefix.split(".")[1]}` },
      h("summary", {}, "記録(ログ)を調べるための情報(エラーメールの解析から入ります)"), parts);
  }

  function messageBlock(msg, index) {
    const prefix = `messages.${index}`;
    const remove = h("button", { type: "button", class: "md-button support-remove", "data-testid": `support-remove-${index}` },
      `${index + 1} 通目を削除`);
    remove.addEventListener("click", () => {
      form = readForm();
      form.messages.splice(index, 1);
      drawForm();
      changed();
    });
    return h("fieldset", { class: "support-message", "data-index": String(index), "data-testid": `support-message-${index}` },
      h("legend", {}, `${index + 1} 通目`),
      textInput(`${prefix}.sent_at`, msg.sent_at, { type: "datetime-local", extra: { max: localNow() } }),
      textInput(`${prefix}.sender`, msg.sender, { extra: { inputmode: "email", autocomplete: "email" } }),
      textInput(`${prefix}.recipient`, msg.recipient, { extra: { inputmode: "email" } }),
      textInput(`${prefix}.error`, msg.error, { multiline: true, rows: 6, extra: { class: "support-error-text" } }),
      logInputs(msg, prefix),
      h("div", { class: "checker-actions" }, remove));
  }

  function drawForm() {
    errorEls = new Map();
    const messages = form.messages.length ? form.messages : [opts.empty_message];
    const add = h("button", { type: "button", class: "md-button", "data-testid": "support-add-message",
      disabled: messages.length >= opts.max_messages }, "メールを追加する");
    add.addEventListener("click", () => {
      form = readForm();
      form.messages.push({ ...opts.empty_message });
      drawForm();
      const blocks = formEl.querySelectorAll(".support-message");
      blocks[blocks.length - 1].querySelector("input").focus();
      changed();
    });
    formEl.replaceChildren(
      ...customerInputs(),
      textInput("domain", form.domain, { extra: { inputmode: "url", autocomplete: "off", placeholder: "example.com" } }),
      choiceGroup("direction", opts.directions, form.direction, "radio"),
      textInput("since", form.since, { type: "date", extra: { max: localNow().slice(0, 10) } }),
      choiceGroup("trigger", opts.triggers, form.trigger, "radio"),
      choiceGroup("kinds", opts.kinds, form.kinds, "checkbox"),
      textInput("details", form.details, { multiline: true, rows: 4 }),
      choiceGroup("scope", opts.scopes, form.scope, "radio"),
      h("fieldset", { class: "checker-field support-messages" },
        h("legend", {}, field("messages").label), hint("messages"),
        messages.map((m, i) => messageBlock(m, i)),
        h("div", { class: "checker-actions" }, add)));
  }

  /** The form state as the inputs hold it now. */
  function readForm() {
    const next = { ...opts.empty, kinds: [], customer: { ...(form && form.customer) }, messages: [] };
    for (const el of formEl.querySelectorAll("[data-key]")) {
      const key = el.dataset.key;
      const m = /^messages\.(\d+)\.(\w+)$/.exec(key);
      const c = /^customer\.(\w+)$/.exec(key);
      if (c) {
        next.customer[c[1]] = el.value;
      } else if (m) {
        const i = Number(m[1]);
        // keys not drawn (an empty whole-bounce field) keep what the form held
        next.messages[i] = next.messages[i] || { ...opts.empty_message, ...((form && form.messages[i]) || {}) };
        next.messages[i][m[2]] = el.value;
      } else if (el.type === "checkbox") {
        if (el.checked) next[key].push(el.value);
      } else if (el.type === "radio") {
        if (el.checked) next[key] = el.value;
      } else {
        next[key] = el.value;
      }
    }
    next.messages = next.messages.filter(Boolean);
    return next;
  }

  function showErrors(errors) {
    for (const [name, el] of errorEls) {
      const message = errors[name] || "";
      el.textContent = message;
      el.hidden = !message;
      const input = formEl.querySelector(`[data-key="${name}"]`);
      if (input) input.setAttribute("aria-invalid", message ? "true" : "false");
    }
    const count = Object.keys(errors).length;
    errorSummary.hidden = !count;
    errorSummary.textContent = count ? `確認が必要な項目が ${count} か所あります。各項目の下の説明をご覧ください。` : "";
  }

  function showResult(result) {
    lastText = result.text;
    output.textContent = result.text;
    mailto.href = result.mailto;
    mailtoNote.textContent = result.mailto_note;
    mailtoNote.hidden = !result.mailto_note;
    retention.textContent = result.retention;
    root.dataset.output = "1";
    showErrors(result.errors);
  }

  async function update() {
    const sent = form;
    try {
      const result = await py.call("support.render", { form: sent, provider, now: localNow() });
      if (sent !== form) return; // the reader typed meanwhile: a newer update is on its way
      showResult(result);
      stale = false;
      pending.queue(false);
    } catch (err) {
      output.textContent = kit.errorText(err);
      pending.queue(false);
    }
  }

  const storageFull = h("p", { class: "support-storage-full checker-field__error", "data-testid": "support-storage-full", role: "alert", hidden: true });

  function changed() {
    form = readForm();
    const kept = storageSet(FORM_KEY, form);
    storageFull.textContent = kept ? "" : opts.storage_full;
    storageFull.hidden = kept;
    copyStatus.textContent = "";
    clearTimeout(timer);
    stale = true;
    if (py.status.state !== "ready") pending.queue();
    timer = setTimeout(update, 250);
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(lastText);
      copyStatus.textContent = "コピーしました。メールやお問い合わせフォームに貼り付けてください。";
    } catch (err) {
      const range = document.createRange();
      range.selectNodeContents(output);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      copyStatus.textContent = "自動でコピーできませんでした。選択された文面を Ctrl+C(⌘+C)でコピーしてください。";
    }
  }

  function clear() {
    if (!window.confirm("入力した内容をすべて消します。よろしいですか?")) return;
    storageSet(FORM_KEY, null);
    form = { ...opts.empty, kinds: [], messages: [] };
    notice.hidden = true;
    drawForm();
    changed();
    formEl.querySelector("input").focus();
  }

  function showNotice(merged) {
    const children = [h("p", {}, merged.notice)];
    if (merged.kept.length) {
      const replace = h("button", { type: "button", class: "md-button", "data-testid": "support-replace" },
        "前のページの内容だけで入力し直す");
      replace.addEventListener("click", () => {
        form = merged.replacement;
        notice.hidden = true;
        drawForm();
        changed();
      });
      children.push(h("div", { class: "checker-actions" }, replace));
    }
    notice.replaceChildren(...children);
    notice.hidden = false;
  }

  /** A stored draft reduced to the form's own keys and types, so it can be drawn before Python runs
   * (Python checks every value as soon as it is ready). */
  function shapeForm(raw) {
    const next = { ...opts.empty, kinds: [], messages: [] };
    if (!raw || typeof raw !== "object") return next;
    const text = (v) => (typeof v === "string" ? v : "");
    for (const key of Object.keys(opts.empty)) {
      const value = raw[key];
      if (key === "kinds") next.kinds = Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
      else if (key === "customer") {
        next.customer = Object.fromEntries(Object.entries(value && typeof value === "object" ? value : {})
          .filter(([, v]) => typeof v === "string"));
      }
      else if (key === "messages") {
        next.messages = (Array.isArray(value) ? value : []).filter((m) => m && typeof m === "object")
          .slice(0, opts.max_messages)
          .map((m) => Object.fromEntries(Object.keys(opts.empty_message).map((k) => [k, text(m[k])])));
      } else next[key] = text(value);
    }
    return next;
  }

  /** Redraw the form from `form`, keeping the reader's place (focus and caret). */
  function redrawKeepingFocus() {
    const active = document.activeElement;
    const key = active && formEl.contains(active) ? active.dataset.key : null;
    const caret = key && typeof active.selectionStart === "number" ? [active.selectionStart, active.selectionEnd] : null;
    drawForm();
    const again = key && formEl.querySelector(`[data-key="${key}"]`);
    if (again) {
      again.focus();
      if (caret) try { again.setSelectionRange(...caret); } catch (err) { /* not a text field */ }
    }
  }

  /** The prefill left by the analyzer or the guide, merged by Python once it runs; the reader may type meanwhile. */
  async function mergePrefill(prefill) {
    for (;;) {
      const sent = JSON.stringify(form);
      const merged = await py.call("support.merge", { current: form, prefill });
      if (JSON.stringify(form) !== sent) continue; // typed while waiting: merge the newer draft
      storageSet(PREFILL_KEY, null);
      form = merged.form;
      storageSet(FORM_KEY, form);
      redrawKeepingFocus();
      showNotice(merged);
      return;
    }
  }

  async function start() {
    // The form's fields come from build time (tools/gen_forms.py) so it draws before Python is ready.
    const pre = kit.prerendered("prerender-support");
    opts = pre ? pre.options : await py.call("support.options", { provider });
    form = shapeForm(storageGet(FORM_KEY));
    const copyButton = h("button", { type: "button", class: "md-button md-button--primary", "data-testid": "support-copy" }, "文面をコピーする");
    copyButton.addEventListener("click", copy);
    const clearButton = h("button", { type: "button", class: "md-button", "data-testid": "support-clear" }, "入力内容を消す");
    clearButton.addEventListener("click", clear);
    mailto.addEventListener("click", (event) => {
      if (stale) event.preventDefault(); // the text is not made yet: the note beside says why
    });
    const to = h("p", { class: "support-to" }, `送り先: ${opts.support_email}(受付時間: ${opts.support_hours})`);
    drawForm();
    body.replaceChildren(notice, storageFull, formEl,
      h("section", { class: "support-result", "aria-labelledby": `${uid}-out` },
        h("h3", { id: `${uid}-out` }, "できあがったお問い合わせ文"),
        errorSummary, retention, output,
        h("div", { class: "checker-actions support-actions" }, copyButton, mailto, clearButton, pending.note),
        copyStatus, mailtoNote, to));
    formEl.addEventListener("input", changed);
    formEl.addEventListener("change", changed);
    formEl.addEventListener("submit", (event) => event.preventDefault());
    const prefill = storageGet(PREFILL_KEY);
    if (pre && !storageGet(FORM_KEY) && !prefill) {
      showResult(pre.empty); // the empty form's request text, from build time
      return;
    }
    stale = true;
    pending.queue();
    if (prefill) await mergePrefill(prefill);
    await update();
  }

  start().catch((err) => {
    body.replaceChildren(h("p", { class: "checker-error", role: "alert" }, kit.errorText(err)));
  });
}
