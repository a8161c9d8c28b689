"""The merge test set: 40 of our own FR/EN articles about 18 incidents, with near misses.
Target (issue #4): B-cubed F1 >= 0.9."""

import json
from pathlib import Path

from sqlalchemy import select

from sitrep.evaluate.clusters import bcubed, pairwise
from sitrep.runners.local import Options, run_extract
from sitrep.store import open_store
from sitrep.store.db import IngestStats
from sitrep.store.schema import article_sources, mentions

HERE = Path(__file__).parent
TRUTH = {k: v for k, v in json.loads((HERE / "truth.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}


def cluster(db: str, files: list[Path]) -> dict[str, str]:
    store = open_store(db)
    stats = IngestStats()
    for res in run_extract([str(f) for f in files], Options()):
        if res.document:
            store.ingest_document(res.document, stats)
    pred = {}
    with store.engine.connect() as conn:
        for f in files:
            art = conn.execute(select(article_sources.c.article_id).where(article_sources.c.path == str(f))).scalar()
            inc = conn.execute(select(mentions.c.incident_id).where(mentions.c.article_id == art)
                               .order_by(mentions.c.id)).scalars().all() if art else []
            pred[f.name] = sorted(inc)[0] if inc else f"none:{f.name}"
    return pred


def test_merge_set_scores(tmp_path):
    files = sorted(HERE.glob("articles/*.txt"))
    assert len(files) >= 40 and len(set(TRUTH.values())) >= 15 and set(TRUTH) == {f.name for f in files}
    pred = cluster(str(tmp_path / "m.db"), files)
    pw, b3 = pairwise(TRUTH, pred), bcubed(TRUTH, pred)
    print(f"pairwise {pw}\nB-cubed {b3}")
    wrong = sorted(f for f in TRUTH if any((TRUTH[f] == TRUTH[g]) != (pred[f] == pred[g]) for g in TRUTH))
    print("articles in a wrong cluster:", wrong)
    assert b3["f1"] >= 0.9


def test_scores_on_known_clusterings():
    gold = {"a": 1, "b": 1, "c": 2}
    assert bcubed(gold, {"a": 1, "b": 1, "c": 2})["f1"] == 1.0
    assert pairwise(gold, {"a": 1, "b": 2, "c": 3}) == {"precision": 1.0, "recall": 0.0, "f1": 0.0}
    assert bcubed(gold, {"a": 1, "b": 1, "c": 1})["precision"] < 1.0
