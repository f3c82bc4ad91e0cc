// Places the news names and gazetteers lack or spell otherwise: prisons and
// camps, regions, and press spellings of towns. Data only.
//
// Case: an alias token written capitalised must be capitalised in the text;
// one written in lower case matches any case. All-caps tokens (acronyms) must
// match exactly. Particles (al-, ez-, ...) match in any case.

import type { PlaceKind } from "../types.js";

export interface CuratedPlace {
  name: string;
  country: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  admin1: string | null;
  aliases: string[];
}

export const CURATED_PLACES: CuratedPlace[] = [
  // ---- camps and prisons, Syria
  { name: "al-Hol camp", country: "SY", lat: 36.3786, lon: 41.1497, kind: "facility", admin1: "Al-Hasakah",
    aliases: ["al-Hol", "al-Hol camp", "al-Hawl", "al-Hawl camp", "Hol camp", "Hawl camp", "al Hol", "al Hawl"] },
  { name: "Roj camp", country: "SY", lat: 36.9317, lon: 42.0686, kind: "facility", admin1: "Al-Hasakah",
    aliases: ["Roj camp", "Roj refugee camp"] },
  { name: "Ghwayran prison", country: "SY", lat: 36.4742, lon: 40.7331, kind: "facility", admin1: "Al-Hasakah",
    aliases: ["Ghwayran prison", "Ghweiran prison", "Gweiran prison", "Ghuwayran prison", "al-Sina'a prison", "al-Sinaa prison", "Sina'a prison", "Sinaa prison", "Panorama prison", "Ghwayran", "Ghweiran", "Gweiran", "Ghuwayran"] },
  { name: "al-Aqtan prison", country: "SY", lat: 35.99, lon: 38.975, kind: "facility", admin1: "Ar-Raqqah",
    aliases: ["al-Aqtan prison", "Aqtan prison", "al-Aqtan", "al-Aktan prison"] },
  { name: "Sednaya prison", country: "SY", lat: 33.6656, lon: 36.3328, kind: "facility", admin1: "Rif-dimashq",
    aliases: ["Sednaya prison", "Saydnaya prison", "Sednaya military prison", "Saydnaya military prison"] },
  { name: "Tadmur prison", country: "SY", lat: 34.5603, lon: 38.2800, kind: "facility", admin1: "Homs",
    aliases: ["Tadmur prison", "Palmyra prison"] },
  { name: "Ain Issa camp", country: "SY", lat: 36.3857, lon: 38.8614, kind: "facility", admin1: "Ar-Raqqah",
    aliases: ["Ain Issa camp", "Ain Issa"] },
  // ---- camps and prisons, Iraq
  { name: "Jeddah-1 camp", country: "IQ", lat: 35.7800, lon: 43.2400, kind: "facility", admin1: "Nineveh",
    aliases: ["Jeddah-1 camp", "Jeddah 1 camp", "Jeddah-1", "Jeddah camp", "Jadaa camp", "Jad'ah camp", "al-Jadaa camp", "al-Jeddah", "al-Jeddah camp",
      "al-Jadaa", "al-Jeddah rehabilitation centre", "al-Jeddah rehabilitation center", "Jeddah rehabilitation centre", "Jeddah rehabilitation center", "al-Jeddah centre", "al-Jeddah center"] },
  { name: "al-Karkh prison", country: "IQ", lat: 33.2800, lon: 44.2500, kind: "facility", admin1: "Baghdad",
    aliases: ["al-Karkh prison", "Karkh prison", "al-Karkh central prison", "Karkh central prison"] },
  { name: "Abu Ghraib prison", country: "IQ", lat: 33.2919, lon: 44.0656, kind: "facility", admin1: "Baghdad",
    aliases: ["Abu Ghraib", "Abu Ghraib prison", "Abu Ghurayb"] },
  { name: "Camp Bucca", country: "IQ", lat: 30.2317, lon: 47.6930, kind: "facility", admin1: "Basra",
    aliases: ["Camp Bucca"] },
  { name: "Nasiriyah central prison", country: "IQ", lat: 31.0500, lon: 46.2500, kind: "facility", admin1: "Dhi Qar",
    aliases: ["Nasiriyah central prison", "Nasiriyah prison", "al-Hut prison", "al-Hoot prison"] },
  // ---- regions
  { name: "Kurdistan Region", country: "IQ", lat: 36.4100, lon: 44.3800, kind: "region", admin1: null,
    aliases: ["Kurdistan Region", "Kurdistan Region of Iraq", "Iraqi Kurdistan", "Kurdistan region", "KRI"] },
  { name: "northeast Syria", country: "SY", lat: 36.5000, lon: 40.5000, kind: "region", admin1: null,
    aliases: ["Rojava", "North and East Syria", "North East Syria", "Northeast Syria"] },
  // ---- press spellings of towns and provinces, Syria
  { name: "Hasakah", country: "SY", lat: 36.5024, lon: 40.7477, kind: "city", admin1: "Al-Hasakah",
    aliases: ["Hasakah", "Hassakeh", "Hasakeh", "Hasaka", "Hassaka", "Hasakah city", "al-Hasakah", "al-Hassakeh", "al-Hasaka", "Al-Hasakah", "Hassake"] },
  { name: "Qamishli", country: "SY", lat: 37.0522, lon: 41.2317, kind: "city", admin1: "Al-Hasakah",
    aliases: ["Qamishli", "Qamishlo", "Kamishli", "al-Qamishli", "Qamişlo"] },
  { name: "Shaddadi", country: "SY", lat: 36.0576, lon: 40.7348, kind: "city", admin1: "Al-Hasakah",
    aliases: ["Shaddadi", "Shaddadeh", "al-Shaddadi", "Shaddaddi", "al-Shaddadeh", "Shadadi", "Ash Shaddadah", "al-Shaddada", "Shaddada"] },
  { name: "Kobani", country: "SY", lat: 36.8909, lon: 38.3536, kind: "city", admin1: "Aleppo",
    aliases: ["Kobani", "Kobane", "Ain al-Arab", "Ayn al-Arab", "Ain al Arab", "Kobanî"] },
  { name: "Raqqa", country: "SY", lat: 35.9528, lon: 39.0079, kind: "city", admin1: "Ar-Raqqah",
    aliases: ["Raqqa", "Raqqah", "al-Raqqa", "Rakka", "Ar Raqqah", "ar-Raqqa"] },
  { name: "Deir ez-Zor", country: "SY", lat: 35.3359, lon: 40.1408, kind: "city", admin1: "Deir ez-Zor",
    aliases: ["Deir ez-Zor", "Deir Ezzor", "Deir al-Zor", "Deir el-Zor", "Deir Ez-Zor", "Dayr az-Zawr", "Deir Zor", "Deir ez Zor", "Deir al Zor"] },
  { name: "Abu Kamal", country: "SY", lat: 34.4506, lon: 40.9186, kind: "city", admin1: "Deir ez-Zor",
    aliases: ["Abu Kamal", "Albu Kamal", "Al-Bukamal", "Bukamal", "al-Bukamal", "Abukamal"] },
  { name: "Tal Tamr", country: "SY", lat: 36.6500, lon: 40.3700, kind: "city", admin1: "Al-Hasakah",
    aliases: ["Tal Tamr", "Tell Tamer", "Tal Tamer"] },
  { name: "Ras al-Ain", country: "SY", lat: 36.8500, lon: 40.0700, kind: "city", admin1: "Al-Hasakah",
    aliases: ["Ras al-Ain", "Ras al-Ayn", "Serekaniye", "Sere Kaniye"] },
  { name: "Tal Abyad", country: "SY", lat: 36.6975, lon: 38.9567, kind: "city", admin1: "Ar-Raqqah",
    aliases: ["Tal Abyad", "Tell Abyad", "Gire Spi"] },
  { name: "Manbij", country: "SY", lat: 36.5281, lon: 37.9549, kind: "city", admin1: "Aleppo", aliases: ["Manbij"] },
  { name: "Tabqa", country: "SY", lat: 35.8356, lon: 38.5481, kind: "city", admin1: "Ar-Raqqah", aliases: ["Tabqa", "al-Tabqa", "Tabqah"] },
  { name: "Damascus", country: "SY", lat: 33.5138, lon: 36.2765, kind: "city", admin1: "Damascus", aliases: ["Damascus"] },
  { name: "Aleppo", country: "SY", lat: 36.2021, lon: 37.1343, kind: "city", admin1: "Aleppo", aliases: ["Aleppo"] },
  { name: "Idlib", country: "SY", lat: 35.9306, lon: 36.6339, kind: "city", admin1: "Idlib", aliases: ["Idlib", "Idleb"] },
  // ---- press spellings, Iraq
  { name: "al-Qa'im", country: "IQ", lat: 34.3683, lon: 41.0950, kind: "city", admin1: "Al Anbar",
    aliases: ["al-Qa'im", "al-Qaim", "Al Qaim", "Qaim", "Qa'im", "Al-Qa'im"] },
  { name: "Mosul", country: "IQ", lat: 36.3400, lon: 43.1300, kind: "city", admin1: "Nineveh", aliases: ["Mosul", "Mosel"] },
  { name: "Baghdad", country: "IQ", lat: 33.3152, lon: 44.3661, kind: "city", admin1: "Baghdad", aliases: ["Baghdad"] },
  { name: "Erbil", country: "IQ", lat: 36.1911, lon: 44.0092, kind: "city", admin1: "Erbil", aliases: ["Erbil", "Arbil", "Irbil", "Hawler"] },
  { name: "Sulaymaniyah", country: "IQ", lat: 35.5613, lon: 45.4376, kind: "city", admin1: "Sulaymaniyah",
    aliases: ["Sulaymaniyah", "Sulaimaniyah", "Slemani", "Sulaimani", "Suleimaniyah"] },
  { name: "Duhok", country: "IQ", lat: 36.8671, lon: 42.9885, kind: "city", admin1: "Duhok", aliases: ["Duhok", "Dohuk", "Dahuk"] },
  { name: "Kirkuk", country: "IQ", lat: 35.4681, lon: 44.3922, kind: "city", admin1: "Kirkuk", aliases: ["Kirkuk"] },
  { name: "Sinjar", country: "IQ", lat: 36.3209, lon: 41.8754, kind: "city", admin1: "Nineveh", aliases: ["Sinjar", "Shingal"] },
  { name: "Tikrit", country: "IQ", lat: 34.6000, lon: 43.6800, kind: "city", admin1: "Salah ad Din", aliases: ["Tikrit"] },
  { name: "Fallujah", country: "IQ", lat: 33.3500, lon: 43.7800, kind: "city", admin1: "Al Anbar", aliases: ["Fallujah", "Falluja"] },
  { name: "Ramadi", country: "IQ", lat: 33.4200, lon: 43.3000, kind: "city", admin1: "Al Anbar", aliases: ["Ramadi", "al-Ramadi"] },
  { name: "Basra", country: "IQ", lat: 30.5085, lon: 47.7804, kind: "city", admin1: "Basra", aliases: ["Basra", "Basrah"] },
  { name: "Baqubah", country: "IQ", lat: 33.7466, lon: 44.6437, kind: "city", admin1: "Diyala", aliases: ["Baqubah", "Baquba", "Ba'quba"] },
  { name: "Diyala", country: "IQ", lat: 33.7733, lon: 45.0000, kind: "admin1", admin1: "Diyala", aliases: ["Diyala", "Diyala province", "Diyala governorate"] },
  { name: "Nineveh", country: "IQ", lat: 36.0725, lon: 42.3775, kind: "admin1", admin1: "Nineveh", aliases: ["Nineveh", "Ninawa", "Nineveh province", "Ninewa"] },
  { name: "Anbar", country: "IQ", lat: 33.0531, lon: 41.6566, kind: "admin1", admin1: "Al Anbar", aliases: ["Anbar", "al-Anbar", "Anbar province"] },
  { name: "Salahuddin", country: "IQ", lat: 34.3929, lon: 43.6036, kind: "admin1", admin1: "Salah ad Din", aliases: ["Salahuddin", "Salah al-Din", "Saladin"] },
  // ---- elsewhere, where the press uses a capital the city list spells otherwise
  { name: "Washington", country: "US", lat: 38.9072, lon: -77.0369, kind: "city", admin1: "District of Columbia", aliases: ["Washington", "Washington, D.C.", "Washington DC"] },
  { name: "Gaza", country: "PS", lat: 31.5017, lon: 34.4668, kind: "region", admin1: null, aliases: ["Gaza", "Gaza Strip"] },
  { name: "West Bank", country: "PS", lat: 31.9466, lon: 35.3027, kind: "region", admin1: null, aliases: ["West Bank", "occupied West Bank"] },
  { name: "East Jerusalem", country: "PS", lat: 31.7833, lon: 35.2333, kind: "region", admin1: null, aliases: ["East Jerusalem"] },
  { name: "Gaza City", country: "PS", lat: 31.5225, lon: 34.4531, kind: "city", admin1: null, aliases: ["Gaza City"] },
  { name: "Khan Younis", country: "PS", lat: 31.3462, lon: 34.3060, kind: "city", admin1: null, aliases: ["Khan Younis", "Khan Yunis", "Khan Yunus"] },
  { name: "Rafah", country: "PS", lat: 31.2969, lon: 34.2455, kind: "city", admin1: null, aliases: ["Rafah"] },
  { name: "Rafah crossing", country: "PS", lat: 31.2475, lon: 34.2590, kind: "facility", admin1: null, aliases: ["Rafah crossing", "Rafah border crossing", "Rafah gate"] },
  { name: "Kerem Shalom crossing", country: "IL", lat: 31.2286, lon: 34.2842, kind: "facility", admin1: null, aliases: ["Kerem Shalom", "Kerem Shalom crossing", "Karem Abu Salem"] },
  { name: "Ramallah", country: "PS", lat: 31.9038, lon: 35.2034, kind: "city", admin1: null, aliases: ["Ramallah"] },
  { name: "Jenin", country: "PS", lat: 32.4607, lon: 35.3027, kind: "city", admin1: null, aliases: ["Jenin"] },
  { name: "Nablus", country: "PS", lat: 32.2211, lon: 35.2544, kind: "city", admin1: null, aliases: ["Nablus"] },
  { name: "Hebron", country: "PS", lat: 31.5326, lon: 35.0998, kind: "city", admin1: null, aliases: ["Hebron", "al-Khalil"] },
  { name: "Tulkarm", country: "PS", lat: 32.3104, lon: 35.0286, kind: "city", admin1: null, aliases: ["Tulkarm", "Tulkarem"] },
  // ---- borders and crossings
  { name: "Habur border crossing", country: "TR", lat: 37.1430, lon: 42.5870, kind: "facility", admin1: null,
    aliases: ["Habur border crossing", "Habur border gate", "Habur crossing", "Habur gate", "Habur", "Ibrahim Khalil crossing", "Ibrahim Khalil border crossing"] },
  { name: "Bab al-Hawa crossing", country: "SY", lat: 36.2330, lon: 36.6730, kind: "facility", admin1: "Idlib", aliases: ["Bab al-Hawa", "Bab al-Hawa crossing", "Bab al-Hawa border crossing", "Cilvegozu"] },
  { name: "Bab al-Salama crossing", country: "SY", lat: 36.6350, lon: 37.0700, kind: "facility", admin1: "Aleppo", aliases: ["Bab al-Salama", "Bab al-Salameh", "Bab al-Salama crossing", "Oncupinar"] },
  // ---- Ukraine and Russia: regions and the press spellings of cities
  { name: "Donbas", country: "UA", lat: 48.0000, lon: 38.0000, kind: "region", admin1: null, aliases: ["Donbas", "Donbass"] },
  { name: "Crimea", country: "UA", lat: 45.3000, lon: 34.4000, kind: "region", admin1: null, aliases: ["Crimea", "Crimean peninsula", "Crimean Peninsula"] },
  { name: "Kyiv", country: "UA", lat: 50.4501, lon: 30.5234, kind: "city", admin1: null, aliases: ["Kyiv", "Kiev"] },
  { name: "Kharkiv", country: "UA", lat: 49.9935, lon: 36.2304, kind: "city", admin1: null, aliases: ["Kharkiv", "Kharkov"] },
  { name: "Odesa", country: "UA", lat: 46.4825, lon: 30.7233, kind: "city", admin1: null, aliases: ["Odesa", "Odessa"] },
  { name: "Zaporizhzhia", country: "UA", lat: 47.8388, lon: 35.1396, kind: "city", admin1: null, aliases: ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"] },
  { name: "Mykolaiv", country: "UA", lat: 46.9750, lon: 31.9946, kind: "city", admin1: null, aliases: ["Mykolaiv", "Nikolaev", "Nikolayev"] },
  { name: "Luhansk", country: "UA", lat: 48.5740, lon: 39.3078, kind: "city", admin1: null, aliases: ["Luhansk", "Lugansk"] },
  { name: "Donetsk", country: "UA", lat: 48.0159, lon: 37.8028, kind: "city", admin1: null, aliases: ["Donetsk"] },
  { name: "Kherson", country: "UA", lat: 46.6354, lon: 32.6169, kind: "city", admin1: null, aliases: ["Kherson"] },
  { name: "Bakhmut", country: "UA", lat: 48.5947, lon: 38.0003, kind: "city", admin1: null, aliases: ["Bakhmut", "Artemivsk", "Artyomovsk"] },
  { name: "Mariupol", country: "UA", lat: 47.0971, lon: 37.5434, kind: "city", admin1: null, aliases: ["Mariupol"] },
  { name: "Kursk", country: "RU", lat: 51.7304, lon: 36.1926, kind: "city", admin1: null, aliases: ["Kursk"] },
  // ---- exonyms the city list spells the local way
  { name: "Geneva", country: "CH", lat: 46.2044, lon: 6.1432, kind: "city", admin1: null, aliases: ["Geneva", "Genève", "Geneve"] },
  { name: "Misrata", country: "LY", lat: 32.3754, lon: 15.0925, kind: "city", admin1: null, aliases: ["Misrata", "Misurata", "Misratah"] },
  { name: "Hargeisa", country: "SO", lat: 9.5600, lon: 44.0650, kind: "city", admin1: null, aliases: ["Hargeisa", "Hargeysa"] },
  { name: "Grozny", country: "RU", lat: 43.3180, lon: 45.6949, kind: "city", admin1: null, aliases: ["Grozny", "Groznyy"] },
  // ---- Sudan, Yemen, the Horn and the Sahel: press spellings
  { name: "Wad Madani", country: "SD", lat: 14.4012, lon: 33.5199, kind: "city", admin1: "Al Jazirah", aliases: ["Wad Madani", "Wad Medani"] },
  { name: "Gezira", country: "SD", lat: 14.5000, lon: 33.3000, kind: "admin1", admin1: "Al Jazirah", aliases: ["Gezira", "Al Jazirah", "al-Jazirah", "Jazira", "al-Gezira"] },
  { name: "Darfur", country: "SD", lat: 13.5000, lon: 24.0000, kind: "region", admin1: null, aliases: ["Darfur"] },
  { name: "El Fasher", country: "SD", lat: 13.6279, lon: 25.3494, kind: "city", admin1: "North Darfur", aliases: ["El Fasher", "El-Fasher", "al-Fashir", "Al Fashir", "El Fashir"] },
  { name: "Omdurman", country: "SD", lat: 15.6445, lon: 32.4777, kind: "city", admin1: "Khartoum", aliases: ["Omdurman"] },
  { name: "Sanaa", country: "YE", lat: 15.3694, lon: 44.1910, kind: "city", admin1: null, aliases: ["Sanaa", "Sana'a"] },
  { name: "Aden", country: "YE", lat: 12.7855, lon: 45.0187, kind: "city", admin1: null, aliases: ["Aden"] },
  { name: "Hodeidah", country: "YE", lat: 14.7978, lon: 42.9545, kind: "city", admin1: null, aliases: ["Hodeidah", "Hudaydah", "al-Hudaydah", "Hodeida"] },
  { name: "Marib", country: "YE", lat: 15.4620, lon: 45.3253, kind: "city", admin1: null, aliases: ["Marib", "Ma'rib"] },
  { name: "Taiz", country: "YE", lat: 13.5795, lon: 44.0209, kind: "city", admin1: null, aliases: ["Taiz", "Ta'izz", "Taizz"] },
  { name: "Mogadishu", country: "SO", lat: 2.0469, lon: 45.3182, kind: "city", admin1: null, aliases: ["Mogadishu"] },
];

/** Compass words that, before a country or province, make a region ("northeastern Syria"). */
export const DIRECTIONS = [
  "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
  "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
  "north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western", "south-eastern", "south-western",
  "central",
];

/** Words after a name that belong to the place: "Hasakah province", "Roj camp". */
export const ADMIN_SUFFIXES: Record<string, "admin1" | "admin2" | "city"> = {
  province: "admin1", governorate: "admin1", region: "admin1", state: "admin1", oblast: "admin1", krai: "admin1",
  district: "admin2", subdistrict: "admin2", county: "admin2", municipality: "admin2",
  city: "city", town: "city", village: "city", countryside: "admin2",
};
export const FACILITY_SUFFIXES = ["prison", "camp", "jail", "detention center", "detention centre", "detention facility", "prison complex", "air base", "airbase", "base", "airport",
  "penitentiary", "military prison", "central prison", "refugee camp", "displacement camp", "border crossing", "crossing", "border gate", "border post",
  "rehabilitation centre", "rehabilitation center"];

/**
 * Head nouns of facility names the gazetteers lack: "<Name> prison", "the
 * National Penitentiary", "Abu Shouk camp". Longest first is not needed: the
 * annotator tries every entry.
 */
export const FACILITY_HEADS = [
  "prison", "jail", "penitentiary", "camp", "detention centre", "detention center", "detention facility", "airport", "air base",
  "airbase", "military base", "base", "border crossing", "crossing", "border gate", "border post", "rehabilitation centre",
  "rehabilitation center", "correctional centre", "correctional center", "correctional facility", "reformatory",
];
/** Words between a facility's name and its head noun: "Ofer military prison", "Abu Shouk displacement camp". */
export const FACILITY_MODIFIERS = ["military", "central", "federal", "maximum", "security", "high", "refugee", "displacement", "displaced", "idp", "transit", "detention", "holding", "women's", "women", "juvenile", "prison", "army", "police", "internment"];

/** Locality nouns before "of": "the village of X" (city), "the district of X" (admin2), "the province of X" (admin1). */
export const LOCALITY_PREFIX_NOUNS: Record<string, "city" | "admin2" | "admin1"> = {
  village: "city", town: "city", city: "city", hamlet: "city", settlement: "city", suburb: "city", neighbourhood: "city",
  neighborhood: "city", commune: "city", township: "city", district: "admin2", county: "admin2", municipality: "admin2",
  province: "admin1", state: "admin1", governorate: "admin1", region: "admin1",
};
/** Plural locality nouns after coordinated names: "the Delmas and Pétion-Ville neighbourhoods". */
export const LOCALITY_PLURAL_NOUNS: Record<string, "city" | "admin2" | "admin1"> = {
  villages: "city", towns: "city", neighbourhoods: "city", neighborhoods: "city", districts: "admin2", provinces: "admin1",
  regions: "admin1", governorates: "admin1", states: "admin1", oblasts: "admin1", counties: "admin2", municipalities: "admin2",
};
/** Locality nouns after a name: "Kuriga village", "Lakki Marwat district", "Chikun local government area". */
export const LOCALITY_SUFFIX_NOUNS: Record<string, "city" | "admin2"> = {
  village: "city", town: "city", township: "city", neighbourhood: "city", neighborhood: "city", district: "admin2",
  subdistrict: "admin2", county: "admin2", municipality: "admin2", "local government area": "admin2", lga: "admin2", "local government": "admin2",
};

/**
 * Nouns that, right after a place, make it the first word of an institution's
 * name: "Gaza health ministry", "Kherson regional administration". The place
 * is kept (it still locates the speaker) and tagged `place/org-name`.
 */
export const ORG_HEAD_NOUNS = ["ministry", "government", "authorities", "authority", "police", "council", "municipality", "office", "administration",
  "directorate", "governor", "court", "command", "branch", "department", "committee", "commission", "prosecutor", "prosecutors"];
/** Words that may sit between the place and that noun: "Gaza health ministry", "Donetsk regional administration". */
export const ORG_HEAD_MODIFIERS = ["health", "interior", "defence", "defense", "justice", "media", "civil", "local", "provincial", "regional", "city", "military", "central", "state", "government", "security", "appeals", "criminal", "district"];

/** "the city of X", "the town of X": included in the span. */
export const PLACE_PREFIXES = ["city of", "town of", "village of", "province of", "governorate of", "region of", "district of", "the city of", "the town of", "the village of", "the province of", "the governorate of"];

/** Nouns that make a demonym a place: "Iraqi facilities", "Syrian soil". */
export const PLACE_NOUNS = [
  "facility", "facilities", "prison", "prisons", "jail", "jails", "territory", "territories", "custody", "soil", "border", "borders",
  "camp", "camps", "city", "cities", "town", "towns", "village", "villages", "side", "capital", "province", "provinces",
  "detention", "land", "lands", "airspace", "waters", "coast", "desert", "countryside", "region", "regions", "areas", "area",
  "centers", "centres", "center", "centre", "base", "bases", "cells", "hands", "captivity", "jails", "prisons",
];

/** Nouns that make a demonym a person, people or force: "Iraqi officials", "Syrian troops". */
export const PERSON_NOUNS = [
  "official", "officials", "authorities", "authority", "troops", "forces", "force", "army", "military", "militants", "militant",
  "fighters", "fighter", "militiamen", "militia", "militias", "nationals", "national", "citizens", "citizen", "government",
  "police", "soldiers", "soldier", "people", "men", "women", "children", "families", "detainees", "prisoners", "prisoner",
  "members", "leaders", "leader", "president", "minister", "ministry", "officers", "officer", "judiciary", "courts", "court",
  "refugees", "civilians", "delegation", "regime", "state", "media", "politicians", "politician", "commanders", "commander", "jihadists",
  "source", "sources", "spokesman", "spokeswoman", "spokesperson", "diplomat", "diplomats", "agency", "agencies", "envoy", "counterpart",
  "counterparts", "guards", "militiamen", "insurgents", "rebels", "fighter", "group", "groups", "factions", "faction", "units",
];

/**
 * Words that are also the names of towns somewhere but are far more often
 * common words or given names: a gazetteer town never matches them (curated
 * places and countries still do).
 */
export const PLACE_STOPWORDS = [
  // common words (title-case headlines, sentence starts)
  "of", "top", "deal", "best", "most", "many", "more", "much", "some", "one", "two", "three", "new", "old", "great", "little",
  "hope", "home", "union", "university", "liberty", "victory", "independence", "progress", "unity", "peace", "freedom",
  "police", "army", "court", "camp", "prison", "centre", "center", "mission", "trial", "transfer", "march", "may", "june", "july",
  "august", "april", "january", "february", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "today", "news", "media", "press", "state", "states", "national", "federal",
  "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "islamic", "arab", "kurdish",
  "democratic", "republic", "council", "command", "forces", "force", "general", "president", "minister", "official",
  "good", "bad", "long", "short", "fair", "grand", "mount", "lake", "river", "bay", "beach", "valley", "ocean", "ocean city",
  "reading", "bath", "wells", "split", "nice", "mobile", "orange", "mercedes", "hazard", "fury", "why", "what", "who",
  "when", "where", "how", "also", "after", "before", "during", "under", "over", "since", "while", "about", "among",
  "here", "there", "this", "that", "these", "those", "they", "them", "their", "his", "her", "its", "our", "we", "you",
  "the", "and", "but", "or", "nor", "for", "with", "from", "into", "onto", "upon", "via", "per", "said", "says",
  "views", "external", "source", "breaking", "ad", "space", "print", "icon", "photo", "authored", "loading", "listen",
  "comments", "comment", "fact", "checker", "verify", "reply", "share", "follow", "subscribe", "login", "search", "menu",
  "logo", "video", "audio", "gallery", "live", "update", "updates", "opinion", "analysis", "world", "region",
  "public", "nearly", "last", "first", "second", "third", "next",
  "security", "government", "military", "ministry", "defense", "defence", "interior", "foreign", "justice", "human", "rights",
  "network", "institute", "agency", "brigade", "brigades", "units", "unit", "operations", "joint", "international",
  "coalition", "global", "regional", "local", "early", "late", "mid", "amid", "against", "despite", "within", "without",
  "shia", "shiite", "shiites", "sunni", "sunnis", "kurd", "kurds", "arab", "arabs", "christian", "christians", "yazidi", "yezidi",
  "druze", "alawite", "alawites", "turkmen", "assyrian", "jihad", "mujahideen", "caliphate", "emir", "sheikh", "imam",
  "islam", "allah", "god", "christ", "church", "mosque", "temple", "saint", "santa", "san", "sao", "el", "la", "le", "los", "las",
  "normal", "commerce", "industry", "paradise", "enterprise", "temple", "troy", "kent", "sterling", "eagle", "carmel",
  "surprise", "mission", "justice", "concord", "providence", "charity", "harmony", "mesa", "plano", "pueblo", "spring",
  "summit", "vista", "garden", "grove", "park", "ridge", "falls", "heights", "hills", "springs", "station", "port", "fort",
  // given names that are also towns
  "mary", "tyler", "william", "oliver", "jackson", "lincoln", "washington", "madison", "clinton", "franklin", "hamilton",
  "jordan", "chad", "victoria", "charlotte", "austin", "dallas", "leon", "salvador", "aurora", "phoenix", "orlando",
  "kobe", "moore", "lawrence", "lynn", "lewis", "camden", "tracy", "beverly", "shelby", "chester", "elgin", "boulder", "florence", "alexandria", "eugene", "marion", "warren", "douglas", "lopez", "taylor",
  "ali", "hassan", "hasan", "hussein", "husain", "mohammed", "muhammad", "mohammad", "ahmed", "ahmad", "omar", "umar",
  "khalid", "khaled", "haider", "sabah", "hisham", "nesrin", "abdullah", "qassem", "qasim", "karim", "salim", "salem",
  "mahmoud", "mustafa", "ibrahim", "ismail", "yusuf", "youssef", "jamal", "nour", "noor", "amal", "layla", "fatima",
  "zainab", "aisha", "maryam", "hamza", "bilal", "tariq", "said", "saeed", "sami", "samir", "nasser", "nasr", "faisal",
  "abbas", "jafar", "kamal", "adel", "adil", "walid", "raed", "rami", "hadi", "mahdi", "mehdi", "reza", "hamid", "majid",
  "donald", "trump", "biden", "joe", "john", "james", "george", "david", "michael", "paul", "peter", "mark", "luke",
  "thomas", "charles", "henry", "edward", "richard", "robert", "elizabeth", "anna", "sofia", "sophia", "maria", "diana",
];

/**
 * Capitals and provincial seats whose names are also common words, given names
 * or far better known elsewhere: they match only when the document names
 * their country, like any smaller town.
 */
export const AMBIGUOUS_CITY_NAMES = [
  "Male", "Van", "Oral", "Regina", "Stanley", "Richmond", "Carolina", "Natal", "Marka", "Sari", "Saga", "Chita", "Kingston", "Palma",
  "Tanda", "Plymouth", "Victoria", "Hamilton", "Georgetown", "Jamestown", "Armenia", "Columbus", "Lincoln", "Jackson", "Madison",
  "Salem", "Austin", "Douglas", "Florence", "Providence", "Split", "Formosa", "Santander", "Valencia", "Cartagena", "Trujillo",
  "Cordoba", "Merida", "Santiago", "Concepcion", "Coro", "Ica", "Tsu", "Mito", "Naha", "Ibb", "Jos", "Osh", "Bo", "Bari", "Sucre", "Posadas",
  "Resistencia", "Palmas", "Gustavia", "Marigot", "Singa", "Winejok", "Bata", "Tula", "Ruse", "Perm", "Kochi", "Tripoli", "Gaza",
];

/** Country names that are also given names or common words: treated like gazetteer towns next to other names. */
export const AMBIGUOUS_COUNTRY_NAMES = ["Jordan", "Chad", "Georgia", "Niger", "Turkey", "America", "Guinea", "Dominica"];
