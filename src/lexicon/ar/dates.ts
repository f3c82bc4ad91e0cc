// Arabic dates: Levantine (Syriac) and Egyptian (Latin) month names, weekdays
// and relative days. Data only; matched after normalisation.

/** Month names and their month number; a name of two words is written with a space. */
export const AR_MONTHS: Readonly<Record<string, number>> = {
  "كانون الثاني": 1,
  شباط: 2,
  آذار: 3,
  نيسان: 4,
  أيار: 5,
  حزيران: 6,
  تموز: 7,
  آب: 8,
  أيلول: 9,
  "تشرين الأول": 10,
  "تشرين الثاني": 11,
  "كانون الأول": 12,
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  أبريل: 4,
  إبريل: 4,
  مايو: 5,
  ماي: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  أغسطس: 8,
  غشت: 8,
  سبتمبر: 9,
  أكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  جانفي: 1,
  فيفري: 2,
  أفريل: 4,
  جوان: 6,
  جويلية: 7,
  أوت: 8,
};

/** Weekdays, 0 = Sunday as in Date.getUTCDay(). */
export const AR_WEEKDAYS: Readonly<Record<string, number>> = {
  الأحد: 0,
  الاثنين: 1,
  الإثنين: 1,
  الثلاثاء: 2,
  الأربعاء: 3,
  الخميس: 4,
  الجمعة: 5,
  السبت: 6,
};

/** Relative days and their offset from the reference date. */
export const AR_RELATIVE_DAYS: ReadonlyArray<readonly [string, number]> = [
  ["أول أمس", -2],
  ["أمس", -1],
  ["البارحة", -1],
  ["اليوم", 0],
];

/** Words after a weekday or a yearless date that put it strictly before the reference ("الأربعاء الماضي"). */
export const AR_PAST_MARKERS: readonly string[] = ["الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة"];

/** Words before a year that make it a date ("عام 2024", "خلال العام 2023"). */
export const AR_YEAR_WORDS: readonly string[] = ["عام", "العام", "سنة"];

/** Relative months and years ("الشهر الماضي", "العام الجاري") and their offset from the reference's month or year. */
export const AR_RELATIVE_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ["الشهر الماضي", -1],
  ["الشهر الفائت", -1],
  ["الشهر المنصرم", -1],
  ["الشهر الجاري", 0],
  ["الشهر الحالي", 0],
  ["هذا الشهر", 0],
];
export const AR_RELATIVE_YEARS: ReadonlyArray<readonly [string, number]> = [
  ["العام الماضي", -1],
  ["العام الفائت", -1],
  ["السنة الماضية", -1],
  ["العام الجاري", 0],
  ["العام الحالي", 0],
  ["هذا العام", 0],
];

/** Ordinal day words ("في الثاني من آب"). */
export const AR_ORDINAL_DAYS: Readonly<Record<string, number>> = {
  الأول: 1,
  الثاني: 2,
  الثالث: 3,
  الرابع: 4,
  الخامس: 5,
  السادس: 6,
  السابع: 7,
  الثامن: 8,
  التاسع: 9,
  العاشر: 10,
};

/** Words after a yearless month that put it in the reference's year ("آب الجاري"). */
export const AR_CURRENT_MARKERS: readonly string[] = ["الجاري", "الحالي"];

/** Words before a date that make it a bound, not the date of an event ("قبل العام 2019", "منذ 2011"). */
export const AR_BOUND_MARKERS: readonly string[] = ["قبل", "منذ", "حتى", "بعد"];

/**
 * Words before a month name without a year that make it a time ("خلال تشرين
 * الأول", "في شهر أكتوبر", "أواخر نيسان"): the month is then the last one of
 * that name on or before the reference. Without one a bare name is no date
 * ("آب" is also "أب", a father, once hamza forms are folded).
 */
export const AR_MONTH_CUES: readonly string[] = ["في", "خلال", "شهر", "أواخر", "أوائل", "أواسط", "مطلع", "منتصف", "بداية", "نهاية", "مع"];
