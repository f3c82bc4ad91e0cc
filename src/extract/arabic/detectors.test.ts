import { describe, expect, it } from "vitest";
import { createContext } from "../../context.js";
import { annotateArabic } from "../../annotate/arabic/index.js";
import { extractArabicEvents } from "./index.js";

const extract = (text: string, published: string | null = "2025-03-13") => {
  const ctx = createContext({ docId: "t", published });
  return extractArabicEvents(annotateArabic(text, ctx), ctx);
};
const brief = (text: string) => extract(text).map((e) => [e.type, e.status, e.count?.value ?? null, e.count?.qualifier ?? null]);

describe("Arabic detectors", () => {
  it.each([
    ["أفرجت السلطات عن 120 معتقلًا من سجن حمص.", ["release", "occurred", 120, "exact"]],
    ["أطلقت الفصائل سراح مئات السجناء.", ["release", "occurred", 100, "vague"]],
    ["فرّ نحو 40 سجينًا من السجن المركزي.", ["escape", "occurred", 40, "approx"]],
    ["نقلت القوات 75 محتجزًا إلى سجن آخر.", ["transfer", "occurred", 75, "exact"]],
    ["رحّلت السلطات التركية أكثر من 200 لاجئ سوري.", ["repatriation", "occurred", 200, "at_least"]],
    ["اعتقلت الشرطة 14 شخصًا في المدينة.", ["arrest", "occurred", 14, "exact"]],
    ["سيطرت الفصائل على سجن حماة المركزي.", ["takeover", "occurred", null, null]],
    ["أسفر القصف عن مقتل وإصابة 30 مدنيًا.", ["attack", "occurred", 30, "exact"]],
    ["قُتل 12 مدنيًا في المدينة.", ["killing", "occurred", 12, "exact"]],
  ])("%s", (s, want) => {
    expect(brief(s)).toEqual([want]);
  });

  it("reads a plan as planned", () => {
    expect(brief("تعتزم الحكومة ترحيل 500 لاجئ خلال الشهر المقبل.")[0]?.slice(0, 2)).toEqual(["repatriation", "planned"]);
    expect(brief("ستفرج السلطات عن 30 سجينًا.")[0]?.slice(0, 2)).toEqual(["release", "planned"]);
  });

  it("drops a denied event, but not one with an exception", () => {
    expect(brief("لم يتم ترحيل أي لاجئ سوري.")).toEqual([]);
    expect(brief("لم يتم الإفراج إلا عن 25 معتقلًا.")).toEqual([["release", "occurred", 25, "exact"]]);
  });

  it("reads a verbal noun after ل as a purpose, not an event", () => {
    expect(brief("استُخدم المبنى لاعتقال مئات الناشطين.")).toEqual([]);
    expect(brief("اعتقلت الشرطة مئات الناشطين.")).toEqual([["arrest", "occurred", 100, "vague"]]);
  });

  it("tells no escape for people fleeing a war, and no release for a city freed", () => {
    expect(brief("فرّ آلاف السكان من الحرب إلى لبنان.")).toEqual([]);
    expect(brief("أعلنت الفصائل تحرير مدينة حماة.")).toEqual([]);
  });

  it("keeps a background mention only when it joins a record stated elsewhere", () => {
    expect(brief("خرج السكان إلى الشوارع بعد سقوط النظام.")).toEqual([]);
    const joined = extract("اقتحمت الفصائل سجن صيدنايا صباح الأحد. وتجمع الأهالي قرب البوابة بعد اقتحام سجن صيدنايا.");
    expect(joined.map((e) => [e.type, e.evidence.length])).toEqual([["takeover", 2]]);
  });

  it("gives a deportation its two sides by country", () => {
    const [e] = extract("رحّلت السلطات التركية 90 لاجئًا سوريًا عبر معبر باب الهوى.");
    expect(e?.origin?.country).toBe("TR");
    expect(e?.destination?.country).toBe("SY");
  });

  it("joins the sentences of one event into one record, the headline with them", () => {
    const text =
      "الإفراج عن 40 معتقلًا في حمص\n\nأفرجت السلطات يوم الأربعاء عن 40 معتقلًا من سجن حمص المركزي. وقالت مصادر محلية إن الإفراج عن المعتقلين تم بعد وساطة.";
    const events = extract(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "release", date: "2025-03-12", count: { value: 40, qualifier: "exact" } });
    expect(events[0]!.evidence.map((ev) => text.slice(ev.start, ev.end))).toEqual(events[0]!.evidence.map((ev) => ev.text));
    expect(events[0]!.evidence).toHaveLength(3);
  });

  it("places a record whose sentences name no place where the document is about", () => {
    const text = "شنّ الجيش حملة مداهمات في مخيمات البقاع بلبنان. وأسفرت الحملة عن توقيف 64 شخصًا لا يحملون أوراقًا.";
    const arrest = extract(text).find((e) => e.type === "arrest" && e.count?.value === 64);
    expect(arrest?.location?.country).toBe("LB");
  });
});

