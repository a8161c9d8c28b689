// The page's only way to the server: GET requests to the sitrep API, errors turned into messages.

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export async function getJSON(path, params = {}) {
  const response = await fetch(path + query(params), { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      message = (await response.json()).error || message;
    } catch (_err) {
      /* not JSON: keep the status line */
    }
    throw new Error(`${path}: ${message}`);
  }
  return response.json();
}
