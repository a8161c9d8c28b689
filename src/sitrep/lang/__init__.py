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
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


@cache
def load_shared(name: str) -> Any:
    """Language-independent data in `lang/<name>.yaml` (e.g. separators)."""
    with (LANG_DIR / f"{name}.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}
