// The places of Libya and Sudan that reports of their jailbreaks and
// detention centres name, in English and in Arabic, with one English name
// between the two (sentences written for this test).

import { describe, expect, it } from "vitest";
import { createContext } from "../context.js";
import { arabicWords } from "./arabic/normalize.js";
import { findArabicPlaces } from "./arabic/places.js";
import { PlaceExtractor } from "./places.js";
import type { Annotations } from "./types.js";

function english(text: string) {
  const doc: Annotations = { text, published: null, sentences: [], tokens: [], counts: [], dates: [], places: [], actors: [], attributions: [] };
  new PlaceExtractor().annotate(doc, createContext({ docId: "t", published: null }));
  return doc.places.map((p) => ({ name: p.name, country: p.country, kind: p.kind, lat: p.lat }));
}

const arabic = (s: string) =>
  findArabicPlaces(s, arabicWords(s), () => false).map((p) => ({ name: p.name, country: p.country, english: p.english, lat: p.lat }));

describe("places of Sudan", () => {
  it("in English: Khartoum's prisons by name, with the country and a position", () => {
    const ps = english("Hundreds of inmates left Kober prison and al-Huda prison in Omdurman after the shelling.");
    expect(ps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "Kober prison", country: "SD", kind: "facility" }),
        expect.objectContaining({ name: "al-Huda prison", country: "SD", kind: "facility" }),
        expect.objectContaining({ name: "Omdurman", country: "SD" }),
      ]),
    );
    for (const p of ps) expect(p.lat).toBeGreaterThan(15);
  });

  it("in Arabic: the same prisons, with their English names", () => {
    expect(arabic("فرّ مئات السجناء من سجن كوبر وسجن الهدى بعد القصف")).toEqual([
      expect.objectContaining({ country: "SD", english: "Kober prison" }),
      expect.objectContaining({ name: "سجن الهدى", country: "SD", english: "al-Huda prison" }),
    ]);
    expect(arabic("نُقل السجناء إلى سجن سوبا جنوب الخرطوم").map((p) => p.english)).toEqual(["Soba prison", "Khartoum"]);
  });
});

describe("places of Libya", () => {
  it("in English: Tripoli's districts and detention centres", () => {
    const ps = english("Migrants detained in Gargaresh were taken to the Mabani detention centre, and others to Ain Zara.");
    expect(ps.map((p) => [p.name, p.country])).toEqual(
      expect.arrayContaining([
        ["Gargaresh", "LY"],
        ["Mabani detention centre", "LY"],
        ["Ain Zara", "LY"],
      ]),
    );
  });

  it("in Arabic: the same places, and Tripoli in Libya when the report is about Libya", () => {
    expect(arabic("فرّ مهاجرون من مركز احتجاز غوط الشعال في طرابلس بعد حملة في قرقارش، بحسب السلطات في ليبيا").map((p) => [p.english, p.country])).toEqual([
      ["Mabani detention centre", "LY"],
      ["Tripoli", "LY"],
      ["Gargaresh", "LY"],
      ["Libya", "LY"],
    ]);
    // without a word of Libya, the Lebanese city
    expect(arabic("داهم الجيش مخيمات في طرابلس وعكار شمال لبنان").map((p) => [p.english, p.country])).toEqual([
      ["Tripoli", "LB"],
      ["Akkar", "LB"],
      ["Lebanon", "LB"],
    ]);
  });
});
