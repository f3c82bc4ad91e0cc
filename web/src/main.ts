// The analyst page: filters kept in the URL, a brushable timeline, a map,
// the events list, a reader with highlighted evidence, series and conflicts.

// The Arabic face of the reader, bundled with the page (Noto Naskh Arabic, OFL): nothing is fetched elsewhere.
import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "./style.css";
import { EVENT_TYPES, STATUSES } from "../../src/types.js";
import { COUNTRIES } from "../../src/lexicon/countries.js";
import {
  fetchConflicts,
  fetchDocument,
  fetchDocuments,
  fetchEvents,
  fetchFacilities,
  fetchFeeds,
  fetchGroups,
  fetchSeries,
  fetchStories,
  type Conflict,
  type DocumentSummary,
  type DocumentView,
  type Facility,
  type Series,
  type Story,
  type StoredEvent,
} from "./api.js";
import { groupConflicts, type ConflictGroup } from "./conflict-groups.js";
import { drawConflicts } from "./conflicts.js";
import { drawFacilities } from "./facilities.js";
import { controllerColors } from "./facility-band.js";
import { drawFeeds } from "./feeds.js";
import { byId, clear, h } from "./dom.js";
import { dateSpan, formatNumber, isoToDay, TYPE_LABEL } from "./format.js";
import { drawList } from "./list.js";
import { drawMap } from "./map.js";
import { pickDocument } from "./pick-doc.js";
import { drawReader, drawRecord, scrollToEvidence } from "./reader.js";
import { drawSeries } from "./series.js";
import { readState, serverParams, VIEWS, writeState, type View, type ViewState } from "./state.js";
import { drawTimeline } from "./timeline.js";

const COUNTRY_NAME = new Map(COUNTRIES.map((c) => [c.iso2, c.name]));

interface Data {
  docs: Map<string, DocumentSummary>;
  /** Events matching the server-side filters (all dates). */
  events: StoredEvent[];
  series: Series[];
  conflicts: Conflict[];
  /** The conflicts as cards: claims that disagree, grouped. */
  groups: ConflictGroup[];
  stories: Story[];
  doc: DocumentView | null;
  docEvents: StoredEvent[];
  facilities: Facility[];
  /** One colour per controller, shared by the map's facility layer and the control bands. */
  colors: Map<string, string>;
}

const state: ViewState = readState();
const data: Data = {
  docs: new Map(),
  events: [],
  series: [],
  conflicts: [],
  groups: [],
  stories: [],
  doc: null,
  docEvents: [],
  facilities: [],
  colors: new Map(),
};
let loadedParams = "";
/** Whether the map frames every place, or only where most events are. */
let mapFrameAll = false;
/** Whether the timeline's axis holds every dated event, or where most are. */
let timelineWhole = false;

const el = {
  stats: byId("stats"),
  q: byId<HTMLInputElement>("f-q"),
  type: byId<HTMLSelectElement>("f-type"),
  status: byId<HTMLSelectElement>("f-status"),
  country: byId<HTMLSelectElement>("f-country"),
  group: byId<HTMLSelectElement>("f-group"),
  from: byId<HTMLInputElement>("f-from"),
  to: byId<HTMLInputElement>("f-to"),
  reset: byId<HTMLButtonElement>("f-reset"),
  legend: byId("legend"),
  timeline: byId("timeline"),
  timelineNote: byId("timeline-note"),
  timelineAll: byId<HTMLButtonElement>("timeline-all"),
  mapFrame: byId<HTMLButtonElement>("map-frame"),
  list: byId("events"),
  listCount: byId("list-count"),
  map: byId("map"),
  docSelect: byId<HTMLSelectElement>("doc-select"),
  record: byId("record"),
  reader: byId("reader"),
  series: byId("series"),
  conflicts: byId("conflicts"),
  seriesCount: byId("series-count"),
  conflictsCount: byId("conflicts-count"),
  facilities: byId("facilities"),
  facilitiesCount: byId("facilities-count"),
};

function option(select: HTMLSelectElement, value: string, label: string): void {
  select.appendChild(h("option", { value }, label));
}

