// Who holds a prison or a camp: the forces and authorities reports name as
// running one, and the phrases that say a facility is held, lost or taken.
// Data only; reconcile/facilities/control.ts reads them.

/** A force or authority that can hold a facility, with the names reports give it (longest match wins). */
export interface ControllerEntry {
  name: string;
  aliases: string[];
}

export const CONTROLLERS: ControllerEntry[] = [
  {
    name: "SDF",
    aliases: [
      "Syrian Democratic Forces",
      "SDF",
      "Kurdish-led forces",
      "Kurdish forces",
      "Kurdish-led SDF",
      "Kurdish fighters",
      "Kurdish-led administration",
      "Kurdish administration",
      "Kurdish authorities",
      "Autonomous Administration",
      "YPG",
      "Asayish",
      "Kurdish",
      "Kurdish-led",
    ],
  },
  {
    name: "Syrian government",
    aliases: [
      "Syrian government",
      "Syrian government forces",
      "Syrian army",
      "Syrian troops",
      "Syrian forces",
      "Syrian security forces",
      "Syrian authorities",
      "Damascus forces",
      "Damascus",
      "Jolani's Syrian army",
    ],
  },
  /** The government of the facility's own country (NATIONAL_GOVERNMENTS). */
  { name: "government", aliases: ["government forces", "government troops", "the government", "government"] },
  { name: "Assad government", aliases: ["Assad regime", "Assad government", "the regime", "regime forces", "Assad's forces"] },
  {
    name: "Syrian opposition",
    aliases: ["rebels", "rebel forces", "rebel fighters", "opposition fighters", "opposition forces", "Hayat Tahrir al-Sham", "HTS", "insurgents"],
  },
  { name: "Turkish-backed forces", aliases: ["Turkish-backed forces", "Turkish-backed fighters", "Turkish-backed", "Syrian National Army", "SNA"] },
  { name: "Iraqi government", aliases: ["Iraqi government", "Iraqi authorities", "Iraqi forces", "Iraqi security forces"] },
  { name: "Taliban", aliases: ["Taliban", "Taliban fighters"] },
  { name: "Afghan government", aliases: ["Afghan government", "Afghan forces", "Afghan security forces", "Afghan Armed Forces", "Afghan army"] },
  { name: "RSF", aliases: ["Rapid Support Forces", "RSF"] },
  { name: "Sudanese army", aliases: ["Sudanese army", "Sudanese Armed Forces", "SAF"] },
  { name: "US military", aliases: ["US military", "U.S. military", "US forces", "U.S. forces", "American forces"] },
];

/** Who "government" is, by the facility's country; elsewhere it stays "government". */
export const NATIONAL_GOVERNMENTS: Record<string, string> = {
  SY: "Syrian government",
  IQ: "Iraqi government",
  AF: "Afghan government",
  SD: "Sudanese army",
  NG: "Nigerian government",
  IR: "Iranian government",
  MM: "Myanmar junta",
};

/** Hyphenated words after a controller that make it the holder: "the SDF-run camp", "Kurdish-held prisons". */
export const HELD_SUFFIXES = ["run", "held", "controlled", "managed", "guarded", "administered", "led"];

/** Phrases before a controller that make it the holder: "run by the SDF", "under the control of". */
export const HELD_BY = ["run by", "held by", "controlled by", "managed by", "guarded by", "administered by", "under the control of", "in the hands of"];

/** Words before "X control" that say a facility is held: "now under government control". */
export const UNDER_CONTROL = ["under"];

/** Phrases that put a holding in the past ("previously run by the SDF"): the holder before a change. */
export const PAST_HOLD_MARKERS = ["previously", "formerly", "once", "until recently", "had been", "long"];

/** Phrases after which the controller gains the facility: "fell to X", "taken over by X", "handed over to X". */
export const GAINED_BY = [
  "fell to",
  "taken over by",
  "taken by",
  "captured by",
  "seized by",
  "stormed by",
  "handed over to",
  "handed to",
  "transferred to the control of",
  "came under the control of",
  "under the control of",
];

/** Phrases after a controller that say it lost a facility: "the SDF lost control of", "were no longer able to hold". */
export const LOST_BY = ["no longer able to hold", "lost control of", "withdrew from", "pulled out of", "abandoned", "handed over", "evacuated"];

/** Phrases in a takeover's sentence that name the holder before it: "seized from the SDF", "previously run by". */
export const TAKEN_FROM = ["from the", "from"];