describe("Arabic group of a record", () => {
  it("gives a seized prison the side that held it", () => {
    const events = extract("سيطرت فصائل المعارضة على سجن حماة المركزي بعد معارك مع قوات النظام. وانسحبت قوات النظام السوري من عدة مواقع في ريف حماة.");
    expect(events.find((e) => e.type === "takeover")?.group).toMatch(/^Syrian government/);
  });

  it("gives released prisoners the side that kept the prisons", () => {
    const events = extract("فتحت الفصائل أبواب سجون النظام في المدينة. وأفرجت الفصائل عن 300 معتقل من سجون النظام.");
    expect(events.find((e) => e.type === "release")?.group).toMatch(/^Syrian government/);
  });
});

describe("Arabic prisons and escapes", () => {
  it("knows prisoners by other names: inmates, convicts, those held", () => {
    expect(brief("هرب مئات المساجين من السجن المركزي بعد اشتباكات.")).toEqual([["escape", "occurred", 100, "vague"]]);
    expect(brief("أفرجت الشرطة عن 35 من المحكومين.")).toEqual([["release", "occurred", 35, "exact"]]);
  });

  it("reads custody from a noun with its accusative ending, and from a place of detention", () => {
    expect(brief("أعلنت الإدارة فرار 25 نزيلاً من المبنى.")).toEqual([["escape", "occurred", 25, "exact"]]);
    expect(brief("فرّ 60 مهاجرًا من مركز احتجاز قرب الساحل.")).toEqual([["escape", "occurred", 60, "exact"]]);
  });

  it("gives an escape the place it left", () => {
    const [e] = extract("فرّ 60 مهاجرًا من مركز احتجاز في بنغازي.");
    expect(e?.origin?.country).toBe("LY");
  });

  it("reads people smuggled out of a prison as an escape, and an amnesty as a release", () => {
    expect(brief("تم تهريب عدد من السجناء خلال الفوضى.").map((r) => r[0])).toEqual(["escape"]);
    expect(brief("أصدر الرئيس عفوًا عامًا عن 2500 سجين.")).toEqual([["release", "occurred", 2500, "exact"]]);
  });

  it("reads doing again as the event done again, not a return", () => {
    expect(brief("أعادت الشرطة القبض على 40 من الهاربين.")).toEqual([["arrest", "occurred", 40, "exact"]]);
    expect(brief("أعيد اعتقال 12 سجينًا خلال يومين.")).toEqual([["arrest", "occurred", 12, "exact"]]);
    expect(brief("أعادت السلطات 30 لاجئًا إلى بلادهم.").map((r) => r[0])).toEqual(["repatriation"]);
  });

  it("tells no event for an attempt", () => {
    expect(brief("أحبط الحراس محاولة فرار 20 سجينًا.")).toEqual([]);
    expect(brief("حاول 20 سجينًا الفرار من السجن.")).toEqual([]);
  });

  it("ends a source's name before the event it states", () => {
    const [e] = extract("أعلنت الشرطة فرار 25 نزيلاً من السجن.");
    expect(e?.source).toBe("الشرطة");
  });
});

