import { createContext } from "../src/context.ts";
import { ANNOTATORS } from "../src/annotate/index.ts";
const text = `KYIV, Ukraine (AP) — Russia and Ukraine swapped 115 prisoners of war each on Friday, the Ukrainian Defense Ministry said, in the latest exchange brokered by the United Arab Emirates.
President Volodymyr Zelensky wrote on Telegram that the freed soldiers had been held in Russian captivity since 2022. "Every one of them is home," he said.
Russia's Defense Ministry said the returned Russian servicemen were flown to Moscow for treatment. The swap took place on the Belarusian border near Chernihiv.
Separately, Israeli forces arrested 40 Palestinians in raids across the West Bank overnight, according to the Palestinian Prisoners' Society. Hamas said it would release three hostages in Gaza on Saturday.
In Nigeria, Boko Haram militants abducted dozens of schoolgirls from a school in Borno state, local officials told Reuters. Police spokesman Mohammed Yusuf confirmed the attack.
The Taliban freed two American detainees in Kabul, a State Department spokesperson said.`;
const doc: any = { text, published: "2025-05-02", sentences: [], tokens: [], counts: [], dates: [], places: [], actors: [], attributions: [] };
const ctx = createContext({ docId: "x", published: null });
for (const a of ANNOTATORS) if (["annotate/sentences","annotate/places","annotate/actors","annotate/attributions"].includes(a.name)) a.annotate(doc, ctx);
for (const p of doc.places) console.log("P", JSON.stringify(p.text), p.name, p.country, p.kind, p.tags.slice(1).join(","));
for (const p of doc.actors) console.log("A", JSON.stringify(p.text), p.canonical, p.kind, p.role ?? "", p.country ?? "");
for (const p of doc.attributions) console.log("S", p.sentence, p.cue, "|", p.source, "|", p.canonical ?? "", p.tags.slice(1).join(","));
