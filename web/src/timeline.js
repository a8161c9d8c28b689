// The timeline: incidents per day as bars stacked by event type, with a brush that selects a
// period (snapped to whole days). Days without a date are left out and counted apart.
import { axisBottom } from "d3-axis";
import { brushX } from "d3-brush";
import { scaleLinear, scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { utcDay } from "d3-time";
import { TYPE_COLORS, typeColor } from "./colors.js";

const HEIGHT = 110;
const AXIS = 20;
const iso = (d) => d.toISOString().slice(0, 10);
const day = (text) => new Date(`${text}T00:00:00Z`);

export function createTimeline(svgNode, onPeriod) {
  const svg = select(svgNode);
  let x = null;
  let brush = null;
  let brushLayer = null;

  function render(byDayType) {
    svg.selectAll("*").remove();
    const width = svgNode.clientWidth || 800;
    svg.attr("viewBox", `0 0 ${width} ${HEIGHT}`).attr("height", HEIGHT);
    const days = Object.keys(byDayType).filter((d) => d !== "unknown").sort();
    svgNode.dataset.days = String(days.length);
    if (!days.length) {
      x = null;
      svg.append("text").attr("x", 8).attr("y", 30).attr("class", "empty").text("no dated incidents");
      return;
    }
    const first = utcDay.offset(day(days[0]), -1);
    const last = utcDay.offset(day(days[days.length - 1]), 2);
    x = scaleUtc().domain([first, last]).range([4, width - 4]);
    const totals = days.map((d) => Object.values(byDayType[d]).reduce((a, b) => a + b, 0));
    const y = scaleLinear().domain([0, Math.max(...totals)]).range([HEIGHT - AXIS, 6]);
    const barWidth = Math.max(2, x(utcDay.offset(first, 1)) - x(first) - 1);
    const order = [...Object.keys(TYPE_COLORS)];
    const bars = svg.append("g").attr("class", "bars");
    days.forEach((d) => {
      let base = 0;
      const types = Object.keys(byDayType[d]).sort((a, b) => order.indexOf(a) - order.indexOf(b));
      for (const t of types) {
        const n = byDayType[d][t];
        bars.append("rect")
          .attr("class", "bar")
          .attr("x", x(day(d)))
          .attr("width", barWidth)
          .attr("y", y(base + n))
          .attr("height", Math.max(0, y(base) - y(base + n)))
          .attr("fill", typeColor(t))
          .append("title").text(`${d}: ${n} × ${t}`);
        base += n;
      }
    });
    svg.append("g").attr("class", "axis").attr("transform", `translate(0,${HEIGHT - AXIS})`)
      .call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))));
    brush = brushX().extent([[0, 0], [width, HEIGHT - AXIS]]).on("end", (event) => {
      if (!event.sourceEvent) return; // moved by setPeriod, not by the user
      if (!event.selection) {
        onPeriod("", "");
        return;
      }
      const [a, b] = event.selection.map((px) => utcDay.floor(x.invert(px)));
      const until = utcDay.offset(b, b > a ? -1 : 0);
      onPeriod(iso(a), iso(until < a ? a : until));
    });
    brushLayer = svg.append("g").attr("class", "brush").call(brush);
  }

  function setPeriod(since, until) {
    if (!x || !brush) return;
    if (!since && !until) {
      brushLayer.call(brush.move, null);
      return;
    }
    const [lo, hi] = x.domain();
    const a = since ? day(since) : lo;
    const b = until ? utcDay.offset(day(until), 1) : hi;
    brushLayer.call(brush.move, [Math.max(x(a), x(lo)), Math.min(x(b), x(hi))]);
  }

  return { render, setPeriod };
}
