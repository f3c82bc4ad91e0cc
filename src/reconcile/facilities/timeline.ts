// Control observations of one facility → intervals and conflicts.
//
// Gains are the changes of control: gains by one controller whose dates meet
// (within CHANGE_DAYS, or undated) are one change, stated by every source
// that gives it. Losses and "previously run by" name the holder before the
// change they sit closest to (same document first). Each change opens an
// interval that the next change closes; the holder before the first change
// gets the interval that ends with it. A report that says X holds the
// facility at a date inside another controller's interval is a conflict.

import type { ControlConflict, ControlInterval, FacilitySource } from "../../types.js";
import { dateSortKey, datesOverlap } from "../util.js";
import type { ControlCue } from "./control.js";

export interface Observation {
  cue: ControlCue;
  controller: string;
  date: string | null;
  inferred: boolean;
  source: FacilitySource;
}

const CHANGE_DAYS = 45;

interface Change {
  controller: string;
  date: string | null;
  inferred: boolean;
  gains: Observation[];
  before: Observation[];
}

const key = (s: FacilitySource) => `${s.doc}|${s.evidence.start}`;
const uniqueSources = (obs: Observation[]) => {
  const seen = new Map<string, FacilitySource>();
  for (const o of obs) if (!seen.has(key(o.source))) seen.set(key(o.source), o.source);
  return [...seen.values()];
};
const earliest = (obs: Observation[]) =>
  [...obs].filter((o) => o.date).sort((a, b) => dateSortKey(a.date) - dateSortKey(b.date) || Number(a.inferred) - Number(b.inferred))[0] ?? null;

function groupBy(obs: Observation[]): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>();
  for (const o of obs) out.set(o.controller, [...(out.get(o.controller) ?? []), o]);
  return out;
}

export function buildTimeline(observations: Observation[]): { control: ControlInterval[]; conflicts: ControlConflict[]; explanation: string[] } {
  const explanation: string[] = [];
  const gains = observations.filter((o) => o.cue === "gain").sort((a, b) => dateSortKey(a.date) - dateSortKey(b.date));
  const changes: Change[] = [];
  for (const g of gains) {
    const same = changes.find((c) => c.controller === g.controller && (!c.date || !g.date || datesOverlap(c.date, g.date, CHANGE_DAYS)));
    if (same) {
      same.gains.push(g);
      const first = earliest(same.gains);
      if (first) [same.date, same.inferred] = [first.date, first.inferred];
    } else changes.push({ controller: g.controller, date: g.date, inferred: g.inferred, gains: [g], before: [] });
  }
  changes.sort((a, b) => dateSortKey(a.date) - dateSortKey(b.date));
  const past = observations.filter((o) => o.cue === "loss" || o.cue === "held-before");
  for (const o of past) {
    if (!changes.length) continue;
    const byDoc = changes.filter((c) => c.controller !== o.controller && c.gains.some((g) => g.source.doc === o.source.doc));
    const pool = byDoc.length ? byDoc : changes.filter((c) => c.controller !== o.controller);
    const near = pool.sort((a, b) => Math.abs(dateSortKey(a.date) - dateSortKey(o.date)) - Math.abs(dateSortKey(b.date) - dateSortKey(o.date)))[0];
    near?.before.push(o);
  }
  const holds = observations.filter((o) => o.cue === "held");
  const control: ControlInterval[] = [];
  const conflicts: ControlConflict[] = [];
  if (changes.length) {
    const first = changes[0];
    const votes = new Map<string, number>();
    for (const o of first.before) votes.set(o.controller, (votes.get(o.controller) ?? 0) + 1);
    for (const h of holds)
      if (h.controller !== first.controller && first.date && h.date && dateSortKey(h.date) < dateSortKey(first.date))
        votes.set(h.controller, (votes.get(h.controller) ?? 0) + 1);
    const prev = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (prev) {
      const obs = [...first.before.filter((o) => o.controller === prev), ...holds.filter((h) => h.controller === prev)];
      const from = holds.filter((h) => h.controller === prev && h.date && first.date && dateSortKey(h.date) < dateSortKey(first.date));
      control.push({ controller: prev, from: earliest(from)?.date ?? null, to: first.date, inferred: first.inferred, sources: uniqueSources(obs) });
      explanation.push(
        `control: ${prev} held it before ${first.controller} took it (${first.before.length} report${first.before.length === 1 ? "" : "s"} say who held it before)`,
      );
    }
    changes.forEach((c, i) => {
      const next = changes[i + 1];
      const inside = holds.filter((h) => h.controller === c.controller);
      control.push({
        controller: c.controller,
        from: c.date,
        to: next?.date ?? null,
        inferred: c.inferred || !!next?.inferred,
        sources: uniqueSources([...c.gains, ...inside]),
      });
      if (next) for (const s of uniqueSources(next.before.filter((o) => o.controller === c.controller))) control[control.length - 1].sources.push(s);
      explanation.push(
        `control: ${c.controller} from ${c.date ?? "an undated report"}${c.inferred ? " (inferred)" : ""}: ${c.gains.length} statement${c.gains.length === 1 ? "" : "s"} of the change in ${new Set(c.gains.map((g) => g.source.doc)).size} report(s)`,
      );
    });
    // a holder no report dates and no report has taking it over: it held the facility before the first change
    for (const [controller, obs] of groupBy(holds.filter((h) => !h.date && !control.some((c) => c.controller === h.controller)))) {
      control.unshift({ controller, from: null, to: first.date, inferred: first.inferred, sources: uniqueSources(obs) });
      explanation.push(`control: ${controller} said to hold it, undated, and never said to take it: placed before the first change`);
    }
    // a report that someone else holds it after a change
    for (const h of holds) {
      if (!h.date) continue;
      const at = control.find((iv) => iv.from && dateSortKey(iv.from) < dateSortKey(h.date) && (!iv.to || dateSortKey(h.date) < dateSortKey(iv.to)));
      if (at && at.controller !== h.controller)
        conflicts.push({
          date: h.date,
          sides: [
            { controller: at.controller, sources: at.sources },
            { controller: h.controller, sources: [h.source] },
          ],
        });
    }
  } else {
    const byController = new Map<string, Observation[]>();
    for (const h of [...holds, ...past]) byController.set(h.controller, [...(byController.get(h.controller) ?? []), h]);
    for (const [controller, obs] of byController) {
      const dated = obs.filter((o) => o.date).sort((a, b) => dateSortKey(a.date) - dateSortKey(b.date));
      control.push({ controller, from: dated[0]?.date ?? null, to: null, inferred: obs.some((o) => o.inferred), sources: uniqueSources(obs) });
    }
    const present = [...byController].filter(([, obs]) => obs.some((o) => o.cue === "held"));
    if (present.length > 1) {
      const overlapping = present.filter(([, obs]) =>
        obs.some((o) => present.some(([c2, o2]) => c2 !== o.controller && o2.some((x) => datesOverlap(x.date, o.date, 31) !== false))),
      );
      if (overlapping.length > 1) conflicts.push({ date: null, sides: overlapping.map(([controller, obs]) => ({ controller, sources: uniqueSources(obs) })) });
    }
    if (control.length) explanation.push(`control: no change of control reported; ${control.map((c) => c.controller).join(", ")} said to hold it`);
  }
  return { control, conflicts, explanation };
}
