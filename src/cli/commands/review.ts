// sourced review correct|suppress|restore|note|tag|reviewed|history|overrides|undo:
// analysts' corrections and notes, kept as an append-only history that
// survives re-extraction (event changes name records by their evidence key).

import type { Command } from "commander";
import { runReconciliation } from "../../reconcile/index.js";
import {
  annotate,
  correctEvent,
  findEvent,
  markReviewed,
  mergeFacilities,
  type ReviewResult,
  splitFacility,
  storyHistory,
  suppressEvent,
  undo,
} from "../../reconcile/review.js";
import { parseFieldValue } from "../../store/review.js";
import type { Store } from "../../store/store.js";
import type { ReviewChange } from "../../types.js";
import { analystName } from "../analyst.js";
import { historyLine, show } from "../review-lines.js";
import { CliError } from "../errors.js";
import { examples, out, withStore } from "../shared.js";

type ByOpts = { by?: string };

function ok<T>(r: ReviewResult<T>): T {
  if (!r.ok) throw new CliError(r.status === "not-found" ? `${r.problem} (see \`sourced events\` or \`sourced stories\`)` : r.problem);
  return r.value;
}

/** Rebuilds the stories after a change, so that `stories`, `explain` and exports show it. */
async function done(store: Store, c: ReviewChange, line: string): Promise<void> {
  await runReconciliation(store);
  await out(`${line} (${c.id})\n`);
}

/** A story id when the store has such a story, else null (then the target is an event). */
async function storyOf(store: Store, ref: string) {
  const rec = await store.loadReconciliation();
  return rec?.stories.some((s) => s.id === ref) ? rec : null;
}

