// The catalog page: loads /api/codes once, groups by class, filters as the user types and opens
// a card per code. Builds the DOM with textContent only, so catalog text is never parsed as HTML.
"use strict";

const CLASS_BLURBS = {
  "1xx": "Interim: the final answer is still to come",
  "2xx": "The request was received, understood and accepted",
  "3xx": "The client must take another step",
  "4xx": "The request was wrong or cannot be met as sent",
  "5xx": "The server failed a request that looked valid",
  "6xx-9xx": "Outside HTTP's classes: private agreements only",
};
const CLASS_TITLES = {
  INFORMATIONAL: "Informational", SUCCESSFUL: "Successful", REDIRECTION: "Redirection",
  CLIENT_ERROR: "Client Error", SERVER_ERROR: "Server Error", UNDEFINED: "Undefined",
};

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

function haystack(c) {
  return [
    String(c.code), c.phrase, c.constant || "", c.drfName || "", c.registration, c.description,
    ...c.formerPhrases.map((f) => f.phrase),
    ...c.unofficialMeanings.flatMap((u) => [u.phrase, u.vendor]),
    ...c.headers.map((h) => h.name),
    c.retryable ? "retry retryable" : "", c.classLabel,
  ].join(" \u0001 ").toLowerCase();
}

function tags(c) {
  const t = el("span", { class: "tags" });
  if (c.registration !== "REGISTERED") {
    const vendor = c.registration === "UNASSIGNED";
    t.append(el("span", { class: vendor ? "tag vendor" : "tag warn" }, vendor ? "unofficial" : c.registration.toLowerCase()));
  }
  if (c.deprecated) t.append(el("span", { class: "tag warn" }, "deprecated"));
  if (c.retryable) t.append(el("span", { class: "tag" }, "retryable"));
  if (c.headers.some((h) => h.level === "MUST")) t.append(el("span", { class: "tag" }, "required headers"));
  return t;
}

function card(c) {
  const body = el("div", { class: "card", id: "card-" + c.code });
  body.append(el("p", { class: "desc" }, c.description));
  const facts = el("div", { class: "facts" });
  const fact = (k, v) => facts.append(el("span", {}, k + ": ", el("b", {}, v)));
  fact("Registry", c.registration.toLowerCase());
  if (c.constant) fact("Constant", c.constant);
  if (c.drfName) fact("DRF", c.drfName);
  fact("Content", c.contentAllowed ? "allowed" : "never");
  fact("Cacheable by default", c.cacheableByDefault ? "yes" : "no");
  fact("Retry helps", c.retryable ? "yes" : "no");
  fact("Methods", c.methods.length ? c.methods.join(", ") : "any");
  if (c.redirect) {
    const how = c.redirect.summary;
    fact("Redirect", (c.redirect.permanent ? "permanent; " : "temporary; ") + how);
  }
  if (c.expiresOn) {
    // The catalog is a snapshot: past the date, IANA may have extended the registration.
    const past = new Date().toISOString().slice(0, 10) > c.expiresOn;
    fact(past ? "Registration expired (unless extended since)" : "Registration expires", c.expiresOn);
  }
  body.append(facts);

  if (c.headers.length) {
    body.append(el("h3", {}, "Header fields"));
    const rows = c.headers.map((h) =>
      el("tr", {}, el("td", {}, el("code", {}, h.name)), el("td", {}, h.level), el("td", {}, h.when), el("td", {}, h.reference)));
    body.append(el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Field"), el("th", {}, "Level"),
      el("th", {}, "When"), el("th", {}, "Source"))), el("tbody", {}, ...rows)));
  }
  if (c.references.length) {
    body.append(el("h3", {}, "Defined in"));
    body.append(el("ul", {}, ...c.references.map((r) =>
      el("li", {}, el("a", { href: r.url, rel: "noopener" }, r.spec + (r.section ? " §" + r.section : ""))))));
  }
  if (c.formerPhrases.length) {
    body.append(el("h3", {}, "Former phrases"));
    body.append(el("ul", {}, ...c.formerPhrases.map((f) => el("li", {}, "\u201c" + f.phrase + "\u201d \u2014 " + f.source))));
  }
  if (c.unofficialMeanings.length) {
    body.append(el("h3", {}, "Unofficial meanings"));
    body.append(el("ul", {}, ...c.unofficialMeanings.map((u) =>
      el("li", {}, el("b", {}, u.phrase), " (" + u.vendor + ")" + (u.note ? ": " + u.note : "")))));
  }
  body.append(el("a", { class: "try", href: "/status/" + c.code, target: "_blank", rel: "noopener" },
    "Try it: GET /status/" + c.code));
  return body;
}