/** Events after the page-side date filter. */
function visibleEvents(): StoredEvent[] {
  const from = state.from ? isoToDay(state.from) : null;
  const to = state.to ? isoToDay(state.to) : null;
  if (from === null && to === null) return data.events;
  return data.events.filter((e) => {
    const sp = dateSpan(e.date);
    if (!sp) return false;
    return (from === null || sp[1] >= from) && (to === null || sp[0] <= to);
  });
}

function syncInputs(): void {
  el.q.value = state.q;
  for (const k of ["type", "status", "country", "group"] as const) {
    const sel = el[k];
    if (state[k] && ![...sel.options].some((o) => o.value === state[k])) option(sel, state[k], state[k]);
    sel.value = state[k];
  }
  el.from.value = state.from;
  el.to.value = state.to;
}

/** The type chips, updated in place so a chip keeps the keyboard's focus. */
const legendButtons = new Map<string, HTMLButtonElement>();
/** Types in the whole database: their chips stay, to switch from one type to another. */
let presentTypes = new Set<string>();
function drawLegend(): void {
  const present = presentTypes.size ? presentTypes : new Set(data.events.map((e) => e.type));
  for (const t of EVENT_TYPES) {
    let b = legendButtons.get(t);
    if (!b) {
      b = h("button", { type: "button", class: "legend-item", title: `Show only ${t} events` }, h("span", { class: `swatch t-${t}` }), TYPE_LABEL(t));
      b.addEventListener("click", () => update({ type: state.type === t ? "" : t }));
      legendButtons.set(t, b);
      el.legend.appendChild(b);
    }
    const on = state.type === t;
    b.hidden = !present.has(t) && !on && document.activeElement !== b;
    b.classList.toggle("on", on);
    b.setAttribute("aria-pressed", on ? "true" : "false");
  }
}

function drawStats(visible: StoredEvent[]): void {
  clear(el.stats);
  const parts: [string, string][] = [
    [formatNumber(visible.length), visible.length === 1 ? "event" : "events"],
    [formatNumber(data.docs.size), data.docs.size === 1 ? "document" : "documents"],
    [formatNumber(data.stories.length), "stories"],
    [formatNumber(data.groups.length), data.groups.length === 1 ? "conflict" : "conflicts"],
  ];
  for (const [n, label] of parts) el.stats.appendChild(h("span", { class: "stat" }, h("b", {}, n), ` ${label}`));
}

function render(): void {
  const visible = visibleEvents();
  drawStats(visible);
  drawLegend();
  el.listCount.textContent = visible.length === data.events.length ? `${visible.length}` : `${visible.length} of ${data.events.length}`;
  const ranged = !!(state.from || state.to);
  drawTimeline(el.timeline, {
    events: data.events,
    whole: timelineWhole,
    onClipped: (clipped) => {
      // "All dates" clears a chosen range, or widens the axis to every date; "Focus" narrows it again.
      el.timelineAll.hidden = !ranged && !clipped && !timelineWhole;
      el.timelineAll.textContent = !ranged && timelineWhole ? "Focus" : "All dates";
      el.timelineAll.setAttribute("aria-pressed", !ranged && timelineWhole ? "true" : "false");
    },
    from: state.from,
    to: state.to,
    selected: state.event,
    onRange: (from, to) => update({ from, to }),
    // The keyboard stays on the timeline, to walk on from there.
    onSelect: (e) => void select(e, true, false),
    onNote: (note) => (el.timelineNote.textContent = note),
  });
  drawList(el.list, visible, data.docs, state.event, (e) => void select(e));
  if (state.view === "map" || !el.map.firstChild) drawMap(el.map, mapOptions(visible));
  else el.map.dataset.stale = "1";
  el.mapFrame.textContent = mapFrameAll ? "Focus" : "All places";
  el.mapFrame.setAttribute("aria-pressed", mapFrameAll ? "true" : "false");
  drawAnalysis();
  drawReaderPanel();
}

function mapOptions(events: StoredEvent[]) {
  return {
    events,
    country: state.country,
    frameAll: mapFrameAll,
    onCountry: (c: string) => update({ country: c }),
    facilities: data.facilities,
    colors: data.colors,
    onFacility: (id: string) => openFacility(id),
  };
}

