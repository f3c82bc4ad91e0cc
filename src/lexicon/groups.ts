// Named actors: armed groups, forces, states and their metonyms, organisations
// and news media, with canonical names. Data only. Case rules as in places.ts:
// all-caps aliases ("IS", "SDF") match only in capitals.

import type { ActorKind } from "../types.js";

export interface GroupEntry {
  canonical: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-2 of the state it belongs to, when it has one. */
  country: string | null;
  aliases: string[];
}

export const GROUPS: GroupEntry[] = [
  // ---- armed groups
  { canonical: "Islamic State", kind: "group", country: null,
    aliases: ["Islamic State", "Islamic State group", "the Islamic State", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant", "IS", "ISIS", "ISIL", "Daesh", "Daish", "Da'esh", "IS group", "ISIS group", "ISIS terror group"] },
  { canonical: "Syrian Democratic Forces", kind: "group", country: "SY",
    aliases: ["Syrian Democratic Forces", "SDF", "Kurdish-led Syrian Democratic Forces", "QSD"] },
  { canonical: "People's Protection Units", kind: "group", country: "SY", aliases: ["People's Protection Units", "YPG"] },
  { canonical: "Women's Protection Units", kind: "group", country: "SY", aliases: ["Women's Protection Units", "YPJ"] },
  { canonical: "Asayish", kind: "force", country: "SY", aliases: ["Asayish", "Asayesh", "Asayish internal security forces"] },
  { canonical: "Popular Mobilization Forces", kind: "group", country: "IQ",
    aliases: ["Popular Mobilization Forces", "Popular Mobilisation Forces", "Popular Mobilization Units", "PMF", "PMU", "Hashd al-Shaabi", "al-Hashd al-Shaabi", "Hashd", "Hashed al-Shaabi"] },
  { canonical: "Fatemiyoun Brigade", kind: "group", country: null,
    aliases: ["Fatemiyoun", "Fatemiyoun Brigade", "Fatemiyoun brigade", "Liwa Fatemiyoun", "Liwa al-Fatemiyoun", "Fatemiyoun Division", "Fatemiyun", "Fatimiyoun"] },
  { canonical: "Zainabiyoun Brigade", kind: "group", country: null,
    aliases: ["Zainabiyoun", "Zainabiyoun Brigade", "Zainabiyoun brigade", "Liwa Zainabiyoun", "Liwa al-Zainabiyoun", "Zainabiyun", "Zeinabiyoun"] },
  { canonical: "Kataib Hezbollah", kind: "group", country: "IQ",
    aliases: ["Kataib Hezbollah", "Kata'ib Hezbollah", "Kataeb Hezbollah", "Iraqi Hezbollah", "Hezbollah Brigades"] },
  { canonical: "Hezbollah", kind: "group", country: "LB", aliases: ["Hezbollah", "Hizbollah", "Hizballah", "Lebanese Hezbollah"] },
  { canonical: "Islamic Revolutionary Guard Corps", kind: "force", country: "IR",
    aliases: ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Revolutionary Guard", "Iran's Revolutionary Guards", "Quds Force"] },
  { canonical: "Hamas", kind: "group", country: "PS", aliases: ["Hamas"] },
  { canonical: "Houthis", kind: "group", country: "YE", aliases: ["Houthis", "Houthi", "Ansar Allah", "Houthi rebels"] },
  { canonical: "Taliban", kind: "group", country: "AF", aliases: ["Taliban", "the Taliban"] },
  { canonical: "al-Shabaab", kind: "group", country: "SO", aliases: ["al-Shabaab", "al-Shabab", "Al-Shabaab", "Shabaab"] },
  { canonical: "Boko Haram", kind: "group", country: "NG", aliases: ["Boko Haram"] },
  { canonical: "al-Qaeda", kind: "group", country: null, aliases: ["al-Qaeda", "al-Qaida", "Al Qaeda", "Al-Qaeda"] },
  { canonical: "Wagner Group", kind: "group", country: "RU", aliases: ["Wagner", "Wagner Group", "Wagner group"] },
  { canonical: "Hayat Tahrir al-Sham", kind: "group", country: "SY", aliases: ["Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "HTS"] },
  { canonical: "Syrian National Army", kind: "group", country: "SY", aliases: ["Syrian National Army", "SNA", "Turkish-backed Syrian National Army"] },
  { canonical: "Kurdistan Workers' Party", kind: "group", country: "TR", aliases: ["Kurdistan Workers' Party", "PKK"] },
  { canonical: "Peshmerga", kind: "force", country: "IQ", aliases: ["Peshmerga", "Kurdish Peshmerga"] },
  // ---- coalitions and commands
  { canonical: "U.S. Central Command", kind: "force", country: "US",
    aliases: ["U.S. Central Command", "US Central Command", "United States Central Command", "CENTCOM", "Central Command"] },
  { canonical: "global coalition", kind: "force", country: null,
    aliases: ["global coalition", "Global Coalition", "U.S.-led coalition", "US-led coalition", "international coalition", "anti-ISIS coalition", "Global Coalition to Defeat ISIS", "coalition forces", "U.S.-led international coalition"] },
  { canonical: "Iraqi Joint Operations Command", kind: "force", country: "IQ", aliases: ["Joint Operations Command", "Iraqi Joint Operations Command"] },
  // ---- states, governments, armed forces
  { canonical: "Syrian government", kind: "state", country: "SY", aliases: ["Syrian government", "Damascus", "Syrian regime", "Assad regime", "Syrian administration", "Syrian interim government", "Syrian transitional government"] },
  { canonical: "Syrian government forces", kind: "force", country: "SY", aliases: ["Syrian government forces"] },
  { canonical: "Syrian army", kind: "force", country: "SY", aliases: ["Syrian army", "Syrian Army", "Syrian Arab Army"] },
  { canonical: "Syrian Defense Ministry", kind: "state", country: "SY", aliases: ["Syrian Defense Ministry", "Syrian Ministry of Defense", "Syrian Defence Ministry"] },
  { canonical: "Iraqi government", kind: "state", country: "IQ", aliases: ["Iraqi government", "Baghdad", "Iraqi federal government"] },
  { canonical: "Iraqi army", kind: "force", country: "IQ", aliases: ["Iraqi army", "Iraqi Army"] },
  { canonical: "Iraqi judiciary", kind: "state", country: "IQ", aliases: ["Iraqi judiciary", "Supreme Judicial Council", "Iraqi courts"] },
  { canonical: "Kurdistan Regional Government", kind: "state", country: "IQ", aliases: ["Kurdistan Regional Government", "KRG"] },
  { canonical: "Autonomous Administration of North and East Syria", kind: "state", country: "SY",
    aliases: ["Autonomous Administration of North and East Syria", "AANES", "Autonomous Administration", "Kurdish-led administration"] },
  { canonical: "United States government", kind: "state", country: "US", aliases: ["Washington", "U.S. government", "US government", "United States government", "Trump administration", "U.S. administration", "White House"] },
  { canonical: "U.S. State Department", kind: "state", country: "US", aliases: ["State Department", "U.S. State Department", "US State Department", "Department of State"] },
  { canonical: "U.S. military", kind: "force", country: "US", aliases: ["U.S. military", "US military", "U.S. forces", "US forces", "Pentagon", "U.S. Army", "US Army"] },
  { canonical: "Russian government", kind: "state", country: "RU", aliases: ["Moscow", "Kremlin", "Russian government"] },
  { canonical: "Ukrainian government", kind: "state", country: "UA", aliases: ["Kyiv", "Kiev", "Ukrainian government"] },
  { canonical: "Turkish government", kind: "state", country: "TR", aliases: ["Ankara", "Turkish government"] },
  { canonical: "Iranian government", kind: "state", country: "IR", aliases: ["Tehran", "Iranian government"] },
  { canonical: "Lebanese government", kind: "state", country: "LB", aliases: ["Beirut", "Lebanese government"] },
  { canonical: "Israeli government", kind: "state", country: "IL", aliases: ["Israeli government"] },
  { canonical: "Israel Defense Forces", kind: "force", country: "IL", aliases: ["Israel Defense Forces", "IDF", "Israeli army", "Israeli military", "Israeli forces"] },
  // ---- organisations
  { canonical: "United Nations", kind: "org", country: null, aliases: ["United Nations", "UN", "U.N.", "UN Security Council", "UN Human Rights Council"] },
  { canonical: "UNHCR", kind: "org", country: null, aliases: ["UNHCR", "UN refugee agency", "U.N. refugee agency"] },
  { canonical: "UNICEF", kind: "org", country: null, aliases: ["UNICEF"] },
  { canonical: "International Committee of the Red Cross", kind: "org", country: null, aliases: ["International Committee of the Red Cross", "ICRC", "Red Cross"] },
  { canonical: "Human Rights Watch", kind: "org", country: null, aliases: ["Human Rights Watch", "HRW"] },
  { canonical: "Amnesty International", kind: "org", country: null, aliases: ["Amnesty International", "Amnesty"] },
  { canonical: "Syrian Observatory for Human Rights", kind: "org", country: null, aliases: ["Syrian Observatory for Human Rights", "SOHR", "Syrian Observatory"] },
  { canonical: "Syrian Network for Human Rights", kind: "org", country: null, aliases: ["Syrian Network for Human Rights", "SNHR"] },
  { canonical: "Washington Institute", kind: "org", country: "US", aliases: ["Washington Institute", "Washington Institute for Near East Policy"] },
  { canonical: "NATO", kind: "org", country: null, aliases: ["NATO", "Nato"] },
  { canonical: "European Union", kind: "org", country: null, aliases: ["European Union", "EU"] },
  { canonical: "National Center for International Judicial Cooperation", kind: "state", country: "IQ",
    aliases: ["National Center for International Judicial Cooperation", "NCIJC"] },
  // ---- news media
  { canonical: "Reuters", kind: "media", country: null, aliases: ["Reuters"] },
  { canonical: "AFP", kind: "media", country: "FR", aliases: ["AFP", "Agence France-Presse", "Agence France Presse"] },
  { canonical: "Associated Press", kind: "media", country: "US", aliases: ["Associated Press", "AP"] },
  { canonical: "BBC", kind: "media", country: "GB", aliases: ["BBC", "BBC News"] },
  { canonical: "CNN", kind: "media", country: "US", aliases: ["CNN"] },
  { canonical: "Al Jazeera", kind: "media", country: "QA", aliases: ["Al Jazeera", "Al-Jazeera"] },
  { canonical: "Al Arabiya", kind: "media", country: "SA", aliases: ["Al Arabiya", "Al-Arabiya"] },
  { canonical: "Rudaw", kind: "media", country: "IQ", aliases: ["Rudaw"] },
  { canonical: "Kurdistan24", kind: "media", country: "IQ", aliases: ["Kurdistan24", "Kurdistan 24"] },
  { canonical: "Shafaq News", kind: "media", country: "IQ", aliases: ["Shafaq News", "Shafaq"] },
  { canonical: "Baghdad Today", kind: "media", country: "IQ", aliases: ["Baghdad Today"] },
  { canonical: "Iraqi News Agency", kind: "media", country: "IQ", aliases: ["Iraqi News Agency", "INA"] },
  { canonical: "North Press", kind: "media", country: "SY", aliases: ["North Press", "North Press Agency"] },
  { canonical: "Hawar News Agency", kind: "media", country: "SY", aliases: ["Hawar News Agency", "ANHA", "Hawar"] },
  { canonical: "SANA", kind: "media", country: "SY", aliases: ["SANA", "Syrian Arab News Agency"] },
  { canonical: "Enab Baladi", kind: "media", country: "SY", aliases: ["Enab Baladi"] },
  { canonical: "Anadolu Agency", kind: "media", country: "TR", aliases: ["Anadolu Agency", "Anadolu"] },
  { canonical: "IRNA", kind: "media", country: "IR", aliases: ["IRNA"] },
  { canonical: "Tasnim", kind: "media", country: "IR", aliases: ["Tasnim", "Tasnim News Agency"] },
  { canonical: "TASS", kind: "media", country: "RU", aliases: ["TASS"] },
  { canonical: "Xinhua", kind: "media", country: "CN", aliases: ["Xinhua"] },
  { canonical: "Asharq Al-Awsat", kind: "media", country: "SA", aliases: ["Asharq Al-Awsat", "Asharq al-Awsat"] },
  { canonical: "The New York Times", kind: "media", country: "US", aliases: ["New York Times"] },
  { canonical: "The Washington Post", kind: "media", country: "US", aliases: ["Washington Post"] },
  { canonical: "The Guardian", kind: "media", country: "GB", aliases: ["The Guardian", "Guardian"] },
  { canonical: "MENAFN", kind: "media", country: null, aliases: ["MENAFN"] },
  { canonical: "The Cradle", kind: "media", country: null, aliases: ["The Cradle"] },
  { canonical: "state media", kind: "media", country: null, aliases: ["state media", "state television", "state TV", "state news agency", "state-run media", "state broadcaster"] },
];

/** Heads of generic media phrases: "Istiqlal newspaper", "the X news agency". */
export const MEDIA_HEADS = ["newspaper", "daily", "news agency", "agency", "news site", "news website", "broadcaster", "TV", "television", "channel", "radio", "outlet", "magazine", "weekly"];
