import { describe, expect, it } from "vitest";
import { arabicWords, bareForms, cliticForms, isFutureForm, normalizeArabic } from "./normalize.js";

describe("normalizeArabic", () => {
  it("folds alef and hamza forms, ta marbuta, alef maqsura, tatweel and vowel marks", () => {
    expect(normalizeArabic("أُطلِقَ")).toBe("اطلق");
    expect(normalizeArabic("إِفراج")).toBe("افراج");
    expect(normalizeArabic("آلاف")).toBe("الاف");
    expect(normalizeArabic("مدينة")).toBe("مدينه");
    expect(normalizeArabic("مستشفى")).toBe("مستشفي");
    expect(normalizeArabic("مســؤول")).toBe("مسوول");
    expect(normalizeArabic("رئيس")).toBe("رييس");
  });

  it("reads Arabic-Indic and Persian digits as ASCII", () => {
    expect(normalizeArabic("١٢٥٠")).toBe("1250");
    expect(normalizeArabic("۳۴")).toBe("34");
  });
});

describe("arabicWords", () => {
  it("keeps offsets into the original text, marks and tatweel included", () => {
    const text = "نُقِلَ ٣٠٠ معتقـلٍ، أمس.";
    const words = arabicWords(text);
    expect(words.map((w) => w.kind)).toEqual(["word", "number", "word", "punct", "word", "punct"]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(words[0]!.norm).toBe("نقل");
    expect(words[1]!.norm).toBe("300");
    expect(words[2]!.norm).toBe("معتقل");
  });

  it("keeps a figure's separators inside one word", () => {
    const words = arabicWords("نحو ١٬٥٠٠ شخص و130.720 معتقلا");
    expect(words.filter((w) => w.kind === "number").map((w) => w.text)).toEqual(["١٬٥٠٠", "130.720"]);
  });

  it("reads a sub-range of the text with offsets into the whole", () => {
    const text = "جملة أولى. ثم الحسكة";
    const words = arabicWords(text, 11);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(["ثم", "الحسكة"]);
  });
});

describe("clitics", () => {
  it("takes off a conjunction, a preposition, both, and ل + ال", () => {
    expect(cliticForms(normalizeArabic("وبالحسكة"))).toContain("الحسكه");
    expect(cliticForms(normalizeArabic("لحلب"))).toContain("حلب");
    expect(cliticForms(normalizeArabic("للرقة"))).toContain("الرقه");
    expect(cliticForms(normalizeArabic("فدمشق"))).toContain("دمشق");
  });

  it("keeps short words whole", () => {
    expect(cliticForms("بلد")).toEqual(["بلد"]);
  });

  it("takes off the article and a pronoun suffix for bare forms", () => {
    expect(bareForms(normalizeArabic("وترحيلهم"))).toContain("ترحيل");
    expect(bareForms(normalizeArabic("بالإفراج"))).toContain("افراج");
  });

  it("tells a future verb from a word that starts with سي", () => {
    expect(isFutureForm(normalizeArabic("سيفرج"), "يفرج")).toBe(true);
    expect(isFutureForm(normalizeArabic("سيطرت"), "سيطرت")).toBe(false);
  });
});
