// The reader: a document's cleaned text with each event's evidence
// highlighted. Text is placed with createTextNode only, never as markup.

import type { DocumentView, StoredEvent } from "./api.js";
import { clear, h } from "./dom.js";
import { formatCount, formatDate, formatPlace, textDirection, TYPE_LABEL } from "./format.js";
import { drawReviewPanel, type ReviewPanelOptions } from "./review.js";

export interface ReaderOptions {
  doc: DocumentView | null;
  events: StoredEvent[];
  selected: string;
  onSelect(e: StoredEvent): void;
}

interface Seg {
  start: number;
  end: number;
  ids: string[];
}

/** Splits the text at every evidence boundary; each piece knows the events covering it. */
export function segments(len: number, events: StoredEvent[]): Seg[] {
  const cuts = new Set<number>([0, len]);
  const spans: { start: number; end: number; id: string }[] = [];
  for (const e of events) {
    for (const ev of e.evidence) {
      const start = Math.max(0, Math.min(len, ev.start));
      const end = Math.max(start, Math.min(len, ev.end));
      if (end > start) {
        spans.push({ start, end, id: e.id });
        cuts.add(start);
        cuts.add(end);
      }
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Seg[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const ids = spans.filter((sp) => sp.start <= a && sp.end >= b).map((sp) => sp.id);
    out.push({ start: a, end: b, ids: [...new Set(ids)] });
  }
  return out;
}

export function drawReader(host: HTMLElement, o: ReaderOptions): void {
  clear(host);
  const doc = o.doc;
  if (!doc) {
    host.appendChild(h("p", { class: "placeholder" }, "Pick an event or a document to read it here, with the sentences behind each record highlighted."));
    return;
  }
  const byId = new Map(o.events.map((e) => [e.id, e]));
  const meta = h(
    "header",
    { class: "doc-meta" },
    h("h3", { dir: "auto" }, doc.title ?? doc.id),
    h(
      "p",
      { class: "muted" },
      [
        doc.outlet,
        doc.published ? `published ${formatDate(doc.published)}` : "no publication date",
        doc.lang ? `language ${doc.lang}` : null,
        doc.format,
        `${o.events.length} event${o.events.length === 1 ? "" : "s"}`,
      ]
        .filter(Boolean)
        .join(" · "),
    ),
  );
  if (doc.url) meta.appendChild(h("p", { class: "muted small" }, "Source: ", h("span", { class: "url" }, doc.url)));
  host.appendChild(meta);

  // Arabic reads right to left; every paragraph still takes its own direction
  // from its first letter (unicode-bidi: plaintext), so a quoted English line
  // in an Arabic report, or the reverse, reads the right way. The marks below
  // are cut at the same offsets whatever the direction.
  const body = h("div", { class: "doc-text", dir: textDirection(doc.lang), lang: doc.lang ?? null });
  for (const seg of segments(doc.cleanText.length, o.events)) {
    const text = doc.cleanText.slice(seg.start, seg.end);
    if (!seg.ids.length) {
      body.appendChild(document.createTextNode(text));
      continue;
    }
    const first = byId.get(seg.ids[0])!;
    const sel = seg.ids.includes(o.selected);
    const mark = h("mark", {
      class: `ev t-${first.type}${sel ? " sel" : ""}${seg.ids.length > 1 ? " multi" : ""}`,
      tabindex: 0,
      role: "button",
      "data-events": seg.ids.join(" "),
      "aria-label": `Evidence for ${seg.ids.map((id) => byId.get(id)?.type ?? "event").join(", ")}`,
      title: seg.ids.map((id) => describe(byId.get(id)!)).join("\n"),
    });
    mark.appendChild(document.createTextNode(text));
    const pick = () => {
      // Cycle through the events that share this sentence.
      const i = seg.ids.indexOf(o.selected);
      o.onSelect(byId.get(seg.ids[(i + 1) % seg.ids.length])!);
    };
    mark.addEventListener("click", pick);
    mark.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        pick();
      }
    });
    body.appendChild(mark);
  }
  host.appendChild(body);

  if (doc.removed.length) {
    const det = h("details", { class: "removed" }, h("summary", {}, `${doc.removed.length} span${doc.removed.length > 1 ? "s" : ""} removed in cleaning`));
    const ul = h("ul");
    for (const r of doc.removed.slice(0, 200))
      ul.appendChild(h("li", {}, h("code", {}, r.rule), " ", r.text.length > 160 ? `${r.text.slice(0, 160)}…` : r.text));
    det.appendChild(ul);
    host.appendChild(det);
  }
}

export function describe(e: StoredEvent): string {
  const where = e.origin || e.destination ? `${formatPlace(e.origin) || "?"} → ${formatPlace(e.destination) || "?"}` : formatPlace(e.location);
  return [TYPE_LABEL(e.type), e.status !== "occurred" ? `(${e.status})` : "", formatDate(e.date), formatCount(e.count), e.subject, where]
    .filter(Boolean)
    .join(" · ");
}

/** Scrolls the reader so the first sentence of an event is in view, and focuses it unless told not to. */
export function scrollToEvidence(host: HTMLElement, eventId: string, focus = true): HTMLElement | null {
  const marks = [...host.querySelectorAll<HTMLElement>("mark.ev")].filter((m) => (m.dataset.events ?? "").split(" ").includes(eventId));
  const first = marks[0];
  if (!first) return null;
  const top = first.offsetTop - host.clientHeight / 3;
  host.scrollTo({ top: Math.max(0, top), behavior: "auto" });
  if (focus) first.focus({ preventScroll: true });
  for (const m of marks) {
    m.classList.remove("flash");
    void m.offsetWidth;
    m.classList.add("flash");
  }
  return first;
}

/** The record card of the selected event. */
export function drawRecord(host: HTMLElement, e: StoredEvent | null, onShow: (e: StoredEvent) => void, review?: Omit<ReviewPanelOptions, "event">): void {
  clear(host);
  if (!e) {
    host.hidden = true;
    return;
  }
  host.hidden = false;
  // a value may be Arabic as written ("قسد"): each takes its own direction
  const row = (k: string, v: string | null | undefined) => (v ? h("div", { class: "kv" }, h("dt", {}, k), h("dd", { dir: "auto" }, v)) : null);
  const dl = h(
    "dl",
    {},
    row("status", e.status),
    row("date", `${formatDate(e.date)}${e.dateImplied ? " (implied)" : ""}`),
    row("count", e.count ? `${formatCount(e.count)} (${e.count.qualifier.replace("_", " ")})` : null),
    row("subject", e.subject),
    row("group", e.group),
    row("actor", e.actor),
    row("origin", formatPlace(e.origin)),
    row("destination", formatPlace(e.destination)),
    row("location", formatPlace(e.location)),
    row("source", e.source),
    row("confidence", `${Math.round(e.confidence * 100)}%`),
  );
  const show = h("button", { type: "button", class: "btn-small" }, `Show sentence${e.evidence.length > 1 ? "s" : ""}`);
  show.addEventListener("click", () => onShow(e));
  host.appendChild(
    h(
      "div",
      { class: `card t-${e.type}` },
      h(
        "div",
        { class: "card-head" },
        h("span", { class: `chip t-${e.type}` }, TYPE_LABEL(e.type)),
        h("span", { class: "card-count" }, formatCount(e.count)),
        show,
      ),
      dl,
      h("details", { class: "tags muted small" }, h("summary", {}, "provenance"), e.tags.join(" · ")),
      review ? drawReviewPanel({ ...review, event: e }) : null,
    ),
  );
}
