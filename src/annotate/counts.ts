// SCAFFOLD: replaced by the real annotator.
import type { Context } from "../context.js";
import type { Annotations, Annotator } from "./types.js";

export class CountExtractor implements Annotator {
  readonly name = "annotate/counts";
  annotate(_doc: Annotations, _ctx: Context): void {}
}
