// sourced explain STORY_ID: why the story's records were put together.

import type { Command } from "commander";
import { currentReconciliation } from "../../reconcile/index.js";
import { formatCount } from "../../reconcile/util.js";
import { storyHistory, storyReviews } from "../../reconcile/review.js";
import { historyLine } from "../review-lines.js";
import { examples, out, withStore } from "../shared.js";
import { findStory } from "../story-lookup.js";

export function register(program: Command): void {
  program
    .command("explain")
    .argument("<story>", "story id (see `sourced stories`); a retired id leads to its successor")
    .description("Show a story's records, evidence, merge decisions, dissenting values, series and conflicts")
    .addHelpText("after", examples("sourced explain st_3f9a1c02de"))
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      await withStore(cmd, { mustExist: true }, async (store) => {
        const r = await currentReconciliation(store);
        const s = await findStory(store, r, id);
        const lines: string[] = [];
        const place = (p: typeof s.origin) => (p ? `${p.name}${p.country ? ` (${Array.isArray(p.country) ? p.country.join("/") : p.country})` : ""}` : null);
        lines.push(`${s.id}: ${s.type}, ${s.status}, ${s.date ?? "undated"}, ${formatCount(s.count)}${s.countKind ? ` (${s.countKind})` : ""}`);
        if (s.group) lines.push(`  group: ${s.group}`);
        if (s.actor) lines.push(`  actor: ${s.actor}`);
        if (s.origin || s.destination) lines.push(`  from ${place(s.origin) ?? "?"} to ${place(s.destination) ?? "?"}`);
        if (s.location) lines.push(`  at ${place(s.location)}`);
        if (s.outlets.length) lines.push(`  outlets: ${s.outlets.join("; ")}`);
        if (s.sources.length) lines.push(`  sources: ${s.sources.join("; ")}`);
        lines.push("", "Records:");
        for (const m of s.mentions) {
          const e = await store.getEvent(m.eventId);
          lines.push(
            `  ${m.eventId}${m.eventUid ? ` ${m.eventUid}` : ""}  ${m.doc}${m.outlet ? ` (${m.outlet})` : ""}  ${m.date ?? "undated"}${m.dateFromCluster ? " [date from story]" : ""}`,
          );
          for (const ev of e?.evidence ?? []) lines.push(`    [${ev.start}-${ev.end}] ${ev.text.replace(/\s+/g, " ")}`);
          for (const [field, was] of Object.entries(e?.review?.original ?? {})) {
            lines.push(
              `    corrected ${field}: ${JSON.stringify((e as unknown as Record<string, unknown>)[field] ?? null)} (extracted: ${JSON.stringify(was)})`,
            );
          }
          if (e?.review?.tags.length) lines.push(`    tags: ${e.review.tags.join(", ")}`);
          for (const n of e?.review?.notes ?? []) lines.push(`    note (${n.author}, ${n.at}): ${n.text}`);
        }
        lines.push("", "Why:");
        for (const l of s.explanation) lines.push(`  - ${l}`);
        if (s.dissent.length) {
          lines.push("", "Other values given:");
          for (const d of s.dissent) lines.push(`  ${d.field}: ${JSON.stringify(d.value)} (${d.eventId}, ${d.doc})`);
        }
        const series = r.series.filter((se) => [...se.points, ...se.planned].some((p) => p.storyId === s.id));
        if (series.length) {
          lines.push("", "In series:");
          for (const se of series) lines.push(`  ${se.id}  ${se.label}`);
        }
        const conflicts = r.conflicts.filter((c) => c.sides.some((x) => x.storyId === s.id));
        if (conflicts.length) {
          lines.push("", "Conflicts:");
          for (const c of conflicts) lines.push(`  ${c.id}  ${c.kind}: ${c.description}`);
        }
        const review = (await storyReviews(store, [s])).get(s.id);
        const history = await storyHistory(store, s);
        if (review || history.length) {
          lines.push("", "Review:");
          if (review?.reviewed) lines.push(`  reviewed by ${review.reviewed.author} at ${review.reviewed.at}`);
          if (review?.tags.length) lines.push(`  tags: ${review.tags.join(", ")}`);
          for (const n of review?.notes ?? []) lines.push(`  note (${n.author}, ${n.at}): ${n.text}`);
          lines.push("  history:");
          for (const c of history) lines.push(`    ${historyLine(c)}`);
        }
        await out(`${lines.join("\n")}\n`);
      });
    });
}
