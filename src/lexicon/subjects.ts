// Person nouns: the heads of the noun phrases an event can be about. A count
// only quantifies an event when it counts one of these ("450 detainees"),
// never when it counts things ("a dozen facilities", "40 countries").
// Lemmas (singular, lower case).

import { COUNTRIES } from "./countries.js";

/** People in custody: their movement is a transfer, not a relocation. */
export const CUSTODY_NOUNS: ReadonlySet<string> = new Set([
  "prisoner",
  "detainee",
  "inmate",
  "captive",
  "hostage",
  "convict",
  "internee",
  "suspect",
  "escapee",
  "pow",
]);

/** Fighters and members of armed groups: in custody only when the context says so. */
export const FIGHTER_NOUNS: ReadonlySet<string> = new Set([
  "fighter",
  "militant",
  "militiaman",
  "militia",
  "member",
  "operative",
  "jihadist",
  "extremist",
  "insurgent",
  "rebel",
  "guerrilla",
  "guerilla",
  "paramilitary",
  "terrorist",
  "soldier",
  "troop",
  "combatant",
  "mercenary",
  "recruit",
  "commander",
  "leader",
  "loyalist",
  "gunman",
  "assailant",
  "force",
  "guard",
  "sympathizer",
  "affiliate",
  // collectives of fighters
  "brigade",
  "battalion",
  "faction",
  "unit",
  "squad",
  "contingent",
  "cell",
  "militia",
]);

/** Other people. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  "people",
  "person",
  "civilian",
  "family",
  "woman",
  "man",
  "child",
  "minor",
  "body",
  "refugee",
  "resident",
  "national",
  "citizen",
  "individual",
  "figure",
  "foreigner",
  "wife",
  "widow",
  "orphan",
  "boy",
  "girl",
  "migrant",
  "immigrant",
  "emigrant",
  "worker",
  "journalist",
  "activist",
  "official",
  "officer",
  "policeman",
  "student",
  "villager",
  "relative",
  "victim",
  "casualty",
  "teenager",
  "youth",
  "pilgrim",
  "protester",
  "demonstrator",
  "worshipper",
  "crew",
  "sailor",
  "tourist",
  "doctor",
  "nurse",
  "dependant",
  "dependent",
  "survivor",
  "defector",
  "deserter",
  "returnee",
  "evacuee",
  "displaced",
  "comrade",
  "fellow",
  "brother",
  "sister",
  "son",
  "daughter",
  "colleague",
  "guard",
  "defendant",
  "accused",
  "convict",
  "kid",
  "baby",
  "infant",
  "elder",
  "farmer",
  "shepherd",
  "fisherman",
  "driver",
  "passenger",
  "pilot",
  "crewman",
  "employee",
  "engineer",
  "cleric",
  "priest",
  "nun",
  "abductee",
  "laborer",
  "labourer",
  "inhabitant",
  "local",
  "national",
  "schoolchild",
  "schoolchildren",
  "pupil",
  "schoolgirl",
  "schoolboy",
  "remains",
  "corpse",
  "abductee",
  "servicemember",
  "veteran",
  "conscript",
]);

/** Words shaped like agent nouns (-er, -or, -ist, -ee, -ian) that are not people. */
const AGENTIVE_NOT_PERSON = new Set(
  (
    "center centre border number order water paper letter computer matter quarter river power tower chapter barrier corner container " +
    "shelter monitor sector factor error floor door motor reactor interior corridor color colour weather summer winter october november " +
    "december september under after other whether together rather however cluster disaster register poster banner manner dinner finger " +
    "anger danger tanker bunker trailer helicopter encounter headquarter neither either later earlier never ever over cover counter " +
    "meter metre liter litre layer filter charter character chamber member minor major senior junior prior exterior superior mirror " +
    "vendor tutor lawyer"
  ).split(" "),
);
const AGENTIVE = /^[a-z]{3,}(?:er|or|ist|ee|ian)$/;

/** Agent nouns not in the lists ("smugglers", "traffickers", "loyalists"). */
export function isAgentNoun(lemma: string): boolean {
  return AGENTIVE.test(lemma) && !AGENTIVE_NOT_PERSON.has(lemma) && !FACILITY_NOUNS.has(lemma) && !NON_PERSON_OBJECTS.has(lemma);
}

