import { describe, expect, it } from "vitest";
import { reconcile, eventKey } from "../src/reconcile/index.js";
import type { Override } from "../src/types.js";
import { doc, ev, place } from "./reconcile-helpers.js";

const SY = (name = "Syria") => place(name, "SY");
const IQ = (name = "Iraq") => place(name, "IQ");

describe("stories: one transfer told by three outlets", () => {
  const docs = [doc("a", "Wire One", "2026-01-22"), doc("b", "Daily Two", "2026-01-22"), doc("c", "Weekly Three", "2026-01-25")];
  const events = [
    ev({
      id: "a1",
      doc: "a",
      type: "transfer",
      date: "2026-01-21",
      count: { value: 150, qualifier: "approx" },
      group: "Islamic State",
      origin: SY("Hasakah"),
      destination: IQ(),
      source: "U.S. Central Command",
      text: "Roughly 150 Islamic State suspects were flown out of Hasakah province to Iraq on Wednesday, the U.S. military said.",
    }),
    ev({
      id: "b1",
      doc: "b",
      type: "transfer",
      date: "2026-01",
      count: { value: 150, qualifier: "exact" },
      group: "ISIS",
      origin: SY("Hassakeh"),
      destination: IQ(),
      source: "Iraqi officials",
      text: "The handover opened with 150 ISIS inmates taken from a jail in Hassakeh to Iraqi custody.",
    }),
    ev({
      id: "c1",
      doc: "c",
      type: "transfer",
      date: null,
      count: null,
      group: "IS",
      origin: SY(),
      destination: IQ(),
      text: "Washington has begun shifting IS captives held by Kurdish forces across the border into Iraq.",
    }),
  ];
  const r = reconcile({ docs, events, overrides: [] });

  it("puts all three mentions in one story with every outlet and source", () => {
    const s = r.stories.filter((x) => x.type === "transfer");
    expect(s).toHaveLength(1);
    expect(s[0].mentions.map((m) => m.eventId).sort()).toEqual(["a1", "b1", "c1"]);
    expect(s[0].outlets.sort()).toEqual(["Daily Two", "Weekly Three", "Wire One"]);
    expect(s[0].sources.sort()).toEqual(["Iraqi officials", "U.S. Central Command"]);
  });

  it("takes the consensus: the most precise date inside the others, the figure, the specific origin", () => {
    const s = r.stories[0];
    expect(s.date).toBe("2026-01-21");
    expect(s.count).toEqual({ value: 150, qualifier: "exact" });
    expect(s.group).toBe("Islamic State");
    expect(s.origin?.country).toBe("SY");
    expect(["Hasakah", "Hassakeh"]).toContain(s.origin?.name);
    expect(s.dissent.some((d) => d.field === "date" && d.value === "2026-01")).toBe(true);
    expect(s.dissent.some((d) => d.field === "count.qualifier" && d.value === "approx")).toBe(true);
  });

  it("gives the undated mention the story's date and says why", () => {
    const c = r.stories[0].mentions.find((m) => m.eventId === "c1")!;
    expect(c.date).toBe("2026-01-21");
    expect(c.dateFromCluster).toBe(true);
    expect(r.stories[0].explanation.join("\n")).toMatch(/c1 \(c\) .*joined/);
    expect(r.stories[0].explanation.join("\n")).toMatch(/no date of its own/);
  });
});

describe("stories: what must stay apart", () => {
  const docs = [doc("a", "A", "2026-01-22"), doc("b", "B", "2026-02-02"), doc("c", "C", "2026-02-02")];
  it("a one-off 150 and a cumulative 450 of the same operation are two stories", () => {
    const r = reconcile({
      docs,
      events: [
        ev({
          id: "x",
          doc: "a",
          type: "transfer",
          date: "2026-01-21",
          count: { value: 150, qualifier: "exact" },
          group: "Islamic State",
          origin: SY(),
          destination: IQ(),
          text: "The airlift began with 150 suspects moved to Iraq.",
        }),
        ev({
          id: "y",
          doc: "b",
          type: "transfer",
          date: "2026-02-01",
          count: { value: 450, qualifier: "exact" },
          group: "Islamic State",
          origin: SY(),
          destination: IQ(),
          text: "Baghdad has so far received 450 suspects from Syria.",
        }),
      ],
      overrides: [],
    });
    expect(r.stories).toHaveLength(2);
  });

  it("different countries, different groups, a plan against a fact, disjoint dates: no merge", () => {
    const base = { type: "transfer" as const, count: { value: 40, qualifier: "exact" as const }, date: "2026-03-04" };
    const pairs = [
      [
        ev({ ...base, doc: "a", origin: SY(), destination: IQ(), text: "Forty men were driven to Iraq." }),
        ev({ ...base, doc: "b", origin: SY(), destination: place("Turkey", "TR"), text: "Forty men were driven to Turkey." }),
      ],
      [
        ev({ ...base, doc: "a", group: "Islamic State", text: "Forty IS men were moved." }),
        ev({ ...base, doc: "b", group: "Hayat Tahrir al-Sham", text: "Forty HTS men were moved." }),
      ],
      [ev({ ...base, doc: "a", text: "Forty men were moved today." }), ev({ ...base, doc: "b", status: "planned", text: "Forty men will be moved." })],
      [
        ev({ ...base, doc: "a", text: "Forty men were moved on Monday." }),
        ev({ ...base, doc: "b", date: "2026-03-20", text: "Forty men were moved on Friday." }),
      ],
    ];
    for (const events of pairs) expect(reconcile({ docs, events, overrides: [] }).stories).toHaveLength(2);
  });

  it("two undated, uncounted attacks in one country with different wording are not merged", () => {
    const r = reconcile({
      docs,
      events: [
        ev({ doc: "a", type: "attack", location: SY(), text: "Gunmen stormed a checkpoint outside a market town." }),
        ev({ doc: "b", type: "attack", location: SY(), text: "Artillery hit villages along the river overnight." }),
      ],
      overrides: [],
    });
    expect(r.stories).toHaveLength(2);
  });

  it("two records of one document never merge", () => {
    const r = reconcile({
      docs,
      events: [
        ev({ doc: "a", type: "release", date: "2026-01-05", location: SY("Idlib"), text: "Ten men were freed in Idlib." }),
        ev({ doc: "a", type: "release", date: "2026-01-05", location: SY("Idlib"), text: "Ten more were freed in Idlib later." }),
      ],
      overrides: [],
    });
    expect(r.stories).toHaveLength(2);
  });
});

