import { createContext } from "../src/context.ts";
import { ANNOTATORS } from "../src/annotate/index.ts";
const text = `QAMISHLI, Syria — Kurdish-led authorities handed over 120 Iraqi nationals held at Roj camp to Baghdad on Tuesday, the Autonomous Administration said in a statement.
The detainees were driven through the Rabia border crossing into Nineveh province and taken to a rehabilitation centre near Mosul, Iraq's Ministry of Migration said.
"They will be screened by the security services," Iraqi migration ministry spokesman Ali Abbas told AFP.
Separately, a Turkish drone struck a vehicle near Kobane, killing two SDF fighters, the Syrian Observatory for Human Rights reported. Turkish Defence Minister Yasar Guler said the strike targeted the PKK.
In Raqqa, HTS-linked gunmen clashed with tribal fighters, local sources said. Dozens of families fled toward Tabqa and the western countryside of Deir ez-Zor.
Jordan Peterson and Chad Smith, two American contractors, were released in Erbil, their lawyer, Sarah Jordan, told CNN.`;
const doc: any = { text, published: "2025-05-02", sentences: [], tokens: [], counts: [], dates: [], places: [], actors: [], attributions: [] };
const ctx = createContext({ docId: "x", published: null });
for (const a of ANNOTATORS) if (["annotate/sentences","annotate/places","annotate/actors","annotate/attributions"].includes(a.name)) a.annotate(doc, ctx);
for (const p of doc.places) console.log("P", JSON.stringify(p.text), p.name, p.country, p.kind, p.admin1 ?? "", p.tags.slice(1).join(","));
for (const p of doc.actors) console.log("A", JSON.stringify(p.text), p.canonical, p.kind, p.role ?? "", p.country ?? "");
for (const p of doc.attributions) console.log("S", p.sentence, p.cue, "|", p.source, "|", p.canonical ?? "", p.tags.slice(1).join(","));
