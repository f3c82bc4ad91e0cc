// The feeds panel: each watched feed with its last poll, the items it
// brought in and its last error. Shown only when the server watches feeds.

import type { FeedState } from "./api.js";
import { clear, h } from "./dom.js";

function when(iso: string | null): string {
  if (!iso) return "not yet polled";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

function every(ms: number): string {
  return ms % 3_600_000 === 0 ? `${ms / 3_600_000} h` : ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 1000)} s`;
}

export function drawFeeds(panel: HTMLElement, table: HTMLElement, note: HTMLElement, feeds: FeedState[], watching: number | null): void {
  panel.hidden = feeds.length === 0;
  clear(table);
  note.textContent = watching ? `polled every ${every(watching)}` : "not polled by this server (sourced watch polls them)";
  if (feeds.length === 0) return;
  table.appendChild(h("thead", {}, h("tr", {}, h("th", {}, "Feed"), h("th", {}, "Last poll"), h("th", {}, "Items"), h("th", {}, "Last error"))));
  const body = h("tbody");
  for (const f of feeds) {
    body.appendChild(
      h(
        "tr",
        {},
        h("td", { class: "url" }, f.url),
        h("td", {}, when(f.lastPollAt)),
        h("td", { class: "num" }, f.itemsSeen),
        h("td", { class: f.lastError ? "error" : "" }, f.lastError ?? "none"),
      ),
    );
  }
  table.appendChild(body);
}
