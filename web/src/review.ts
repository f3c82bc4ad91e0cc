// The review part of the record card: what analysts changed on the record and
// its story (corrections with the extracted value, notes, tags, the reviewed
// mark), the history with undo, and, once an API token is given, the forms
// that correct, suppress, note and tag. The token stays in this tab only
// (sessionStorage); the server records its name with every change.

import { CORRECTABLE_FIELDS, type ReviewChange, type Story, type StoredEvent } from "../../src/types.js";
import { fetchHistory, postReview } from "./api.js";
import { clear, h } from "./dom.js";
import { formatCount } from "./format.js";

const TOKEN_KEY = "sourced.reviewToken";

export function reviewToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function setToken(t: string | null): void {
  try {
    if (t) sessionStorage.setItem(TOKEN_KEY, t);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    /* storage off: the token lasts until the card is drawn again */
  }
}

/** A field's value in words. */
export function showValue(v: unknown): string {
  if (v === null || v === undefined) return "none";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
  const o = v as Record<string, unknown>;
  if ("qualifier" in o) return formatCount(o as { value: number | null; qualifier: string });
  if ("name" in o) {
    const c = o.country;
    return `${String(o.name)}${c ? ` (${Array.isArray(c) ? c.join("/") : String(c)})` : ""}`;
  }
  return JSON.stringify(v);
}

/** One history entry in words. */
export function describeChange(c: ReviewChange): string {
  const what =
    c.action === "correct"
      ? `corrected ${c.field}: ${showValue(c.before)} → ${showValue(c.after)}`
      : c.action === "undo"
        ? `undid ${c.undoes ?? "an override"}${typeof c.before === "string" ? ` (${c.before})` : ""}`
        : c.action === "note" || c.action === "tag" || c.action === "untag"
          ? `${c.action === "note" ? "noted" : c.action === "tag" ? "tagged" : "untagged"} ${c.targetKind}: ${String(c.after)}`
          : `${c.action} ${c.targetKind}`;
  return `${c.at.slice(0, 16).replace("T", " ")} · ${c.author} · ${what}`;
}

export interface ReviewPanelOptions {
  event: StoredEvent;
  story: Story | null;
  /** Called after a change was stored, to load what it changed. */
  onChanged: (message: string) => Promise<void>;
  onError: (message: string) => void;
}

