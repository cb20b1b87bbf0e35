/* Mail-client settings generator: the form, the client's table, the
 * printable sheet and the downloads.  Every label and value comes from
 * pychecks.settings (settings.options / settings.generate); this file only
 * renders it.  Download files are made here as Blobs: nothing is sent. */

const FIELDS = ["email", "plan", "ssl", "protocol", "incoming", "outgoing", "client"];

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function saveFile(file) {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The reader's device from the user agent: a key of settings.options' ``devices`` (Python maps it to a client).
 * iPadOS reports a Mac user agent; a Mac has no multi-touch screen, an iPad has. */
export function deviceOf(nav = navigator) {
  const ua = nav.userAgent || "";
  if (/iPhone|iPad|iPod/.test(ua)) return "ios";
  if (/Android/.test(ua)) return "android";
  if (/Macintosh|Mac OS X/.test(ua)) return nav.maxTouchPoints > 1 ? "ios" : "mac";
  if (/Windows/.test(ua)) return "windows";
  return "";
}

function select(h, id, name, choices, value) {
  return h("select", { id, name, "data-testid": `settings-${name}`, "aria-describedby": `${id}-err` },
    choices.map((c) => h("option", { value: c.value, selected: c.value === value }, c.label)));
}

function buildForm(h, uid, opts, client) {
  const inputs = {};
  const errors = {};
  const field = (name, label, control, hint) => {
    inputs[name] = control;
    if (hint) control.setAttribute("aria-describedby", `${uid}-${name}-err ${uid}-${name}-hint`);
    errors[name] = h("p", { class: "checker-field__error", id: `${uid}-${name}-err`, hidden: true,
      "data-testid": `settings-error-${name}` });
    return h("div", { class: "checker-field" }, h("label", { for: control.id }, label), control,
      hint ? h("p", { class: "settings-hint", id: `${uid}-${name}-hint` }, hint) : null, errors[name]);
  };
  const text = (name, placeholder, extra) => h("input", { type: "text", id: `${uid}-${name}`, name, placeholder,
    spellcheck: "false", autocapitalize: "off", "data-testid": `settings-${name}`,
    "aria-describedby": `${uid}-${name}-err`, ...extra });
  const plans = [{ value: "", label: "分からない・選ばない" }, ...opts.plans];
  const form = h("form", { class: "checker-form settings-form", novalidate: true, "data-testid": "settings-form" },
    field("email", "メールアドレス", text("email", "taro@example.jp", { autocomplete: "email", inputmode: "email" })),
    h("div", { class: "settings-row" },
      field("plan", "ご契約のプラン", select(h, `${uid}-plan`, "plan", plans, "")),
      field("ssl", "SSL(暗号化)", select(h, `${uid}-ssl`, "ssl", opts.ssl, "on")),
      field("protocol", "受信の方式", select(h, `${uid}-protocol`, "protocol", opts.protocols, "imap"), opts.protocol_hint)),
    h("div", { class: "settings-row" },
      field("incoming", "受信サーバ名", text("incoming", opts.server_example),
        opts.incoming_hint),
      field("outgoing", "送信サーバ名", text("outgoing", opts.server_example), "空欄なら受信サーバと同じ名前を使います。")),
    field("client", "メールソフト", select(h, `${uid}-client`, "client", opts.clients, client)),
    h("div", { class: "checker-actions" },
      h("button", { type: "submit", class: "md-button md-button--primary", "data-testid": "settings-submit" }, "設定を表示")));
  return { form, inputs, errors };
}

function renderTable(h, rows) {
  const body = [];
  let section = null;
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      body.push(h("tr", { class: "settings-section" }, h("th", { colspan: "3", scope: "colgroup" }, section)));
    }
    body.push(h("tr", { "data-kind": row.kind || null },
      h("th", { scope: "row" }, row.label),
      h("td", { class: "settings-value" }, row.value),
      h("td", { class: "settings-note" }, row.note)));
  }
  return h("div", { class: "md-typeset__scrollwrap" }, h("div", { class: "md-typeset__table" },
    h("table", { class: "checker-table settings-table", "data-testid": "settings-table" },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "画面の表示"), h("th", { scope: "col" }, "入力・選択する値"),
        h("th", { scope: "col" }, "補足"))),
      h("tbody", {}, body))));
}