export function register(program: Command): void {
  const review = program
    .command("review")
    .description("Correct, suppress, note and tag events and stories; every change is kept in an append-only history that survives re-extraction")
    .addHelpText(
      "after",
      examples(
        "sourced review correct 42 --field count --value 450",
        'sourced review correct 42 --field destination --value "Erbil,IQ"',
        'sourced review suppress 57 --why "a rumour the outlet retracted"',
        'sourced review note st_3f9a1c02de "second outlet confirms the date"',
        "sourced review reviewed st_3f9a1c02de",
        "sourced review history st_3f9a1c02de",
        "sourced review undo chg_1a2b3c4d5e6f",
        "sourced review merge-facilities fac-shaddadi-prison fac-l-1a2b3c4d",
        'sourced review split-facility fac-l-1a2b3c4d --alias "Ghweran prison"',
      ),
    );
  const by = (c: Command) => c.option("--by <name>", "who makes the change (default: SOURCED_ANALYST, else the user name)");

  by(
    review
      .command("correct")
      .argument("<event>", "event id or evidence key")
      .requiredOption("--field <field>", "type, status, date, count, countKind, subject, group, actor, source, origin, destination or location")
      .requiredOption("--value <value>", "the new value: 450, ~450, >=450; a place as NAME or NAME,CC; none to clear; or JSON")
      .description("Set one field of an event; the value as extracted stays in the history"),
  ).action(async (ref: string, opts: ByOpts & { field: string; value: string }, cmd: Command) => {
    const author = analystName(opts.by);
    const v = parseFieldValue(opts.field, opts.value);
    if (!v.ok) throw new CliError(v.problem);
    await withStore(cmd, { mustExist: true }, async (store) => {
      const c = ok(await correctEvent(store, ref, v.field, v.value, author));
      await done(store, c, `event ${ref}: ${c.field} ${show(c.before)} -> ${show(c.after)}`);
    });
  });

  for (const [name, suppress] of [
    ["suppress", true],
    ["restore", false],
  ] as const) {
    by(
      review
        .command(name)
        .argument("<event>", "event id or evidence key")
        .option("--why <text>", "the reason, kept in the history")
        .description(suppress ? "Suppress a false event: it leaves every list, story and export" : "Bring back a suppressed event"),
    ).action(async (ref: string, opts: ByOpts & { why?: string }, cmd: Command) => {
      const author = analystName(opts.by);
      await withStore(cmd, { mustExist: true }, async (store) => {
        const c = ok(await suppressEvent(store, ref, author, suppress, opts.why ?? null));
        await done(store, c, `event ${ref}: ${suppress ? "suppressed" : "restored"}`);
      });
    });
  }

  by(
    review
      .command("note")
      .argument("<target>", "story id, event id or evidence key")
      .argument("<text>", "the note")
      .description("Add a note to a story or an event"),
  ).action(async (ref: string, text: string, opts: ByOpts, cmd: Command) => {
    const author = analystName(opts.by);
    await withStore(cmd, { mustExist: true }, async (store) => {
      const rec = await storyOf(store, ref);
      const c = ok(await annotate(store, rec ? "story" : "event", ref, "note", text, author, rec ?? undefined));
      await done(store, c, `${rec ? "story" : "event"} ${ref}: note added`);
    });
  });

  by(
    review
      .command("tag")
      .argument("<target>", "story id, event id or evidence key")
      .argument("<tag>", "the tag")
      .option("--remove", "take the tag off")
      .description("Tag a story or an event (or take a tag off)"),
  ).action(async (ref: string, tag: string, opts: ByOpts & { remove?: boolean }, cmd: Command) => {
    const author = analystName(opts.by);
    await withStore(cmd, { mustExist: true }, async (store) => {
      const rec = await storyOf(store, ref);
      const c = ok(await annotate(store, rec ? "story" : "event", ref, opts.remove ? "untag" : "tag", tag, author, rec ?? undefined));
      await done(store, c, `${rec ? "story" : "event"} ${ref}: tag ${opts.remove ? "removed" : "added"}`);
    });
  });

  by(
    review
      .command("reviewed")
      .argument("<story>", "story id")
      .option("--clear", "take the mark off")
      .description("Mark a story reviewed (or take the mark off)"),
  ).action(async (id: string, opts: ByOpts & { clear?: boolean }, cmd: Command) => {
    const author = analystName(opts.by);
    await withStore(cmd, { mustExist: true }, async (store) => {
      const c = ok(await markReviewed(store, id, author, !opts.clear));
      await done(store, c, `story ${id}: ${opts.clear ? "not reviewed" : "reviewed"}`);
    });
  });

  by(
    review
      .command("merge-facilities")
      .argument("<a>", "the facility that stays (see `sourced facilities`)")
      .argument("<b>", "the facility merged into it: its aliases and events become A's, and its id leads to A")
      .description("Merge two facilities that are one place"),
  ).action(async (a: string, b: string, opts: ByOpts, cmd: Command) => {
    const author = analystName(opts.by);
    await withStore(cmd, { mustExist: true }, async (store) => {
      const c = ok(await mergeFacilities(store, a, b, author));
      await out(`facility ${b} merged into ${a} (${c.id})\n`);
    });
  });

  by(
    review
      .command("split-facility")
      .argument("<id>", "the facility to split (see `sourced facilities`)")
      .requiredOption("--alias <name...>", "an alias that names another place (repeat for several): they become a facility of their own, with their events")
      .description("Split a facility whose aliases name two places"),
  ).action(async (id: string, opts: ByOpts & { alias: string[] }, cmd: Command) => {
    const author = analystName(opts.by);
    await withStore(cmd, { mustExist: true }, async (store) => {
      const c = ok(await splitFacility(store, id, opts.alias, author));
      const made = c.after as { id: string; name: string };
      await out(`facility ${id}: ${opts.alias.join(", ")} split off as ${made.id} (${made.name}) (${c.id})\n`);
    });
  });

  review
    .command("history")
    .argument("[id]", "a story id, event id, evidence key, override id or facility id; all changes without one")
    .option("--json", "one change per line as JSON")
    .description("List the review history (who, when, before and after), oldest first")
    .action(async (ref: string | undefined, opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, { mustExist: true }, async (store) => {
        let list: ReviewChange[];
        if (!ref) list = await store.listReviewChanges();
        else {
          const story = (await store.loadReconciliation())?.stories.find((s) => s.id === ref);
          const event = story ? null : await findEvent(store, ref);
          if (story) list = await storyHistory(store, story);
          else if (event?.reviewKey) list = await store.listReviewChanges({ targetKind: "event", target: event.reviewKey });
          else {
            list = await store.listReviewChanges({ target: ref });
            if (list.length === 0 && !(await store.listOverrides()).some((o) => o.id === ref)) {
              throw new CliError(`${ref}: no story, event, override or facility with that id`);
            }
          }
        }
        if (opts.json) await out(list.map((c) => `${JSON.stringify(c)}\n`).join(""));
        else await out(list.length ? `${list.map(historyLine).join("\n")}\n` : "no changes\n");
      });
    });

  review
    .command("overrides")
    .description("List the merges and splits in effect (undo one with `sourced review undo ID`)")
    .action(async (_opts: unknown, cmd: Command) => {
      await withStore(cmd, { mustExist: true }, async (store) => {
        const list = await store.listOverrides();
        const made = new Map((await store.listReviewChanges({ targetKind: "override" })).filter((c) => c.action !== "undo").map((c) => [c.target, c]));
        const lines = list.map((o) => {
          const c = made.get(o.id);
          return `${o.id}  ${o.createdAt}  ${o.action}  ${o.keys.join(" + ")}${c ? `  by ${c.author}` : ""}${o.note ? `  "${o.note}"` : ""}`;
        });
        await out(lines.length ? `${lines.join("\n")}\n` : "no merges or splits\n");
      });
    });

  by(
    review
      .command("undo")
      .argument("<change>", "a change id (chg_...) or the id of a merge or split")
      .description("Take back a change, a merge or a split; the undo is itself a change in the history (undo it to redo)"),
  ).action(async (id: string, opts: ByOpts, cmd: Command) => {
    const author = analystName(opts.by);
    await withStore(cmd, { mustExist: true }, async (store) => {
      const c = ok(await undo(store, id, author));
      await done(store, c, `undid ${id}`);
    });
  });
}
