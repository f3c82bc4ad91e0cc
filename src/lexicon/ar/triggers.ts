// Arabic event triggers: the words that state an event of each type, as
// written (verb forms, verbal nouns, participles). Matched word by word after
// normalisation and after the clitics (و ف ب ل ك, the article ال, a future س)
// and a pronoun suffix are taken off. A phrase of several words is written
// with spaces and matches those words in a row. Data only.

import type { EventType } from "../../types.js";

export interface ArabicTrigger {
  type: EventType;
  words: string[];
  /** The event needs people in the sentence (a count or a noun for people), or it is no event of this type. */
  needsPeople?: boolean;
  /** The event needs people in custody near the trigger ("فرار السجناء", not "فرّوا من الحرب"). */
  needsCustody?: boolean;
  /** The event needs a place or a facility after the trigger ("سيطرت على سجن", "دخلت حماة"). */
  needsPlace?: boolean;
  /** The event needs an armed group or force in the sentence ("دخلت الفصائل حماة", not "دخلوا الأراضي اللبنانية"). */
  needsArmed?: boolean;
  /** The event needs a figure of people ("يضم 1500 معتقل"). */
  needsCount?: boolean;
  /** A word that says people left custody, not how: it tells the escape of a document that tells one. */
  neutral?: boolean;
}

export const AR_TRIGGERS: ArabicTrigger[] = [
  {
    type: "release",
    needsPeople: true,
    words: [
      "إطلاق سراح",
      "أطلق سراح",
      "أطلقت سراح",
      "أطلقوا سراح",
      "تطلق سراح",
      "يطلق سراح",
      "إخلاء سبيل",
      "أخلي سبيل",
      "إفراج",
      "أفرج",
      "أفرجت",
      "يفرج",
      "تفرج",
      "أفرجوا",
      "فتح السجون",
      // "أطلقت الفصائل سراح ...": the verb and its object apart
      "سراح",
      // an amnesty or a pardon frees the people it names
      "عفو",
      "عفوا",
      "العفو العام",
      "أخلت سبيل",
      "المفرج عنهم",
      "مفرج عنهم",
    ],
  },
  {
    // freeing, letting out: a release when the people are in custody or a prison is named
    type: "release",
    needsCustody: true,
    words: ["تحرير", "حرر", "حررت", "حرروا", "حررنا", "تحرر", "تحررت", "يحرر", "إخراج", "أخرج", "أخرجت", "أخرجوا", "تخرج", "يخرج"],
  },
  {
    // leaving custody, said neutrally: a release, or the escape the document tells ("خرجوا من السجن")
    type: "release",
    needsCustody: true,
    neutral: true,
    words: ["خروج", "خرج", "خرجوا", "خرجت", "يخرجون"],
  },
  {
    type: "escape",
    needsPeople: true,
    needsCustody: true,
    words: ["فرار", "فر", "فروا", "فرت", "يفر", "تفر", "يفرون", "هروب", "هرب", "هربوا", "هربت", "يهرب", "تهرب", "يهربون", "فرار جماعي", "هروب جماعي"],
  },
  {
    // smuggling people out of custody, breaking a prison open: an escape when the people were held
    type: "escape",
    needsCustody: true,
    words: ["تهريب", "تهريبهم", "كسر السجن"],
  },
  {
    // handing people over to another side
    type: "transfer",
    needsPeople: true,
    words: ["تسليم", "سلم", "سلمت", "يسلم", "تسلم", "تسلمت", "تسلم"],
  },
  {
    // moving people: a transfer when they are held ("نقل 150 محتجزًا إلى سجن آخر"), not the wounded taken to a hospital
    type: "transfer",
    needsPeople: true,
    needsCustody: true,
    words: ["نقل", "نقلت", "نقلوا", "ينقل", "تنقل", "تحويل", "حولت"],
  },
  {
    type: "repatriation",
    needsPeople: true,
    words: [
      "ترحيل",
      "رحل",
      "رحلت",
      "رحلوا",
      "يرحل",
      "ترحل",
      "رحلتهم",
      "ترحيلات",
      "مرحلين",
      "مرحل",
      "إعادة",
      "أعاد",
      "أعادت",
      "أعيد",
      "أعيدوا",
      "يعاد",
      "عودة",
      "عودة طوعية",
      "العودة الطوعية",
      "إبعاد",
      "أبعدت",
      "طرد",
      "طردت",
      "ترحيلهم",
    ],
  },
  {
    type: "relocation",
    needsCount: true,
    words: ["انسحب", "انسحبت", "انسحاب", "سحب", "عادوا", "إعادة التمركز", "تموضع"],
  },
  {
    type: "arrest",
    needsPeople: true,
    words: [
      "اعتقال",
      "اعتقل",
      "اعتقلت",
      "اعتقلوا",
      "يعتقل",
      "تعتقل",
      "توقيف",
      "أوقف",
      "أوقفت",
      "يوقف",
      "توقف",
      "القبض",
      "قبض",
      "احتجاز",
      "ضبط",
      "المضبوطين",
      "مداهمات",
      "مداهمة",
      "اختطاف",
      "اختطف",
      "خطف",
      "إحباط تسلل",
      // escaped inmates giving themselves up
      "استسلم",
      "استسلموا",
      "استسلام",
    ],
  },
  {
    type: "trial",
    needsPeople: true,
    words: ["محاكمة", "محاكمات", "حكم على", "حكمت", "أحكام", "قضت", "إدانة", "أدين"],
  },
  {
    type: "takeover",
    needsPlace: true,
    words: [
      "سيطرة",
      "سيطر",
      "سيطرت",
      "سيطروا",
      "تسيطر",
      "يسيطر",
      "استيلاء",
      "استولى",
      "استولت",
      "اقتحام",
      "اقتحم",
      "اقتحمت",
      "اقتحموا",
      "إسقاط",
      "سقوط",
      "بسطت",
    ],
  },
  {
    // entering: a takeover when armed men enter
    type: "takeover",
    needsPlace: true,
    needsArmed: true,
    words: ["دخلت", "دخول", "دخلوا", "تدخل"],
  },
  {
    // bombardment and assault; battles and clashes ("معارك", "اشتباكات") name a fight, often an operation's, and tell no attack of their own
    type: "attack",
    needsPeople: true,
    words: ["قصف", "هجوم", "هجمات", "غارة", "غارات", "استهداف", "استهدف", "استهدفت"],
  },
  {
    type: "killing",
    needsPeople: true,
    words: ["مقتل", "قتل", "قتلوا", "قتلت", "قتلى", "إعدام", "أعدم", "أعدمت", "إعدامات"],
  },
  {
    type: "exchange",
    words: ["تبادل", "مبادلة", "صفقة تبادل"],
  },
  {
    type: "agreement",
    words: ["اتفاق", "اتفاقية", "هدنة", "وقف إطلاق النار", "تفاهم"],
  },
  {
    type: "holding",
    needsPeople: true,
    needsCount: true,
    words: ["يضم", "تضم", "يحتجز", "تحتجز", "يحتجزهم", "محتجزين", "يوجد", "يؤوي", "يظل", "مختفين", "يقبع", "يقبعون"],
  },
];

