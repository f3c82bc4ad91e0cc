// The events list: newest first, undated last; each row opens its document
// in the reader at the sentence that states it.

import type { DocumentSummary, StoredEvent } from "./api.js";
import { clear, h } from "./dom.js";
import { dateSpan, formatCount, formatDate, formatPlace, TYPE_LABEL } from "./format.js";

const MAX_ROWS = 800;

export function sortEvents(events: StoredEvent[]): StoredEvent[] {
  return [...events].sort((a, b) => {
    const da = dateSpan(a.date)?.[0] ?? -Infinity;
    const db = dateSpan(b.date)?.[0] ?? -Infinity;
    return db - da || b.confidence - a.confidence || Number(a.id) - Number(b.id);
  });
}

export function drawList(
  host: HTMLElement,
  events: StoredEvent[],
  docs: Map<string, DocumentSummary>,
  selected: string,
  onSelect: (e: StoredEvent) => void,
): void {
  clear(host);
  if (!events.length) {
    host.appendChild(h("li", { class: "placeholder" }, "No events match these filters."));
    return;
  }
  for (const e of sortEvents(events).slice(0, MAX_ROWS)) {
    const route = e.origin || e.destination ? `${formatPlace(e.origin) || "?"} → ${formatPlace(e.destination) || "?"}` : formatPlace(e.location);
    const doc = docs.get(e.doc);
    const btn = h(
      "button",
      { type: "button", class: `row t-${e.type}${e.id === selected ? " sel" : ""}`, "data-id": e.id, "aria-pressed": e.id === selected ? "true" : "false" },
      h(
        "span",
        { class: "row-top" },
        h("span", { class: `chip t-${e.type}` }, TYPE_LABEL(e.type)),
        e.status !== "occurred" ? h("span", { class: `status s-${e.status}` }, e.status) : null,
        h("span", { class: "row-date" }, formatDate(e.date)),
        e.count ? h("span", { class: "row-count" }, formatCount(e.count)) : null,
      ),
      h("span", { class: "row-subject" }, [e.subject, e.group && e.group !== e.subject ? `(${e.group})` : ""].filter(Boolean).join(" ") || "—"),
      route ? h("span", { class: "row-route" }, route) : null,
      h("span", { class: "row-src muted" }, [e.source ? `per ${e.source}` : "", doc?.outlet ?? doc?.title ?? e.doc].filter(Boolean).join(" · ")),
    );
    btn.addEventListener("click", () => onSelect(e));
    host.appendChild(h("li", {}, btn));
  }
  if (events.length > MAX_ROWS) host.appendChild(h("li", { class: "placeholder" }, `${events.length - MAX_ROWS} more: narrow the filters.`));
}
