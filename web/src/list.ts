// The events list: newest first, undated last; each row opens its document
// in the reader at the sentence that states it.

import type { DocumentSummary, StoredEvent } from "./api.js";
import { clear, h } from "./dom.js";
import { dateSpan, formatCount, formatDate, formatPlace, TYPE_LABEL } from "./format.js";

/** Rows drawn at first, and added by each "Show more". */
export const PAGE_ROWS = 60;

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
  const focused = host.contains(document.activeElement) ? ((document.activeElement as Element | null)?.getAttribute("data-id") ?? null) : null;
  clear(host);
  if (!events.length) {
    host.appendChild(h("li", { class: "placeholder" }, "No events match these filters."));
    return;
  }
  const sorted = sortEvents(events);
  // The rows asked for so far, and always down to the selected one.
  const asked = Number(host.dataset.rows ?? PAGE_ROWS);
  const limit = Math.max(asked, sorted.findIndex((e) => e.id === selected) + 1);
  for (const e of sorted.slice(0, limit)) {
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
      // names as written (Arabic among them) are isolated, so the brackets and arrows around them stay in place
      h(
        "span",
        { class: "row-subject" },
        e.subject ? h("bdi", {}, e.subject) : e.group ? null : "—",
        e.group && e.group !== e.subject ? `${e.subject ? " " : ""}(${e.group})` : null,
      ),
      route ? h("span", { class: "row-route" }, h("bdi", {}, route)) : null,
      h("span", { class: "row-src muted" }, [e.source ? `per ${e.source}` : "", doc?.outlet ?? doc?.title ?? e.doc].filter(Boolean).join(" · ")),
    );
    btn.addEventListener("click", () => onSelect(e));
    host.appendChild(h("li", {}, btn));
  }
  if (sorted.length > limit) {
    const more = h(
      "button",
      { type: "button", class: "btn-ghost more", "data-id": "more" },
      `Show ${Math.min(PAGE_ROWS, sorted.length - limit)} more of ${sorted.length - limit}`,
    );
    more.addEventListener("click", () => {
      host.dataset.rows = String(limit + PAGE_ROWS);
      drawList(host, events, docs, selected, onSelect);
      host.querySelectorAll<HTMLElement>("button.row")[limit]?.focus();
    });
    host.appendChild(h("li", { class: "more-row" }, more));
  }
  if (focused) host.querySelector<HTMLElement>(`[data-id="${CSS.escape(focused)}"]`)?.focus();
}