/** Words before a trigger that make the event planned (announced, intended, demanded). */
export const AR_PLANNED_CUES: readonly string[] = [
  "تعتزم",
  "يعتزم",
  "من المقرر",
  "سوف",
  "تخطط",
  "يخطط",
  "تنوي",
  "ينوي",
  "خطة",
  "تطالب",
  "يطالب",
  "طالب",
  "طالبت",
  "دعا",
  "دعت",
  "تسعى",
  "يسعى",
  "لتمكين",
  "مطالبة",
  "يمكن",
  "مستعدة",
];

/** Words before a trigger that make the event under way. */
export const AR_ONGOING_CUES: readonly string[] = [
  "تواصل",
  "يواصل",
  "يتواصل",
  "تستمر",
  "يستمر",
  "مستمر",
  "مستمرة",
  "لا تزال",
  "لا يزال",
  "ما زال",
  "ما زالت",
  "جارية",
  "تقوم ب",
  "يقوم ب",
];

/** Words just before a trigger that deny it ("لم يتم"), unless an exception (إلا) follows. */
export const AR_NEGATIONS: readonly string[] = [
  // the fear or the threat of an event is no event ("هاجس الترحيل", "شبح الاعتقال")
  "هاجس",
  "شبح",
  "خوف",
  "خطر",
  "لم",
  "لن",
  "ليس",
  "عدم",
  "دون",
  "نفى",
  "نفت",
  "بدون",
  "خشية",
  "مخاوف",
  "رافض",
  "الرافض",
  "رفض",
  "رفضت",
  "ترفض",
];

/** Nouns a trigger may qualify without telling an event ("مراكز التوقيف", "قوائم المعتقلين"). */
export const AR_COMPOUND_HEADS: readonly string[] = [
  "مراكز",
  "مركز",
  "أماكن",
  "مكان",
  "قوائم",
  "لوائح",
  "ملف",
  "قضية",
  "شعار",
  // a crime or a charge named by its act ("جرائم قتل", "بتهمة خطف")
  "جرائم",
  "جريمة",
  "تهمة",
  "تهم",
];
export const AR_EXCEPTION: readonly string[] = ["إلا"];

/**
 * Reading a trigger as another type by what surrounds it, as English does:
 * people who escaped, or who are brought back to a prison, are re-arrested
 * ("أعيد 150 من الفارين إلى السجن"); people handing themselves over give
 * themselves up ("سلّم 30 منهم أنفسهم"): an arrest either way.
 */
