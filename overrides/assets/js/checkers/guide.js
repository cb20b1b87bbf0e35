/* The guided troubleshooting flow (docs/guide.md).  Without JavaScript the
 * page is plain linked sections; here each question is shown on its own.
 * The URL hash is the flow state, so the back button and reloads work.  What
 * the reader chose is kept per step in this tab's sessionStorage and handed
 * to the support-request builder as a prefill.  No Python is needed. */

const ANSWERS_KEY = "mailtrouble.guide.answers";
const PREFILL_KEY = "mailtrouble.support.prefill";

function load(key) {
  try {
    return JSON.parse(window.sessionStorage.getItem(key) || "null");
  } catch (err) {
    return null;
  }
}

function save(key, value) {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(value));
  } catch (err) {
    /* storage unavailable: the flow still works, the builder just starts empty */
  }
}

/** "direction=send kinds=bounce" on top of earlier answers. */
function learn(answers, spec) {
  const next = { ...answers, kinds: [...(answers.kinds || [])] };
  for (const pair of (spec || "").split(/\s+/).filter(Boolean)) {
    const [key, value] = pair.split("=");
    if (key === "kinds") {
      if (!next.kinds.includes(value)) next.kinds.push(value);
    } else {
      next[key] = value;
    }
  }
  return next;
}

/** The step id a link points to on this page, or "" (hrefs may be absolute after instant loading). */
function stepOf(link) {
  const url = new URL(link.href, location.href);
  const here = new URL(location.href);
  if (url.origin !== here.origin || url.pathname !== here.pathname || !url.hash) return "";
  return decodeURIComponent(url.hash.slice(1));
}

/** Wrap each h2 and what follows it into one step. */
function group(root, h) {
  const steps = new Map();
  let current = null;
  for (const node of [...root.children]) {
    if (node.tagName === "H2" && node.id) {
      current = h("section", { class: "guide-step", "data-step": node.id, "data-testid": `guide-step-${node.id}` });
      node.before(current);
      steps.set(node.id, current);
    }
    if (current) current.append(node);
  }
  for (const list of root.querySelectorAll(".guide-step > ul")) {
    if ([...list.querySelectorAll("a")].every((a) => steps.has(stepOf(a)))) {
      list.classList.add("guide-answers");
    }
  }
  return steps;
}

export function mount(root, kit) {
  const { h } = kit;
  const steps = group(root, h);
  const first = steps.keys().next().value;
  const memory = load(ANSWERS_KEY) || {};
  const trail = h("p", { class: "guide-trail", "data-testid": "guide-trail", "aria-live": "polite" });
  const back = h("button", { type: "button", class: "md-button", "data-testid": "guide-back" }, "一つ前の質問に戻る");
  const restart = h("a", { class: "md-button", href: `#${first}`, "data-testid": "guide-restart" }, "最初からやり直す");
  const controls = h("div", { class: "guide-controls" }, back, restart);
  back.addEventListener("click", () => history.back());

  function stepFromHash() {
    const id = decodeURIComponent(location.hash.slice(1));
    return steps.has(id) ? id : first;
  }

  function state(id) {
    return memory[id] || { answers: { kinds: [] }, trail: [] };
  }

  function show(id, focus) {
    for (const [name, section] of steps) section.hidden = name !== id;
    const section = steps.get(id);
    const { trail: chosen } = state(id);
    trail.textContent = chosen.length ? `これまでの回答: ${chosen.join(" → ")}` : "";
    back.hidden = id === first;
    restart.hidden = id === first;
    section.prepend(trail);
    section.append(controls);
    root.dataset.current = id;
    if (focus) {
      const heading = section.querySelector("h2");
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
      if (root.getBoundingClientRect().top < 0) root.scrollIntoView({ block: "start" });
    }
  }

  function go(id, link) {
    const here = root.dataset.current;
    if (link && link.closest(".guide-step")) {
      const before = state(here);
      const label = link.textContent.trim();
      memory[id] = {
        answers: learn(before.answers, link.dataset.learn),
        trail: id === first ? [] : [...before.trail, label],
      };
    } else if (id === first) {
      memory[id] = state(null);
    }
    save(ANSWERS_KEY, memory);
    if (id !== here) history.pushState(null, "", `#${id}`);
    show(id, true);
  }

  /** Links to a step (answers, the table of contents, permalinks) move the flow. */
  function onClick(event) {
    if (!root.isConnected) return detach();
    const link = event.target.closest && event.target.closest("a[href]");
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    if (link.hasAttribute("data-prefill") && root.contains(link)) {
      save(PREFILL_KEY, state(root.dataset.current).answers);
      return; // the site's own navigation opens the builder
    }
    const id = stepOf(link);
    if (!steps.has(id)) return;
    event.preventDefault();
    event.stopPropagation();
    go(id, root.contains(link) ? link : null);
  }

  function onPop() {
    if (!root.isConnected) return detach();
    show(stepFromHash(), true);
  }

  function detach() {
    document.removeEventListener("click", onClick, true);
    window.removeEventListener("popstate", onPop);
  }

  document.addEventListener("click", onClick, true);
  window.addEventListener("popstate", onPop);
  root.dataset.enhanced = "1";
  show(stepFromHash(), Boolean(location.hash));
  root.dataset.state = "ready";
}