/** Plural nationality nouns ("Iraqis", "Afghans", "Syrians"): people, unlike the adjective. */
export const DEMONYM_PLURALS: ReadonlySet<string> = new Set([
  ...COUNTRIES.flatMap((c) => c.demonyms)
    .map((d) => d.toLowerCase())
    // "Iraqis", "Tajiks", "Thais" (not "British", "French", "Chinese", "Swiss": no plural noun in -s)
    .filter((d) => !/(?:sh|ch|ese|s)$/.test(d) && !d.includes(" "))
    .map((d) => d + "s"),
  "kurds",
  "turks",
  "arabs",
  "yazidis",
  "yezidis",
  "europeans",
  "africans",
  "asians",
  "westerners",
  "palestinians",
  "uyghurs",
  "uighurs",
  "turkmens",
]);

/** Demonym (singular or plural, lower case) → ISO country: "iraqi", "iraqis" → IQ. */
export const DEMONYM_COUNTRY: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) => c.demonyms.flatMap((d) => [[d.toLowerCase(), c.iso2] as [string, string], [d.toLowerCase() + "s", c.iso2] as [string, string]])),
);

export function isPersonNoun(lemma: string, lower?: string): boolean {
  if (lower && DEMONYM_PLURALS.has(lower)) return true;
  // "suspected", "detained": participles modify a person noun, they are not one
  if (lower && lower.endsWith("ed") && lower !== lemma) return false;
  if (lower && lower !== lemma && isAgentNoun(lemma)) return true;
  // servicemen, tribesmen, policemen...
  if ((lower ?? lemma).length > 5 && /men$/.test(lower ?? lemma) && !/(?:amen|omen|imen)$/.test(lower ?? lemma)) return true;
  return CUSTODY_NOUNS.has(lemma) || FIGHTER_NOUNS.has(lemma) || PEOPLE_NOUNS.has(lemma);
}

/** Pronouns and determiners that can stand for people already named. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["they", "them", "those", "these", "some", "most", "many", "others", "all", "who", "whom"]);

export const FIRST_PERSON_SINGULAR: ReadonlySet<string> = new Set(["i", "me", "my"]);

/** Words that make the custody context explicit near a trigger. */
export const CUSTODY_CUES: ReadonlySet<string> = new Set([
  "prison",
  "prisoner",
  "detainee",
  "detention",
  "custody",
  "jail",
  "inmate",
  "captive",
  "hostage",
  "facility",
  "penitentiary",
  "cell",
  "camp",
  "detain",
  "captor",
  "captivity",
  "kidnapper",
  "abductor",
]);

/** Nouns that name a facility or a piece of territory (targets of takeovers, attacks, holdings). */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set([
  "prison",
  "jail",
  "camp",
  "facility",
  "base",
  "airport",
  "town",
  "city",
  "village",
  "district",
  "province",
  "neighbourhood",
  "neighborhood",
  "area",
  "territory",
  "field",
  "checkpoint",
  "crossing",
  "dam",
  "centre",
  "center",
  "compound",
  "headquarters",
  "hospital",
  "position",
  "outpost",
  "part",
  "region",
  "border",
  "bridge",
  "refinery",
  "checkpost",
  "post",
  "station",
  "market",
  "mosque",
  "church",
  "school",
  "convoy",
  "patrol",
  "building",
  "office",
  "embassy",
  "barracks",
  "garrison",
  "stronghold",
  "capital",
  "penitentiary",
  "jailhouse",
]);

/** Things that are not people: "released a statement", "moved equipment". */
export const NON_PERSON_OBJECTS: ReadonlySet<string> = new Set([
  "statement",
  "report",
  "video",
  "footage",
  "data",
  "list",
  "detail",
  "name",
  "equipment",
  "weapon",
  "fund",
  "money",
  "document",
  "image",
  "photo",
  "focus",
  "attention",
  "position",
  "stance",
  "album",
  "book",
  "plan",
  // events that "break out", "spread", "move": not people
  "war",
  "fighting",
  "clash",
  "fire",
  "violence",
  "protest",
  "riot",
  "battle",
  "conflict",
  "unrest",
  "chaos",
  "panic",
  "hostility",
  "crisis",
  "care",
  "treatment",
  // what is held, released or received without being people: "held talks", "hold passports"
  "talk",
  "meeting",
  "election",
  "vote",
  "referendum",
  "conference",
  "summit",
  "ceremony",
  "rally",
  "funeral",
  "briefing",
  "discussion",
  "negotiation",
  "consultation",
  "session",
  "passport",
  "nationality",
  "citizenship",
  "record",
  "view",
  "belief",
  "key",
  "power",
  "majority",
  "seat",
  "title",
  "lead",
  "electricity",
  "water",
  "supply",
  "fuel",
  "internet",
  "road",
  "food",
]);

