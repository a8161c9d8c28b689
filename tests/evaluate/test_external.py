"""The measuring instrument for ACLED notes and POPCORN documents (issue #3).

The synthetic files below are our own text in the two formats; the real data is read from
../shared when present.
"""

import csv
import json

from sitrep.evaluate.external import evaluate_acled, evaluate_popcorn, load_acled, split_notes
from sitrep.evaluate.report import write_acled_report, write_popcorn_report

from ..conftest import SHARED, needs_shared, run_cli

ACLED_COLS = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "inter1", "location",
              "country", "latitude", "longitude", "geo_precision", "time_precision", "fatalities", "notes"]
ROWS = [
    ["XX1", "2021-03-02", "Violence against civilians", "Attack", "Unidentified Armed Group (Mali)", "3", "Gao",
     "Mali", "16.27", "-0.04", "1", "1", "3", "On 2 March 2021, gunmen killed three civilians in Gao. 3 fatalities."],
    ["XX2", "2021-03-05", "Protests", "Peaceful protest", "Protesters (Senegal)", "6", "Dakar", "Senegal",
     "14.69", "-17.44", "1", "1", "0", "On 5 March 2021, students protested peacefully in Dakar against fees. [size=no report]"],
    ["XX3", "2021-03-06", "Battles", "Armed clash", "Military Forces of Nigeria (2015-)", "1", "Maiduguri", "Nigeria",
     "11.85", "13.16", "1", "1", "4", "On 6 March 2021, soldiers clashed with Boko Haram fighters near Maiduguri. 4 fatalities."],
]


def _acled(tmp_path, rows=ROWS, name="acled.csv"):
    p = tmp_path / name
    with p.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(ACLED_COLS)
        w.writerows(rows)
    return p


def test_acled_scores_and_report(tmp_path):
    sc = evaluate_acled(str(_acled(tmp_path)))
    s = sc.summary()
    assert s["notes"] == 3 and s["gold_events"] == 3
    assert s["detection_recall"] == 1.0
    assert s["event_type"] == 1.0 and s["sub_event_type"] == 1.0 and s["event_date"] == 1.0
    assert s["location"] == 1.0 and s["country"] == 1.0
    out = tmp_path / "report"
    write_acled_report(sc, out, "synthetic")
    for name in ("report.md", "scores.json", "confusion.png", "location_error.png"):
        assert (out / name).stat().st_size > 0, name
    assert (out / "errors.jsonl").exists()
    assert (out / "confusion.png").read_bytes()[:4] == b"\x89PNG"
    # scores by year: ACLED's conventions changed over the years
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "## By year" in report and "| 2021 | 3 |" in report


def test_the_year_of_a_row_from_its_column_or_its_date():
    from sitrep.evaluate.external import _year
    assert _year({"year": "2016", "event_date": "2016-06-17"}) == "2016"
    assert _year({"event_date": "02 March 2021"}) == "2021"
    assert _year({"event_date": "2015-01-04"}) == "2015"
    assert _year({"event_date": ""}) == "unknown"


def test_acled_is_deterministic(tmp_path):
    p = _acled(tmp_path)
    a, b = (evaluate_acled(str(p), sample=2, seed=7).summary() for _ in range(2))
    a.pop("notes_per_second"), b.pop("notes_per_second")
    assert a == b


def test_holdout_and_dev_are_disjoint(tmp_path):
    notes = load_acled(str(_acled(tmp_path)))
    hold, dev = split_notes(notes, "holdout"), split_notes(notes, "dev")
    assert {n.key for n in hold}.isdisjoint({n.key for n in dev})
    assert len(hold) + len(dev) == len(notes)


def test_popcorn_detection(tmp_path):
    docs = {
        "1": {"text": "Des manifestants se sont rassemblés samedi devant la mairie de Lyon pour protester contre la réforme.",
              "entities": [{"type": "DEMONSTRATION", "mentions": []}], "relations": []},
        "2": {"text": "Un incendie a détruit une maison à Denver ; la propriétaire a été sauvée par les pompiers.",
              "entities": [{"type": "FIRE", "mentions": []}], "relations": []},
    }
    p = tmp_path / "pop.json"
    p.write_text(json.dumps(docs, ensure_ascii=False), encoding="utf-8")
    sc = evaluate_popcorn(str(p))
    assert (sc.tp, sc.fp, sc.fn, sc.tn) == (1, 0, 0, 1)
    write_popcorn_report(sc, tmp_path / "r", "synthetic")
    assert (tmp_path / "r/report.md").exists()


def test_cli_evaluate_acled(tmp_path):
    res = run_cli("evaluate", "--acled", str(_acled(tmp_path)), "--json", "--quiet")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["notes"] == 3
    res = run_cli("evaluate", "--acled", str(tmp_path / "missing.csv"))
    assert res.returncode == 2 and "cannot read" in res.stderr


@needs_shared(SHARED / "gold/acled/dev.csv")
def test_real_acled_sample_runs():
    s = evaluate_acled(str(SHARED / "gold/acled/dev.csv"), sample=60, seed=3, split="dev").summary()
    assert s["notes"] == 60
    assert all(v is None or 0 <= v <= 1 for k, v in s.items() if k not in ("notes", "gold_events", "predicted_events",
                                                                            "notes_per_second"))


def test_location_reachable_bounds_what_reading_names_can_give(tmp_path):
    # a note that names a town the gazetteer has, coded at ACLED's point far from it: the extractor
    # is wrong and so would any reader of the name be (the coordinates disagree with the gazetteer)
    rows = [["YY1", "2021-03-02", "Violence against civilians", "Attack", "Unidentified Armed Group (Mali)", "3",
             "Gao", "Mali", "12.00", "-8.00", "1", "1", "1", "On 2 March 2021, gunmen killed a trader in Gao. 1 fatality."]]
    s = evaluate_acled(str(_acled(tmp_path, rows, "far.csv"))).summary()
    assert s["location"] == 0.0 and s["location_reachable"] == 0.0
    s = evaluate_acled(str(_acled(tmp_path))).summary()
    assert s["location_reachable"] == 1.0 >= s["location"]


def test_end_to_end_rates_count_a_missed_event_wrong(tmp_path):
    # a note with nothing to extract (no violence told) beside three found right: the field rates
    # over matched events stay perfect, the end-to-end ones (what the eval gate keeps, since finding
    # one more event can only raise them) count the missed row as wrong
    rows = [*ROWS, ["XX4", "2021-03-07", "Protests", "Peaceful protest", "Protesters (Mali)", "6", "Gao", "Mali",
                    "16.27", "-0.04", "1", "1", "0", "A quiet day in Gao."]]
    s = evaluate_acled(str(_acled(tmp_path, rows, "missed.csv"))).summary()
    assert s["detection_recall"] == 0.75
    assert s["event_type"] == 1.0 and s["location"] == 1.0
    assert s["e2e_event_type"] == 0.75 and s["e2e_location"] == 0.75 and s["e2e_sub_event_type"] == 0.75
