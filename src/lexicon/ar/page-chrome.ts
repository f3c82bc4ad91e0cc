// What Arabic news pages put around an article: widget labels, section and
// navigation labels, the headings of related-article lists, tag lists and
// comment blocks, and the labels of publication and update lines. Data only;
// every entry is matched whole-line (or as a line's opening label) after
// normalizeArabic (lexicon/ar/letters.ts), so the spelling here may carry
// hamzas and tanween.

/** Whole lines that are a page widget: font size, share, print, listen, dark mode, skip link, image placeholders. */
export const AR_WIDGET_LINES: readonly string[] = [
  "حجم الخط",
  "+ الخط -",
  "الخط",
  "تكبير الخط",
  "تصغير الخط",
  "مشاركة",
  "شارك",
  "شارك الخبر",
  "شارك المقال",
  "مشاركة الخبر",
  "انشر",
  "طباعة",
  "طباعه",
  "نسخ الرابط",
  "استمع",
  "استمع إلى الملخص",
  "استمع للمقال",
  "استمع إلى المقال",
  "اظهر الملخص",
  "أظهر الملخص",
  "الوضع المظلم",
  "الوضع الليلي",
  "تخطى إلى المحتوى",
  "انتقل إلى المحتوى",
  "تابعنا",
  "تابعونا",
  "إعلان",
  "اعلان",
  "مساحة إعلانية",
  "icon",
  "logo",
  "fbpx",
  "embedded image",
  "tt",
  "×",
  "لم يتم العثور على نتائج البحث",
  "ابحث",
  "بحث",
  "القائمة",
];

/** Whole lines that are a site's section or navigation label above an article. */
export const AR_SECTION_LINES: readonly string[] = [
  "آخر الأخبار",
  "أحدث الأخبار",
  "التغطية الحية",
  "عاجل",
  "أخبار",
  "الأخبار",
  "العالم",
  "حول العالم",
  "عربي ودولي",
  "محليات",
  "سياسة",
  "تقارير",
  "الرئيسية",
];

/** Headings that open a list of links to other articles ("اقرأ أيضاً", "أخبار ذات صلة"). */
export const AR_RELATED_HEADINGS: readonly string[] = [
  "اقرأ أيضاً",
  "اقرأ أيضا",
  "إقرأ أيضاً",
  "اقرأ المزيد",
  "أقرأ أيضاً",
  "شاهد أيضاً",
  "شاهد أيضا",
  "أخبار ذات صلة",
  "مواضيع ذات صلة",
  "مقالات ذات صلة",
  "ذات صلة",
  "أخبار متعلقة",
  "مواد ذات صلة",
  "مواد إضافية",
  "اخترنا لك",
  "قد يهمك",
  "قد يهمك أيضاً",
  "قد يعجبك أيضاً",
  "الأكثر قراءة",
  "الأكثر مشاهدة",
  "المزيد من الأخبار",
  "آخر الأخبار",
  "أحدث الأخبار",
  "حدث اليوم",
];

/** Labels that open a one-line link to another article ("اقرأ أيضاً: ..."). */
export const AR_LINK_LABELS: readonly string[] = ["اقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضاً", "اقرأ المزيد", "شاهد أيضاً", "شاهد", "طالع أيضاً", "ذات صلة"];

/** Headings of a tag or keyword list. */
export const AR_TAG_HEADINGS: readonly string[] = ["الوسوم", "وسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "الكلمات الدلالية", "كلمات دلالية", "مواضيع", "تاغ"];

/** Headings of a reader-comments block, and the form under it. */
export const AR_COMMENT_HEADINGS: readonly string[] = [
  "التعليقات",
  "تعليقات",
  "تعليقات القراء",
  "أضف تعليقاً",
  "أضف تعليق",
  "اترك تعليقاً",
  "اترك تعليقا",
  "اترك رداً",
  "اكتب تعليقك",
  "شارك برأيك",
];

/** Labels of a publication or update line ("تاريخ النشر: ...", "آخر تحديث: ..."). */
export const AR_DATE_LABELS: readonly string[] = [
  "تاريخ النشر",
  "نشر في",
  "نُشر في",
  "تم النشر",
  "آخر تحديث",
  "تاريخ التحديث",
  "تم التحديث",
  "محدث",
  "تحديث",
  "نشر بتاريخ",
  "منذ",
];

/** Of those, the labels that mark a dated line as a publication line wherever they stand in it. */
export const AR_DATE_LABELS_ANYWHERE: readonly string[] = ["تاريخ النشر", "آخر تحديث", "تاريخ التحديث"];

/** Words that name a time of day or an era beside a date on such a line (صباحاً، مساءً، م، ص، هـ، بتوقيت ...). */
export const AR_DATE_LINE_WORDS: readonly string[] = [
  "الساعة",
  "صباحا",
  "مساء",
  "ظهرا",
  "ص",
  "م",
  "صـ",
  "مـ",
  "هـ",
  "ه",
  "بتوقيت",
  "غرينتش",
  "دمشق",
  "بغداد",
  "القاهرة",
  "مكة المكرمة",
  "مكة",
  "المكرمة",
  "gmt",
  "am",
  "pm",
  "جمادى",
  "آخر",
  "الأول",
  "الآخر",
  "الثاني",
  "شعبان",
  "رمضان",
  "شوال",
  "محرم",
  "صفر",
  "ربيع",
  "رجب",
  "ذو",
  "ذي",
  "القعدة",
  "الحجة",
];

/** Last words of a credit line under a headline: "بغداد اليوم – متابعة", "المواطن - فريق التحرير", "وكالات". */
export const AR_CREDIT_WORDS: readonly string[] = ["متابعة", "متابعات", "فريق التحرير", "التحرير", "وكالات", "خاص", "ترجمة"];

/** Photo credits and caption markers that end an image caption: "(أ.ف.ب)", "- إنترنت", "(Getty)". */
export const AR_PHOTO_CREDITS: readonly string[] = [
  "أ.ف.ب",
  "أ ف ب",
  "رويترز",
  "فرانس برس",
  "الأناضول",
  "أرشيفية",
  "أرشيف",
  "إنترنت",
  "getty",
  "google maps",
  "afp",
  "reuters",
  "epa",
  "فيس بوك",
  "فيسبوك",
  "تويتر",
];

/** Labels alone on a line at the end of an article, naming the outlet on the next line ("المصدر:"). */
export const AR_SOURCE_LABELS: readonly string[] = ["المصدر", "مصدر الخبر", "المصدر والصور"];

/** First words of a promotion line: donations, app downloads, follow and subscribe calls. */
export const AR_PROMO_OPENERS: readonly string[] = [
  "للتبرع",
  "تبرع الآن",
  "حمل تطبيق",
  "حمّل تطبيق",
  "لتحميل تطبيق",
  "تابعونا على",
  "تابعنا على",
  "اشترك في",
  "اشترك الآن",
  "انضم إلى قناتنا",
];
