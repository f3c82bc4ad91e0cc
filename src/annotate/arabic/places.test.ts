import { describe, expect, it } from "vitest";
import { arabicWords } from "./normalize.js";
import { findArabicPlaces } from "./places.js";

const places = (s: string) => findArabicPlaces(s, arabicWords(s), () => false).map((p) => [p.name, p.country, p.english]);

describe("findArabicPlaces", () => {
  it("finds places of Syria and Iraq by their Arabic names, with the clitics taken off", () => {
    expect(places("نُقل المحتجزون من الحسكة إلى العراق")).toEqual([
      ["الحسكة", "SY", expect.any(String)],
      ["العراق", "IQ", "Iraq"],
    ]);
    expect(places("وصلت الحافلات لحلب وبدمشق")).toEqual([
      ["حلب", "SY", "Aleppo"],
      ["دمشق", "SY", "Damascus"],
    ]);
    expect(places("عادت العائلات للرقة")[0]).toEqual(["الرقة", "SY", expect.any(String)]);
    expect(places("اشتباكات في الموصل")[0]).toEqual(["الموصل", "IQ", "Mosul"]);
  });

  it("finds countries through the Arabic country names and the curated places of neighbouring countries", () => {
    expect(places("رحّلت السلطات اللاجئين من تركيا")).toEqual([["تركيا", "TR", expect.any(String)]]);
    expect(places("أوقف الجيش عائلات في عرسال")).toEqual([["عرسال", "LB", "Arsal"]]);
    expect(places("عبروا من معبر باب الهوى")[0]?.[1]).toBe("SY");
    expect(places("نُقل السجناء من الخرطوم إلى بورتسودان").map((p) => p[1])).toEqual(["SD", "SD"]);
  });

  it("keeps offsets into the original text", () => {
    const s = "تمّ الإفراج عنهم في حمص";
    const [p] = findArabicPlaces(s, arabicWords(s), () => false);
    expect(s.slice(p!.start, p!.end)).toBe("حمص");
  });

  it("does not read a nationality adjective or a nationality after a figure as the country", () => {
    expect(places("قالت السلطات السورية إن العدد ارتفع")).toEqual([]);
    expect(places("أوقفت الدورية 40 سوريًا")).toEqual([]);
    expect(places("أوقفت الدورية لاجئين سوريين")).toEqual([]);
  });

  it("reads a village of the table only after a word that introduces a place", () => {
    const alone = places("قال إن صيدنايا");
    expect(alone.map((p) => p[1])).toEqual(["SY"]);
    expect(places("انتهت الحرية")).toEqual([]);
  });
});

describe("a place name of two countries", () => {
  it("reads as the one of the country the rest of the document names, though its own sentence names no other", async () => {
    const { annotateArabic } = await import("./index.js");
    const { createContext } = await import("../../context.js");
    const text = "فرّ 60 مهاجرًا من مركز احتجاز في طرابلس. وقالت منظمات إن أوضاع المهاجرين في ليبيا سيئة، وإن الحراس في بنغازي يحتجزون المئات.";
    const doc = annotateArabic(text, createContext({ docId: "t", published: null }));
    expect(doc.arabic[0]!.places.map((p) => [p.name, p.country])).toEqual([["طرابلس", "LY"]]);
    const lebanon = "وصل 60 لاجئًا إلى طرابلس. وقالت منظمات إن أوضاع اللاجئين في لبنان سيئة، وإن الجيش في عكار يحتجز العشرات.";
    expect(annotateArabic(lebanon, createContext({ docId: "t", published: null })).arabic[0]!.places[0]?.country).toBe("LB");
  });
});
