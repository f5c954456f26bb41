// The catalog page: the server renders the list (it works without scripts); this script loads
// /api/codes once, rebuilds the list with cards, filters as the user types with the server's ranked,
// typo-tolerant search (/api/search, the CLI's), and keeps the query (?q=) and the open card (#code)
// in the URL. Builds the DOM with textContent only, so catalog text is never parsed as HTML.
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
    // In a scrolling box: on a phone the table scrolls sideways instead of splitting field names.
    body.append(el("div", { class: "table" }, el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Field"),
      el("th", {}, "Level"), el("th", {}, "When"), el("th", {}, "Source"))), el("tbody", {}, ...rows))));
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
        if (opened) {
          opened.remove(); opened = null; row.setAttribute("aria-expanded", "false");
          if (location.hash === "#" + c.code) history.replaceState(null, "", location.pathname + location.search);
          return;
        }
        opened = card(c);
        li.append(opened);
        row.setAttribute("aria-expanded", "true");
        history.replaceState(null, "", location.pathname + location.search + "#" + c.code);
      });
      ul.append(li);
      entries.push({ li, code: c.code, section, ul, index: entries.length });
    }
    main.append(section);
  }
  const empty = el("p", { class: "empty", hidden: "" }, "No code matches.");
  main.append(empty);
  return { entries, empty, total: codes.length };
}

let searchSeq = 0;
async function filter(view, query) {
  const q = query.trim();
  const url = location.pathname + (q ? "?q=" + encodeURIComponent(q) : "") + location.hash;
  history.replaceState(null, "", url);
  let rank = null;
  if (q) {
    const seq = ++searchSeq;
    try {
      const res = await fetch("/api/search?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } });
      rank = new Map((await res.json()).map((code, i) => [code, i]));
    } catch (err) {
      rank = new Map();
    }
    if (seq !== searchSeq) return; // a newer query has been typed meanwhile
  }
  let shown = 0;
  const visibleSections = new Set();
  const order = [...view.entries].sort((a, b) => rank
    ? (rank.has(a.code) ? rank.get(a.code) : 1e9) - (rank.has(b.code) ? rank.get(b.code) : 1e9) || a.index - b.index
    : a.index - b.index);
  for (const e of order) {
    const match = !rank || rank.has(e.code);
    e.li.hidden = !match;
    e.ul.append(e.li); // best first within each class
    if (match) { shown++; visibleSections.add(e.section); }
  }
  for (const e of view.entries) e.section.hidden = !visibleSections.has(e.section);
  view.empty.hidden = shown > 0;
  document.getElementById("count").textContent = q
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
  document.getElementById("catalog").textContent = ""; // the server's list gives way to the interactive one
  const view = render(codes);
  const q = document.getElementById("q");
  let timer = 0;
  q.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => filter(view, q.value), 120); });
  q.form.addEventListener("submit", (e) => { e.preventDefault(); filter(view, q.value); });
  // "/" jumps to the search box from anywhere on the page, Escape clears it.
  document.addEventListener("keydown", (e) => {
    if (e.key === "/" && document.activeElement !== q) { e.preventDefault(); q.focus(); q.select(); }
    if (e.key === "Escape" && document.activeElement === q && q.value) { q.value = ""; filter(view, ""); }
  });
  await filter(view, q.value);
  window.addEventListener("hashchange", openFromHash);
  openFromHash();
}

main();
