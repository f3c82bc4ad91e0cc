// Cursor paging of the in-memory lists (stories, series, conflicts,
// documents): `limit` items after the item whose id is `after`; `next` is the
// id to pass as `after` for the following page, null on the last one. Without
// `limit` the whole list is one page, as before paging existed.

import { badRequest } from "./errors.js";

export interface Page<T> {
  items: T[];
  next: string | null;
}

export function page<T extends { id: string }>(items: readonly T[], q: { after?: string; limit?: number }): Page<T> {
  let start = 0;
  if (q.after !== undefined) {
    const i = items.findIndex((x) => x.id === q.after);
    if (i < 0) throw badRequest("after: invalid cursor (no item with that id in this list)");
    start = i + 1;
  }
  const end = q.limit === undefined ? items.length : Math.min(items.length, start + q.limit);
  const slice = items.slice(start, end);
  return { items: slice, next: end < items.length && slice.length ? slice[slice.length - 1]!.id : null };
}
