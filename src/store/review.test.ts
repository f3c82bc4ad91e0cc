import { describe, expect, it } from "vitest";
import type { ReviewChange } from "../types.js";
import { makeEvent } from "./fixtures.js";
import { reviewKeys } from "./event-key.js";
import { activeChanges, applyEventChanges, changeId, parseFieldValue, storyReview } from "./review.js";

let minute = 0;
function change(over: Partial<ReviewChange> & Pick<ReviewChange, "target" | "action">): ReviewChange {
  const c: Omit<ReviewChange, "id"> = {
    targetKind: "event",
    field: null,
    before: null,
    after: null,
    author: "ana",
    at: `2025-03-05T10:${String(minute++).padStart(2, "0")}:00.000Z`,
    undoes: null,
    anchor: null,
    ...over,
  };
  return { id: changeId(c), ...c };
}

describe("review history", () => {
  it("an undo takes a change back, an undo of the undo brings it back", () => {
    const a = change({ target: "k", action: "suppress" });
    const u1 = change({ target: "k", action: "undo", undoes: a.id });
    expect(activeChanges([a, u1])).toEqual([]);
    const u2 = change({ target: "k", action: "undo", undoes: u1.id });
    expect(activeChanges([a, u1, u2])).toEqual([a]);
  });

  it("corrections apply in order to the record as extracted, which stays in `original`", () => {
    const e = makeEvent("d");
    const [key] = reviewKeys([e]);
    const c1 = change({ target: key!, action: "correct", field: "count", after: { value: 450, qualifier: "exact" } });
    const c2 = change({ target: key!, action: "correct", field: "count", after: { value: 500, qualifier: "approx" } });
    const other = change({ target: `${key}~2`, action: "suppress" });
    const out = applyEventChanges(e, key!, [c1, other, c2]);
    expect(out.count).toEqual({ value: 500, qualifier: "approx" });
    expect(out.review).toMatchObject({ suppressed: false, original: { count: { value: 40, qualifier: "exact" } }, changes: [c1.id, c2.id] });
    expect(applyEventChanges(e, key!, [])).not.toHaveProperty("review");
  });

  it("gives records of one sentence and type keys of their own", () => {
    const e = makeEvent("d");
    const keys = reviewKeys([e, e, makeEvent("d", { type: "escape" })]);
    expect(keys[1]).toBe(`${keys[0]}~2`);
    expect(new Set(keys).size).toBe(3);
  });

  it("finds a story's changes by its id, or by the key of one of its records when its id changed", () => {
    const note = change({ targetKind: "story", target: "st_old", action: "note", after: "checked", anchor: "d#transfer#abc" });
    const mark = change({ targetKind: "story", target: "st_old", action: "reviewed", after: true, anchor: "d#transfer#abc", author: "bo" });
    expect(storyReview([note, mark], "st_new", ["d#transfer#abc"])).toMatchObject({ reviewed: { author: "bo" }, notes: [{ text: "checked" }] });
    expect(storyReview([note, mark], "st_other", ["e#escape#def"])).toBeNull();
  });
});

describe("field values from the command line", () => {
  it("reads counts with their qualifiers, places with a country, none, and refuses what does not fit", () => {
    expect(parseFieldValue("count", "~1,200")).toEqual({ ok: true, field: "count", value: { value: 1200, qualifier: "approx" } });
    expect(parseFieldValue("count", ">=30")).toMatchObject({ value: { value: 30, qualifier: "at_least" } });
    expect(parseFieldValue("destination", "Erbil, iq")).toMatchObject({ value: { name: "Erbil", country: "IQ", lat: null, lon: null } });
    expect(parseFieldValue("actor", "none")).toMatchObject({ ok: true, value: null });
    expect(parseFieldValue("type", "escape")).toMatchObject({ ok: true, value: "escape" });
    expect(parseFieldValue("type", "picnic")).toMatchObject({ ok: false });
    expect(parseFieldValue("date", "2025-13-01")).toMatchObject({ ok: false });
    expect(parseFieldValue("count", "many")).toMatchObject({ ok: false, problem: expect.stringContaining("not a count") });
    expect(parseFieldValue("confidence", "1")).toMatchObject({ ok: false, problem: expect.stringContaining("cannot be corrected") });
    expect(parseFieldValue("origin", "{bad json")).toMatchObject({ ok: false, problem: expect.stringContaining("not valid JSON") });
  });
});
