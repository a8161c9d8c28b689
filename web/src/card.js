// The incident card: every field, its sources, and each source article's text with the sentences
// the fields came from highlighted. The text is untrusted: it is split at the evidence offsets
// and inserted as text nodes, so markup in an article stays inert characters.
import { getJSON } from "./api.js";
import { typeColor } from "./colors.js";
import { countryName, el, safeLink } from "./dom.js";

const PRECISION = { 1: "exact place", 2: "near a place / district", 3: "region or province" };
const TIME_PRECISION = { 1: "day", 2: "week", 3: "month" };

function actor(a) {
  if (!a) return "";
  return `${a.name} (${a.type.replace(/_/g, " ")}${a.country ? `, ${a.country}` : ""})`;
}

function place(loc) {
  if (!loc) return "";
  const parts = [loc.name, loc.admin1, countryName(loc.country)].filter(Boolean);
  const where = parts.join(", ");
  const coords = loc.lat !== null && loc.lat !== undefined ? ` · ${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)}` : "";
  return `${where || "unknown"}${coords} · ${PRECISION[loc.geo_precision] || "precision unknown"}`;
}

function fields(ev) {
  const rows = [
    ["Type", `${ev.event_type} › ${ev.sub_event_type}`],
    ["Date", ev.event_date ? `${ev.event_date} (to the ${TIME_PRECISION[ev.time_precision] || "?"})` : "unknown"],
    ["Where", place(ev.location)],
    ["Actor 1", actor(ev.actor1)],
    ["Actor 2", actor(ev.actor2)],
    ["Attribution", ev.attribution],
    ["Suspected", (ev.suspected_actors || []).join(", ")],
    ["Weapons", (ev.weapons || []).join(", ")],
    ["Outcome", ev.outcome + (ev.interceptor ? ` (intercepted by ${ev.interceptor})` : "")],
    ["Killed", ev.fatalities ?? ""],
    ["Reported tolls", (ev.fatalities_reported || []).length > 1 ? ev.fatalities_reported.join(", ") : ""],
    ["Injured", ev.injuries ?? ""],
    ["Background", ev.background ? "yes (an earlier event recalled)" : ""],
    ["Confidence", ev.confidence],
    ["Sources", (ev.sources || []).length],
  ];
  return el("dl", { class: "fields" },
    rows.filter(([, v]) => v !== "" && v !== null && v !== undefined)
      .map(([k, v]) => [el("dt", {}, k), el("dd", {}, String(v))]));
}

/** [start, end) spans sorted and merged, checked against the text they claim to cover. */
export function spans(text, evidence) {
  const found = [];
  for (const span of evidence) {
    let { start, end } = span;
    if (text.slice(start, end) !== span.text) {
      start = text.indexOf(span.text);
      end = start + span.text.length;
    }
    if (start >= 0 && end > start) found.push([start, end]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const s of found) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  return merged;
}

export function highlighted(text, evidence) {
  const body = el("div", { class: "article-text" });
  let at = 0;
  for (const [start, end] of spans(text, evidence)) {
    body.append(document.createTextNode(text.slice(at, start)), el("mark", { class: "evidence" }, text.slice(start, end)));
    at = end;
  }
  body.append(document.createTextNode(text.slice(at)));
  return body;
}

async function source(art) {
  const box = el("article", { class: "source" },
    el("h4", {}, art.title || "(untitled)"),
    el("p", { class: "meta" }, [art.published || "date unknown", art.language].filter(Boolean).join(" · ")),
    el("ul", { class: "copies" }, (art.copies || []).map((c) => el("li", {}, c.url ? safeLink(c.url) : c.path || ""))));
  try {
    const full = await getJSON(`/api/articles/${encodeURIComponent(art.id)}`);
    const evidence = (art.mentions || []).flatMap((m) => m.evidence || []);
    box.append(highlighted(full.text, evidence));
  } catch (err) {
    box.append(el("p", { class: "error" }, String(err.message || err)));
  }
  return box;
}

export async function renderCard(container, incidentId, onClose) {
  container.hidden = false;
  container.replaceChildren(el("p", {}, "loading…"));
  let ev;
  try {
    ev = await getJSON(`/api/events/${encodeURIComponent(incidentId)}`);
  } catch (err) {
    container.replaceChildren(el("p", { class: "error" }, String(err.message || err)),
      el("button", { type: "button", onclick: onClose }, "Close"));
    return;
  }
  const head = el("div", { class: "card-head" },
    el("span", { class: "swatch", style: `background:${typeColor(ev.event_type)}` }),
    el("h3", {}, `${ev.sub_event_type}${ev.location && ev.location.name ? ` in ${ev.location.name}` : ""}`),
    el("button", { type: "button", class: "close", "aria-label": "close", onclick: onClose }, "×"));
  const sources = el("section", { class: "sources" }, el("h4", {}, `Sources (${(ev.articles || []).length})`));
  container.replaceChildren(head, fields(ev), sources);
  container.dataset.incident = ev.id;
  for (const box of await Promise.all((ev.articles || []).map(source))) sources.append(box);
  const first = container.querySelector("mark.evidence");
  if (first) first.scrollIntoView({ block: "nearest" });
  container.dataset.loaded = "true";
}