export function drawReviewPanel(o: ReviewPanelOptions): HTMLElement {
  const e = o.event;
  const box = h("section", { class: "review", "aria-label": "Review" });
  const r = e.review;
  const facts = h("ul", { class: "review-facts small" });
  for (const [field, was] of Object.entries(r?.original ?? {})) {
    facts.appendChild(
      h(
        "li",
        { class: "corrected" },
        `${field}: ${showValue((e as unknown as Record<string, unknown>)[field])}`,
        h("span", { class: "muted" }, ` (extracted: ${showValue(was)})`),
      ),
    );
  }
  for (const n of r?.notes ?? []) facts.appendChild(h("li", { class: "note" }, `Note by ${n.author}: ${n.text}`));
  if (r?.tags.length) facts.appendChild(h("li", { class: "tags" }, `Tags: ${r.tags.join(", ")}`));
  const sr = (o.story as (Story & { review?: { reviewed: { author: string } | null; notes: { text: string; author: string }[]; tags: string[] } }) | null)
    ?.review;
  if (sr?.reviewed) facts.appendChild(h("li", { class: "reviewed" }, `Story reviewed by ${sr.reviewed.author}`));
  for (const n of sr?.notes ?? []) facts.appendChild(h("li", { class: "note" }, `Story note by ${n.author}: ${n.text}`));
  if (sr?.tags.length) facts.appendChild(h("li", { class: "tags" }, `Story tags: ${sr.tags.join(", ")}`));
  if (facts.childElementCount) box.appendChild(facts);

  const token = reviewToken();
  const act = async (path: string, body: unknown, message: string) => {
    if (!token) return;
    try {
      await postReview(path, token, body);
      await o.onChanged(message);
    } catch (err) {
      o.onError(`Not saved: ${(err as Error).message}`);
    }
  };

  // the history, loaded when opened
  const history = h("details", { class: "review-history small" }, h("summary", {}, "History"));
  const list = h("ol", { class: "history-list" });
  history.appendChild(list);
  history.addEventListener("toggle", async () => {
    if (!history.open) return;
    clear(list);
    try {
      const changes = await fetchHistory(o.story?.id ?? e.id);
      if (!changes.length) list.appendChild(h("li", { class: "muted" }, "No changes yet."));
      for (const c of changes) {
        const li = h("li", { "data-change": c.id }, describeChange(c));
        if (token) {
          const undo = h("button", { type: "button", class: "btn-small" }, "Undo");
          undo.addEventListener("click", () => void act(`/api/history/${encodeURIComponent(c.id)}/undo`, undefined, "Change undone"));
          li.append(" ", undo);
        }
        list.appendChild(li);
      }
    } catch (err) {
      list.appendChild(h("li", { class: "muted" }, `Could not load the history: ${(err as Error).message}`));
    }
  });
  box.appendChild(history);

  if (!token) {
    const input = h("input", { type: "password", class: "token-input", "aria-label": "API token for edits", placeholder: "API token", autocomplete: "off" });
    const form = h("form", { class: "token-form small" }, input, h("button", { type: "submit", class: "btn-small" }, "Edit"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const t = input.value.trim();
      if (!t) return;
      setToken(t);
      void o.onChanged("");
    });
    box.appendChild(h("details", { class: "review-token small" }, h("summary", {}, "Correct this record…"), form));
    return box;
  }

  const base = `/api/events/${encodeURIComponent(e.id)}`;
  const field = h("select", { "aria-label": "Field to correct" });
  for (const f of CORRECTABLE_FIELDS) field.appendChild(h("option", { value: f }, f));
  const value = h("input", { type: "text", "aria-label": "New value", placeholder: "450, ~450, >=450, Erbil,IQ, none" });
  const correct = h("form", { class: "review-form correct" }, field, value, h("button", { type: "submit", class: "btn-small" }, "Correct"));
  correct.addEventListener("submit", (ev) => {
    ev.preventDefault();
    void act(`${base}/corrections`, { field: field.value, text: value.value }, `Corrected ${field.value}`);
  });
  const note = h("input", { type: "text", "aria-label": "Note", placeholder: "a note" });
  const noteForm = h("form", { class: "review-form note" }, note, h("button", { type: "submit", class: "btn-small" }, "Add note"));
  noteForm.addEventListener("submit", (ev) => {
    ev.preventDefault();
    if (note.value.trim()) void act(`${base}/notes`, { text: note.value }, "Note added");
  });
  if (o.story) {
    const storyId = o.story.id;
    const onStory = h("button", { type: "button", class: "btn-small" }, "Note on story");
    onStory.addEventListener("click", () => {
      if (note.value.trim()) void act(`/api/stories/${encodeURIComponent(storyId)}/notes`, { text: note.value }, "Story note added");
    });
    noteForm.appendChild(onStory);
  }
  const tag = h("input", { type: "text", "aria-label": "Tag", placeholder: "a tag" });
  const tagForm = h("form", { class: "review-form tag" }, tag, h("button", { type: "submit", class: "btn-small" }, "Tag"));
  tagForm.addEventListener("submit", (ev) => {
    ev.preventDefault();
    if (tag.value.trim()) void act(`${base}/tags`, { tag: tag.value }, "Tag added");
  });
  if (o.story) {
    const storyId = o.story.id;
    const onStory = h("button", { type: "button", class: "btn-small" }, "Tag story");
    onStory.addEventListener("click", () => {
      if (tag.value.trim()) void act(`/api/stories/${encodeURIComponent(storyId)}/tags`, { tag: tag.value }, "Story tag added");
    });
    tagForm.appendChild(onStory);
    // a tag on the story comes off with a click
    for (const t of sr?.tags ?? []) {
      const off = h("button", { type: "button", class: "btn-small", title: `Take the tag '${t}' off the story` }, `${t} ×`);
      off.addEventListener("click", () => void act(`/api/stories/${encodeURIComponent(storyId)}/tags`, { tag: t, remove: true }, "Story tag removed"));
      tagForm.appendChild(off);
    }
  }
  const suppress = h("button", { type: "button", class: "btn-small danger" }, "Suppress event");
  suppress.addEventListener("click", () => void act(`${base}/suppress`, {}, "Event suppressed"));
  const buttons = h("div", { class: "review-buttons" }, suppress);
  if (o.story) {
    const reviewed = !!sr?.reviewed;
    const mark = h("button", { type: "button", class: "btn-small" }, reviewed ? "Unmark story reviewed" : "Mark story reviewed");
    mark.addEventListener(
      "click",
      () =>
        void act(`/api/stories/${encodeURIComponent(o.story!.id)}/reviewed`, { reviewed: !reviewed }, reviewed ? "Story unmarked" : "Story marked reviewed"),
    );
    buttons.appendChild(mark);
  }
  const forget = h("button", { type: "button", class: "btn-small" }, "Forget token");
  forget.addEventListener("click", () => {
    setToken(null);
    void o.onChanged("");
  });
  buttons.appendChild(forget);
  box.append(h("div", { class: "review-edit small" }, correct, noteForm, tagForm, buttons));
  return box;
}
