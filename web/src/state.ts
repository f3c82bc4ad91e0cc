// The view's state lives in the URL (history.replaceState), so a view can be
// shared by copying the address.

export interface ViewState {
  q: string;
  type: string;
  status: string;
  country: string;
  group: string;
  from: string;
  to: string;
  /** Document open in the reader. */
  doc: string;
  /** Selected event id. */
  event: string;
  /** Facility open in the facilities view. */
  facility: string;
  /** What the centre shows under the timeline. */
  view: View;
}

export const VIEWS = ["map", "series", "conflicts", "facilities"] as const;
export type View = (typeof VIEWS)[number];

export const KEYS: (keyof ViewState)[] = ["q", "type", "status", "country", "group", "from", "to", "doc", "event", "facility", "view"];

export function readState(search = location.search): ViewState {
  const p = new URLSearchParams(search);
  const st = {} as ViewState;
  for (const k of KEYS) if (k !== "view") st[k] = (p.get(k) ?? "").slice(0, 500);
  const view = p.get("view");
  st.view = VIEWS.find((v) => v === view) ?? "map";
  return st;
}

export function writeState(st: ViewState): void {
  const p = new URLSearchParams();
  for (const k of KEYS) if (st[k] && !(k === "view" && st[k] === "map")) p.set(k, st[k]);
  const qs = p.toString();
  const url = `${location.pathname}${qs ? `?${qs}` : ""}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
}

/** The server-side filters (date range applied in the page, to keep the timeline's context). */
export function serverParams(st: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of ["q", "type", "status", "country", "group"] as const) if (st[k]) p.set(k, st[k]);
  return p;
}
