# The two commands of the README.
.PHONY: example test lint bench

example:  ## install, then extract the bundled example articles with the default settings
	bash scripts/install.sh
	.venv/bin/sitrep extract examples/ --format table

test:  ## install, then run the whole test suite (what CI runs)
	bash scripts/install.sh
	.venv/bin/ruff check src tests benchmarks scripts
	.venv/bin/python -m pytest

bench:
	.venv/bin/python benchmarks/extract.py
