// Trigger phrases of each event type, matched on lemmas. Each step of a
// pattern lists alternatives separated by "|"; "~" lets up to three tokens
// stand in between (an object between a verb and its particle: "handed the
// prisoners over"). A step matches a token's lemma or its lower-case form.
//
// `needs` names a condition the detector checks around the trigger:
//   custody     people in custody (subject/object noun, custody words nearby, or a custody document)
//   free        people NOT in custody (fighters moving on their own)
//   self        no custody word around the trigger: the subject moves itself ("crossed back", "pulled out")
//   person      a person noun or pronoun as subject/object
//   place       a named place or a facility/territory noun as object
//   control     the word "control" close after the trigger
//   count       a count of people in the clause
//   home        "home" or a country after the trigger
//   own-country "home", or a country after the trigger that the people's nationality names ("Iraqis ... back into Iraq")
//   questioning "for (further) questioning|checks|interrogation" later in the clause: held = detained
//   recipient   "to" + a receiving party later in the clause ("handed 45 suspects of several nationalities to Iraq")
//   national    the people are named by nationality or as citizens ("Iraqis", "its nationals")
//   party       a state/group/force acting as agent
//   facility    a camp, prison or other facility noun around the trigger (the place people are kept)
//   frame       the whole report is about this type of event (lexicon/frames.ts): a plain movement verb
//               ("left", "crossed", "returned") is read as the report's event only there
// `pos` restricts the reading: "noun" triggers must look like nouns (after a
// determiner, before "of"); "verb" triggers must not.

import type { EventType } from "../types.js";

export type TriggerNeed =
  | "custody"
  | "free"
  | "self"
  | "person"
  | "place"
  | "control"
  | "count"
  | "home"
  | "own-country"
  | "national"
  | "party"
  | "questioning"
  | "recipient"
  | "facility"
  | "frame";

export interface TriggerPattern {
  steps: string[];
  pos?: "verb" | "noun";
  needs?: TriggerNeed[];
  /** How strongly the phrase signals the type (0..1). */
  weight: number;
}

const p = (phrase: string, weight: number, opts: { pos?: "verb" | "noun"; needs?: TriggerNeed[] } = {}): TriggerPattern => ({
  steps: phrase.split(" "),
  weight,
  ...opts,
});