/** The facilities view, with one facility open. */
function drawFacilityPanel(): void {
  el.facilitiesCount.textContent = String(data.facilities.length);
  drawFacilities(el.facilities, {
    facilities: data.facilities,
    selected: state.facility,
    colors: data.colors,
    onSelect: (id) => openFacility(id),
    onEvent: (eventId, doc) => void openEvent(eventId, doc),
    onReviewed: refreshFacilities,
    onError: showError,
  });
}

/** After a facility merge or split: the facilities again. */
async function refreshFacilities(): Promise<void> {
  data.facilities = await fetchFacilities();
  data.colors = controllerColors(data.facilities);
  drawFacilityPanel();
}

function openFacility(id: string): void {
  state.facility = id;
  writeState(state);
  if (state.view === "facilities") drawFacilityPanel();
  else showView("facilities");
}

/** Opens a record's report in the reader at its sentence. */
async function openEvent(eventId: string, doc: string): Promise<void> {
  state.doc = doc;
  state.event = eventId;
  writeState(state);
  await loadDoc(doc);
  render();
  scrollToEvidence(el.reader, eventId);
  el.reader.closest("section")?.scrollIntoView({ block: "nearest" });
}

/** Series and conflicts, for the chosen type; redrawn only when it changes. */
let analysisFor: string | null = null;
function drawAnalysis(): void {
  if (analysisFor === state.type) return;
  analysisFor = state.type;
  const series = data.series.filter((se) => !state.type || se.type === state.type);
  const groups = data.groups.filter((g) => !state.type || g.types.includes(state.type));
  el.seriesCount.textContent = String(series.length);
  el.conflictsCount.textContent = String(groups.length);
  drawSeries(el.series, {
    series,
    conflicts: data.conflicts,
    stories: new Map(data.stories.map((st) => [st.id, st])),
    onPoint: (sid, doc) => void openStory(sid, doc),
  });
  drawConflicts(el.conflicts, groups, data.stories, (sid, doc) => void openStory(sid, doc));
}

/** Shows one of the map, the series and the conflicts. */
function showView(view: View, focusTab = false): void {
  if (state.view !== view) {
    state.view = view;
    writeState(state);
  }
  for (const tab of document.querySelectorAll<HTMLButtonElement>("[role=tab][data-view]")) {
    const on = tab.dataset.view === view;
    tab.setAttribute("aria-selected", on ? "true" : "false");
    tab.tabIndex = on ? 0 : -1;
    byId(tab.getAttribute("aria-controls") ?? "").hidden = !on;
    if (on && focusTab) tab.focus();
  }
  for (const x of document.querySelectorAll<HTMLElement>(".views-panel [data-for]")) x.hidden = x.dataset.for !== view;
  // drawn when shown, so that its charts take the panel's width
  if (view === "facilities") drawFacilityPanel();
  if (view === "map" && el.map.dataset.stale) {
    delete el.map.dataset.stale;
    drawMap(el.map, mapOptions(visibleEvents()));
  }
}

function drawReaderPanel(): void {
  const selected = data.docEvents.find((e) => e.id === state.event) ?? null;
  const story = selected ? (data.stories.find((st) => st.mentions.some((m) => m.eventId === selected.id)) ?? null) : null;
  drawRecord(el.record, selected, (e) => scrollToEvidence(el.reader, e.id), { story, onChanged: refreshAfterReview, onError: showError });
  drawReader(el.reader, { doc: data.doc, events: data.docEvents, selected: state.event, onSelect: (e) => void select(e, false) });
  el.docSelect.value = state.doc;
}

/** After a review change: the events, stories, series and conflicts again, and the document's records. */
async function refreshAfterReview(message: string): Promise<void> {
  const [stories, series, conflicts] = await Promise.all([
    fetchStories().catch(() => ({ stories: data.stories, copyGroups: [] })),
    fetchSeries().catch(() => data.series),
    fetchConflicts().catch(() => data.conflicts),
  ]);
  data.stories = stories.stories;
  data.series = series;
  data.conflicts = conflicts;
  loadedParams = "\u0000stale"; // no query string matches: the events are fetched again
  const doc = state.doc;
  data.doc = null;
  await loadDoc(doc);
  // a suppressed record is gone from its document: nothing stays selected
  if (!data.docEvents.some((e) => e.id === state.event)) state.event = "";
  writeState(state);
  await reload();
  data.groups = groupConflicts(data.conflicts, data.stories, data.series, new Map(data.events.map((e) => [e.id, e])));
  if (message) {
    const box = h("div", { class: "toast ok", role: "status" }, message);
    document.body.appendChild(box);
    setTimeout(() => box.remove(), 4000);
  }
}

