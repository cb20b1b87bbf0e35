/* "Which server name and port should my client use?" — a small checker
 * answered by pychecks.ports.recommend in the worker. */

function radios(h, name, legend, choices, checked) {
  return h("fieldset", { class: "checker-field" },
    h("legend", {}, legend),
    choices.map((c) => h("label", { class: "checker-choice" },
      h("input", { type: "radio", name, value: c.value, checked: c.value === checked }), c.label)));
}

export function mount(root, kit) {
  const { h } = kit;
  // A reading page: the runtime (several MB) loads only once the reader starts using the checker.
  const py = kit.getClient({ lazy: true });
  const provider = kit.provider();
  const uid = `ports-${Math.random().toString(36).slice(2, 8)}`;
  const domainError = h("p", { class: "checker-field__error", id: `${uid}-domain-err`, "data-testid": "ports-error-domain", hidden: true });
  const serverError = h("p", { class: "checker-field__error", id: `${uid}-server-err`, "data-testid": "ports-error-server", hidden: true });
  const domain = h("input", { type: "text", id: `${uid}-domain`, name: "domain", autocomplete: "email", inputmode: "email",
    placeholder: "taro@example.com", "data-testid": "ports-domain", "aria-describedby": `${uid}-domain-err`, spellcheck: "false" });
  const server = h("input", { type: "text", id: `${uid}-server`, name: "server", placeholder: provider.server_example || "",
    "data-testid": "ports-server", "aria-describedby": `${uid}-server-err`, spellcheck: "false" });
  const submit = h("button", { type: "submit", class: "md-button md-button--primary", "data-testid": "ports-submit" }, "調べる");
  const output = h("div", { class: "checker-output", "data-testid": "ports-result", "aria-live": "polite" });
  const form = h("form", { class: "checker-form", novalidate: true },
    h("div", { class: "checker-field" },
      h("label", { for: `${uid}-domain` }, "メールアドレス(またはドメイン名)"), domain, domainError),
    radios(h, "direction", "調べたいこと", [{ value: "receive", label: "受信" }, { value: "send", label: "送信" }], "receive"),
    radios(h, "protocol", "受信の方式", [{ value: "imap", label: "IMAP" }, { value: "pop3", label: "POP3" }], "imap"),
    radios(h, "ssl", "SSL(暗号化)", [{ value: "on", label: "使う(おすすめ)" }, { value: "off", label: "使わない" }], "on"),
    h("div", { class: "checker-field" },
      h("label", { for: `${uid}-server` }, "サーバ設定情報に記載のサーバ名(分かれば)"), server, serverError),
    h("div", { class: "checker-actions" }, submit));

  root.replaceChildren(h("h3", { class: "checker-title" }, "サーバ名とポート番号を調べる"), kit.statusBox(root, py), form, output);

  function showError(field, message) {
    for (const [name, el, input] of [["domain", domainError, domain], ["server", serverError, server]]) {
      el.hidden = name !== field;
      el.textContent = name === field ? message : "";
      input.setAttribute("aria-invalid", name === field ? "true" : "false");
    }
  }

  function render(r) {
    const rows = [
      ["種類", r.service_label], ["サーバ名", r.host], ["ポート番号", String(r.port)],
      ["暗号化", r.security_label], ["ユーザー名", r.username],
    ];
    output.replaceChildren(
      h("table", { class: "checker-table" },
        h("tbody", {}, rows.map(([k, v]) => h("tr", {}, h("th", { scope: "row" }, k), h("td", { "data-field": k }, v))))),
      h("ul", { class: "checker-notes" }, r.notes.map((n) => h("li", {}, n))));
  }

  async function run(event) {
    if (event) event.preventDefault();
    const data = new FormData(form);
    if (!String(data.get("domain")).trim()) {
      showError("domain", "メールアドレスかドメイン名を入力してください。");
      domain.focus();
      return;
    }
    const args = {
      domain: data.get("domain"), direction: data.get("direction"), protocol: data.get("protocol"),
      ssl: data.get("ssl") === "on", server: data.get("server"), provider,
    };
    try {
      const result = await kit.busy(root, py, () => py.call("ports.recommend", args));
      showError(null, "");
      render(result);
    } catch (err) {
      if (err && err.field) {
        showError(err.field, err.message);
        (err.field === "server" ? server : domain).focus();
      } else {
        output.replaceChildren(h("p", { class: "checker-error", role: "alert" }, kit.errorText(err)));
      }
    }
  }

  form.addEventListener("submit", run);
  form.addEventListener("input", () => py.ensureStarted(), { once: true });
  form.addEventListener("change", (event) => {
    if (event.target.type === "radio" && output.childElementCount) run();
  });
}
