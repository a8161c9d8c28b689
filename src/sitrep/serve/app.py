"""The REST API (FastAPI). Errors are JSON with a message a person can act on; write endpoints are
off unless SITREP_API_TOKEN is set, and then require it; request bodies are size-limited; all SQL
goes through the store's parameterised queries."""

from __future__ import annotations

import hmac
import json
import os
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Literal, get_args

import anyio.to_thread
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from sitrep.errors import SitrepError
from sitrep.export import to_acled_csv, to_geojson
from sitrep.model import EVENT_TYPES, SUB_TO_EVENT_TYPE, WEAPONS, Attribution, Outcome
from sitrep.store import Store, open_store

MAX_BODY = 5 * 1024 * 1024
MAX_PAGE = 500
THREADS = 2
MAX_POINTS = 20000  # markers the page draws at once (newest first)


class ArticleIn(BaseModel):
    text: str | None = Field(None, description="Plain text of the article (or give html).")
    html: str | None = Field(None, description="HTML of the article page.")
    url: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD")
    language: str | None = Field(None, description="fr or en; detected when absent")


def create_app(db: str | Store, token: str | None = None, tiles: str | None = None,
               tiles_attribution: str | None = None) -> FastAPI:
    """The API and the page over one database. `tiles` is an optional online tile layer URL
    template (e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png); without it the page needs no
    network at all."""
    store = db if isinstance(db, Store) else open_store(db)
    token = token if token is not None else os.environ.get("SITREP_API_TOKEN")

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        # the sync endpoints run in a thread pool; two threads serve short queries better than
        # anyio's 40, which mostly wait on each other for the GIL (measured: benchmarks/serve.py)
        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
        yield

    app = FastAPI(title="sitrep", lifespan=lifespan, version="0.1.0",
                  description="Conflict incidents extracted from news, merged across articles, with their evidence.")

    @app.middleware("http")
    async def limit_size(request: Request, call_next):
        size = request.headers.get("content-length")
        if size and size.isdigit() and int(size) > MAX_BODY:
            return JSONResponse({"error": f"request body too large (> {MAX_BODY // 2**20} MB); send one article at a time"},
                                status_code=413)
        return await call_next(request)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException):
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "body"))
        return JSONResponse({"error": f"{where}: {first.get('msg', 'invalid value')}"}, status_code=422)

    @app.exception_handler(SitrepError)
    async def sitrep_error(_request: Request, exc: SitrepError):
        return JSONResponse({"error": str(exc)}, status_code=400)

    def filters(
        since: str | None = Query(None, description="first day YYYY-MM-DD"),
        until: str | None = Query(None, description="last day YYYY-MM-DD"),
        country: str | None = Query(None, min_length=2, max_length=2, description="ISO 3166-1 alpha-2"),
        admin1: str | None = None,
        bbox: str | None = Query(None, description="west,south,east,north"),
        type: str | None = Query(None, description="ACLED event or sub-event type"),  # noqa: A002
        weapon: str | None = Query(None, description="one of the spec's weapon words, e.g. drone"),
        actor: str | None = Query(None, description="name or actor type"),
        attribution: Literal["claimed", "confirmed", "suspected", "unattributed"] | None = None,
        outcome: Literal["impact", "intercepted", "unknown"] | None = None,
        q: str | None = Query(None, max_length=200, description="text in the evidence"),
    ) -> dict:
        """The filters every read endpoint shares (a FastAPI dependency)."""
        from sitrep.ingest.article import check_date

        check_date(since, "since")
        check_date(until, "until")
        if type and type not in EVENT_TYPES and type not in SUB_TO_EVENT_TYPE:
            raise HTTPException(400, f"type {type!r} is not an ACLED event or sub-event type")
        box = None
        if bbox:
            try:
                box = tuple(float(x) for x in bbox.split(","))
                assert len(box) == 4
            except (ValueError, AssertionError):
                raise HTTPException(400, "bbox must be west,south,east,north in degrees, e.g. 38,32,49,38") from None
        return {"since": since, "until": until, "country": country.upper() if country else None, "admin1": admin1,
                "bbox": box, "event_type": type, "weapon": weapon, "actor": actor, "attribution": attribution,
                "outcome": outcome, "q": q}

    @app.get("/api/events", summary="Incidents, filtered and paginated")
    def list_events(
        request: Request,
        f: dict = Depends(filters),
        sort: Literal["date", "-date"] = "date",
        cursor: str | None = None, limit: int = Query(100, ge=1, le=MAX_PAGE),
        format: Literal["json", "geojson", "acled-csv"] = "json",  # noqa: A002
    ):
        if format == "acled-csv" or "text/csv" in request.headers.get("accept", ""):
            recs, _ = store.query(sort=sort, cursor=cursor, limit=limit, **f)
            return PlainTextResponse(to_acled_csv(recs), media_type="text/csv")
        if format == "geojson":
            recs, _ = store.query(sort=sort, cursor=cursor, limit=limit, **f)
            return Response(to_geojson(recs), media_type="application/geo+json")
        # the stored records are the spec's JSON already: passed on as they are
        raws, nxt = store.query(sort=sort, cursor=cursor, limit=limit, raw=True, **f)
        body = '{"events":[' + ",".join(raws) + '],"next_cursor":' + json.dumps(nxt) + "}"
        return Response(body, media_type="application/json")

    @app.get("/api/map", summary="Map markers: compact rows for every matching incident with a point")
    def map_points(f: dict = Depends(filters), limit: int = Query(MAX_POINTS, ge=1, le=MAX_POINTS)):
        rows, truncated = store.points(limit=limit, **f)
        return _json({"columns": ["id", "lat", "lon", "event_date", "event_type", "fatalities", "geo_precision"],
                      "rows": rows, "truncated": truncated})

    @app.get("/api/events/{incident_id}", summary="One incident with every source article and evidence span")
    def get_event(incident_id: str):
        rec = store.incident(incident_id)
        if rec is None:
            raise HTTPException(404, f"no incident {incident_id!r}; list them with GET /api/events")
        return rec

    @app.get("/api/articles/{article_id}", summary="An article's cleaned text with its mentions' offsets")
    def get_article(article_id: str):
        rec = store.article(article_id)
        if rec is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return rec

    @app.get("/api/stats", summary="Counts by day, type and country (for the timeline)")
    def stats(f: dict = Depends(filters)):
        return store.stats(**f)

    @app.get("/api/config", summary="Vocabularies and page settings (for the web page)")
    def config():
        return {"event_types": EVENT_TYPES, "weapons": list(WEAPONS), "attributions": list(get_args(Attribution)),
                "outcomes": list(get_args(Outcome)), "tiles": tiles, "tiles_attribution": tiles_attribution}

    @app.post("/api/articles", summary="Submit an article; returns the incidents it touched", status_code=201)
    def post_article(body: ArticleIn, authorization: str | None = Header(None)):
        if not token:
            raise HTTPException(403, "write endpoints are off: start the server with SITREP_API_TOKEN set")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given, token):
            raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer <SITREP_API_TOKEN>'")
        if not (body.text or body.html):
            raise HTTPException(400, "give the article as text or html")
        from sitrep.ingest.sources import RawInput
        from sitrep.runners.local import Options, process_batch
        from sitrep.store.db import IngestStats, article_key

        raw = RawInput("api", text=body.text, html=body.html if not body.text else None, url=body.url,
                       published=body.published, language=body.language)
        (res,) = process_batch([raw], Options())
        if res.document is None:
            raise HTTPException(400, res.error or "the article could not be read")
        stats = IngestStats()
        store.ingest_document(res.document, stats)
        key = article_key(res.document.article.text)
        return {"article_id": key, "new": bool(stats.articles_new), "incidents": store.touched_by(key)}

    _mount_page(app, tiles)
    return app


