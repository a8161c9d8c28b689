// The map: country outlines from world-atlas (bundled), an optional online tile layer, and one
// circle per incident: colour = event type, size = fatalities, solid = exact place, dashed = a
// region (geo precision 2 or 3). Dense areas cluster.
import L from "./leaflet-global.js";
import "leaflet.markercluster";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import { feature } from "topojson-client";
import countries from "world-atlas/countries-50m.json";
import { TYPE_COLORS, typeColor } from "./colors.js";
import { el } from "./dom.js";

export function radius(fatalities) {
  return 5 + 2.5 * Math.sqrt(Math.min(fatalities || 0, 400));
}

function markerStyle(eventType, precision, selected) {
  const exact = precision === 1;
  return {
    color: selected ? "#000" : typeColor(eventType),
    weight: selected ? 3 : exact ? 1.5 : 2,
    dashArray: exact ? null : "4 3",
    fillColor: typeColor(eventType),
    fillOpacity: exact ? 0.75 : 0.25,
  };
}

function legend() {
  const control = L.control({ position: "topright" });
  control.onAdd = () => {
    const box = el("div", { class: "legend" });
    for (const [name, color] of Object.entries(TYPE_COLORS)) {
      box.append(el("div", {}, el("span", { class: "swatch", style: `background:${color}` }), name));
    }
    box.append(el("div", { class: "legend-note" }, "solid: exact place · dashed: region · size: fatalities"));
    return box;
  };
  return control;
}

export function createMap(container, config, onSelect) {
  const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 14, preferCanvas: false });
  map.createPane("outlines").style.zIndex = 250;
  L.geoJSON(feature(countries, countries.objects.countries), {
    pane: "outlines",
    interactive: false,
    style: { color: "#8a8f98", weight: 0.7, fillColor: "#eef0f3", fillOpacity: 1 },
  }).addTo(map);
  if (config.tiles) {
    L.tileLayer(config.tiles, { attribution: config.tiles_attribution || "", maxZoom: 18 }).addTo(map);
  }
  legend().addTo(map);
  // neutral clusters, so that their colour is not read as an event type
  const cluster = L.markerClusterGroup({
    chunkedLoading: true,
    maxClusterRadius: 40,
    showCoverageOnHover: false,
    iconCreateFunction: (group) => {
      const n = group.getChildCount();
      const size = n < 10 ? 28 : n < 100 ? 34 : n < 1000 ? 40 : 48;
      return L.divIcon({ html: String(n), className: "incident-cluster", iconSize: [size, size] });
    },
  });
  map.addLayer(cluster);
  const byId = new Map();
  let selected = null;

  function setPoints(columns, rows) {
    cluster.clearLayers();
    byId.clear();
    const col = Object.fromEntries(columns.map((name, i) => [name, i]));
    const markers = rows.map((row) => {
      const id = row[col.id];
      const eventType = row[col.event_type];
      const precision = row[col.geo_precision];
      const marker = L.circleMarker([row[col.lat], row[col.lon]], {
        radius: radius(row[col.fatalities]),
        className: `incident-marker precision-${precision}`,
        ...markerStyle(eventType, precision, id === selected),
      });
      marker.sitrep = { id, eventType, precision };
      const label = el("span", {}, `${row[col.event_date] || "date unknown"} · ${eventType}`,
        row[col.fatalities] ? ` · ${row[col.fatalities]} killed` : "");
      marker.bindTooltip(label);
      marker.on("click", () => onSelect(id));
      byId.set(id, marker);
      return marker;
    });
    cluster.addLayers(markers);
    container.dataset.markers = String(markers.length);
  }

  function select(id, { reveal = false } = {}) {
    for (const key of [selected, id]) {
      const marker = byId.get(key);
      if (marker) marker.setStyle(markerStyle(marker.sitrep.eventType, marker.sitrep.precision, key === id));
    }
    selected = id;
    const marker = byId.get(id);
    if (marker && reveal) cluster.zoomToShowLayer(marker, () => marker.bringToFront());
  }

  function view() {
    const c = map.getCenter();
    return `${map.getZoom()}/${c.lat.toFixed(3)}/${c.lng.toFixed(3)}`;
  }

  function setView(text) {
    const [z, lat, lon] = (text || "").split("/").map(Number);
    if ([z, lat, lon].every(Number.isFinite)) map.setView([lat, lon], z);
    else map.setView([25, 20], 2);
  }

  function fit(columns, rows) {
    const col = Object.fromEntries(columns.map((name, i) => [name, i]));
    if (!rows.length) return;
    const bounds = L.latLngBounds(rows.map((r) => [r[col.lat], r[col.lon]]));
    map.fitBounds(bounds.pad(0.2), { maxZoom: 6 });
  }

  return { map, setPoints, select, view, setView, fit };
}
