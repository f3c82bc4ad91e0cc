import { describe, expect, it } from "vitest";
import { arabicReferenceDate, findArabicDates } from "./dates.js";
import { arabicWords } from "./normalize.js";

// Publication on a Thursday.
const REF = "2025-03-13";
const dates = (s: string, ref: string | null = REF) => findArabicDates(s, arabicWords(s), ref).map((d) => [d.text, d.value, d.precision, d.implied]);

describe("findArabicDates", () => {
  it.each([
    ["وصلت الحافلات في 8 كانون الأول 2024 إلى المعبر", ["8 كانون الأول 2024", "2024-12-08", "day", false]],
    ["أُفرج عنهم في 3 ديسمبر/كانون الأول 2024", ["3 ديسمبر/كانون الأول 2024", "2024-12-03", "day", false]],
    ["جرى الترحيل في 26 نيسان/ أبريل", ["26 نيسان/ أبريل", "2024-04-26", "day", true]],
    ["سُلّم الموقوفون في 2 شباط", ["2 شباط", "2025-02-02", "day", true]],
    ["بلغ العدد الذروة في أيلول/ سبتمبر 2023", ["أيلول/ سبتمبر 2023", "2023-09", "month", false]],
    ["وثقت الشبكة الحالات خلال عام 2024", ["عام 2024", "2024", "year", false]],
    ["أفرجت السلطات عن السجناء الخميس", ["الخميس", "2025-03-13", "day", true]],
    ["وقعت الحادثة الأربعاء الماضي", ["الأربعاء الماضي", "2025-03-12", "day", true]],
    ["عاد الوفد الخميس الماضي", ["الخميس الماضي", "2025-03-06", "day", true]],
    ["أعلن الجيش ذلك أمس", ["أمس", "2025-03-12", "day", true]],
    ["تكررت العمليات الشهر الماضي", ["الشهر الماضي", "2025-02", "month", true]],
    ["وفي الثاني من آذار الجاري وصلت قافلة", ["الثاني من آذار الجاري", "2025-03-02", "day", true]],
  ])("%s", (s, want) => {
    expect(dates(s)[0]).toEqual(want);
  });

  it("leaves weekdays and relative days unresolved without a reference", () => {
    expect(dates("أفرجت السلطات عن السجناء الخميس", null)).toEqual([]);
    expect(dates("وصلت قافلة في 5 تموز", null)).toEqual([]);
  });

  it("marks a date after قبل or منذ as a bound", () => {
    const s = "لم يُرحّل من وصل قبل العام 2019";
    expect(findArabicDates(s, arabicWords(s), REF).map((d) => [d.value, d.bound])).toEqual([["2019", true]]);
  });
});

describe("arabicReferenceDate", () => {
  it("takes a crawler header, then a full date in the first lines", () => {
    const a = " date 2023-04 خبر عن الحدود";
    expect(arabicReferenceDate(a, arabicWords(a))).toBe("2023-04");
    const b = "عنوان الخبر\nالسبت 14 أيلول 2024\nنص الخبر";
    expect(arabicReferenceDate(b, arabicWords(b))).toBe("2024-09-14");
    const c = "نص بلا تاريخ";
    expect(arabicReferenceDate(c, arabicWords(c))).toBeNull();
  });
});

describe("a month named without its year", () => {
  it("after a word of time is the last month of that name up to the reference", () => {
    expect(dates("رُحّل المئات خلال شباط")).toEqual([["شباط", "2025-02", "month", true]]);
    expect(dates("فرّ السجناء في شهر أكتوبر")).toEqual([["أكتوبر", "2024-10", "month", true]]);
  });

  it("alone is no date: the name may be another word once hamza forms are folded", () => {
    expect(dates("وصل أب الضحية إلى المعبر")).toEqual([]);
  });
});
