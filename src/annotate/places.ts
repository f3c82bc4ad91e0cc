// SCAFFOLD: replaced by the real annotator.
import type { Context } from "../context.js";
import type { Annotations, Annotator } from "./types.js";

export class PlaceExtractor implements Annotator {
  readonly name = "annotate/places";
  annotate(_doc: Annotations, _ctx: Context): void {}
}