describe("stories: overrides", () => {
  const docs = [doc("a", "A", "2026-05-01"), doc("b", "B", "2026-05-02")];
  const e1 = ev({
    id: "p1",
    doc: "a",
    type: "exchange",
    date: "2026-04-30",
    count: { value: 90, qualifier: "exact" },
    origin: place("Russia", ["RU", "UA"]),
    destination: place("Ukraine", ["RU", "UA"]),
    text: "Moscow and Kyiv each handed back 90 captured soldiers.",
  });
  const e2 = ev({
    id: "p2",
    doc: "b",
    type: "exchange",
    date: "2026-04-30",
    count: { value: 90, qualifier: "exact" },
    origin: place("Ukraine", ["RU", "UA"]),
    destination: place("Russia", ["RU", "UA"]),
    text: "Ninety prisoners of war went home on each side in a swap.",
  });
  const e3 = ev({
    id: "p3",
    doc: "b",
    type: "exchange",
    date: null,
    count: { value: 12, qualifier: "exact" },
    text: "A smaller handover of 12 bodies followed.",
  });

  it("split detaches a mention; merge joins two stories; both keyed by evidence, not ids", () => {
    const plain = reconcile({ docs, events: [e1, e2, e3], overrides: [] });
    expect(plain.stories.find((s) => s.mentions.length === 2)).toBeTruthy();
    const split: Override = { id: "o1", action: "split", keys: [eventKey(e2)], createdAt: "2026-05-03T00:00:00Z", note: "different swap" };
    const afterSplit = reconcile({ docs, events: [e1, e2, e3], overrides: [split] });
    expect(afterSplit.stories.every((s) => s.mentions.length === 1)).toBe(true);
    expect(afterSplit.stories.some((s) => s.explanation.some((l) => l.includes("o1") && l.includes("different swap")))).toBe(true);

    // re-extraction gives new ids, same sentences: the override still applies
    const again = [e1, e2, e3].map((e) => ({ ...e, id: `${e.id}-v2` }));
    const merge: Override = { id: "o2", action: "merge", keys: [eventKey(e1), eventKey(e3)], createdAt: "2026-05-04T00:00:00Z", note: null };
    const r = reconcile({ docs, events: again, overrides: [split, merge] });
    const merged = r.stories.find((s) => s.mentions.some((m) => m.eventId === "p3-v2"))!;
    expect(merged.mentions.map((m) => m.eventId).sort()).toEqual(["p1-v2", "p3-v2"]);
  });

  it("is deterministic: same input, same ids, whatever the input order", () => {
    const a = reconcile({ docs, events: [e1, e2, e3], overrides: [] });
    const b = reconcile({ docs: [...docs].reverse(), events: [e3, e2, e1], overrides: [] });
    expect(JSON.stringify(b)).toEqual(JSON.stringify(a));
  });
});

describe("stories: odd records do not break reconciliation", () => {
  it("empty evidence, malformed dates, two-country places, unknown docs", () => {
    const weird = [
      { ...ev({ doc: "zz", type: "exchange", text: "x" }), evidence: [] },
      ev({ doc: "a", type: "exchange", date: "not a date", origin: place("both", ["UA", "RU"]), destination: place("both", ["RU", "UA"]), text: "A swap." }),
      ev({ doc: "b", type: "exchange", date: "2026-02-30", count: { value: null, qualifier: "vague" }, text: "Numerous captives were swapped." }),
      ev({ doc: "c", type: "holding", date: "2026-01-01/2025-12-01", count: { value: 0, qualifier: "exact" }, location: place("", null as never), text: "" }),
    ];
    const r = reconcile({
      docs: [doc("a", null, null), doc("b", null, "2026-03-01"), doc("c", "C", null)],
      events: weird,
      overrides: [{ id: "o", action: "merge", keys: ["no#such#key", "other"], createdAt: "2026-01-01T00:00:00Z", note: null }],
    });
    expect(r.stories.reduce((n, s) => n + s.mentions.length, 0)).toBe(4);
  });
});