export const AR_ESCAPEE_NOUNS: readonly string[] = ["فارين", "فارون", "هاربين", "هاربون", "فار", "هارب"];
export const AR_CUSTODY_DESTINATIONS: readonly string[] = ["سجن", "سجون", "السجن", "زنازين", "زنزانة", "معتقل", "الحجز"];
export const AR_REFLEXIVES: readonly string[] = ["أنفسهم", "نفسه", "نفسها", "أنفسهن"];

/** Words just before a trigger that make what follows an attempt, not an event ("محاولة فرار", "حاولوا الهرب"). */
export const AR_ATTEMPT_CUES: readonly string[] = ["محاولة", "محاولات", "حاول", "حاولت", "حاولوا", "يحاول", "تحاول", "يحاولون", "محاولتهم", "محاولته"];

/**
 * Verbs and verbal nouns of doing again ("أعادت الشرطة القبض", "إعادة اعتقال"):
 * before the verbal noun of another event they say that event again, and
 * tell no return of their own.
 */
export const AR_AGAIN_WORDS: readonly string[] = ["إعادة", "أعاد", "أعادت", "أعادوا", "أعيد", "أعيدت", "يعيد", "تعيد", "يعاد", "تعاد"];

/** Prepositions before a place that make it the origin, the destination or the location of a movement. */
export const AR_ORIGIN_PREPOSITIONS: readonly string[] = ["من"];
/** "سجن كوبر في الخرطوم بحري": a place after one of these, right after a facility, is the facility's town. */
export const AR_LOCATION_PREPOSITIONS: readonly string[] = ["في", "ب", "قرب", "بمدينة", "بمحافظة"];
/** Nouns of a border crossing: one named in a deportation is passed through, whatever its preposition ("من معبر باب الهوى"). */
export const AR_CROSSING_NOUNS: readonly string[] = ["معبر", "معبري", "منفذ", "نقطة", "بوابة"];
/** "عبر معبر باب الهوى": the way through, on the destination side of a deportation. */
export const AR_VIA_PREPOSITIONS: readonly string[] = ["عبر"];
export const AR_DESTINATION_PREPOSITIONS: readonly string[] = ["إلى", "الى", "نحو", "باتجاه", "صوب"];
/** "من قبل X", "على يد X": the agent of a passive. */
export const AR_AGENT_MARKERS: readonly string[] = ["من قبل", "على يد", "بواسطة"];

/**
 * Words just before a trigger that make it a mention of an event told as
 * background ("بعد سقوط النظام", "الذين اعتقلهم", "الخاضعة لسيطرة"): such a
 * record stands only by joining a record its own sentence states.
 */
export const AR_MENTION_CUES: readonly string[] = [
  "بعد",
  "إثر",
  "عقب",
  "قبل",
  "خلال",
  "وسط",
  "منذ",
  "تحت",
  "جراء",
  "بسبب",
  "الخاضعة",
  "الخاضع",
  "الذي",
  "التي",
  "الذين",
  "اللذين",
  "اللواتي",
  "اللاتي",
];

/** Nouns for a place an event of control happens to ("سيطرت على سجن", "دخلت مدينة"). */
export const AR_FACILITY_NOUNS: readonly string[] = [
  "سجن",
  "سجون",
  "مدينة",
  "مدن",
  "مطار",
  "معبر",
  "حي",
  "أحياء",
  "بلدة",
  "بلدات",
  "قرية",
  "قرى",
  "مخيم",
  "قاعدة",
  "مواقع",
  "منطقة",
  "مناطق",
  "العاصمة",
  "ريف",
  "محافظة",
];

/** Nouns for people in custody: an escape is theirs. */
export const AR_CUSTODY_NOUNS: readonly string[] = [
  "معتقل",
  "معتقلين",
  "معتقلون",
  "سجين",
  "سجناء",
  "سجينات",
  "أسير",
  "أسرى",
  "موقوف",
  "موقوفين",
  "محتجز",
  "محتجزين",
  "محتجزون",
  "نزلاء",
  "نزيل",
  "مساجين",
  "مسجونين",
  "مسجونون",
  "محكومين",
  "محكومون",
  "هاربين",
  "فارين",
];

/**
 * Words for a place or a state of custody: near an escape or a freeing they
 * say the people were held ("فرّ مهاجرون من مركز احتجاز", "المحتجزون في
 * مراكز الإيواء").
 */
export const AR_CUSTODY_PLACE_WORDS: readonly string[] = ["سجن", "سجون", "احتجاز", "إيواء", "إصلاحية", "زنزانة", "زنازين", "معتقلات", "أفرع", "أقبية"];

/** Words after a killing trigger that make its figure the toll of an attack ("مقتل وإصابة 100 مدني"). */
export const AR_WOUNDED: readonly string[] = ["إصابة", "جرح", "إصابات", "جرحى"];
