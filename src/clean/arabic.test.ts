// The cleaning of Arabic pages: widgets, section labels, captions, credit and
// date lines, related-article and tag lists, and comment blocks go; the
// article stays, and a date line dates the page. Pages written for these tests.

import { describe, expect, it } from "vitest";
import type { RawDocument } from "../types.js";
import { cleanDocument } from "./index.js";
import { textDocument } from "../ingest/text.js";

const raw = (text: string): RawDocument => textDocument("t", "t.txt", Buffer.from(text), text, []);

const PARAGRAPH_1 = "أفرجت السلطات في مدينة حلب، يوم الأحد، عن نحو 120 معتقلًا من السجن المركزي بعد وساطة محلية استمرت أسابيع، بحسب مصادر في المدينة.";
const PARAGRAPH_2 = "وقالت المصادر إن بين المفرج عنهم نساءً وأطفالًا، وإن دفعة ثانية قد تخرج خلال الأيام المقبلة إذا استمرت المفاوضات بين الطرفين.";
const PARAGRAPH_3 = "ولم يصدر أي تعليق رسمي من الجهات المسؤولة عن السجن حتى مساء الأحد، فيما طالبت منظمات حقوقية بالكشف عن مصير بقية المعتقلين.";

const PAGE = [
  "آخر الأخبار",
  "الخميس 6 فبراير 2025 07:56 صـ",
  "",
  "الإفراج عن 120 معتقلًا من سجن حلب المركزي",
  "",
  "عربي ودولي | 12-01-2025, 14:09 |",
  "+A -A",
  "حجم الخط",
  "مشاركة",
  "حلب اليوم – متابعة",
  "",
  "باحة السجن المركزي في حلب (أ.ف.ب)",
  "",
  PARAGRAPH_1,
  "",
  "اقرأ أيضاً: مئات العائلات تنتظر أبناءها أمام سجون الشمال",
  "",
  PARAGRAPH_2,
  "",
  PARAGRAPH_3,
  "",
  "أخبار ذات صلة",
  "",
  "مفاوضات لتبادل الأسرى في ريف حلب",
  "هل تنتهي أزمة المعتقلين قبل نهاية العام؟",
  "12-01-2025",
  "عودة مئات النازحين إلى قراهم",
  "",
  "الكلمات المفتاحية",
  "حلب",
  "معتقلون",
  "سجون",
  "",
  "التعليقات (2)",
  "أبو محمد: الحمد لله على سلامتهم",
  "متابع: متى يخرج الباقون؟",
].join("\n");

describe("an Arabic page", () => {
  const out = cleanDocument(raw(PAGE));
  const rules = new Map<string, string>();
  for (const r of out.removed) for (const line of r.text.split("\n")) if (line.trim()) rules.set(line.trim(), r.rule);

  it("keeps the headline and every paragraph of the article, in order", () => {
    const kept = out.cleanText.split("\n").filter((l) => l.trim());
    expect(kept).toEqual(["الإفراج عن 120 معتقلًا من سجن حلب المركزي", PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3]);
  });

  it("says which rule took each line", () => {
    expect(rules.get("حجم الخط")).toBe("clean/arabic-widget");
    expect(rules.get("+A -A")).toBe("clean/arabic-widget");
    expect(rules.get("حلب اليوم – متابعة")).toBe("clean/arabic-widget");
    expect(rules.get("باحة السجن المركزي في حلب (أ.ف.ب)")).toBe("clean/arabic-widget");
    expect(rules.get("عربي ودولي | 12-01-2025, 14:09 |")).toBe("clean/arabic-date-line");
    expect(rules.get("اقرأ أيضاً: مئات العائلات تنتظر أبناءها أمام سجون الشمال")).toBe("clean/arabic-related");
    expect(rules.get("هل تنتهي أزمة المعتقلين قبل نهاية العام؟")).toBe("clean/arabic-related");
    expect(rules.get("معتقلون")).toBe("clean/arabic-related");
    expect(rules.get("متابع: متى يخرج الباقون؟")).toBe("clean/arabic-comments");
  });

  it("dates the page by its publication line, not by the date bar at the very top", () => {
    expect(out.meta.published).toBe("2025-01-12");
    expect(out.meta.publishedRule).toBe("byline");
  });
});

describe("the date of an Arabic page with a list of other articles under it", () => {
  it("is the date line under the headline, not a date of the list below the article", () => {
    const text = [
      "الفصائل تفتح أبواب السجن المركزي في المدينة",
      "",
      "3 شباط 2025",
      "",
      "فتحت الفصائل المسلحة أبواب السجن المركزي صباح اليوم، وخرج مئات المعتقلين إلى الشوارع حيث كانت عائلاتهم تنتظرهم منذ ساعات.",
      "",
      "وقال ناشطون إن عمليات البحث عن المفقودين ما زالت مستمرة في الأقبية والزنازين تحت الأرض، وسط دعوات لحماية الوثائق والسجلات.",
      "",
      "اخترنا لك",
      "",
      "حصاد الأسبوع - الجمعة 14 شباط",
      "14-02-2025",
      "أخبار",
      "جولة في الصحف العالمية 14/02/2025",
      "عودة الكهرباء إلى أحياء المدينة بعد انقطاع طويل",
    ].join("\n");
    const out = cleanDocument(raw(text));
    expect(out.meta.published).toBe("2025-02-03");
  });
});

describe("what the Arabic rules leave alone", () => {
  it("a sentence that names a date, a question asked in the article, a list of sentences", () => {
    const text = [
      "ترحيل عشرات السوريين من تركيا",
      "",
      "رحّلت السلطات التركية في 5 كانون الأول 2024 نحو 60 لاجئًا سوريًا عبر معبر باب الهوى، وفق إدارة المعبر.",
      "",
      "وتساءل ناشطون: إلى متى تستمر عمليات الترحيل من دون رقابة؟",
      "",
      "- نُقل المرحّلون في حافلات إلى المعبر.",
      "- سُلّموا إلى الجانب السوري بعد التحقق من هوياتهم.",
      "- لم يُسمح لهم بأخذ أمتعتهم.",
    ].join("\n");
    const out = cleanDocument(raw(text));
    expect(out.removed.filter((r) => r.rule !== "clean/whitespace")).toEqual([]);
    expect(out.meta.published).toBeNull();
  });

  it("a comments heading above the article's first paragraph opens nothing", () => {
    const text = ["التعليقات", "", PARAGRAPH_1, "", PARAGRAPH_2].join("\n");
    const out = cleanDocument(raw(text));
    expect(out.cleanText).toContain(PARAGRAPH_1);
    expect(out.cleanText).toContain(PARAGRAPH_2);
  });

  it("an English page with the same labels", () => {
    const text = ["Share", "TT", "", "About 120 detainees were released from the central prison in Aleppo on Sunday, local sources said."].join("\n");
    const out = cleanDocument(raw(text));
    expect(out.removed.some((r) => r.rule.startsWith("clean/arabic"))).toBe(false);
  });
});
