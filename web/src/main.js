// The page: filters, map, timeline, list and card kept in step through one state that lives in
// the URL. Every change of filters reloads the three views from the API with the same filters.
import "./style.css";
import { getJSON } from "./api.js";
import { renderCard } from "./card.js";
import { typeColor } from "./colors.js";
import { countryName, el } from "./dom.js";
import { createMap } from "./map.js";
import { apiFilters, FILTER_KEYS, readState, writeState } from "./state.js";
import { createTimeline } from "./timeline.js";

const $ = (selector) => document.querySelector(selector);
let state = readState();
let map;
let timeline;
let nextCursor = null;
let loadCount = 0;

function status(text, isError = false) {
  const node = $("#status");
  node.textContent = text;
  node.classList.toggle("error", isError);
}

function fillSelect(select, options, current) {
  const keep = select.querySelector("option[value='']");
  select.replaceChildren(keep);
  for (const item of options) {
    if (item.group) {
      const group = el("optgroup", { label: item.group });
      for (const opt of item.options) group.append(el("option", { value: opt.value }, opt.label));
      select.append(group);
    } else {
      select.append(el("option", { value: item.value }, item.label));
    }
  }
  select.value = current || "";
}

function setupFilters(config) {
  const form = $("#filters");
  fillSelect(form.type, Object.entries(config.event_types).map(([eventType, subs]) => ({
    group: eventType,
    options: [{ value: eventType, label: `all ${eventType}` }, ...subs.map((s) => ({ value: s, label: s }))],
  })), state.type);
  fillSelect(form.weapon, config.weapons.map((w) => ({ value: w, label: w.replace(/_/g, " ") })), state.weapon);
  fillSelect(form.attribution, config.attributions.map((a) => ({ value: a, label: a })), state.attribution);
  form.q.value = state.q;
  form.addEventListener("change", (event) => {
    if (event.target.name === "q") return;
    applyForm();
  });
  form.q.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      applyForm();
    }
  });
  form.addEventListener("reset", () => setTimeout(applyForm, 0));
}

function applyForm() {
  const form = $("#filters");
  for (const key of FILTER_KEYS) state[key] = form[key].value.trim();
  writeState(state, { push: true });
  reload();
}

function listItem(ev) {
  const loc = ev.location || {};
  const item = el("li", { class: "incident", dataset: { id: ev.id }, tabindex: 0 },
    el("span", { class: "swatch", style: `background:${typeColor(ev.event_type)}` }),
    el("span", { class: "date" }, ev.event_date || "date unknown"),
    el("span", { class: "what" }, ev.sub_event_type),
    el("span", { class: "where" }, [loc.name, countryName(loc.country)].filter(Boolean).join(", ")),
    ev.fatalities ? el("span", { class: "killed" }, `${ev.fatalities} killed`) : null);
  item.classList.toggle("selected", ev.id === state.incident);
  item.addEventListener("click", () => selectIncident(ev.id, { reveal: true }));
  item.addEventListener("keydown", (event) => {
    if (event.key === "Enter") selectIncident(ev.id, { reveal: true });
  });
  return item;
}

async function loadList(append = false) {
  const page = await getJSON("/api/events", {
    ...apiFilters(state), sort: "-date", limit: 100, cursor: append ? nextCursor : "",
  });
  nextCursor = page.next_cursor;
  const items = page.events.map(listItem);
  if (append) $("#list").append(...items);
  else $("#list").replaceChildren(...items);
  $("#more").hidden = !nextCursor;
}

async function reload({ fit = false } = {}) {
  const mine = ++loadCount;
  document.body.dataset.state = "loading";
  status("loading…");
  try {
    const [stats, points] = await Promise.all([
      getJSON("/api/stats", apiFilters(state, { withPeriod: false })),
      getJSON("/api/map", apiFilters(state)),
      loadList(),
    ]);
    if (mine !== loadCount) return; // a newer reload has started
    timeline.render(stats.by_day_type);
    timeline.setPeriod(state.since, state.until);
    map.setPoints(points.columns, points.rows);
    if (fit) map.fit(points.columns, points.rows);
    const countries = Object.keys(stats.by_country).filter((c) => c !== "unknown");
    fillSelect($("#filters").country, countries.map((c) => ({ value: c, label: `${countryName(c)} (${stats.by_country[c]})` })),
      state.country);
    const inPeriod = state.since || state.until ? ` · ${points.rows.length} in the period` : "";
    status(`${stats.incidents} incidents${inPeriod} · ${points.rows.length} on the map` +
      (points.truncated ? " (newest only)" : "") + (stats.by_day.unknown ? ` · ${stats.by_day.unknown} without a date` : ""));
    showPeriod();
    document.body.dataset.state = "ready";
  } catch (err) {
    status(String(err.message || err), true);
    document.body.dataset.state = "error";
  }
}

function showPeriod() {
  const text = state.since || state.until ? `${state.since || "…"} to ${state.until || "…"}` : "all dates";
  $("#period").textContent = text;
  $("#clear-period").hidden = !(state.since || state.until);
}

function onPeriod(since, until) {
  state.since = since;
  state.until = until;
  writeState(state, { push: true });
  reload(); // the timeline's counts ignore the period; the map, the list and the status follow it
}

function closeCard() {
  state.incident = "";
  $("#card").hidden = true;
  $("#card").replaceChildren();
  map.select(null);
  for (const li of document.querySelectorAll("#list li.selected")) li.classList.remove("selected");
  writeState(state, { push: true });
}

function selectIncident(id, { reveal = false, push = true } = {}) {
  state.incident = id;
  writeState(state, { push });
  for (const li of document.querySelectorAll("#list li")) li.classList.toggle("selected", li.dataset.id === id);
  map.select(id, { reveal });
  renderCard($("#card"), id, closeCard);
}

async function start() {
  let config;
  try {
    config = await getJSON("/api/config");
  } catch (err) {
    status(String(err.message || err), true);
    return;
  }
  map = createMap($("#map"), config, (id) => selectIncident(id));
  map.setView(state.map);
  map.map.on("moveend", () => {
    state.map = map.view();
    writeState(state);
  });
  timeline = createTimeline($("#timeline-chart"), onPeriod);
  setupFilters(config);
  $("#more").addEventListener("click", () => loadList(true));
  $("#clear-period").addEventListener("click", () => onPeriod("", ""));
  window.addEventListener("popstate", () => {
    state = readState();
    for (const key of FILTER_KEYS) $("#filters")[key].value = state[key];
    map.setView(state.map);
    reload();
    if (state.incident) selectIncident(state.incident, { push: false });
    else if (!$("#card").hidden) closeCard();
  });
  let resizeTimer;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => reload(), 250);
  });
  await reload({ fit: !state.map });
  if (state.incident) selectIncident(state.incident, { reveal: !state.map, push: false });
}

start();
