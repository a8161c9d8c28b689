"""RSS/Atom feed files and files listing URLs (served here by a local HTTP server: no outside network)."""

import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sitrep.ingest import iter_inputs
from sitrep.ingest.feeds import parse_feed

from ..conftest import ROOT, run_cli

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Sahel Wire</title>
<item><title>Gunmen kill five farmers near Kaduna</title><link>https://example.org/a1</link>
<pubDate>Wed, 03 Jul 2024 08:15:00 +0100</pubDate>
<description>Gunmen killed five farmers working on their fields near Kaduna on Tuesday, police said.</description></item>
<item><title>Protest in Dakar</title><link>https://example.org/a2</link><pubDate>Mon, 15 Apr 2024 10:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>Thousands of people protested peacefully in Dakar on Saturday against food prices, organisers said.</p>]]>
</content:encoded></item>
<item><title>Empty</title><link>https://example.org/a3</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Rockets hit Erbil</title><link href="https://example.org/b1"/><published>2024-02-16T09:00:00Z</published>
<summary>Three rockets struck near Erbil International Airport on Wednesday night, officials said.</summary></entry></feed>"""


def test_parse_rss_and_atom():
    rss = parse_feed(RSS.encode())
    assert [i["published"] for i in rss] == ["2024-07-03", "2024-04-15", None]
    assert rss[1]["body"].startswith("<p>Thousands")
    (atom,) = parse_feed(ATOM.encode())
    assert atom["link"] == "https://example.org/b1" and atom["published"] == "2024-02-16"
    with pytest.raises(ValueError):
        parse_feed(b"<rss><channel><item></rss>")


def test_feed_items_become_articles_with_dates_and_urls(tmp_path):
    (tmp_path / "wire.xml").write_text(RSS, encoding="utf-8")
    raws = list(iter_inputs([str(tmp_path / "wire.xml")]))
    assert [r.url for r in raws] == ["https://example.org/a1", "https://example.org/a2", None]
    assert raws[2].error is not None and "no text" in str(raws[2].error)
    assert raws[0].publisher == "Sahel Wire"  # the channel's title names the outlet
    res = run_cli("extract", str(tmp_path / "wire.xml"), "--format", "jsonl", "--quiet")
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [d["article"]["published"] for d in docs] == ["2024-07-03", "2024-04-15"]
    assert docs[0]["events"][0]["event_date"] == "2024-07-02"
    assert "wire.xml#item3" in res.stderr


@pytest.fixture
def server(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "article.html").write_bytes((ROOT / "tests/golden/articles/en15_html_kaduna.html").read_bytes())
    (site / "atom.xml").write_text(ATOM, encoding="utf-8")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_url_list_is_fetched(tmp_path, server):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{server}/article.html\n{server}/atom.xml\n{server}/missing.html\n", encoding="utf-8")
    db = str(tmp_path / "u.db")
    res = run_cli("ingest", str(urls), "--db", db, "--quiet")
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["articles_new"] == 2 and summary["articles_failed"] == 1
    assert "missing.html" in res.stderr and "could not download" in res.stderr
    res = run_cli("events", "--db", db, "--format", "json")
    places = {e["location"]["name"] for e in json.loads(res.stdout)}
    assert {"Kaduna", "Erbil International Airport"} <= places
