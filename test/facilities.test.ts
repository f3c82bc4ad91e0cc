// Facilities as entities: the registry's names, and the state over time that
// reconcile/facilities/ computes from stored records. The articles are written
// for this test.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cueOf, findControllers } from "../src/reconcile/facilities/control.js";
import { buildFacilities } from "../src/reconcile/facilities/index.js";
import { FacilityRegistry } from "../src/reconcile/facilities/registry.js";
import { openSqliteStore } from "../src/store/sqlite/index.js";
import type { Store } from "../src/store/store.js";
import type { Facility } from "../src/types.js";
import { storeFacilityArticles } from "./facility-articles.js";
import { textDocument } from "../src/ingest/text.js";
import { cleanAndDetect } from "../src/pipeline.js";
import { saveDocument } from "../src/store/save-document.js";

describe("the registry", () => {
  it("resolves spellings of one facility to one entry, by a rule it states", () => {
    const r = new FacilityRegistry();
    expect(r.resolve("Al-Hawl Camp", "SY")?.entry.id).toBe("fac-al-hol");
    const spelled = r.resolve("el-Hawl camp", "SY");
    expect(spelled?.entry.id).toBe("fac-al-hol");
    expect(spelled?.rule).toMatch(/transliteration skeleton/);
    expect(r.resolve("Shaddadeh prison", "SY")?.entry.id).toBe("fac-shaddadi");
    // the town is not its prison, and another country's prison is not this one
    expect(r.resolve("Shaddadi", "SY")).toBeNull();
    expect(r.resolve("Shaddadi prison", "IQ")).toBeNull();
  });

  it("learns a named facility the table lacks, and leaves generic phrases alone", () => {
    const r = new FacilityRegistry();
    const learned = r.resolveOrLearn("Birkat prison", { country: "SY" });
    expect(learned?.entry.origin).toBe("learned");
    expect(r.resolveOrLearn("Berkat Prison", { country: "SY" })?.entry.id).toBe(learned?.entry.id);
    expect(r.resolveOrLearn("Birkat camp", { country: "SY" })?.entry.id).not.toBe(learned?.entry.id);
    expect(r.resolveOrLearn("the prison", { country: "SY" })).toBeNull();
    expect(r.resolveOrLearn("a maximum-security prison", { country: "EC" })).toBeNull();
  });

  it("knows the one prison of a town, and declines where a province has several", () => {
    const r = new FacilityRegistry();
    expect(r.onlyInTown("Shaddadeh", "prison", "SY")?.id).toBe("fac-shaddadi");
    expect(r.onlyInTown("Hasakah", "camp", "SY")).toBeNull();
  });
});

describe("control cues", () => {
  const cues = (s: string) => findControllers(s).map((m) => `${m.controller}:${cueOf(s, m)}`);
  it("reads who gains, loses and held a facility from the words around them", () => {
    expect(cues("After the facility fell to government forces, inmates fled.")).toEqual(["government:gain"]);
    expect(cues("They entered the camp, previously run by the SDF, at dawn.")).toEqual(["SDF:held-before"]);
    expect(cues("The SDF-run prison holds 5,000 men.")).toEqual(["SDF:held"]);
    expect(cues("The camp is now under government control.")).toEqual(["government:held"]);
    expect(cues("The SDF were no longer able to hold the prison.")).toEqual(["SDF:loss"]);
    expect(cues("The SDF said the prison was calm.")).toEqual(["SDF:null"]);
  });
});

describe("facilities from stored records", () => {
  let store: Store;
  let facilities: Facility[];
  beforeAll(async () => {
    store = openSqliteStore(":memory:");
    await storeFacilityArticles(store);
    facilities = await buildFacilities(store);
  });
  afterAll(async () => store?.close());
  const byId = (id: string) => facilities.find((f) => f.id === id)!;

  it("lists al-Hol and the Shaddadi prison once each, whatever the spelling", () => {
    const ids = facilities.map((f) => f.id);
    expect(ids.filter((id) => id === "fac-al-hol")).toHaveLength(1);
    expect(ids.filter((id) => id === "fac-shaddadi")).toHaveLength(1);
    expect(facilities.filter((f) => /hol|hawl/i.test(f.name))).toHaveLength(1);
  });

  it("ends the SDF's control and starts the government's, with the reports' sentences", () => {
    for (const id of ["fac-al-hol", "fac-shaddadi"]) {
      const c = byId(id).control;
      expect(
        c.map((i) => i.controller),
        id,
      ).toEqual(["SDF", "Syrian government"]);
      expect(c[0].to).toBe(c[1].from);
      expect(c[1].from).toMatch(/^2026-01-2[01]$/);
      expect(c[1].to).toBeNull();
      for (const i of c) expect(i.sources.length).toBeGreaterThan(0);
    }
    const hol = byId("fac-al-hol").control;
    expect(hol[0].sources.map((s) => s.evidence.text).join(" ")).toContain("previously run by the SDF");
    const shaddadi = byId("fac-shaddadi");
    expect(shaddadi.control[0].sources.map((s) => s.doc)).toContain("local");
    expect(shaddadi.explanation.join("\n")).toMatch(/the only prison the registry knows in Shaddadi/);
  });

  it("keeps the camp's holding figure and the movements out of the prison", () => {
    const hol = byId("fac-al-hol");
    expect(hol.population.map((p) => p.claims.map((c) => c.value))).toEqual([[24000]]);
    const shaddadi = byId("fac-shaddadi");
    expect(shaddadi.events.some((e) => e.type === "escape" && e.role === "origin" && e.count?.value === 1200)).toBe(true);
  });

  it("ties two reports' spellings of a prison the table lacks to one learned facility", () => {
    const learned = facilities.filter((f) => f.origin === "learned");
    expect(learned).toHaveLength(1);
    expect(learned[0].events.map((e) => e.doc).sort()).toEqual(["later", "local"]);
    expect(learned[0].explanation.join("\n")).toMatch(/learned/);
  });
});

describe("records tied to a facility by their sentences", () => {
  let store: Store;
  let facilities: Facility[];
  const JAILBREAK = [
    "Gunmen storm Kuje prison",
    "",
    "Gunmen stormed the Kuje prison outside the capital late on Tuesday, officials said.",
    "",
    "About 400 inmates escaped during the attack on the jail, a spokesman said.",
    "",
    "By Friday, 120 of the escapees had been recaptured by the police.",
  ].join("\n");
  beforeAll(async () => {
    store = openSqliteStore(":memory:");
    const doc = textDocument("jailbreak", "jailbreak.txt", Buffer.from(JAILBREAK), JAILBREAK, []);
    await saveDocument(store, cleanAndDetect({ ...doc, meta: { ...doc.meta, published: "2022-07-08", publishedRule: "manifest" as const } }));
    facilities = await buildFacilities(store);
  });
  afterAll(async () => store?.close());

  it("ties the escape and the recapture to the one prison the report names, saying why", () => {
    const kuje = facilities.find((f) => f.id === "fac-kuje")!;
    expect(kuje).toBeDefined();
    const types = kuje.events.map((e) => e.type);
    expect(types).toContain("escape");
    expect(types).toContain("arrest");
    expect(kuje.explanation.join("\n")).toMatch(/without naming it|held people/);
    expect(facilities.filter((f) => f.origin === "learned")).toEqual([]);
  });
});
