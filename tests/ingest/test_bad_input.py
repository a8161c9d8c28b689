"""Bad input: one clear line on stderr naming the file and the reason; the rest is kept."""

import json

import pytest

from ..conftest import ROOT, run_cli

GOOD = (ROOT / "tests/golden/articles/fr09_arrest_tunis.txt").read_bytes()


def _bad(tmp_path, name: str, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


CASES = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"   \n\n  \n", "empty"),
    "report.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n" * 20, "PDF"),
    "photo.png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "PNG"),
    "random.txt": (bytes((i * 7919) % 256 for i in range(20000)), "binary"),
    "nobody.html": (b"<!DOCTYPE html><html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
                    "no article text"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_alone_fails_with_one_line(tmp_path, name):
    data, reason = CASES[name]
    p = _bad(tmp_path, name, data)
    res = run_cli("extract", str(p), "--format", "jsonl", "--quiet")
    assert res.returncode != 0
    lines = res.stderr.strip().splitlines()
    assert lines[0].startswith("sitrep: error: ") and str(p) in lines[0], res.stderr
    assert reason.lower() in lines[0].lower(), lines[0]
    assert "Traceback" not in res.stderr
    assert res.stdout == ""


def test_invalid_utf8_cp1252_is_read(tmp_path):
    """A French page saved as cp1252 is not UTF-8 but is text: it is decoded, not refused."""
    p = _bad(tmp_path, "latin.txt", GOOD.decode("utf-8").encode("cp1252"))
    res = run_cli("extract", str(p), "--format", "json", "--quiet", "--published", "2023-11-15")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert "arrêté" in doc["article"]["text"]
    assert doc["events"][0]["sub_event_type"] == "Arrests"


def test_huge_file_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.write(GOOD)
        fh.seek(50 * 1024 * 1024)
        fh.write(b"\n")
    res = run_cli("extract", str(p), "--quiet")
    assert res.returncode != 0
    assert "too large" in res.stderr and str(p) in res.stderr and "--max-mb" in res.stderr


def test_folder_with_one_bad_file_keeps_the_good_ones(tmp_path):
    (tmp_path / "a_good.txt").write_bytes(GOOD)
    (tmp_path / "b_bad.pdf").write_bytes(CASES["report.pdf"][0])
    (tmp_path / "c_good.txt").write_bytes((ROOT / "tests/golden/articles/en09_grenade_bujumbura.txt").read_bytes())
    res = run_cli("extract", str(tmp_path), "--format", "jsonl", "--quiet")
    assert res.returncode == 0, res.stderr
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [d["article"]["path"].rsplit("/", 1)[-1] for d in docs] == ["a_good.txt", "c_good.txt"]
    assert all(d["events"] for d in docs)
    err = res.stderr.strip().splitlines()
    assert len(err) == 1 and "b_bad.pdf" in err[0] and "PDF" in err[0]


def test_missing_path_and_bad_option(tmp_path):
    res = run_cli("extract", str(tmp_path / "nope.txt"), "--quiet")
    assert res.returncode != 0 and "no such file" in res.stderr
    res = run_cli("extract", str(ROOT / "examples"), "--published", "yesterdayish")
    assert res.returncode == 2 and "YYYY-MM-DD" in res.stderr and "Traceback" not in res.stderr


def test_stdin(tmp_path):
    res = run_cli("extract", "-", "--format", "json", "--quiet", "--published", "2023-11-15",
                  stdin=GOOD.decode("utf-8"))
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["events"]
