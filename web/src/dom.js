// Small DOM helpers. Everything that comes from the database is inserted as text nodes, never as
// HTML: article text is untrusted.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A link only for http(s) URLs: a javascript: URL in a source must not become clickable. */
export function safeLink(url, text) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return el("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer" }, text || url);
    }
  } catch (_err) {
    /* not a URL: shown as text below */
  }
  return el("span", {}, text || url);
}

export function countryName(code) {
  if (!code) return "";
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code) || code;
  } catch (_err) {
    return code;
  }
}
