// Conflicting claims, one card per group of claims that disagree (every claim
// with its figure, sources and sentence), and the stories told by more than
// one document.

import type { Story } from "./api.js";
import type { ConflictGroup } from "./conflict-groups.js";
import { clear, h } from "./dom.js";
import { formatCount, formatDate, formatPlace, TYPE_LABEL } from "./format.js";

export function drawConflicts(host: HTMLElement, groups: ConflictGroup[], stories: Story[], onStory: (storyId: string, doc: string | null) => void): void {
  clear(host);
  const storyById = new Map(stories.map((st) => [st.id, st]));
  if (groups.length) {
    host.appendChild(h("h3", {}, `${groups.length} conflict${groups.length > 1 ? "s" : ""}`));
    const ul = h("ul", { class: "conflict-list" });
    for (const g of groups) {
      const first = storyById.get(g.claims[0].storyId);
      const place = first ? formatPlace(first.location ?? first.origin) : "";
      const head = h(
        "div",
        { class: "conflict-head" },
        ...g.kinds.map((k) => h("span", { class: "badge conflict" }, k.replace(/-/g, " "))),
        " ",
        h("span", { class: "conflict-title" }, `${first ? TYPE_LABEL(first.type) : "Claims"}${place ? ` · ${place}` : ""}: ${g.claims.length} claims disagree`),
      );
      const claims = h("ol", { class: "claims" });
      for (const c of g.claims) {
        const b = h("button", { type: "button", class: "linkish claim-what" }, c.what);
        b.addEventListener("click", () => onStory(c.storyId, c.docs[0] ?? null));
        const who = [...c.sources, ...c.outlets].join(" · ");
        claims.appendChild(
          h(
            "li",
            { class: "claim" },
            h("span", { class: "claim-figure" }, c.figure || "no figure"),
            h(
              "div",
              { class: "claim-body" },
              b,
              who ? h("div", { class: "muted small claim-who" }, who) : null,
              ...c.sentences.map((t) => h("q", { class: "claim-sentence", dir: "auto" }, t)),
            ),
          ),
        );
      }
      const why = h("details", { class: "muted small" }, h("summary", {}, g.reasons.length > 1 ? `why: ${g.reasons.length} disagreements` : "why"));
      for (const r of g.reasons) why.appendChild(h("p", {}, r));
      ul.appendChild(h("li", { class: "conflict-card" }, head, claims, why));
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
