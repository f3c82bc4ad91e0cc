import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findCopies, pairSimilarity, SPUN_THRESHOLD, SYNDICATED_THRESHOLD, type CopyDoc } from "../src/reconcile/copies.js";
import { reconcile } from "../src/reconcile/index.js";
import { doc, ev, place } from "./reconcile-helpers.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "reconcile-copies");
const published: Record<string, string> = { original: "2026-03-01", syndicated: "2026-03-01", spun: "2026-03-02", independent: "2026-03-01" };
const docs: CopyDoc[] = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => {
    const id = f.replace(/\.txt$/, "");
    return { id, published: published[id.split("-")[1]], cleanText: readFileSync(join(dir, f), "utf8") };
  });
const byId = (id: string) => docs.find((d) => d.id === id)!;

describe("copies: thresholds sit between the measured classes", () => {
  const rows: string[] = [];
  for (const story of ["transfer", "exchange"]) {
    const o = byId(`${story}-original`);
    const syn = pairSimilarity(o, byId(`${story}-syndicated`));
    const spun = pairSimilarity(o, byId(`${story}-spun`));
    const ind = pairSimilarity(o, byId(`${story}-independent`));
    rows.push(
      `${story}: syndicated raw ${syn.raw.toFixed(2)} norm ${syn.normalised.toFixed(2)}; spun raw ${spun.raw.toFixed(2)} norm ${spun.normalised.toFixed(2)}; independent raw ${ind.raw.toFixed(2)} norm ${ind.normalised.toFixed(2)}`,
    );
    it(`${story}: syndicated ≥ syndicated threshold, spun only ≥ spun threshold, independent below both`, () => {
      expect(syn.raw).toBeGreaterThanOrEqual(SYNDICATED_THRESHOLD + 0.1);
      expect(spun.raw).toBeLessThan(SYNDICATED_THRESHOLD);
      expect(spun.normalised).toBeGreaterThanOrEqual(SPUN_THRESHOLD + 0.1);
      expect(ind.raw).toBeLessThan(SYNDICATED_THRESHOLD - 0.3);
      expect(ind.normalised).toBeLessThan(SPUN_THRESHOLD - 0.1);
    });
  }
  it("reports the measured similarities", () => {
    // printed so that a retune can be read off the test output
    console.log(rows.join("\n"));
    expect(rows).toHaveLength(2);
  });
});

describe("copies: grouping", () => {
  const groups = findCopies(docs);
  it("groups each original with its syndicated and spun copies, not with the independent report", () => {
    expect(groups.map((g) => g.docs)).toEqual([
      ["exchange-original", "exchange-syndicated", "exchange-spun"],
      ["transfer-original", "transfer-syndicated", "transfer-spun"],
    ]);
    expect(groups.every((g) => g.kind === "spun")).toBe(true);
  });
  it("a pair of syndicated copies alone is kind syndicated", () => {
    const g = findCopies([byId("transfer-original"), byId("transfer-syndicated")]);
    expect(g).toHaveLength(1);
    expect(g[0].kind).toBe("syndicated");
  });
  it("short texts are never copies", () => {
    expect(
      findCopies([
        { id: "x", published: null, cleanText: "Ten men were freed." },
        { id: "y", published: null, cleanText: "Ten men were freed." },
      ]),
    ).toEqual([]);
  });
});

describe("copies: a copy adds an outlet but never a count", () => {
  const text = (id: string) => byId(id).cleanText;
  const r = reconcile({
    docs: [
      doc("transfer-original", "Desk A", "2026-03-01", text("transfer-original")),
      doc("transfer-syndicated", "Wire B", "2026-03-01", text("transfer-syndicated")),
      doc("transfer-independent", "Paper C", "2026-03-01", text("transfer-independent")),
    ],
    events: ["transfer-original", "transfer-syndicated", "transfer-independent"].map((d, i) =>
      ev({
        id: `t${i}`,
        doc: d,
        type: "transfer",
        date: "2026-03-01",
        group: "Islamic State",
        count: { value: 1100, qualifier: "approx" },
        countKind: "cumulative",
        origin: place("Syria", "SY"),
        destination: place("Iraq", "IQ"),
        text: d === "transfer-independent" ? "Iraq has now taken about 1,100 suspects." : "The total moved since the start is roughly 1,100.",
      }),
    ),
    overrides: [],
  });
  it("one story, three outlets, one series point", () => {
    expect(r.copyGroups).toHaveLength(1);
    expect(r.stories).toHaveLength(1);
    expect(r.stories[0].outlets.sort()).toEqual(["Desk A", "Paper C", "Wire B"]);
    expect(r.series[0].points).toHaveLength(1);
    expect(r.series[0].points[0].value).toBe(1100);
    expect(r.stories[0].explanation.join("\n")).toMatch(/transfer-syndicated is a copy of transfer-original/);
  });
});