async function loadDoc(id: string): Promise<void> {
  if (!id) {
    data.doc = null;
    data.docEvents = [];
    return;
  }
  if (data.doc?.id === id) return;
  try {
    const body = await fetchDocument(id);
    data.doc = body.document;
    data.docEvents = body.events;
  } catch (err) {
    data.doc = null;
    data.docEvents = [];
    showError(`Could not open document ${id}: ${(err as Error).message}`);
  }
}

/** Opens an event's document in the reader, marks the event and shows its sentence. */
async function select(e: StoredEvent, scroll = true, focus = true): Promise<void> {
  state.event = e.id;
  state.doc = e.doc;
  writeState(state);
  await loadDoc(e.doc);
  render();
  if (scroll) scrollToEvidence(el.reader, e.id, focus);
  else el.reader.querySelector<HTMLElement>("mark.ev.sel")?.focus({ preventScroll: true });
}

async function openStory(storyId: string, doc: string | null): Promise<void> {
  const story = data.stories.find((s) => s.id === storyId);
  const mention = story?.mentions.find((m) => !doc || m.doc === doc) ?? story?.mentions[0];
  const docId = mention?.doc ?? doc;
  if (!docId) return;
  state.doc = docId;
  state.event = mention?.eventId ?? "";
  writeState(state);
  await loadDoc(docId);
  render();
  if (state.event) scrollToEvidence(el.reader, state.event);
  el.reader.closest("section")?.scrollIntoView({ block: "nearest" });
}

let pending = 0;
async function reload(): Promise<void> {
  const params = serverParams(state).toString();
  if (params !== loadedParams) {
    const ticket = ++pending;
    document.body.classList.add("loading");
    try {
      const events = await fetchEvents(serverParams(state));
      if (ticket !== pending) return;
      data.events = events;
      loadedParams = params;
    } catch (err) {
      showError(`Could not load events: ${(err as Error).message}`);
    } finally {
      if (ticket === pending) document.body.classList.remove("loading");
    }
  }
  render();
}

let qTimer: number | undefined;

function update(patch: Partial<ViewState>): void {
  // Text typed in the search box but not yet applied goes along.
  clearTimeout(qTimer);
  if (!("q" in patch)) patch = { ...patch, q: el.q.value.trim() };
  Object.assign(state, patch);
  writeState(state);
  syncInputs();
  void reload();
}

function showError(msg: string): void {
  const box = h("div", { class: "toast", role: "alert" }, msg);
  document.body.appendChild(box);
  setTimeout(() => box.remove(), 6000);
}

function wireFilters(): void {
  el.q.addEventListener("input", () => {
    clearTimeout(qTimer);
    qTimer = window.setTimeout(() => update({ q: el.q.value.trim() }), 250);
  });
  for (const k of ["type", "status", "country", "group"] as const) el[k].addEventListener("change", () => update({ [k]: el[k].value }));
  el.from.addEventListener("change", () => update({ from: el.from.value }));
  el.to.addEventListener("change", () => update({ to: el.to.value }));
  el.timelineAll.addEventListener("click", () => {
    if (state.from || state.to) {
      timelineWhole = true;
      update({ from: "", to: "" });
    } else {
      timelineWhole = !timelineWhole;
      render();
      el.timelineAll.focus();
    }
  });
  const tabs = [...document.querySelectorAll<HTMLButtonElement>("[role=tab][data-view]")];
  for (const tab of tabs) {
    tab.addEventListener("click", () => showView(tab.dataset.view as View));
    tab.addEventListener("keydown", (ev) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[ev.key];
      if (!step) return;
      ev.preventDefault();
      const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
      showView(next.dataset.view as View, true);
    });
  }
  // Skip links: show the target's view and put the focus on its first stop.
  for (const a of document.querySelectorAll<HTMLAnchorElement>(".skip-links a[data-skip]")) {
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      const target = a.dataset.skip ?? "";
      if ((VIEWS as readonly string[]).includes(target)) showView(target as View);
      const host = byId(target);
      const stop = host.querySelector<HTMLElement>('[tabindex="0"], button, a[href], mark') ?? host;
      stop.focus();
      stop.scrollIntoView({ block: "nearest" });
    });
  }
  el.mapFrame.addEventListener("click", () => {
    mapFrameAll = !mapFrameAll;
    render();
  });
  el.reset.addEventListener("click", () => update({ q: "", type: "", status: "", country: "", group: "", from: "", to: "" }));
  byId("filters").addEventListener("submit", (ev) => ev.preventDefault());
  el.docSelect.addEventListener("change", async () => {
    state.doc = el.docSelect.value;
    state.event = "";
    writeState(state);
    await loadDoc(state.doc);
    drawReaderPanel();
  });
  let resizeTimer: number | undefined;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(render, 150);
  });
}

