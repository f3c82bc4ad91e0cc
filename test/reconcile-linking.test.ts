// Linking records that real reports leave incomplete: a report's whole text
// ties an undated, placeless record to the story it tells; reports about
// other things, other facilities and a running count that started again keep
// records apart, each with its reason; a page cut short of its wire story is
// still a copy. Every report here was written for this test.

import { describe, expect, it } from "vitest";
import { doc, ev, place } from "./reconcile-helpers.js";
import { findCopies } from "../src/reconcile/copies.js";
import { CONTEXT_MIN_DOCS } from "../src/reconcile/doc-context.js";
import { reconcile } from "../src/reconcile/index.js";

const NG = (name = "Nigeria") => place(name, "NG");

// reports of one jailbreak share its names: the prison, the warden, the town
const jailbreak = (extra: string) =>
  `Gunmen stormed Orvana prison near Tessel on Tuesday night. Warden Ikemba Daru said inmates fled through the breached wall of Orvana. Police in Tessel set up roadblocks. ${extra}`;
// unrelated reports, each with its own vocabulary, so that the jailbreak's names are distinctive
const others = [
  "The harvest festival in Kallow drew farmers selling millet, yams and cassava to traders from the coast.",
  "A ferry between Durn and Mopel ran aground on a sandbar; passengers waded ashore with their luggage.",
  "The football league suspended two clubs over unpaid wages; supporters marched outside the stadium.",
  "Engineers finished the bridge over the Selo river after three years of delays and rising costs.",
  "A measles vaccination drive reached villages along the Ambery valley, nurses travelling by motorbike.",
  "The central bank kept its lending rate unchanged, citing food prices and a weaker currency.",
  "Floods in the Pelham delta cut the highway; the army flew rice and blankets to stranded families.",
  "The university senate approved a new faculty of agronomy, with laboratories funded by alumni.",
];

const docs = [
  doc("a1", "Wire A", "2030-05-02", jailbreak("Officials counted 420 escapees by Wednesday.")),
  doc("a2", "Local B", null, jailbreak("Relatives gathered at the gate of Orvana asking about the missing inmates.")),
  doc("a3", "Weekly C", "2030-05-03", jailbreak("The interior minister visited Tessel and promised an inquiry.")),
  doc("x1", "Paper X", null, "Thirty-five detainees slipped out of a holding cell in Fenwick after a storm tore the roof; guards blamed rusted bars."),
  doc("j1", "Paper J", "2030-06-10", "Rioters broke into Lumora district jail at dawn. Many prisoners escaped during the unrest."),
  doc("j2", "Paper K", "2030-06-10", "Rioters broke into Brevik district jail at dawn. Many prisoners escaped during the unrest."),
  doc("r1", "Paper R", "2030-01-20", "Returns across the border continue; officials say 90,000 people have gone back so far."),
  doc("r2", "Paper S", "2031-04-20", "A new phase of returns began this month; officials say 5,000 people have gone back so far."),
  ...others.map((t, i) => doc(`o${i}`, `Outlet ${i}`, "2030-03-01", t)),
];

