// Conflicting claims, and the stories told by more than one document.

import type { Conflict, Story } from "./api.js";
import { clear, h } from "./dom.js";
import { formatCount, formatDate, formatPlace, TYPE_LABEL } from "./format.js";

export function drawConflicts(host: HTMLElement, conflicts: Conflict[], stories: Story[], onStory: (storyId: string, doc: string | null) => void): void {
  clear(host);
  if (conflicts.length) {
    host.appendChild(h("h3", {}, `${conflicts.length} conflict${conflicts.length > 1 ? "s" : ""}`));
    const ul = h("ul", { class: "conflict-list" });
    for (const c of conflicts) {
      const li = h("li", {}, h("span", { class: "badge conflict" }, c.kind.replace(/-/g, " ")), " ", h("span", {}, c.description));
      const sides = h("ul", { class: "sides" });
      for (const side of c.sides) {
        const b = h("button", { type: "button", class: "linkish" }, side.claim);
        b.addEventListener("click", () => onStory(side.storyId, side.docs[0] ?? null));
        sides.appendChild(h("li", {}, b, h("span", { class: "muted small" }, ` ${[...side.outlets, ...side.sources].join(" · ")}`)));
      }
      li.appendChild(sides);
      ul.appendChild(li);
    }
    host.appendChild(ul);
  } else {
    host.appendChild(h("p", { class: "muted" }, "No conflicting claims."));
  }
  const multi = stories.filter((st) => st.mentions.length > 1).sort((a, b) => b.mentions.length - a.mentions.length);
  host.appendChild(
    h(
      "h3",
      {},
      `${stories.length} stories`,
      multi.length ? `, ${multi.length} told by several documents` : stories.length ? ", each told by one document" : "",
    ),
  );
  const ul = h("ul", { class: "story-list" });
  for (const st of multi.slice(0, 30)) {
    const where = st.origin || st.destination ? `${formatPlace(st.origin) || "?"} → ${formatPlace(st.destination) || "?"}` : formatPlace(st.location);
    const b = h(
      "button",
      { type: "button", class: "linkish" },
      h("span", { class: `chip t-${st.type}` }, TYPE_LABEL(st.type)),
      " ",
      [formatDate(st.date), formatCount(st.count), st.subject, where].filter(Boolean).join(" · "),
    );
    b.addEventListener("click", () => onStory(st.id, st.mentions[0]?.doc ?? null));
    ul.appendChild(h("li", {}, b, h("span", { class: "muted small" }, ` ${st.mentions.length} mentions · ${st.outlets.join(", ")}`)));
  }
  host.appendChild(ul);
}
