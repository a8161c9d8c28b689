// The view lives in the URL (shareable links): filters, the selected period and incident, and the
// map's centre and zoom.

export const FILTER_KEYS = ["type", "weapon", "attribution", "country", "q"];
const KEYS = [...FILTER_KEYS, "since", "until", "incident", "map"];

export function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = {};
  for (const key of KEYS) state[key] = params.get(key) || "";
  return state;
}

export function writeState(state, { push = false } = {}) {
  const params = new URLSearchParams();
  for (const key of KEYS) if (state[key]) params.set(key, state[key]);
  const text = params.toString();
  const url = `${window.location.pathname}${text ? `?${text}` : ""}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

/** The API filters of a state; `withPeriod: false` for the timeline, which shows every day. */
export function apiFilters(state, { withPeriod = true } = {}) {
  const out = {};
  for (const key of FILTER_KEYS) if (state[key]) out[key] = state[key];
  if (withPeriod) {
    if (state.since) out.since = state.since;
    if (state.until) out.until = state.until;
  }
  return out;
}
