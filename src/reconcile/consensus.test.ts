import { describe, expect, it } from "vitest";
import { doc, ev, place } from "../../test/reconcile-helpers.js";
import { consensus } from "./consensus.js";
import { prepare } from "./prepared.js";

describe("consensus: a vague magnitude never beats a stated figure", () => {
  const docs = new Map([doc("a", "A", "2030-05-01"), doc("b", "B", "2030-05-01"), doc("c", "C", "2030-05-02")].map((d) => [d.id, d]));
  const base = { type: "repatriation" as const, date: "2030-04-30", origin: place("Iran", "IR"), destination: place("Afghanistan", "AF") };
  it("two reports of 'thousands' against one of 'close to 4,800': the figure is 4,800", () => {
    const members = [
      ev({ ...base, doc: "a", count: { value: 1000, qualifier: "vague" }, text: "Thousands crossed back over the border this week." }),
      ev({ ...base, doc: "b", count: { value: 1000, qualifier: "vague" }, text: "Thousands of returnees waited at the crossing." }),
      ev({ ...base, doc: "c", count: { value: 4800, qualifier: "approx" }, text: "Close to 4,800 people returned this week, officials said." }),
    ].map((e) => prepare(e, docs, new Map()));
    const c = consensus(members);
    expect(c.count).toEqual({ value: 4800, qualifier: "approx" });
    expect(c.dissent.filter((d) => d.field === "count")).toHaveLength(2);
  });
  it("with vague figures only, the vague one is kept", () => {
    const members = [ev({ ...base, doc: "a", count: { value: 100, qualifier: "vague" }, text: "Hundreds returned." })].map((e) => prepare(e, docs, new Map()));
    expect(consensus(members).count).toEqual({ value: 100, qualifier: "vague" });
  });
});
