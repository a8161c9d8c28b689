"""The command line: documented commands, stable ids, input order, JSONL ids kept."""

import json

from sitrep.cli import app

from .conftest import ROOT, run_cli


def test_every_command_has_examples():
    import typer.main

    cmd = typer.main.get_command(app)
    assert cmd.commands, "no commands registered"
    for name, sub in cmd.commands.items():
        assert sub.help and len(sub.help) > 40, f"{name} needs a help text"
        assert sub.epilog and "Examples" in sub.epilog and f"sitrep {name}" in sub.epilog, f"{name} needs examples"


def test_json_output_in_spec_shape_and_stable_ids(tmp_path):
    art = ROOT / "examples/goma-protest-en.txt"
    first = run_cli("extract", str(art), "--format", "json", "--quiet")
    second = run_cli("extract", str(art), "--format", "json", "--quiet")
    assert first.returncode == 0, first.stderr
    a, b = json.loads(first.stdout), json.loads(second.stdout)
    assert set(a) == {"article", "events", "quotes"}
    for key in ("id", "path", "url", "title", "language", "published", "text", "original_source"):
        assert key in a["article"]
    assert a["events"], "the example reports incidents"
    for ev in a["events"]:
        for s in ev["evidence"]:
            assert a["article"]["text"][s["start"]:s["end"]] == s["text"]
    assert [e["id"] for e in a["events"]] == [e["id"] for e in b["events"]]
    assert a["article"]["id"] == b["article"]["id"]


def test_jsonl_input_keeps_ids_and_order(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "b-2", "text": "Gunmen killed two farmers in Kaduna on Monday.", "published": "2024-05-08",
         "language": "en"},
        {"id": "a-1", "text": "Des manifestants se sont rassemblés mardi à Dakar.", "published": "2024-05-08"},
        "not an object",
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n", encoding="utf-8")
    res = run_cli("extract", str(src), "--format", "jsonl", "--quiet")
    assert res.returncode == 0
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert [d["article"]["id"] for d in out] == ["b-2", "a-1"]
    errors = res.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "in.jsonl:3" in errors[0] and "JSON object" in errors[0]
    assert "in.jsonl:4" in errors[1] and "malformed" in errors[1]


def test_publisher_option_hints_the_country(tmp_path):
    art = tmp_path / "story.txt"
    art.write_text("Hundreds of teachers protested outside the ministry on Monday, demanding the payment of arrears.\n",
                   encoding="utf-8")
    res = run_cli("extract", str(art), "--publisher", "Daily Nation", "--language", "en", "--format", "jsonl", "--quiet")
    doc = json.loads(res.stdout.splitlines()[0])
    assert doc["article"]["publisher"] == "Daily Nation"
    assert [e["location"]["country"] for e in doc["events"]] == ["KE"]


def test_same_output_whatever_the_hash_seed(tmp_path):
    """Python randomises the order of sets per process: no event may depend on it. The phrases here
    carry several labels ("destroyed property" is a riot's and a looting's word)."""
    import os
    import subprocess
    import sys

    src = tmp_path / "mixed.jsonl"
    rows = [
        {"id": "r1", "text": "Residents of Kisumu destroyed property belonging to two men the court had freed.",
         "published": "2024-05-08", "language": "en"},
        {"id": "r2", "text": "Des jeunes ont incendié des pneus et pillé des boutiques mardi à Goma.",
         "published": "2024-05-08", "language": "fr"},
        {"id": "r3", "text": (ROOT / "examples/goma-protest-en.txt").read_text(encoding="utf-8"),
         "published": "2024-05-08", "language": "en"},
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    outs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        res = subprocess.run([sys.executable, "-m", "sitrep", "extract", str(src), "--format", "jsonl", "--quiet"],
                             capture_output=True, cwd=ROOT, timeout=600, text=True, encoding="utf-8", env=env)
        assert res.returncode == 0, res.stderr
        outs.append([[(e["event_type"], e["sub_event_type"], e["id"]) for e in json.loads(line)["events"]]
                     for line in res.stdout.splitlines()])
    assert outs[0] and outs[0] == outs[1] == outs[2]
