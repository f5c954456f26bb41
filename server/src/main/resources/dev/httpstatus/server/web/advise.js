// The advisor box on the catalog page: "which status code should I send?" answered from
// /api/advise (plain words) or by walking /api/advise/tree (a few questions). Kept apart from
// app.js; builds the DOM with textContent only, like the catalog.
"use strict";

(function () {
  const box = document.getElementById("advisor");
  if (!box) return;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") e.className = v; else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return e;
  }

  // One piece of advice: the code (a link that opens its card below), the reason, the duties.
  function adviceItem(a) {
    const duties = a.duties.map((d) => el("li", {}, el("b", {}, d.level), " send " + d.subject + ": " + d.when
      + " (" + d.reference.spec + (d.reference.section ? " \u00a7" + d.reference.section : "") + ")"));
    return el("li", { class: "advice", "data-code": String(a.code) },
      el("a", { class: "advice-code", href: "#" + a.code }, a.code + " " + a.phrase),
      el("p", {}, a.why + " ", el("a", { href: a.reference.url, rel: "noopener" },
        a.reference.spec + (a.reference.section ? " \u00a7" + a.reference.section : ""))),
      duties.length ? el("ul", { class: "duties" }, ...duties) : null);
  }

  const input = el("input", { id: "advise-q", type: "search", autocomplete: "off",
    placeholder: "Describe what happened: the user is not logged in, the email is already taken…" });
  const method = el("select", { id: "advise-method", "aria-label": "Request method" },
    el("option", { value: "" }, "any method"),
    ...["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].map((m) => el("option", { value: m }, m)));
  const ask = el("button", { type: "submit" }, "Advise");
  const walk = el("button", { type: "button", class: "secondary", id: "advise-walk" }, "Answer questions instead");
  const out = el("div", { id: "advise-out", "aria-live": "polite" });
  const form = el("form", { id: "advise-form" }, input, method, ask, walk);
  box.append(el("h2", {}, "Which status code should I send?"), form, out);

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (!q) { input.focus(); return; }
    const params = new URLSearchParams({ q });
    if (method.value) params.set("method", method.value);
    out.replaceChildren(el("p", { class: "muted" }, "Thinking…"));
    try {
      const res = await fetch("/api/advise?" + params, { headers: { Accept: "application/json" } });
      const body = await res.json();
      if (!res.ok) throw new Error(body.detail || "HTTP " + res.status);
      const weak = body.length && body[0].weak
        ? el("p", { class: "muted weak-match" }, "Weak match: the question shares only a word or two with what the "
            + "advisor knows, so take these as hints; say it in other words or answer the questions instead.")
        : null;
      out.replaceChildren(...(body.length
        ? [weak, el("ol", { class: "advice-list" }, ...body.map(adviceItem))].filter(Boolean)
        : [el("p", { class: "muted" }, "Nothing in that points to a code. Say what happened to the request, "
            + "e.g. \u201cthe user is not logged in\u201d, or answer the questions instead.")]));
    } catch (err) {
      out.replaceChildren(el("p", { class: "muted" }, "Could not ask /api/advise: " + err.message));
    }
  });

  // The decision tree, loaded once; Back returns to the previous question.
  let tree = null;
  async function startTree() {
    if (!tree) {
      const res = await fetch("/api/advise/tree", { headers: { Accept: "application/json" } });
      tree = await res.json();
    }
    const path = [tree.first];
    const show = () => {
      const q = tree.questions[path[path.length - 1]];
      const answers = q.answers.map((a, i) => {
        const b = el("button", { type: "button", class: "answer" }, (i + 1) + ". " + a.label);
        b.addEventListener("click", () => {
          if (a.next) { path.push(a.next); show(); return; }
          out.replaceChildren(el("ol", { class: "advice-list" }, adviceItem(a.advice)), controls(true));
        });
        return b;
      });
      out.replaceChildren(el("p", { class: "question" }, q.text), el("div", { class: "answers" }, ...answers), controls(false));
      answers[0].focus();
    };
    const controls = (done) => {
      const back = el("button", { type: "button", class: "secondary" }, done ? "Start again" : "Back");
      back.disabled = !done && path.length === 1;
      back.addEventListener("click", () => { if (done) path.length = 1; else path.pop(); show(); });
      return el("div", { class: "tree-controls" }, back);
    };
    show();
  }
  walk.addEventListener("click", () => startTree().catch((err) =>
    out.replaceChildren(el("p", { class: "muted" }, "Could not load the questions: " + err.message))));
})();