function renderSheet(h, s) {
  const rows = [];
  let section = null;
  for (const row of s.rows) {
    if (row.section !== section) {
      section = row.section;
      rows.push(h("tr", { class: "settings-section" }, h("th", { colspan: "3" }, section)));
    }
    const value = row.kind === "password" ? h("span", { class: "settings-sheet__blank", "aria-label": "空欄" }) : row.value;
    rows.push(h("tr", {}, h("th", {}, row.label), h("td", {}, value), h("td", { class: "settings-note" }, row.note)));
  }
  return h("section", { class: "settings-sheet", "data-testid": "settings-sheet", "aria-label": "印刷用の設定シート" },
    h("header", { class: "settings-sheet__head" },
      h("div", {}, h("p", { class: "settings-sheet__provider" }, s.provider), h("h2", {}, s.title)),
      h("p", { class: "settings-sheet__date" }, `作成日: ${s.date}`)),
    h("p", { class: "settings-sheet__client" }, `メールソフト: ${s.client}`),
    h("p", { class: "settings-sheet__small" }, s.start),
    s.notice ? h("p", { class: "settings-sheet__small settings-sheet__notice" }, `ご注意: ${s.notice}`) : null,
    h("table", { class: "settings-sheet__account" },
      h("tbody", {},
        s.account.map((a) => h("tr", {}, h("th", {}, a.label), h("td", {}, a.value))),
        h("tr", {}, h("th", {}, s.password_label), h("td", {}, h("span", { class: "settings-sheet__blank" }))))),
    h("p", { class: "settings-sheet__small" }, s.password_hint),
    h("table", { class: "settings-sheet__steps" }, h("tbody", {}, rows)),
    h("p", { class: "settings-sheet__small" }, s.op25b),
    h("footer", { class: "settings-sheet__foot" }, h("strong", {}, s.support_title), h("span", {}, s.support.join(" / "))));
}

