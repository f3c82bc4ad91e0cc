// SCAFFOLD: replaced by the real annotator.
import type { Context } from "../context.js";
import type { Annotations, Annotator } from "./types.js";

export class SentenceSplitter implements Annotator {
  readonly name = "annotate/sentences";
  annotate(_doc: Annotations, _ctx: Context): void {}
}
