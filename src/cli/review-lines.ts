// How the CLI prints review changes (`sourced review history`, `sourced explain`).

import type { EventFilter, Store } from "../store/store.js";
import type { FacilityMergeChange, FacilitySplitChange, Override, ReviewChange } from "../types.js";
import { warn } from "./shared.js";

export const show = (v: unknown): string => (v === null || v === undefined ? "none" : typeof v === "string" ? v : JSON.stringify(v));

/** One line of the history. */
export function historyLine(c: ReviewChange): string {
  const what =
    c.action === "correct"
      ? `${c.field}: ${show(c.before)} -> ${show(c.after)}`
      : c.action === "undo"
        ? `undoes ${c.undoes ?? show((c.before as Override | null)?.id)}${typeof c.before === "string" ? ` (${c.before})` : ""}`
        : c.targetKind === "facility" && c.action === "merge"
          ? `${(c.after as FacilityMergeChange).from.id} (${(c.after as FacilityMergeChange).from.name}) into ${(c.after as FacilityMergeChange).into.name}`
          : c.targetKind === "facility" && c.action === "split"
            ? `${(c.after as FacilitySplitChange).aliases.join(" + ")} as ${(c.after as FacilitySplitChange).id}`
            : c.action === "merge" || c.action === "split"
              ? `${(c.after as Override).keys.join(" + ")}${(c.after as Override).note ? ` "${(c.after as Override).note}"` : ""}`
              : c.after === null || c.after === true || c.after === false
                ? ""
                : show(c.after);
  return `${c.id}  ${c.at}  ${c.author}  ${c.action} ${c.targetKind} ${c.target}${what ? `  ${what}` : ""}`;
}

/** Says on stderr how many suppressed events a listing or export leaves out (nothing when none). */
export async function noteSuppressed(store: Store, filter: EventFilter = {}): Promise<void> {
  const n = (await store.listEvents({ ...filter, suppressed: "only" })).length;
  if (n > 0) warn(`${n} suppressed event${n === 1 ? "" : "s"} left out (see \`sourced review history\`)`);
}