export function mount(root, kit) {
  const { h } = kit;
  const py = kit.getClient();
  const provider = kit.provider();
  const uid = `settings-${Math.random().toString(36).slice(2, 8)}`;
  const output = h("div", { class: "checker-output settings-output", "aria-live": "polite" });
  const holder = h("div", { class: "settings-form-holder" });
  root.classList.add("settings-checker");
  root.replaceChildren(h("h2", { class: "checker-title" }, "あなたの設定を表示する"), kit.statusBox(root, py), holder, output);

  let ui = null;
  let plans = [];

  function showError(field, message) {
    for (const name of FIELDS) {
      const on = name === field;
      ui.errors[name].hidden = !on;
      ui.errors[name].textContent = on ? message : "";
      ui.inputs[name].setAttribute("aria-invalid", on ? "true" : "false");
    }
  }

  // The SSL choice the reader made themselves, restored when they switch to a plan that allows it;
  // otherwise the plan's own default (settings.options: ssl_choices, ssl_default).
  let sslChosen = "on";

  function syncPlan() {
    const plan = plans.find((p) => p.value === ui.inputs.plan.value);
    const allowed = plan ? plan.ssl_choices : ["on", "off"];
    for (const option of ui.inputs.ssl.options) option.disabled = !allowed.includes(option.value);
    ui.inputs.ssl.value = allowed.includes(sslChosen) ? sslChosen : (plan ? plan.ssl_default : "on");
  }

  function render(r) {
    const button = (f) => h("li", {},
      h("button", { type: "button", class: f.own ? "md-button md-button--primary" : "md-button",
        "data-testid": `settings-download-${f.kind}`, onclick: () => saveFile(f) }, `${f.label}(${f.filename})`));
    // The client's own file (the profile on an iPhone) first; the rest folded away beside it.
    const own = r.files.filter((f) => f.own);
    const others = r.files.filter((f) => !f.own);
    const files = [
      own.length ? h("ul", { class: "settings-downloads", "data-testid": "settings-downloads-own" }, own.map(button)) : null,
      h("details", { class: "settings-other-files", "data-testid": "settings-downloads-other", open: !own.length },
        h("summary", {}, r.other_files_title),
        h("ul", { class: "settings-downloads" }, others.map(button)))];
    const warnings = [r.warning, ...r.warnings].filter(Boolean);
    output.replaceChildren(...[
      h("h3", { "data-testid": "settings-client-name" }, `${r.client_name} の設定`),
      r.notice ? h("div", { class: `admonition ${r.legacy ? "danger" : "warning"}`, role: "note" },
        h("p", { class: "admonition-title" }, r.legacy ? "サポートが終了したメールソフトです" : "ご注意ください"),
        h("p", {}, r.notice)) : null,
      warnings.length ? h("div", { class: "admonition warning", role: "note", "data-testid": "settings-warning" },
        h("p", { class: "admonition-title" }, "サーバ名をご確認ください"), ...warnings.map((w) => h("p", {}, w))) : null,
      r.idn_note ? h("div", { class: "admonition info", role: "note", "data-testid": "settings-idn" },
        h("p", { class: "admonition-title" }, r.email_shown), h("p", {}, r.idn_note)) : null,
      h("p", {}, r.start),
      renderTable(h, r.rows),
      r.finish ? h("p", {}, r.finish) : null,
      h("h4", {}, "値についての説明"),
      h("dl", { class: "settings-explain" }, r.explanations.flatMap((e) => [h("dt", {}, e.title), h("dd", {}, e.text)])),
      h("h4", {}, "印刷と自動設定ファイル"),
      h("div", { class: "checker-actions" },
        h("button", { type: "button", class: "md-button md-button--primary", "data-testid": "settings-print",
          onclick: () => window.print() }, "設定シートを印刷(A4 1枚)")),
      h("p", { class: "settings-hint" }, "印刷されるのはこの設定をまとめたシートだけです。パスワードは印刷されません。"),
      ...files,
      h("p", { class: "settings-hint" }, r.unsigned_note),
      renderSheet(h, r.sheet)].filter(Boolean));
  }

  /** The build-time table for the example account, marked as an example (no sheet, no files). */
  function renderExample(r, note) {
    output.replaceChildren(
      h("p", { class: "admonition note settings-example", "data-testid": "settings-example" }, note),
      h("h3", { "data-testid": "settings-client-name" }, `${r.client_name} の設定`),
      h("p", {}, r.start),
      renderTable(h, r.rows),
      r.finish ? h("p", {}, r.finish) : null,
      h("h4", {}, "値についての説明"),
      h("dl", { class: "settings-explain" }, r.explanations.flatMap((e) => [h("dt", {}, e.title), h("dd", {}, e.text)])));
  }

  async function run(event) {
    if (event) event.preventDefault();
    if (py.status.state !== "ready") pending.queue();
    const v = Object.fromEntries(FIELDS.map((n) => [n, ui.inputs[n].value]));
    const args = { email: v.email, incoming: v.incoming, outgoing: v.outgoing, ssl: v.ssl === "on",
      protocol: v.protocol, client: v.client, plan: v.plan, provider, date: today() };
    try {
      const result = await kit.busy(root, py, () => py.call("settings.generate", args));
      pending.queue(false);
      showError(null, "");
      render(result);
    } catch (err) {
      pending.queue(false);
      if (err && err.field && ui.errors[err.field]) {
        showError(err.field, err.message);
        output.replaceChildren();
        if (event && event.type === "submit") ui.inputs[err.field].focus();
      } else {
        output.replaceChildren(h("p", { class: "checker-error", role: "alert" }, kit.errorText(err)));
      }
    }
  }

  // The form and the example account's table come from build time (tools/gen_forms.py),
  // so both show before Python is ready; the reader's own table replaces the example.
  const pre = kit.prerendered("prerender-settings");
  const pending = kit.pendingNote(py, root, "Python の準備ができしだい、設定を表示します");
  (pre ? Promise.resolve(pre.options) : py.call("settings.options", { provider })).then((opts) => {
    plans = opts.plans;
    // The client for the reader's device (the mapping is Python's), still free to change.
    const device = deviceOf();
    const client = (opts.devices && opts.devices[device]) || "thunderbird";
    ui = buildForm(h, uid, opts, client);
    ui.form.querySelector(".checker-actions").append(pending.note);
    const deviceNote = device && opts.device_notes && opts.device_notes[device]
      ? h("p", { class: "settings-hint", id: `${uid}-client-device`, "data-testid": "settings-device-note",
        "data-device": device }, opts.device_notes[device]) : null;
    if (deviceNote) {
      ui.inputs.client.parentElement.append(deviceNote);
      ui.inputs.client.setAttribute("aria-describedby", `${ui.inputs.client.getAttribute("aria-describedby")} ${deviceNote.id}`);
    }
    holder.replaceChildren(h("p", { class: "settings-hint" }, opts.privacy), ui.form);
    const example = pre && ((pre.examples && pre.examples[client]) || pre.example);
    if (example && !output.childElementCount) renderExample(example, pre.example_note);
    ui.form.addEventListener("submit", run);
    ui.form.addEventListener("change", (event) => {
      if (event.target === ui.inputs.ssl) sslChosen = ui.inputs.ssl.value;
      if (event.target === ui.inputs.plan) syncPlan();
      if (output.childElementCount || event.target === ui.inputs.client) {
        if (ui.inputs.email.value.trim()) run();
      }
    });
  }).catch((err) => {
    holder.replaceChildren(h("p", { class: "checker-error", role: "alert" }, kit.errorText(err)));
  });
}
