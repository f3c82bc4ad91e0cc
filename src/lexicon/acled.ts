// ACLED's vocabulary for the ACLED-compatible export: its columns, regions,
// actor types and the words that decide a sub-event type or an actor's kind.
// Data only; the logic is in src/export/acled*.ts. Values follow ACLED's
// codebook (the current one, with text actor types).

/** ACLED's columns, in its order. */
export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

/** ACLED's actor types ("inter" values), in the order of their numeric codes 1-8. */
export const ACLED_INTER = [
  "State forces",
  "Rebel group",
  "Political militia",
  "Identity militia",
  "Rioters",
  "Protesters",
  "Civilians",
  "External/Other forces",
] as const;
export type AcledInter = (typeof ACLED_INTER)[number];

/** ACLED's regions, each with the ISO 3166-1 alpha-2 codes of its countries. */
export const ACLED_REGIONS: Record<string, string> = {
  "Middle East": "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE",
  "Northern Africa": "DZ EG EH LY MA SD TN",
  "Western Africa": "BF BJ CI CV GH GM GN GW LR ML MR NE NG SL SN TG",
  "Middle Africa": "CD CF CG CM GA GQ ST TD",
  "Eastern Africa": "BI DJ ER ET KE KM MG MU RW SC SO SS TZ UG",
  "Southern Africa": "AO BW LS MW MZ NA SZ ZA ZM ZW",
  "South Asia": "AF BD BT IN LK MV NP PK",
  "Southeast Asia": "BN ID KH LA MM MY PH SG TH TL VN",
  "East Asia": "CN HK JP KP KR MN MO TW",
  "Caucasus and Central Asia": "AM AZ GE KG KZ TJ TM UZ",
  Europe: "AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK",
  "North America": "CA US",
  "Central America": "BZ CR GT HN MX NI PA SV",
  Caribbean: "AG BB BS CU DM DO GD HT JM KN LC PR TT VC",
  "South America": "AR BO BR CL CO EC GY PE PY SR UY VE",
  Oceania: "AU FJ FM KI MH NR NZ PG PW SB TO TV VU WS",
};

// ---- words that decide an event's ACLED sub-event type (matched in its evidence)

/** Air or drone strikes. */
export const AIR_STRIKE_WORDS = [
  "air strike",
  "air strikes",
  "airstrike",
  "airstrikes",
  "drone",
  "drones",
  "warplane",
  "warplanes",
  "bombing raid",
  "bombing raids",
  "air raid",
  "air raids",
];
/** Shelling, artillery and missiles. */
export const SHELLING_WORDS = [
  "shell",
  "shelled",
  "shelling",
  "shells",
  "artillery",
  "mortar",
  "mortars",
  "rocket",
  "rockets",
  "missile",
  "missiles",
  "bombard",
  "bombarded",
  "bombarding",
  "bombardment",
];
/** Fighting between armed sides. */
export const CLASH_WORDS = [
  "clash",
  "clashes",
  "clashed",
  "battle",
  "battles",
  "fighting",
  "firefight",
  "firefights",
  "combat",
  "ambush",
  "ambushed",
  "gun battle",
];
/** Civilians as the target. */
export const CIVILIAN_WORDS = ["civilian", "civilians", "unarmed", "residents", "villagers", "massacre", "massacred", "worshippers", "passers-by", "shoppers"];
/** Armed people as the ones killed or hit (a killing of these is a battle, not violence against civilians). */
export const COMBATANT_WORDS = [
  "militant",
  "militants",
  "fighter",
  "fighters",
  "insurgent",
  "insurgents",
  "jihadist",
  "jihadists",
  "soldier",
  "soldiers",
  "troops",
  "gunmen",
  "rebels",
];
/** A handover without fighting. */
export const HANDOVER_WORDS = ["handed over", "handover", "hand over", "withdrew", "withdraw", "entered", "took over", "taken over"];
/** Seizure by force. */
export const SEIZURE_WORDS = [
  "seized",
  "seize",
  "seizing",
  "captured",
  "capture",
  "stormed",
  "storm",
  "overran",
  "overrun",
  "clash",
  "clashes",
  "fight",
  "fighting",
];

// ---- actors

/** Institutions of a state: "<Country> <word>" or the word alone in that country is its government. */
export const GOVERNMENT_WORDS = [
  "government",
  "governments",
  "authorities",
  "authority",
  "ministry",
  "interior ministry",
  "foreign ministry",
  "justice ministry",
  "defence ministry",
  "defense ministry",
  "judiciary",
  "court",
  "courts",
  "criminal court",
  "judge",
  "judges",
  "investigating judges",
  "prosecutor",
  "prosecutors",
  "officials",
  "regime",
  "state",
  "administration",
  "presidency",
];
/** Armed forces of a state. */
export const MILITARY_WORDS = [
  "army",
  "military",
  "armed forces",
  "forces",
  "troops",
  "soldiers",
  "army units",
  "government forces",
  "government troops",
  "air force",
  "navy",
];
/** Police and internal security of a state. */
export const POLICE_WORDS = ["police", "security forces", "security services", "intelligence", "counter-terrorism forces", "gendarmerie", "border guards"];
/** Unnamed armed people: ACLED's "Unidentified Armed Group (Country)". */
export const UNIDENTIFIED_ARMED_WORDS = ["attackers", "gunmen", "militants", "assailants", "armed men", "unknown gunmen", "cells", "insurgents"];
/** Words that stand for no actor at all ("both sides", "countries"): left out of the actor columns. */
export const NON_ACTOR_WORDS = [
  "side",
  "sides",
  "both sides",
  "the two sides",
  "each side",
  "countries",
  "parties",
  "both parties",
  "they",
  "them",
  "people",
  "others",
  "sources",
];
/** Leading words of an actor phrase that say nothing about who it is. */
export const ACTOR_LEAD_WORDS = ["the", "both", "several", "some", "local", "two"];

/** Countries whose English name takes "the" after "of" ("Military Forces of the United States"). */
export const COUNTRIES_WITH_THE = ["US", "GB", "AE", "NL", "PH", "BS", "KM", "MV", "SC", "MH", "SB", "CF", "CD", "CG", "CZ", "DO", "GM", "VA"];
