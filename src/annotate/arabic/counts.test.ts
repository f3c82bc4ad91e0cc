import { describe, expect, it } from "vitest";
import { findArabicCounts, parseDigits } from "./counts.js";
import { arabicWords } from "./normalize.js";

const counts = (s: string) => findArabicCounts(s, arabicWords(s), () => false).map((c) => [c.text, c.value, c.qualifier]);

describe("findArabicCounts", () => {
  it.each([
    ["نقلت القوات 300 معتقل إلى سجن آخر", ["300", 300, "exact"]],
    ["أفرج عن ٤٥ سجينًا صباحًا", ["٤٥", 45, "exact"]],
    ["رحّلت السلطات نحو 1,200 لاجئ", ["نحو 1,200", 1200, "approx"]],
    ["أُطلق سراح أكثر من ٢٬٥٠٠ شخص", ["أكثر من ٢٬٥٠٠", 2500, "at_least"]],
    ["احتجزت الشرطة ما لا يقل عن ثلاثة صحفيين", ["ما لا يقل عن ثلاثة", 3, "at_least"]],
    ["يصل العدد إلى ما يصل إلى 40 عائلة", ["ما يصل إلى 40", 40, "at_most"]],
    ["تضم المخيمات قرابة 12 ألف شخص", ["قرابة 12 ألف", 12000, "approx"]],
    ["يعيش في البلد نحو 2.5 مليون لاجئ", ["نحو 2.5 مليون", 2_500_000, "approx"]],
    ["يقيم هناك زهاء مليوني نازح", ["زهاء مليوني", 2_000_000, "approx"]],
    ["بلغ العدد مليونين و300 ألف لاجئ", ["مليونين و300 ألف", 2_300_000, "exact"]],
    ["اختفى 45 ألفا و120 شخصا", ["45 ألفا و120", 45_120, "exact"]],
    ["نُقل نحو مئة وعشرين محتجزًا", ["نحو مئة وعشرين", 120, "approx"]],
    ["كان في المركز نحو ألفي مهاجر", ["نحو ألفي", 2000, "approx"]],
    ["أُطلق سراح مئتي سجين", ["مئتي", 200, "exact"]],
    ["رُحّل أكثر من ثلاثمئة لاجئ", ["أكثر من ثلاثمئة", 300, "at_least"]],
    ["أُفرج عن خمسمائة سجين", ["خمسمائة", 500, "exact"]],
    ["هرب أكثر من 2000 نزيل من السجن", ["أكثر من 2000", 2000, "at_least"]],
    ["أوقفت الدورية خمسة وعشرين شابًا", ["خمسة وعشرين", 25, "exact"]],
    ["خرج مئات المعتقلين من السجن", ["مئات", 100, "vague"]],
    ["أصيب مدنيان في القصف", ["مدنيان", 2, "exact"]],
    ["فرّ عشرات الآلاف من السكان", ["عشرات الآلاف", 10_000, "vague"]],
    ["بقي 130.720 معتقلا في القوائم", ["130.720", 130_720, "exact"]],
  ])("%s", (s, want) => {
    expect(counts(s)[0]).toEqual(want);
  });

  it("does not count years, money, durations or dates joined by a dash", () => {
    expect(counts("دفع كل شخص 200 دولار")).toEqual([]);
    expect(counts("قضى في السجن 15 عامًا")).toEqual([]);
    expect(counts("وقع ذلك في 2019")).toEqual([]);
    expect(counts("date 2024-05 وصل الخبر")).toEqual([]);
  });

  it("records the noun for people after a figure", () => {
    const s = "أعادت السلطات 60 منهم، وأوقفت 12 من المهربين";
    const words = arabicWords(s);
    const found = findArabicCounts(s, words, () => false);
    expect(found.map((c) => (c.noun >= 0 ? words[c.noun]!.text : null))).toEqual(["منهم", null]);
  });

  it("reads a dot before three digits as a thousands separator unless a magnitude follows", () => {
    expect(parseDigits("130.720", false)).toBe(130_720);
    expect(parseDigits("1.500", true)).toBe(1.5);
    expect(parseDigits("2.5", false)).toBe(2.5);
  });
});
