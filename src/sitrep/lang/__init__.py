"""Per-language resources (lexicons, date words, boilerplate), loaded once from `lang/<iso>/*.yaml`.

Code never holds vocabulary: everything a linguist would want to extend lives in these files.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from sitrep.errors import UnsupportedLanguage

LANG_DIR = Path(__file__).parent
SUPPORTED = tuple(sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and (p / "triggers.yaml").exists()))


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it: 10x faster


def read_yaml(path: Path) -> Any:
    """A data file parsed safely (no object tags); None for an empty file."""
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)  # noqa: S506 - a safe loader


@cache
def load(lang: str, name: str) -> Any:
    """Return the parsed `lang/<lang>/<name>.yaml` (cached for the process)."""
    path = LANG_DIR / lang / f"{name}.yaml"
    if not path.exists():
        if lang not in SUPPORTED:
            raise UnsupportedLanguage(
                f"no resources for language {lang!r}; supported: {', '.join(SUPPORTED)}. "
                "Pass --language to force one, or add lang/<iso>/ files."
            )
        raise FileNotFoundError(path)
    return read_yaml(path) or {}


@cache
def load_shared(name: str) -> Any:
    """Language-independent data in `lang/<name>.yaml` (e.g. separators)."""
    return read_yaml(LANG_DIR / f"{name}.yaml") or {}
