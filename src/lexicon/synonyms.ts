// Data for comparing texts across outlets: stopwords dropped before
// shingling, and synonym classes folded onto one word so that a
// synonym-swapped ("spun") rewrite shingles like its original.

export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but of to in on at by for from with without into onto over under about as is are was were be been being " +
    "has have had having do does did will would shall should can could may might must this that these those it its they them " +
    "their there here he she his her him we our us you your i me my who whom whose which what when where while than then so " +
    "such not no nor also just very more most some any all each both other another only own same too up down out off again " +
    "further once said says say told according reported report reports"
  ).split(/\s+/),
);

/**
 * Synonym classes: every word of a line folds onto the line's first word.
 * Verbs are listed in the forms news copy uses; folding is exact-word.
 */
const CLASSES: string[] = [
  "detainee detainees prisoner prisoners inmate inmates captive captives internee internees",
  "fighter fighters militant militants member members combatant combatants operative operatives jihadist jihadists",
  "move moved moving moves transfer transferred transferring transfers relocate relocated relocating relocates shift shifted shifting transport transported transporting",
  "move relocation relocations movement movements transportation",
  "release released releasing releases free freed freeing frees",
  "escape escaped escaping escapes flee fled fleeing flees breakout",
  "arrest arrested arresting arrests detain detained detaining apprehend apprehended capture captured",
  "kill killed killing kills slay slain",
  "attack attacked attacking attacks assault assaulted assaults strike struck strikes",
  "begin began begun beginning begins start started starting starts commence commenced launch launched",
  "about approximately around roughly nearly almost some",
  "say said says state stated tell told announce announced declare declared",
  "official officials authorities authority",
  "government administration",
  "facility facilities prison prisons jail jails center centers centre centres",
  "hold held holding holds house housed houses keep kept",
  "plan plans planned planning intend intends intended aim aims aimed",
  "eventually ultimately finally",
  "big large major huge",
  "small minor",
  "country nation state",
  "exchange exchanged swap swapped swaps trade traded",
  "soldier soldiers troops troop servicemen",
  "body bodies remains",
  "week weeks",
  "hand handed handing",
  "widen widens widened expand expands expanded extend extends extended prolong prolonged broaden broadened",
  "latest newest recent",
  "largest biggest",
  "kind type sort",
  "group groups batch batches wave waves",
  "linked tied connected affiliated",
  "inside within",
  "describe describes described call calls called",
  "total overall tally",
  "screened checked vetted",
  "fighting clashes combat hostilities",
  "near close nearby",
  "raise raised increase increased heighten heightened",
  "fear fears worry worries concern concerns",
  "spokesman spokeswoman spokesperson",
  "staff personnel",
  "questioned interrogated",
  "warn warned caution cautioned",
  "often frequently",
  "rely relies depend depends",
  "conditions circumstances",
  "agreement agreements deal deals accord accords",
  "ask asked request requested",
  "citizens nationals",
  "talks negotiations",
  "brokered mediated",
  "series string",
  "continued persisted",
  "side sides party parties",
  "point location spot",
  "border frontier",
  "buses coaches",
  "greeted welcomed",
  "flags banners",
  "photographs photos pictures images",
  "first initial",
  "many numerous",
  "need needed needs require required requires",
  "treatment care",
  "mediators intermediaries",
  "help assistance",
  "arrange arranged arranging organise organised organising organize organized organizing",
  "prepared readied",
  "seized captured",
  "additional further more",
  "given handed",
];

export const SYNONYMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const line of CLASSES) {
    const ws = line.split(/\s+/);
    // a line sharing a word with an earlier class joins that class
    const head = ws.map((w) => m.get(w)).find((x) => x != null) ?? ws[0];
    for (const w of ws) if (!m.has(w)) m.set(w, head);
  }
  return m;
})();
