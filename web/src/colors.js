// One colour per ACLED event type, shared by the markers, the timeline bars and the legend.
export const TYPE_COLORS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#1f77b4",
  "Riots": "#8c564b",
  "Strategic developments": "#2ca02c",
};
export const OTHER_COLOR = "#7f7f7f";

export function typeColor(eventType) {
  return TYPE_COLORS[eventType] || OTHER_COLOR;
}
