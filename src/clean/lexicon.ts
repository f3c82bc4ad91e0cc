// Data for the cleaning rules: words and names, no logic.

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

/** Whole lines that are site navigation, never article text (compared lower-cased, bullets stripped). */
export const NAV_LINES = new Set([
  "news", "top", "logo", "home", "homepage", "menu", "main menu", "search", "share", "tweet", "email", "print",
  "subscribe", "skip to content", "skip to main content", "back to top", "sign in", "sign up", "log in", "login",
  "register", "trending", "latest", "latest news", "top stories", "all news", "more", "close", "toggle navigation",
  "next", "previous", "next article", "previous article", "tags", "categories", "world", "politics", "middle east",
  "opinion", "video", "videos", "photos", "live", "follow us", "contact", "contact us", "about", "about us",
  "privacy policy", "terms of use", "terms of service", "cookie policy", "company", "newsletter", "newsletters",
  "editor's picks", "most read", "most popular", "home page", "site map", "sitemap", "archives", "archive",
]);

/** Country names and demonyms: anchor text of a broken link gets its capital back when it is one of these. */
export const PROPER_NAMES = [
  "afghan", "afghanistan", "albania", "albanian", "algeria", "algerian", "america", "american", "arab", "arabic",
  "armenia", "armenian", "australia", "australian", "austria", "austrian", "azerbaijan", "azerbaijani", "bahrain",
  "bahraini", "bangladesh", "bangladeshi", "belgian", "belgium", "bosnia", "bosnian", "britain", "british", "bulgaria",
  "bulgarian", "canada", "canadian", "chechen", "chechnya", "china", "chinese", "christian", "colombia", "colombian",
  "cyprus", "cypriot", "danish", "denmark", "druze", "dutch", "egypt", "egyptian", "england", "english", "eritrea",
  "eritrean", "ethiopia", "ethiopian", "europe", "european", "finland", "finnish", "france", "french", "georgia",
  "georgian", "german", "germany", "greece", "greek", "india", "indian", "indonesia", "indonesian", "iran",
  "iranian", "iraq", "iraqi", "ireland", "irish", "islamic", "israel", "israeli", "italian", "italy", "japan",
  "japanese", "jordan", "jordanian", "kazakh", "kazakhstan", "kenya", "kenyan", "kosovo", "kurd", "kurdish",
  "kurdistan", "kuwait", "kuwaiti", "kyrgyz", "kyrgyzstan", "lebanese", "lebanon", "libya", "libyan", "mali",
  "malian", "moroccan", "morocco", "muslim", "netherlands", "nigeria", "nigerian", "norway", "norwegian", "oman",
  "omani", "pakistan", "pakistani", "palestine", "palestinian", "poland", "polish", "qatar", "qatari", "russia",
  "russian", "saudi", "shia", "shiite", "somali", "somalia", "spain", "spanish", "sudan", "sudanese", "sunni",
  "sweden", "swedish", "swiss", "switzerland", "syria", "syrian", "tajik", "tajikistan", "tunisia", "tunisian",
  "turkey", "turkish", "turkmen", "turkmenistan", "türkiye", "uighur", "ukraine", "ukrainian", "uyghur", "uzbek",
  "uzbekistan", "yazidi", "yemen", "yemeni", "yezidi", "kurds", "arabs", "yazidis", "baghdad", "damascus", "raqqa",
  "hasakah", "aleppo", "mosul", "idlib", "erbil", "kobani", "qamishli", "tehran", "ankara", "moscow", "kyiv",
  "washington", "isis", "isil",
];

/** Lines made only of a country name, as at the end of a postal address. */
export const ADDRESS_COUNTRIES = new Set(["usa", "u.s.a.", "united states", "united states of america", "uk", "united kingdom", "canada", "germany", "france", "uae", "united arab emirates", "lebanon", "turkey", "iraq", "syria", "jordan", "qatar"]);