/** The feeds panel, refreshed every minute while the server polls them. */
async function showFeeds(): Promise<void> {
  const r = await fetchFeeds().catch(() => null);
  if (!r) return;
  drawFeeds(byId("feeds-panel"), byId("feeds"), byId("feeds-note"), r.feeds, r.watching);
  if (r.watching) window.setTimeout(() => void showFeeds(), 60_000);
}

async function init(): Promise<void> {
  for (const t of EVENT_TYPES) option(el.type, t, TYPE_LABEL(t));
  for (const s of STATUSES) option(el.status, s, s);
  const [docs, groups, series, conflicts, stories, all, facilities] = await Promise.all([
    fetchDocuments().catch(() => []),
    fetchGroups().catch(() => []),
    fetchSeries().catch(() => []),
    fetchConflicts().catch(() => []),
    fetchStories().catch(() => ({ stories: [], copyGroups: [] })),
    fetchEvents(new URLSearchParams()).catch(() => [] as StoredEvent[]),
    fetchFacilities().catch(() => [] as Facility[]),
  ]);
  data.facilities = facilities;
  data.colors = controllerColors(facilities);
  drawFacilityPanel();
  data.docs = new Map(docs.map((d) => [d.id, d]));
  presentTypes = new Set(all.map((e) => e.type));
  data.series = series;
  data.conflicts = conflicts;
  data.stories = stories.stories;
  for (const g of groups) option(el.group, g.name, `${g.name} (${g.events})`);
  const countries = new Map<string, number>();
  for (const e of all) {
    for (const p of [e.origin, e.destination, e.location]) {
      for (const c of p ? (Array.isArray(p.country) ? p.country : [p.country]) : []) if (c) countries.set(c, (countries.get(c) ?? 0) + 1);
    }
  }
  for (const [c, n] of [...countries].sort((a, b) => (COUNTRY_NAME.get(a[0]) ?? a[0]).localeCompare(COUNTRY_NAME.get(b[0]) ?? b[0])))
    option(el.country, c, `${COUNTRY_NAME.get(c) ?? c} (${n})`);
  option(el.docSelect, "", docs.length ? "Choose a document…" : "No documents");
  for (const d of [...docs].sort((a, b) => (b.published ?? "").localeCompare(a.published ?? ""))) {
    option(el.docSelect, d.id, `${d.published ?? "undated"} · ${d.title ?? d.id}${d.outlet ? ` (${d.outlet})` : ""}`);
  }
  void showFeeds();
  syncInputs();
  wireFilters();
  if (!serverParams(state).toString()) {
    data.events = all;
    loadedParams = "";
  }
  data.groups = groupConflicts(conflicts, data.stories, series, new Map(all.map((e) => [e.id, e])));
  showView(state.view);
  if (!state.doc && docs.length) {
    if (serverParams(state).toString()) await reload();
    state.doc = pickDocument(docs, visibleEvents());
  }
  await loadDoc(state.doc);
  await reload();
  if (state.event) scrollToEvidence(el.reader, state.event);
  document.body.classList.add("ready");
}

void init();
