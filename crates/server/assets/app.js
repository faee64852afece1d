// tidings web page: collects documents, calls POST /v1/summarize, and shows every item's
// sources. Offsets in the answer are byte offsets into each document's UTF-8 text, so the
// source panels slice encoded bytes, never JavaScript (UTF-16) string indices.
"use strict";

const $ = (id) => document.getElementById(id);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Documents added as files or from the example; pasted text is read at summarize time.
let loaded = [];
// The last answer, and each source's text as bytes.
let result = null;
let bytesOf = new Map();

function element(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") el.className = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  for (const c of children) el.append(c);
  return el;
}

function status(message, isError = false) {
  $("status").textContent = message;
  $("status").classList.toggle("error", isError);
}

function words(text) {
  return (text.match(/\S+/g) || []).length;
}

// ---- input ---------------------------------------------------------------------------

function pastedDocuments() {
  return $("paste").value
    .split(/^\s*-{3,}\s*$/m)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((text, i) => ({ id: `pasted-${i + 1}`, text }));
}

function renderDocList() {
  const list = $("doclist");
  list.replaceChildren();
  loaded.forEach((d, i) => {
    const body = d.text ?? d.html;
    const kind = d.html !== undefined ? "html" : `${words(body)} words`;
    list.append(
      element("li", {},
        element("span", { title: d.id }, `${d.id} · ${kind}`),
        element("button", {
          type: "button",
          "aria-label": `Remove ${d.id}`,
          onclick: () => { loaded.splice(i, 1); renderDocList(); },
        }, "×")));
  });
}

async function addFiles(files) {
  for (const file of files) {
    const content = await file.text();
    const isHtml = /\.html?$/i.test(file.name) || file.type === "text/html";
    let id = file.name;
    for (let n = 2; loaded.some((d) => d.id === id); n++) id = `${file.name} (${n})`;
    loaded.push(isHtml ? { id, html: content } : { id, text: content });
  }
  renderDocList();
  status(`${loaded.length} document(s) loaded`);
}

async function loadExample() {
  status("Loading the example…");
  const response = await fetch("/v1/example");
  const example = await response.json();
  loaded = example.documents;
  $("paste").value = "";
  renderDocList();
  status(`Example loaded: ${loaded.length} reports of the Geneva talks. Press Summarize.`);
}

async function loadMethods() {
  try {
    const response = await fetch("/v1/methods");
    const { methods } = await response.json();
    $("method").replaceChildren(...methods.map((m) => element("option", { value: m }, m)));
  } catch (_) {
    // The default option stays.
  }
}

// ---- summarize -----------------------------------------------------------------------

async function summarize() {
  const documents = [...loaded, ...pastedDocuments()];
  if (documents.length === 0) {
    status("Add some articles first: paste them, drop files, or load the example.", true);
    return;
  }
  const request = {
    documents,
    words: Number($("words").value) || 100,
    method: $("method").value,
    include_text: true,
  };
  $("go").disabled = true;
  status(`Summarizing ${documents.length} document(s)…`);
  const started = performance.now();
  try {
    const response = await fetch("/v1/summarize", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request),
    });
    const answer = await response.json();
    if (!response.ok) {
      const e = answer.error || {};
      status(`Error ${response.status}: ${e.message || "request failed"}`, true);
      return;
    }
    show(answer);
    const ms = Math.round(performance.now() - started);
    status(`${answer.sentences.length} sentences, ${answer.words} words from ${answer.documents.length} documents (${ms} ms).`);
  } catch (e) {
    status(`The server could not be reached: ${e.message}`, true);
  } finally {
    $("go").disabled = false;
  }
}

// ---- results -------------------------------------------------------------------------

function distinctDocs(refs) {
  return new Set(refs.map((r) => r.doc)).size;
}

function sourcesBadge(refs) {
  const n = distinctDocs(refs);
  const total = result.documents.length;
  if (n <= 1) return element("span", { class: "badge single" }, total > 1 ? "single source" : "1 source");
  return element("span", { class: "badge" }, `${n} of ${total} sources`);
}

// A button that highlights `refs` in the sources when clicked (Enter and Space work too).
function itemButton(refs, ...content) {
  const button = element("button", { type: "button", class: "item", "aria-pressed": "false" }, ...content);
  button.addEventListener("click", () => select(button, refs));
  return button;
}

