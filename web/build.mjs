// Bundles the page (our modules, Leaflet, the marker clusters, d3 and the world-atlas outlines)
// into src/sitrep/serve/static/, so that the served page needs no network at all.
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";

const out = new URL("../src/sitrep/serve/static/", import.meta.url);
await mkdir(out, { recursive: true });
await build({
  entryPoints: ["src/main.js"],
  bundle: true,
  minify: true,
  sourcemap: true,
  format: "iife",
  target: ["es2020"],
  outfile: new URL("app.js", out).pathname,
  loader: { ".png": "dataurl", ".json": "json" },
  legalComments: "linked",
  logLevel: "warning",
});
await copyFile(new URL("index.html", import.meta.url), new URL("index.html", out));