/** Words for the country people belong to: "returned home", "crossed into their homeland". */
export const HOMELAND_NOUNS: ReadonlySet<string> = new Set(["home", "homeland", "homelands", "motherland"]);
/** "their country", "their countries of origin", "their own nation". */
export const COUNTRY_NOUNS: ReadonlySet<string> = new Set(["country", "countries", "nation", "homeland"]);
export const POSSESSIVES: ReadonlySet<string> = new Set(["their", "his", "her", "its"]);

/** People outside their country without its custody: deported, they go home (a repatriation, not a transfer). */
export const MIGRANT_NOUNS: ReadonlySet<string> = new Set([
  "migrant",
  "refugee",
  "immigrant",
  "asylum-seeker",
  "seeker",
  "returnee",
  "deportee",
  "foreigner",
  "undocumented",
]);

/** Nouns for people as members of a nation: "citizens", "nationals", "returnees". */
export const NATIONAL_NOUNS: ReadonlySet<string> = new Set(["citizen", "national", "compatriot", "countryman", "returnee"]);

/** Nouns for the dead: "body", "remains", "corpse". */
export const REMAINS_NOUNS: ReadonlySet<string> = new Set(["body", "remains", "corpse"]);

/** Bodies and remains handed between parties are swapped, not transferred. */
export const SWAPPED_CAPTIVE_NOUNS: ReadonlySet<string> = new Set([
  "prisoner",
  "hostage",
  "detainee",
  "captive",
  "serviceman",
  "servicemen",
  "soldier",
  "pow",
  "POW",
  "woman",
  "child",
  "civilian",
  "defender",
  "personnel",
  "troop",
  "fighter",
  "marine",
  "sailor",
  "hero",
  "citizen",
  "people",
]);

/** Predicates for people held: "held hostage", "kept incommunicado". */
export const CAPTIVE_PREDICATES: ReadonlySet<string> = new Set(["hostage", "captive", "prisoner", "incommunicado"]);

/** Words that make people foreign to the country: "foreign", "aliens", "non-nationals". */
export const FOREIGN_WORDS: ReadonlySet<string> = new Set(["foreign", "foreigner", "alien", "non-national"]);

/** Possessives that make people the country's own: "its", "their", "our" (citizens). */
export const OWN_POSSESSIVES: ReadonlySet<string> = new Set(["its", "their", "our"]);

/** Adjectives and nouns that may sit between a count and the people counted: "450 foreign fighters", "12 female inmates". */
export const PERSON_MODIFIERS: ReadonlySet<string> = new Set([
  "foreign",
  "senior",
  "former",
  "suspected",
  "female",
  "male",
  "young",
  "armed",
  "local",
  "other",
  "remaining",
  "extremist",
  "terrorist",
  "jihadist",
  "militant",
  "shia",
  "sunni",
  "alleged",
  "wounded",
  "civilian",
  "political",
  "detained",
  "captured",
  "mostly",
  "high-risk",
  "dangerous",
  "british",
  "french",
  "american",
  "iraqi",
  "syrian",
  "kurdish",
  "afghan",
  "pakistani",
]);

/** Words that may sit between a count and its head without an adjective's shape: "more", "additional", "high-ranking". */
export const COUNT_MODIFIER_WORDS: ReadonlySet<string> = new Set([
  "foreign",
  "senior",
  "former",
  "suspected",
  "young",
  "armed",
  "local",
  "other",
  "more",
  "remaining",
  "extremist",
  "terrorist",
  "jihadist",
  "militant",
  "alleged",
  "wounded",
  "new",
  "additional",
  "further",
  "high-ranking",
  "detained",
  "captured",
  "affiliated",
  "shia",
  "sunni",
  "kurdish",
]);

/** Pronouns after "of" in a partitive: "some of them", "12 of whom". */
export const PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(["them", "those", "these", "whom", "us"]);

/** Heads that count groups of people, restated as individuals. */
export const COLLECTIVE_HEADS: ReadonlySet<string> = new Set(["family", "household"]);
