// SCAFFOLD: replaced by the real annotator.
import type { Context } from "../context.js";
import type { Annotations, Annotator } from "./types.js";

export class AttributionExtractor implements Annotator {
  readonly name = "annotate/attributions";
  annotate(_doc: Annotations, _ctx: Context): void {}
}