describe("Arabic figures and sources in a sentence of several events", () => {
  it("gives a figure to the trigger nearest it", () => {
    const events = extract("أطلقت الفصائل سراح 400 معتقل من السجن، وبينهم من أُعلن عن مقتله في وقت سابق.");
    expect(events.find((e) => e.type === "release")?.count?.value).toBe(400);
    expect(events.find((e) => e.type === "killing")?.count ?? null).toBeNull();
  });

  it("drops a withdrawal whose only figure is another event's", () => {
    expect(brief("انسحبت قوات الجيش من المدينة، ثم أطلق المسلحون سراح 250 سجينًا.")).toEqual([["release", "occurred", 250, "exact"]]);
  });

  it("takes the source whose cue comes last before the event", () => {
    const [e] = extract("قال الجيش في بيان إنه خسر المدينة، وأعلنت الفصائل إطلاق سراح 250 سجينًا.");
    expect(e?.source).toBe("الفصائل");
  });
});

describe("Arabic places and people of a prison", () => {
  it("takes a facility, not the town named after it, as where the event happened", () => {
    const events = extract("دخل المسلحون سجن كوبر في الخرطوم بحري وأطلقوا سراح 300 سجين.");
    expect(events.find((e) => e.type === "release")?.origin?.name).toBe("سجن كوبر");
  });

  it("counts guards among the people an event happens to", () => {
    expect(brief("قتل المهاجمون خمسة حراس.")).toEqual([["killing", "occurred", 5, "exact"]]);
  });

  it("reads people walking out of a prison as freed", () => {
    expect(brief("خرج 40 معتقلًا من السجن صباح اليوم.")).toEqual([["release", "occurred", 40, "exact"]]);
  });
});

describe("Arabic deportations through a crossing", () => {
  it("puts a crossing named after من on the arriving side, the deporting state on the other", () => {
    const [e] = extract("رحّلت السلطات التركية 200 لاجئ سوري من معبر باب السلامة.");
    expect(e?.destination?.country).toBe("SY");
    expect(e?.origin?.country).toBe("TR");
  });
});

describe("Arabic recaptures", () => {
  it("reads escapees brought back, or people returned to a prison, as re-arrested", () => {
    expect(brief("تمكنت الشرطة من إعادة 150 سجينًا من الفارين.")).toEqual([["arrest", "occurred", 150, "exact"]]);
    expect(brief("أعادت القوات 80 سجينًا إلى السجن المركزي.")).toEqual([["arrest", "occurred", 80, "exact"]]);
  });

  it("reads people handing themselves over as giving themselves up", () => {
    expect(brief("وسلّم 30 من السجناء أنفسهم إلى الشرطة.")).toEqual([["arrest", "occurred", 30, "exact"]]);
    expect(brief("استسلم 12 سجينًا للشرطة.")).toEqual([["arrest", "occurred", 12, "exact"]]);
  });
});

describe("Arabic escapes told with neutral words", () => {
  it("reads people walking out as part of the escape the document tells", () => {
    const events = extract("فرّ 90 سجينًا من السجن المركزي فجر الأحد. وقالت الشرطة إن السجناء كسروا الأقفال وخرجوا من السجن.");
    expect(events.map((e) => e.type)).toEqual(["escape"]);
    expect(events[0]!.evidence).toHaveLength(2);
  });

  it("tells no killing for a crime named by its act", () => {
    expect(brief("كان معظم الفارين مدانين في جرائم قتل.")).toEqual([]);
  });
});

describe("Arabic places named with their country", () => {
  it("takes a country whose name begins with ل as itself, not as 'to' with a glued preposition", () => {
    const [e] = extract("فرّ 40 سجينًا من سجن في ليبيا.");
    expect(e?.destination ?? null).toBeNull();
  });

  it("reads a place in brackets after another as where that one is", () => {
    const [e] = extract("طرابلس (ليبيا) - فرّ 40 سجينًا من سجن عين زارة.");
    expect(e?.destination ?? null).toBeNull();
    expect(e?.origin?.country).toBe("LY");
  });
});

describe("Arabic moves that are no custody events", () => {
  it("tells no transfer for the wounded taken to a hospital, but one for prisoners moved to a security branch", () => {
    expect(brief("نقل الهلال الأحمر 12 مصابًا من المدنيين إلى مستشفى المدينة.")).toEqual([]);
    expect(brief("نقلت أجهزة الأمن 70 شخصًا من حلب إلى أفرع أخرى في حماة.").map((r) => r[0])).toEqual(["transfer"]);
  });

  it("tells no event for the fear of one", () => {
    expect(brief("يعيش آلاف اللاجئين هاجس الترحيل إلى بلادهم.")).toEqual([]);
  });
});