def app_from_env() -> FastAPI:
    """The app of one of `sitrep serve --workers N`'s processes (settings passed by environment)."""
    return create_app(os.environ["SITREP_DB"], tiles=os.environ.get("SITREP_TILES") or None,
                      tiles_attribution=os.environ.get("SITREP_TILES_ATTRIBUTION") or None)


def _json(payload: dict) -> Response:
    """Lists of records go out through json.dumps directly: they are plain JSON already, and
    FastAPI's generic encoder costs more than the query for a page of 100 incidents."""
    return Response(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), media_type="application/json")


def static_dir() -> Path:
    """Where `npm run build` (scripts/build_web.sh) writes the bundled page."""
    return Path(__file__).parent / "static"


def _mount_page(app: FastAPI, tiles: str | None) -> None:
    """The page and its bundle. Article text reaches the page only as JSON and is inserted as text;
    the Content-Security-Policy is a second guard: no inline or foreign scripts."""
    root = static_dir()
    img = "'self' data:" + (f" {_origin(tiles)}" if tiles else "")
    csp = (f"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src {img}; "
           "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")

    @app.get("/", include_in_schema=False)
    def page():
        index = root / "index.html"
        if not index.exists():
            return PlainTextResponse("The web page is not built. Run: bash scripts/build_web.sh (needs Node.js and npm), "
                                     "then restart sitrep serve. The API works meanwhile: see /docs.", status_code=503)
        return FileResponse(index, headers={"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff"})

    if root.exists():
        app.mount("/static", StaticFiles(directory=root), name="static")


def _origin(url: str) -> str:
    """scheme://host of a tile URL template, for the Content-Security-Policy."""
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}".replace("{s}", "*")
