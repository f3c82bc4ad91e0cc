import { describe, expect, it } from "vitest";
import { ev, place } from "../../test/reconcile-helpers.js";
import type { StoredEvent } from "../types.js";
import { blockFacts, Blocks } from "./blocking.js";
import { compare, linkEvents } from "./compatibility.js";
import { prepare, type Prepared } from "./prepared.js";

// Records varied over the fields the blocks read (type, countries, dates of
// every precision, kinds of figure, groups), some of them left unstated.
function records(n: number): Prepared[] {
  let s = 11;
  const r = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const out: Prepared[] = [];
  for (let i = 0; i < n; i++) {
    const c = pick(["SY", "IQ", "NG", null]);
    const date = pick([null, "2030-05-01", "2030-05-02", "2030-05-17", "2030-05", "2030-06-30", "2030", "2030-05-01/2030-05-20", "2031-01-09"]);
    const e: StoredEvent = ev({
      id: `r${i}`,
      doc: `d${i}`,
      type: pick(["transfer", "escape"] as const),
      date,
      count: r() < 0.8 ? { value: pick([40, 44, 300, 1000]), qualifier: pick(["exact", "approx", "at_least"] as const) } : null,
      countKind: pick([null, "one_off", "cumulative", "stock"] as const),
      group: pick([null, "Islamic State", "Boko Haram"]),
      origin: c ? place(pick(["Kuje", "Hasakah", c === "SY" ? "Syria" : c === "IQ" ? "Iraq" : "Nigeria"]), c) : null,
      destination: r() < 0.5 ? place("Iraq", "IQ") : null,
      text: pick(["Officials said inmates were moved.", "Prisoners broke out overnight, a guard said.", "A convoy left the camp."]),
    });
    out.push(prepare(e, new Map(), new Map()));
  }
  return out;
}

describe("blocks: every compatible pair shares a block", () => {
  const ps = records(160);

  it("claims: a record finds every earlier record it is compatible with (kind and group as facets)", () => {
    const blocks = new Blocks();
    let pairs = 0;
    ps.forEach((p, i) => {
      const found = new Set(blocks.candidates([blockFacts(p, false, p.e.type, [p.kind, p.group])]));
      for (let j = 0; j < i; j++) {
        if (!compare(p, ps[j]).compatible) continue;
        pairs++;
        expect(found.has(j), `${p.e.id} ~ ${ps[j].e.id}`).toBe(true);
      }
      blocks.add(i, blockFacts(p, false, p.e.type, [p.kind, p.group]));
    });
    expect(pairs).toBeGreaterThan(100);
  });

  it("stories: a running figure, whose date vetoes nothing, meets records of every date", () => {
    const running = (p: Prepared) => p.kind === "cumulative" || p.kind === "stock";
    const blocks = new Blocks();
    let pairs = 0;
    ps.forEach((p, i) => {
      const found = new Set(blocks.candidates([blockFacts(p, running(p))]));
      for (let j = 0; j < i; j++) {
        if (linkEvents(p, ps[j]).veto) continue;
        pairs++;
        expect(found.has(j), `${p.e.id} ~ ${ps[j].e.id}`).toBe(true);
      }
      blocks.add(i, blockFacts(p, running(p)));
    });
    expect(pairs).toBeGreaterThan(100);
  });

  it("keeps records of another country or of dates apart out of a dated, placed record's candidates", () => {
    const blocks = new Blocks();
    const [a, b, c] = [
      ev({ doc: "a", type: "escape", date: "2030-01-05", origin: place("Kuje", "NG"), text: "x" }),
      ev({ doc: "b", type: "escape", date: "2030-03-20", origin: place("Kuje", "NG"), text: "x" }),
      ev({ doc: "c", type: "escape", date: "2030-01-05", origin: place("Hasakah", "SY"), text: "x" }),
    ].map((e) => prepare(e, new Map(), new Map()));
    blocks.add(0, blockFacts(b));
    blocks.add(1, blockFacts(c));
    expect(blocks.candidates([blockFacts(a)])).toEqual([]);
  });
});