export const TRIGGERS: Record<EventType, TriggerPattern[]> = {
  transfer: [
    p("transfer", 0.9, { needs: ["custody"] }),
    p("transferring", 0.9, { needs: ["custody"] }),
    p("move|moving|relocate|relocation|shift", 0.6, { needs: ["custody", "person"] }),
    p("hand|handing ~ over", 0.7, { needs: ["custody", "person"] }),
    p("hand|handed|handing", 0.6, { needs: ["custody", "person", "recipient"], pos: "verb" }),
    p("take|taken|took|taking ~ out of", 0.6, { needs: ["custody", "person"] }),
    p("handover|hand-over", 0.7, { needs: ["custody"] }),
    p("receive", 0.7, { needs: ["custody", "count", "person"] }),
    p("take|taking in", 0.7, { needs: ["custody", "person"] }),
    p("bring|brought to|into", 0.7, { needs: ["custody"] }),
    p("bring|brought|bringing across|over|out", 0.6, { needs: ["custody", "person"] }),
    p("deport|deportation|expel|extradite|extradition", 0.7, { needs: ["person"] }),
    p("airlift|bus|ferry|fly|truck|escort", 0.5, { needs: ["custody", "person"] }),
    p("transport|convey|shuttle|ship", 0.5, { needs: ["custody", "person"], pos: "verb" }),
  ],
  escape: [
    p("escape", 0.9, { needs: ["person"] }),
    p("break|broke out", 0.8, { needs: ["person", "custody"] }),
    p("breakout|jailbreak|prison-break", 0.9),
    p("flee|fled", 0.6, { needs: ["custody"] }),
    p("get|got|gets|getting out of", 0.6, { needs: ["person", "custody"] }),
    p("make|made|making ~ way back|home|out", 0.6, { needs: ["person", "custody"] }),
    p("flood|flooding|pour|stream out", 0.7, { needs: ["person"] }),
    p("slip|slipped|slipping out|away", 0.6, { needs: ["person", "custody"] }),
    p("abscond|tunnel|tunnelled|tunneled out", 0.7, { needs: ["person"] }),
  ],
  release: [
    p("release", 0.8, { needs: ["person"] }),
    p("free|freed", 0.8, { needs: ["person"] }),
    p("let ~ go", 0.6, { needs: ["person"] }),
    p("set ~ free", 0.8, { needs: ["person"] }),
    p("pardon|amnesty", 0.6, { needs: ["person"] }),
    // "rebels opened the gates of the jail", "thousands of prisoners emerged from detention centres"
    p("open|opened|opening ~ gates|doors|cells", 0.6, { needs: ["custody"] }),
    p("emerge|emerged|emerging from", 0.5, { needs: ["person", "custody"] }),
  ],
  exchange: [
    p("swap", 0.9),
    p("exchange", 0.8, { needs: ["person"] }),
    p("trade", 0.5, { needs: ["custody"] }),
    // "Russia and Ukraine each returned 150 prisoners": two parties freeing captives to each other
    p("each|both release|released|free|freed", 0.7, { needs: ["person"] }),
    p("each|both return|returned|hand|handed", 0.7, { needs: ["person", "custody"] }),
    // "returned 49 soldiers from Russian captivity": captives coming home from the other side
    p("return|returned|returning ~ from captivity", 0.8, { needs: ["person"] }),
    // in a report about a swap: "Ukraine managed to return 49 soldiers", "207 of our people have returned"
    p("return|returned|returning", 0.6, { needs: ["person", "count", "frame"], pos: "verb" }),
    p("return", 0.6, { needs: ["person", "count", "frame"], pos: "noun" }),
  ],
  repatriation: [
    p("repatriate|repatriation", 0.9),
    p("return home", 0.7, { needs: ["person"] }),
    p("return|returned to", 0.5, { needs: ["person", "home"] }),
    p("take|taking ~ back", 0.7, { needs: ["person"] }),
    p("bring|brought|bringing ~ back|home", 0.7, { needs: ["person"] }),
    p("send|sent|sending ~ back|home", 0.7, { needs: ["person"] }),
    p("cross|crossed|crossing back into|to", 0.6, { needs: ["person", "own-country"] }),
    p("cross|crossed|crossing into|to", 0.5, { needs: ["person", "own-country"] }),
    p("send|sent|sending to", 0.6, { needs: ["person", "own-country"] }),
    p("return|returned|returning to", 0.5, { needs: ["person", "own-country"] }),
    // "500,000 Syrians have returned", "Afghans left Pakistan": nationals going back, where no other place is their goal
    p("return|returned|returning", 0.5, { needs: ["national"], pos: "verb" }),
    p("hand|handed|handing ~ back to", 0.7, { needs: ["person"] }),
    p("fly|flew|flown|airlift ~ home", 0.7, { needs: ["person"] }),
    p("fly|flew|flown|airlift", 0.6, { needs: ["national"], pos: "verb" }),
    p("return|returned from", 0.5, { needs: ["national"] }),
    p("receive|accept|welcome ~ citizens|nationals", 0.6),
    p("leave|left|leaving ~ for", 0.5, { needs: ["person", "own-country"] }),
    // in a report about deportations or returns: "60,000 Afghans had left Pakistan", "28,000 people passed through"
    p("leave|left|leaving|depart|departed|departing", 0.5, { needs: ["person", "count", "frame"], pos: "verb" }),
    p("cross|crossed|crossing", 0.5, { needs: ["person", "count", "frame"], pos: "verb" }),
    p("pass|passed|passing through", 0.5, { needs: ["person", "count", "frame"] }),
    p("send|sent|sending via|through", 0.5, { needs: ["person", "frame"] }),
    p("return|returned|returning", 0.5, { needs: ["person", "count", "frame"], pos: "verb" }),
    p("return", 0.5, { needs: ["person", "count", "frame"], pos: "noun" }),
  ],
  relocation: [
    p("relocate|relocation", 0.8, { needs: ["free", "person"] }),
    p("move|moving", 0.6, { needs: ["free", "person"] }),
    p("deploy|deployment|redeploy", 0.7, { needs: ["free", "person"] }),
    p("withdraw|withdrawal", 0.6, { needs: ["free", "person"] }),
    p("pull|pulled out", 0.6, { needs: ["free", "person"] }),
    p("pull|pulled ~ back|out", 0.6, { needs: ["self", "person"] }),
    p("cross|crossed back", 0.5, { needs: ["self", "person"] }),
    p("retreat|redeploy", 0.6, { needs: ["self", "person"] }),
    p("shift", 0.5, { needs: ["free", "person"] }),
    p("enter", 0.5, { needs: ["free", "person", "place"] }),
    p("cross|crossed into", 0.5, { needs: ["free", "person", "place"] }),
    p("travel|traveled|travelled|travelling", 0.5, { needs: ["free", "person"], pos: "verb" }),
    p("leave|left|leaving ~ for", 0.5, { needs: ["free", "person"] }),
    p("flee|fled across|into|to", 0.5, { needs: ["free", "person", "place"] }),
    p("evacuate|evacuation", 0.6, { needs: ["person"] }),
  ],
  arrest: [
    p("arrest", 0.9, { needs: ["person"] }),
    p("detain", 0.8, { needs: ["person"] }),
    p("capture|recapture", 0.7, { needs: ["person"] }),
    p("catch|caught|catching", 0.6, { needs: ["person", "custody"], pos: "verb" }),
    p("track|tracked|tracking|hunt|hunted|hunting down", 0.7, { needs: ["person"] }),
    p("seize|seized|seizing", 0.6, { needs: ["person"], pos: "verb" }),
    p("round|rounding up", 0.8, { needs: ["person"] }),
    p("apprehend|nab", 0.8, { needs: ["person"] }),
    p("take|taking hostage|captive|prisoner", 0.8),
    p("take|taken|took|taking ~ into custody", 0.8),
    p("pick|picking up", 0.6, { needs: ["person"] }),
    p("hold|held|holding", 0.6, { needs: ["person", "questioning"], pos: "verb" }),
    p("kidnap|abduct|abduction", 0.8, { needs: ["person"] }),
    p("snatch|snatched", 0.6, { needs: ["person"], pos: "verb" }),
    p("re-arrest|rearrest", 0.9, { needs: ["person"] }),
    // escaped inmates giving themselves up, or brought back: "136 convicts have surrendered", "200 inmates returned to the jail"
    p("surrender|surrendered|surrendering", 0.6, { needs: ["person", "custody"] }),
    p("return|returned|returning to ~ jail|prison|prisons|facility|custody|cells", 0.6, { needs: ["person"] }),
    p("retrieve|retrieved", 0.5, { needs: ["person", "custody"], pos: "verb" }),
  ],
  trial: [
    p("try|tried", 0.6, { needs: ["person"], pos: "verb" }),
    p("sentence", 0.8, { needs: ["person"] }),
    p("convict|conviction", 0.8, { needs: ["person"] }),
    p("charge", 0.6, { needs: ["person"], pos: "verb" }),
    p("prosecute|prosecution", 0.8),
    p("trial", 0.8),
    p("refer|referred|referring ~ to trial|court|prosecutors|judges|prosecution", 0.8, { needs: ["person"] }),
    p("court|legal|judicial proceedings|measures|action", 0.8),
    p("face|faced justice", 0.7),
    p("indict|indictment", 0.8),
    p("acquit|acquitted|acquittal", 0.8, { needs: ["person"] }),
    p("appear|appeared before|in court|judge|judges|tribunal|the", 0.6, { needs: ["person"] }),
  ],
  takeover: [
    p("seize", 0.8, { needs: ["place"] }),
    p("capture", 0.7, { needs: ["place"] }),
    p("take|took control", 0.8, { needs: ["place"] }),
    p("assume|assumed|seize|seized|gain|gained|wrest|wrested control", 0.8, { needs: ["place"] }),
    p("in control of", 0.6, { needs: ["place"] }),
    p("take|took over", 0.7, { needs: ["place"] }),
    p("lose|lost control", 0.7, { needs: ["place"] }),
    p("takeover", 0.8),
    p("enter", 0.6, { needs: ["place", "party"] }),
    p("fall|fell to", 0.8),
    p("hand|handing ~ over", 0.7, { needs: ["control"] }),
    p("storm|overrun|recapture|retake", 0.8, { needs: ["place"] }),
    p("regain|regained|reassert|reasserted control", 0.8, { needs: ["place"] }),
    p("surrender|surrendered|surrendering ~ to", 0.6, { needs: ["place"] }),
  ],
  attack: [
    p("attack", 0.8, { needs: ["place"] }),
    p("shell|shelling", 0.9, { needs: ["place"] }),
    p("bombard|bombardment|bomb|bombing", 0.9, { needs: ["place"] }),
    p("besiege", 0.9, { needs: ["place"] }),
    p("under siege", 0.9),
    p("siege", 0.6, { needs: ["place"] }),
    p("assault|offensive|airstrike|strike|shoot", 0.7, { needs: ["place"] }),
    p("raid", 0.6, { needs: ["place"], pos: "verb" }),
    p("pound|pummel|batter|hammer|struck", 0.8, { needs: ["place"], pos: "verb" }),
    p("surround|encircle", 0.7, { needs: ["place"], pos: "verb" }),
    p("ambush", 0.8, { needs: ["place"] }),
    p("cut ~ off", 0.7, { needs: ["place"] }),
    p("clash|clashes near|at|around|outside|inside", 0.6, { needs: ["place"] }),
    p("fighting|battle|battles|gunfight|firefight|skirmish|skirmishes ~ near|at|around|outside|inside|for", 0.6, { needs: ["place"], pos: "noun" }),
    p("come|came|coming under fire|attack|shelling|bombardment|assault", 0.8, { needs: ["place"] }),
    p("open|opened fire on|at", 0.7, { needs: ["place"] }),
    p("fire|fired|firing ~ at|on|into", 0.6, { needs: ["place"], pos: "verb" }),
    p("target|targeted|targeting", 0.6, { needs: ["place"], pos: "verb" }),
    // jailbreaks: "broke into the district jail", "blast into a jail", "marched on the jail", "breached the prison"
    p("break|broke|breaking into", 0.8, { needs: ["place"] }),
    p("blast|blasted|blasting into|through", 0.8, { needs: ["place"] }),
    p("barge|barged|barging into|inside", 0.7, { needs: ["place"] }),
    p("march|marched|marching on", 0.6, { needs: ["place"] }),
    p("breach|breached|breaching", 0.7, { needs: ["place"], pos: "verb" }),
    p("drop|dropped|dropping ~ bomb|bombs", 0.7, { needs: ["place"] }),
  ],
  killing: [
    p("kill|killing", 0.9, { needs: ["person"] }),
    p("execute|execution", 0.8, { needs: ["person"] }),
    p("massacre", 0.8, { needs: ["person"] }),
    p("die", 0.7, { needs: ["person", "count"] }),
    p("behead|murder|slay|slain", 0.8, { needs: ["person"] }),
    p("shoot|shot dead", 0.9, { needs: ["person"] }),
    p("gun|gunned|gunning down", 0.9, { needs: ["person"] }),
    p("assassinate|assassination|lynch|hanged", 0.8, { needs: ["person"] }),
    p("lose|lost|losing ~ life|lives", 0.8, { needs: ["person"] }),
    p("confirm|confirmed|found dead", 0.7, { needs: ["person"] }),
  ],
  agreement: [
    p("deal", 0.8, { pos: "noun" }),
    p("agreement|accord|pact|memorandum", 0.8, { pos: "noun" }),
    p("truce|ceasefire|cease-fire|armistice", 0.9),
    p("agree|agreed to", 0.7, { needs: ["party"] }),
    p("agree|agreed that|on", 0.7, { needs: ["party"] }),
    p("offer|offered ~ to accept|take|receive", 0.6, { needs: ["party"] }),
    p("request", 0.5, { needs: ["party"], pos: "verb" }),
    p("ask|asked|asking", 0.5, { needs: ["party"], pos: "verb" }),
  ],
  holding: [
    p("hold|holding", 0.7, { needs: ["count"], pos: "verb" }),
    p("house|housing", 0.7, { needs: ["count"], pos: "verb" }),
    p("remain|remains in|at|inside|behind", 0.7, { needs: ["count"] }),
    p("detain|jail|imprison|incarcerate|keep in|at|inside", 0.6, { needs: ["count"], pos: "verb" }),
    p("be currently|now|still in|at|inside", 0.7, { needs: ["count"] }),
    p("currently|now|still in|inside", 0.6, { needs: ["count"] }),
    p("behind bars", 0.5, { needs: ["count"] }),
    p("live|living|reside|residing in|at|inside", 0.6, { needs: ["count", "facility"] }),
    p("host|hosts|hosting|accommodate|register|registered", 0.5, { needs: ["count", "facility"], pos: "verb" }),
    p("in ~ custody|detention|captivity|jail|jails|prison|prisons", 0.5, { needs: ["count"] }),
    p("be home to", 0.6, { needs: ["count"] }),
  ],
};

/**
 * Nouns that refer back to an event already described ("the effort could in
 * time cover as many as 3,000"): they take the type of the nearest
 * preceding event within two sentences.
 */
export const EVENT_ANAPHORS: ReadonlySet<string> = new Set([
  "operation",
  "mission",
  "campaign",
  "process",
  "move",
  "effort",
  "exercise",
  "round",
  "batch",
  "phase",
  "stage",
  "convoy",
  "flight",
  "airlift",
  "shipment",
  "wave",
  "arrival",
  "departure",
]);

/**
 * Running totals: "bringing the total transferred to 1,100", "raises to 4,300
 * the number of ...". A verb of bringing, a noun of tallying and "to" + a count.
 */
export const RUNNING_TOTAL = {
  verbs: ["bring", "raise", "take", "push", "lift", "increase", "swell"],
  nouns: ["total", "number", "tally", "count", "toll", "figure"],
  /** "the total number of returnees has reached 799,208", "the tally rose to 1,100", "the figure stands at 450". */
  reaching: ["reach", "rise", "climb", "stand", "hit", "exceed", "top", "surpass", "grow"],
} as const;