const r = reconcile({
  docs,
  events: [
    ev({
      id: "a1e",
      doc: "a1",
      type: "escape",
      date: "2030-05-02",
      count: { value: 420, qualifier: "exact" },
      origin: NG("Orvana prison"),
      text: "Officials counted 420 escapees by Wednesday.",
    }),
    // undated, no figure, only the country, other wording: tied by nothing but the report's story
    ev({ id: "a2e", doc: "a2", type: "escape", origin: NG(), text: "Relatives gathered at the gate asking about the missing inmates." }),
    // undated escape in the same country from a report about something else
    ev({
      id: "x1e",
      doc: "x1",
      type: "escape",
      count: { value: 35, qualifier: "exact" },
      origin: NG(),
      text: "Thirty-five detainees slipped out of a holding cell after a storm tore the roof.",
    }),
    // two jails broken open the same day, told in the same words
    ev({ id: "j1e", doc: "j1", type: "escape", date: "2030-06-10", origin: NG("Lumora district jail"), text: "Many prisoners escaped during the unrest." }),
    ev({ id: "j2e", doc: "j2", type: "escape", date: "2030-06-10", origin: NG("Brevik district jail"), text: "Many prisoners escaped during the unrest." }),
    // a running count that started again
    ev({
      id: "r1e",
      doc: "r1",
      type: "repatriation",
      date: "2030-01-20",
      countKind: "cumulative",
      count: { value: 90000, qualifier: "exact" },
      origin: place("Pakistan", "PK"),
      destination: place("Afghanistan", "AF"),
      text: "Officials say 90,000 people have gone back so far.",
    }),
    ev({
      id: "r2e",
      doc: "r2",
      type: "repatriation",
      date: "2031-04-20",
      countKind: "cumulative",
      count: { value: 5000, qualifier: "exact" },
      origin: place("Pakistan", "PK"),
      destination: place("Afghanistan", "AF"),
      text: "Officials say 5,000 people have gone back so far.",
    }),
  ],
  overrides: [],
});
const storyOf = (id: string) => r.stories.find((s) => s.mentions.some((m) => m.eventId === id))!;

describe("linking records that reports leave incomplete", () => {
  it("needs enough reports to weigh words (the test corpus has them)", () => {
    expect(docs.length).toBeGreaterThanOrEqual(CONTEXT_MIN_DOCS);
  });

  it("joins an undated, placeless record to the story its report tells, dated from the story and marked inferred", () => {
    const s = storyOf("a1e");
    expect(storyOf("a2e").id).toBe(s.id);
    expect(s.explanation.some((l) => l.includes("the reports tell one story"))).toBe(true);
    const m = s.mentions.find((x) => x.eventId === "a2e")!;
    expect(m.dateFromCluster).toBe(true);
    expect(m.date).toBe("2030-05-02");
  });

  it("keeps apart a record of the same type and country whose report tells of something else", () => {
    expect(storyOf("x1e").id).not.toBe(storyOf("a1e").id);
  });

  it("keeps two facilities apart even when the same words and day tie them, and says why", () => {
    expect(storyOf("j1e").id).not.toBe(storyOf("j2e").id);
    const lines = [...storyOf("j1e").explanation, ...storyOf("j2e").explanation].join("\n");
    expect(lines).toMatch(/other facilities \("(Lumora|Brevik) district jail" vs "(Lumora|Brevik) district jail"\)/);
  });

  it("keeps a running total that started again out of the earlier count's story", () => {
    expect(storyOf("r1e").id).not.toBe(storyOf("r2e").id);
    const lines = [...storyOf("r1e").explanation, ...storyOf("r2e").explanation].join("\n");
    expect(lines).toContain("a later running total far below an earlier one");
  });
});

describe("copies of a wire story cut at different lengths", () => {
  // a long wire text of distinct sentences; one page carries its first third under its own header
  const sentences = Array.from(
    { length: 40 },
    (_, i) => `Paragraph ${i + 1} of the dispatch reports that convoy ${100 + i} crossed checkpoint ${200 + i} before noon with ${i + 3} buses.`,
  );
  const full = sentences.join(" ");
  const cut = `Regional desk, updated. ${sentences.slice(0, 13).join(" ")}`;
  // an independent report of the same convoys, in its own sentences
  const other = Array.from(
    { length: 30 },
    (_, i) => `Witnesses counted ${i + 3} buses in convoy ${100 + i}; drivers waited hours while soldiers searched luggage at gate ${200 + i}.`,
  ).join(" ");

  it("groups the page cut short with the full text as syndicated, and not an independent report of the same convoys", () => {
    const groups = findCopies([
      { id: "full", published: "2030-01-01", cleanText: full },
      { id: "cut", published: "2030-01-02", cleanText: cut },
      { id: "other", published: "2030-01-03", cleanText: other },
    ]);
    expect(groups.map((g) => [...g.docs].sort())).toEqual([["cut", "full"]]);
    expect(groups[0].kind).toBe("syndicated");
  });
});
