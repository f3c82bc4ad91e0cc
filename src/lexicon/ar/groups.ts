// Arabic names of actors and groups, each mapped to the same canonical name
// the English lexicon gives (src/lexicon/groups.ts). Data only; matched after
// normalisation and clitic stripping, longest name first.

import type { ActorKind } from "../../types.js";

export interface ArabicGroupEntry {
  canonical: string;
  kind: ActorKind;
  country: string | null;
  names: string[];
}

export const AR_GROUPS: ArabicGroupEntry[] = [
  { canonical: "Islamic State", kind: "group", country: null, names: ["داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "الدولة الإسلامية"] },
  { canonical: "Syrian Democratic Forces", kind: "group", country: "SY", names: ["قسد", "قوات سوريا الديمقراطية", "قوات سورية الديمقراطية"] },
  { canonical: "People's Protection Units", kind: "group", country: "SY", names: ["وحدات حماية الشعب"] },
  { canonical: "Asayish", kind: "force", country: "SY", names: ["الأسايش", "قوى الأمن الداخلي"] },
  { canonical: "Hayat Tahrir al-Sham", kind: "group", country: "SY", names: ["هيئة تحرير الشام", "تحرير الشام"] },
  { canonical: "Syrian National Army", kind: "group", country: "SY", names: ["الجيش الوطني السوري", "الجيش الوطني"] },
  {
    canonical: "Syrian opposition",
    kind: "group",
    country: "SY",
    names: [
      "المعارضة السورية",
      "المعارضة السورية المسلحة",
      "فصائل المعارضة",
      "الفصائل المسلحة",
      "الفصائل السورية",
      "الفصائل",
      "إدارة العمليات العسكرية",
      "ردع العدوان",
      "الثوار",
      "قوات المعارضة",
    ],
  },
  {
    canonical: "Syrian government",
    kind: "state",
    country: "SY",
    names: ["النظام السوري", "نظام الأسد", "الحكومة السورية", "السلطات السورية", "النظام", "نظام بشار الأسد", "دمشق"],
  },
  {
    canonical: "Syrian government forces",
    kind: "force",
    country: "SY",
    names: ["قوات النظام", "قوات النظام السوري", "القوات السورية", "الفرقة الرابعة", "أجهزة أمن النظام"],
  },
  { canonical: "Syrian army", kind: "force", country: "SY", names: ["الجيش السوري", "الجيش العربي السوري"] },
  { canonical: "Syrian Civil Defence", kind: "org", country: "SY", names: ["الدفاع المدني", "الدفاع المدني السوري", "الخوذ البيضاء"] },
  { canonical: "Popular Mobilization Forces", kind: "group", country: "IQ", names: ["الحشد الشعبي", "هيئة الحشد الشعبي"] },
  { canonical: "Iraqi government", kind: "state", country: "IQ", names: ["الحكومة العراقية", "السلطات العراقية", "بغداد"] },
  { canonical: "Kurdistan Regional Government", kind: "state", country: "IQ", names: ["حكومة إقليم كردستان"] },
  { canonical: "Autonomous Administration of North and East Syria", kind: "state", country: "SY", names: ["الإدارة الذاتية"] },
  {
    canonical: "Lebanese Armed Forces",
    kind: "force",
    country: "LB",
    names: ["الجيش اللبناني", "مخابرات الجيش اللبناني", "مخابرات الجيش", "فوج الحدود البرية"],
  },
  { canonical: "Lebanese General Security", kind: "state", country: "LB", names: ["الأمن العام اللبناني", "الأمن العام", "المديرية العامة للأمن العام"] },
  { canonical: "Lebanese government", kind: "state", country: "LB", names: ["السلطات اللبنانية", "الحكومة اللبنانية", "السلطات في لبنان"] },
  {
    canonical: "Turkish government",
    kind: "state",
    country: "TR",
    names: [
      "السلطات التركية",
      "الحكومة التركية",
      "أنقرة",
      "النظام التركي",
      "سلطات النظام التركي",
      "الأمن التركي",
      "دائرة الهجرة التركية",
      "إدارة الهجرة التركية",
    ],
  },
  {
    canonical: "Turkish security forces",
    kind: "force",
    country: "TR",
    names: ["الجندرمة", "الجندرما", "الشرطة التركية", "قوات الأمن التركية", "حرس الحدود التركي"],
  },
  { canonical: "Hezbollah", kind: "group", country: "LB", names: ["حزب الله"] },
  { canonical: "Hamas", kind: "group", country: "PS", names: ["حماس", "حركة حماس", "كتائب عزالدين القسام", "كتائب القسام"] },
  { canonical: "U.S. Central Command", kind: "force", country: "US", names: ["القيادة المركزية الأمريكية", "القيادة المركزية الأميركية", "سنتكوم"] },
  { canonical: "global coalition", kind: "force", country: null, names: ["التحالف الدولي"] },
  { canonical: "Kurdistan Workers' Party", kind: "group", country: "TR", names: ["حزب العمال الكردستاني"] },
  { canonical: "Wagner Group", kind: "group", country: "RU", names: ["فاغنر"] },
  { canonical: "Rapid Support Forces", kind: "group", country: "SD", names: ["الدعم السريع", "قوات الدعم السريع"] },
  { canonical: "Sudanese Armed Forces", kind: "force", country: "SD", names: ["الجيش السوداني"] },
  { canonical: "United Nations", kind: "org", country: null, names: ["الأمم المتحدة"] },
  { canonical: "UNHCR", kind: "org", country: null, names: ["المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "مفوضية اللاجئين", "المفوضية"] },
  { canonical: "Amnesty International", kind: "org", country: null, names: ["منظمة العفو الدولية", "العفو الدولية"] },
  { canonical: "Human Rights Watch", kind: "org", country: null, names: ["هيومن رايتس ووتش"] },
  { canonical: "Syrian Observatory for Human Rights", kind: "org", country: null, names: ["المرصد السوري لحقوق الإنسان", "المرصد السوري", "المرصد"] },
  { canonical: "Syrian Network for Human Rights", kind: "org", country: null, names: ["الشبكة السورية لحقوق الإنسان", "الشبكة السورية", "الشبكة"] },
  { canonical: "International Committee of the Red Cross", kind: "org", country: null, names: ["اللجنة الدولية للصليب الأحمر", "الصليب الأحمر"] },
  { canonical: "AFP", kind: "media", country: "FR", names: ["وكالة فرانس برس", "فرانس برس", "فرانس بريس"] },
  { canonical: "Reuters", kind: "media", country: null, names: ["رويترز", "وكالة رويترز"] },
  { canonical: "Associated Press", kind: "media", country: "US", names: ["أسوشيتد برس"] },
  { canonical: "SANA", kind: "media", country: "SY", names: ["سانا", "وكالة الأنباء السورية"] },
];

/** Words that name an unnamed source ("مصادر", "مصدر أمني", "ناشطون"). */
export const AR_ANONYMOUS_SOURCES: readonly string[] = ["مصادر", "مصدر", "مسؤول", "مسؤولين", "مسؤولون", "ناشطون", "ناشطين", "شهود", "مراسل"];
