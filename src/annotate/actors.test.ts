import { describe, expect, it } from "vitest";
import { createContext } from "../context.js";
import { PlaceExtractor } from "./places.js";
import { ActorExtractor } from "./actors.js";
import type { ActorMention, Annotations } from "./types.js";

function actors(text: string): ActorMention[] {
  const doc: Annotations = { text, published: null, sentences: [], tokens: [], counts: [], dates: [], places: [], actors: [], attributions: [] };
  const ctx = createContext({ docId: "t", published: null, debug: true });
  new PlaceExtractor().annotate(doc, ctx);
  new ActorExtractor().annotate(doc, ctx);
  for (const a of doc.actors) expect(text.slice(a.start, a.end)).toBe(a.text);
  return doc.actors;
}
const find = (as: ActorMention[], text: string) => as.find((a) => a.text === text);

describe("ActorExtractor", () => {
  it("canonicalises named groups and their acronyms", () => {
    const as = actors("Daesh cells attacked an SDF post; the Islamic State group later said ISIL fighters had left. CENTCOM and the PMF were briefed.");
    expect(find(as, "Daesh")).toMatchObject({ canonical: "Islamic State", kind: "group" });
    expect(find(as, "SDF")).toMatchObject({ canonical: "Syrian Democratic Forces", country: "SY" });
    expect(find(as, "Islamic State group")?.canonical).toBe("Islamic State");
    expect(find(as, "ISIL")?.canonical).toBe("Islamic State");
    expect(find(as, "CENTCOM")).toMatchObject({ canonical: "U.S. Central Command", kind: "force" });
    expect(find(as, "PMF")?.canonical).toBe("Popular Mobilization Forces");
  });

  it("matches acronyms only in capitals", () => {
    const as = actors("It is what it is, and this is it.");
    expect(as).toEqual([]);
  });

  it("builds forces, states and officials from demonym phrases", () => {
    const as = actors(
      "Turkish security forces and Lebanese authorities met a senior U.S. military official and Iraqi officials, while government forces waited.",
    );
    expect(find(as, "Turkish security forces")).toMatchObject({ kind: "force", country: "TR" });
    expect(find(as, "Lebanese authorities")).toMatchObject({ kind: "state", country: "LB" });
    expect(find(as, "senior U.S. military official")).toMatchObject({ kind: "official", country: "US" });
    expect(find(as, "Iraqi officials")).toMatchObject({ kind: "official", country: "IQ" });
    expect(find(as, "government forces")).toMatchObject({ kind: "force", country: null });
  });

  it("reads capitals as their governments only outside place phrases", () => {
    const as = actors("Ankara rejected the plan. Talks in Ankara resumed.");
    expect(as.filter((a) => a.canonical === "Turkish government").map((a) => a.start)).toEqual([0]);
  });

  it("finds titled people and keeps the title as the role", () => {
    const as = actors("Interior Minister Karim Haddad visited the border, and former US President Jane Doe spoke.");
    expect(find(as, "Interior Minister Karim Haddad")).toMatchObject({ canonical: "Karim Haddad", kind: "person", role: "Interior Minister" });
    expect(find(as, "former US President Jane Doe")).toMatchObject({ canonical: "Jane Doe", role: "President", country: "US" });
  });

  it("finds people named with a role apposition, a verb of saying or an affiliation", () => {
    const as = actors(
      "Layla Haddad, a spokeswoman for the Kurdish administration, told reporters the camp was tense. Omar Saleh said nothing. Rania Aziz of the YPG described shelling.",
    );
    expect(find(as, "Layla Haddad")).toMatchObject({ kind: "person", role: "spokeswoman for the Kurdish administration" });
    expect(find(as, "Omar Saleh")).toMatchObject({ kind: "person", role: null });
    expect(find(as, "Rania Aziz")?.kind).toBe("person");
  });

  it("resolves a later surname to the full name", () => {
    const as = actors("Deputy Interior Minister Tariq al-Jubouri spoke first. Jubouri said the inmates were moved. Al-Jubouri added more.");
    const later = as.filter((a) => a.canonical === "Tariq al-Jubouri");
    expect(later.map((a) => a.text)).toEqual(["Deputy Interior Minister Tariq al-Jubouri", "Jubouri", "Al-Jubouri"]);
  });

  it("finds media by name and by generic phrase", () => {
    const as = actors("The Kurdish outlet Rudaw and the Sabah newspaper both ran it, as did the news agency Middle East Wire and state media.");
    expect(find(as, "Rudaw")).toMatchObject({ kind: "media" });
    expect(find(as, "Sabah newspaper")).toMatchObject({ kind: "media", canonical: "Sabah" });
    expect(find(as, "Middle East Wire")).toMatchObject({ kind: "media" });
    expect(find(as, "state media")).toMatchObject({ kind: "media", canonical: "state media" });
  });

  it("does not make people of capitalised phrases with no cue", () => {
    const as = actors("Heavy Rain fell on Green Valley Road.");
    expect(as).toEqual([]);
  });
});
