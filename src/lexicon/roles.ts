// Roles and titles of people and the heads of generic actor phrases. Data only.

/** Titles written before a name: "Deputy Foreign Minister Name", "Gen. Name". Longest first is not needed: matching takes the longest. */
export const TITLES = [
  "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Minister", "Foreign Minister", "Deputy Foreign Minister",
  "Defense Minister", "Defence Minister", "Interior Minister", "Justice Minister", "Deputy Minister", "Secretary of State",
  "Secretary", "Defense Secretary", "Ambassador", "Envoy", "Special Envoy", "Speaker", "Senator", "Sen.", "Rep.", "Governor", "Gov.",
  "Mayor", "General", "Gen.", "Lt. Gen.", "Lieutenant General", "Maj. Gen.", "Major General", "Brig. Gen.", "Brigadier General",
  "Colonel", "Col.", "Lt. Col.", "Major", "Maj.", "Captain", "Capt.", "Admiral", "Adm.", "Commander", "Cmdr.", "Chief", "Judge",
  "Justice", "Sheikh", "Shaikh", "Imam", "Ayatollah", "King", "Queen", "Prince", "Crown Prince", "Emir", "Sultan", "Spokesman",
  "Spokeswoman", "Spokesperson", "Chairman", "Chairwoman", "Director", "Director General", "Secretary-General", "Secretary General",
  "Dr.", "Mr.", "Mrs.", "Ms.", "Prosecutor", "Attorney General",
];

/** Words that may precede a title: "Deputy Interior Minister", "Acting President". */
export const TITLE_PREFIXES = ["Deputy", "Acting", "Assistant", "Vice", "Interim", "Caretaker", "First", "Senior", "Chief"];

/** Nouns that head a role phrase after a name: "Name, spokesman for the X", "Name, a former Syrian fighter". */
export const ROLE_HEADS = [
  "spokesman", "spokeswoman", "spokesperson", "minister", "head", "chief", "commander", "director", "president", "leader",
  "official", "officer", "member", "deputy", "adviser", "advisor", "envoy", "ambassador", "governor", "mayor", "general",
  "researcher", "analyst", "expert", "journalist", "reporter", "activist", "lawyer", "judge", "prosecutor", "chairman", "chairwoman",
  "secretary", "representative", "co-chair", "co-president", "founder", "resident", "fighter", "militant", "militiaman",
  "detainee", "prisoner", "survivor", "witness", "mother", "father", "brother", "sister", "son", "daughter", "relative",
  "coordinator", "manager", "administrator", "inspector", "doctor", "professor", "cleric", "sheikh", "elder", "lawmaker", "mp",
  "politician", "diplomat", "negotiator", "mediator", "assistant", "aide", "supervisor", "emir", "soldier", "guard",
];

/** Heads of generic actor phrases, by kind: "Syrian security forces", "an Iraqi security official". */
export const FORCE_HEADS = ["forces", "force", "troops", "army", "police", "military", "soldiers", "militias", "militia", "fighters", "gunmen", "guards", "units", "militiamen"];
export const STATE_HEADS = ["authorities", "government", "judiciary", "ministry", "administration", "regime", "courts", "court", "prosecutors", "parliament", "presidency", "cabinet", "department", "office", "council", "commission", "directorate", "agency"];
export const OFFICIAL_HEADS = ["official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "diplomat", "diplomats", "officer", "officers", "commander", "commanders", "politicians", "lawmakers", "leaders", "minister", "envoy"];

/** Words between a demonym and the head: "Syrian government forces", "Iraqi foreign ministry official". */
export const ACTOR_MODIFIERS = [
  "security", "government", "military", "armed", "special", "political", "intelligence", "defense", "defence", "foreign", "interior",
  "ministry", "health", "judicial", "justice", "police", "border", "army", "naval", "air", "federal", "state", "local", "regional",
  "provincial", "counterterrorism", "counter-terrorism", "anti-terrorism", "prison", "camp", "kurdish", "arab", "shia", "sunni", "tribal",
  "opposition", "rebel", "allied", "coalition", "interim", "transitional", "caretaker", "civil", "municipal", "court", "legal",
  "migration", "displacement", "education", "finance", "economy", "trade", "oil", "energy", "information", "communications",
  "transport", "agriculture", "water", "electricity", "humanitarian", "relief", "emergency", "prisons", "correctional", "detention",
  "human", "rights", "media", "press", "diplomatic", "consular", "embassy", "electoral", "parliamentary", "presidential", "cabinet",
];

/** Adjectives before an official or a force: "a senior U.S. military official", "top officials". */
export const ACTOR_ADJECTIVES = ["senior", "top", "high-ranking", "high", "ranking", "local", "former", "retired", "current", "two", "three", "several", "some", "other", "many", "anonymous", "unnamed", "informed", "western", "european"];

/** Peoples that qualify forces without naming a country: "Kurdish forces". */
export const NON_STATE_QUALIFIERS = ["Kurdish", "Kurdish-led", "Arab", "Shia", "Shiite", "Sunni", "Yazidi", "Druze", "Alawite", "tribal", "Iran-backed", "Iranian-backed", "Turkish-backed", "U.S.-backed", "US-backed", "government", "regime", "opposition", "rebel", "security", "pro-government", "pro-Iranian", "foreign", "coalition", "Islamist", "jihadist"];

/** Words that are never part of a person's name. */
export const NOT_NAME_WORDS = [
  "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "my",
  "in", "on", "at", "of", "for", "to", "from", "by", "with", "and", "or", "but", "as", "after", "before", "during", "since", "while",
  "last", "next", "this", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday",
  "according", "meanwhile", "however", "moreover", "furthermore", "additionally", "notably", "also", "although", "regarding",
  "under", "over", "among", "amid", "despite", "if", "when", "where", "why", "how", "what", "who", "which", "there", "here",
  "news", "breaking", "update", "comments", "photo", "video", "said", "says", "told", "reported", "report", "fact", "checker",
  "islamic", "state", "syrian", "iraqi", "kurdish", "democratic", "forces", "army", "government", "ministry", "council",
  "command", "central", "joint", "operations", "united", "nations", "international", "national", "network", "institute",
  "coalition", "global", "human", "rights", "prison", "camp", "province", "city", "region", "media", "agency", "press",
  "top", "senior", "many", "some", "most", "all", "both", "several", "thousands", "hundreds", "dozens", "nearly", "around",
  "about", "approximately", "more", "less", "listen", "loading", "print", "share", "authored", "via", "by", "views", "source",
  "external", "ad", "space", "public", "verify", "tens", "one", "two", "three", "first", "second", "new", "old",
];
