"""Executors: the same stage functions run in one process or many (Ray comes with the ingest issue).

Parallelism lives only here; stages are pure functions over typed records.
"""

from sitrep.runners.local import Result, run_extract, warm_up

__all__ = ["Result", "run_extract", "warm_up"]