function show(answer) {
  result = answer;
  bytesOf = new Map(answer.documents.map((d) => [d.id, encoder.encode(d.text || "")]));

  $("summary").replaceChildren(...answer.sentences.map((s) =>
    element("li", {}, itemButton(s.support, s.text, sourcesBadge(s.support)))));

  const disagreements = answer.disagreements || [];
  $("disagreements").replaceChildren(...(disagreements.length ? disagreements.map((d) =>
    element("li", {},
      element("span", { class: "about" }, `${d.kind}: ${d.about}`),
      element("div", { class: "variants" }, ...d.variants.map((v) =>
        itemButton(v.docs, `${v.value} `, sourcesBadge(v.docs)))))) :
    [element("li", { class: "empty" }, "The sources agree on every aligned number, date and name.")]));

  const quotes = answer.quotes || [];
  $("quotes").replaceChildren(...(quotes.length ? quotes.map((q) =>
    element("li", {}, itemButton(q.support,
      `“${q.text}” `,
      element("span", { class: "speaker" }, `— ${q.speaker || "unattributed"}`),
      sourcesBadge(q.support)))) :
    [element("li", { class: "empty" }, "No direct quotations.")]));

  const timeline = answer.timeline || [];
  $("timeline").replaceChildren(...(timeline.length ? timeline.map((t) =>
    element("li", {}, itemButton([{ doc: t.doc, start: t.start, end: t.end }],
      element("time", t.date ? { datetime: t.date } : {}, t.date ? dateLabel(t) : t.expression),
      t.text))) :
    [element("li", { class: "empty" }, "No dated statements.")]));

  renderSources([]);
  $("result").hidden = false;
  $("sources-section").hidden = false;
  $("reports").hidden = false;
}

function dateLabel(t) {
  if (t.precision === "month") return t.date.slice(0, 7);
  if (t.precision === "year") return t.date.slice(0, 4);
  if (t.precision === "week") return `week of ${t.date}`;
  return t.date;
}

function select(button, refs) {
  for (const b of document.querySelectorAll("button.item[aria-pressed=true]")) {
    b.setAttribute("aria-pressed", "false");
  }
  button.setAttribute("aria-pressed", "true");
  renderSources(refs);
}

// Draws every source with `refs` highlighted and cleaning's drops struck through, then
// scrolls each panel to its first highlight.
function renderSources(refs) {
  const container = $("sources");
  container.replaceChildren();
  for (const doc of result.documents) {
    const marks = refs.filter((r) => r.doc === doc.id).map((r) => ({ ...r, tag: "mark" }));
    const drops = (result.dropped || []).filter((r) => r.doc === doc.id).map((r) => ({ ...r, tag: "del" }));
    const text = element("div", { class: "text", tabindex: "0", "aria-label": `Text of ${doc.id}` });
    text.append(...spans(bytesOf.get(doc.id), marks, drops));
    const count = marks.length ? ` · ${marks.length} highlighted` : "";
    const panel = element("article", { class: "source", "data-doc": doc.id },
      element("h3", {}, doc.title || doc.id, element("span", { class: "count" }, count)),
      text);
    container.append(panel);
    const first = text.querySelector("mark");
    if (first) {
      first.classList.add("first");
      text.scrollTop = Math.max(0, first.offsetTop - text.offsetTop - 40);
    }
  }
}

// Splits a document's bytes into text, <mark> and <del> pieces. Highlights win over drops
// where they overlap; ranges are byte offsets on UTF-8 character boundaries.
function spans(bytes, marks, drops) {
  const n = bytes.length;
  const kind = new Uint8Array(n); // 0 text, 1 dropped, 2 highlighted
  for (const r of drops) kind.fill(1, Math.min(r.start, n), Math.min(r.end, n));
  for (const r of marks) kind.fill(2, Math.min(r.start, n), Math.min(r.end, n));
  const out = [];
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || kind[i] !== kind[start]) {
      const piece = decoder.decode(bytes.subarray(start, i));
      const k = kind[start];
      out.push(k === 0 ? piece : element(k === 2 ? "mark" : "del", {}, piece));
      start = i;
    }
  }
  return out;
}

// ---- wiring --------------------------------------------------------------------------

$("go").addEventListener("click", summarize);
$("example").addEventListener("click", loadExample);
$("clear").addEventListener("click", () => {
  loaded = [];
  $("paste").value = "";
  renderDocList();
  status("Cleared.");
});
$("files").addEventListener("change", (e) => addFiles(e.target.files));
document.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) summarize();
});
const paste = $("paste");
paste.addEventListener("dragover", (e) => { e.preventDefault(); paste.classList.add("dragging"); });
paste.addEventListener("dragleave", () => paste.classList.remove("dragging"));
paste.addEventListener("drop", (e) => {
  e.preventDefault();
  paste.classList.remove("dragging");
  if (e.dataTransfer.files.length) addFiles(e.dataTransfer.files);
});
loadMethods();
