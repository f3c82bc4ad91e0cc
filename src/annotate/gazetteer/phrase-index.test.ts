import { describe, expect, it } from "vitest";
import { PhraseIndex } from "./phrase-index.js";
import { fold, scanWords } from "./words.js";

function matchAll(idx: PhraseIndex<string>, text: string): string[] {
  const words = scanWords(text);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const m = idx.matchAt(text, words, i);
    if (!m) continue;
    out.push(`${text.slice(m.start, m.end)}=${m.values.join("|")}`);
    i = m.to - 1;
  }
  return out;
}

describe("scanWords", () => {
  it("keeps abbreviations whole, splits possessives and joins hyphenated compounds", () => {
    const ws = scanWords("The U.S.-led force's base in al-Qa’im.");
    expect(ws.map((w) => w.text)).toEqual(["The", "U.S.", "led", "force", "'s", "base", "in", "al", "Qa’im", "."]);
    expect(ws[1]).toMatchObject({ key: "us", allCaps: true, cap: true });
    expect(ws[4].kind).toBe("possessive");
    expect(ws[8].key).toBe("qaim");
  });

  it("folds accents and apostrophes", () => {
    expect(fold("Mālikīyah")).toBe("malikiyah");
    expect(fold("Qa'im")).toBe(fold("Qa’im"));
  });
});

describe("PhraseIndex", () => {
  const idx = new PhraseIndex<string>();
  idx.add("Deir ez-Zor", "DEZ");
  idx.add("Deir", "DEIR");
  idx.add("IS", "IS");
  idx.add("northern Syria", "NS");
  idx.add("Al Jazeera", "AJ");

  it("takes the longest phrase, across spaces or hyphens", () => {
    expect(matchAll(idx, "From Deir ez Zor and Deir Ez-Zor to Deir Hafer.")).toEqual(["Deir ez Zor=DEZ", "Deir Ez-Zor=DEZ", "Deir=DEIR"]);
  });

  it("never joins across punctuation or line breaks", () => {
    expect(matchAll(idx, "Deir, ez-Zor")).toEqual(["Deir=DEIR"]);
    expect(matchAll(idx, "Deir ez\n\nZor")).toEqual(["Deir=DEIR"]);
  });

  it("applies case rules from how the alias is written", () => {
    expect(matchAll(idx, "Is it IS or is it not?")).toEqual(["IS=IS"]);
    expect(matchAll(idx, "in Northern Syria and northern Syria, not northern syria")).toEqual(["Northern Syria=NS", "northern Syria=NS"]);
    expect(matchAll(idx, "watched Al Jazeera in al Jazeera")).toEqual(["Al Jazeera=AJ"]);
  });

  it("finds the longest phrase among many that share a first word, and merges equal ones in the order added", () => {
    const many = new PhraseIndex<string>();
    for (const w of ["Hol", "Qaim", "Bab", "Mayadin", "Rai"]) many.add(`al-${w}`, w);
    many.add("Al Bab Road", "ROAD");
    many.add("al", "PARTICLE");
    many.add("Tall Abyad", "TA1");
    many.add("TALL ABYAD", "TA2");
    many.add("Tall Abyad", "TA3");
    many.add("tall", "TALL");
    expect(matchAll(many, "From al-Hol to al Qaim via Al Bab Road, al-Rai, al Sukkar and al.")).toEqual([
      "al-Hol=Hol",
      "al Qaim=Qaim",
      "Al Bab Road=ROAD",
      "al-Rai=Rai",
      "al=PARTICLE",
      "al=PARTICLE",
    ]);
    expect(matchAll(many, "TALL ABYAD, Tall Abyad, a tall tower")).toEqual(["TALL ABYAD=TA1|TA3|TA2", "Tall Abyad=TA1|TA3", "tall=TALL"]);
  });

  it("sees phrases added after a lookup", () => {
    const late = new PhraseIndex<string>();
    late.add("Raqqa", "R");
    expect(matchAll(late, "Raqqa Governorate")).toEqual(["Raqqa=R"]);
    late.add("Raqqa Governorate", "RG");
    expect(matchAll(late, "Raqqa Governorate")).toEqual(["Raqqa Governorate=RG"]);
  });
});