function render(codes) {
  const main = document.getElementById("catalog");
  const groups = new Map();
  for (const c of codes) {
    if (!groups.has(c.classLabel)) groups.set(c.classLabel, []);
    groups.get(c.classLabel).push(c);
  }
  const entries = [];
  for (const [label, list] of groups) {
    const digit = label === "6xx-9xx" ? "0" : label[0];
    const ul = el("ul", { class: "codes" });
    const section = el("section", { class: "group g" + digit, "data-class": label },
      el("h2", {}, el("span", { class: "label" }, label), CLASS_TITLES[list[0].class] || "",
        el("span", { class: "blurb" }, CLASS_BLURBS[label] || "")), ul);
    for (const c of list) {
      const row = el("button", { class: "row", type: "button", "aria-expanded": "false", "aria-controls": "card-" + c.code },
        el("span", { class: "num" }, c.code), el("span", { class: "phrase" }, c.phrase), tags(c));
      const li = el("li", { class: "code", id: String(c.code), "data-code": String(c.code) }, row);
      let opened = null;
      row.addEventListener("click", () => {
        if (opened) { opened.remove(); opened = null; row.setAttribute("aria-expanded", "false"); return; }
        opened = card(c);
        li.append(opened);
        row.setAttribute("aria-expanded", "true");
      });
      ul.append(li);
      entries.push({ li, text: haystack(c), section });
    }
    main.append(section);
  }
  const empty = el("p", { class: "empty", hidden: "" }, "No code matches.");
  main.append(empty);
  return { entries, empty, total: codes.length };
}

function filter(view, query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  const visibleSections = new Set();
  for (const e of view.entries) {
    const match = words.every((w) => e.text.includes(w));
    e.li.hidden = !match;
    if (match) { shown++; visibleSections.add(e.section); }
  }
  for (const e of view.entries) e.section.hidden = !visibleSections.has(e.section);
  view.empty.hidden = shown > 0;
  document.getElementById("count").textContent = words.length
    ? shown + " of " + view.total + " codes match"
    : view.total + " codes";
}

function openFromHash() {
  const id = decodeURIComponent(location.hash.slice(1));
  const li = id && document.getElementById(id);
  if (li && li.classList.contains("code")) {
    const row = li.querySelector("button.row");
    if (row.getAttribute("aria-expanded") !== "true") row.click();
    li.scrollIntoView({ block: "center" });
  }
}

async function main() {
  const count = document.getElementById("count");
  let codes;
  try {
    const res = await fetch("/api/codes", { headers: { Accept: "application/json" } });
    if (!res.ok) throw new Error("HTTP " + res.status);
    codes = await res.json();
  } catch (err) {
    count.textContent = "Could not load /api/codes: " + err.message;
    return;
  }
  const view = render(codes);
  const q = document.getElementById("q");
  q.addEventListener("input", () => filter(view, q.value));
  // "/" jumps to the search box from anywhere on the page, Escape clears it.
  document.addEventListener("keydown", (e) => {
    if (e.key === "/" && document.activeElement !== q) { e.preventDefault(); q.focus(); q.select(); }
    if (e.key === "Escape" && document.activeElement === q && q.value) { q.value = ""; filter(view, ""); }
  });
  filter(view, q.value);
  window.addEventListener("hashchange", openFromHash);
  openFromHash();
}

main();
