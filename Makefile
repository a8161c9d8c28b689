# The two commands of the README.
.PHONY: example test lint bench

example:  ## install, then run the main job on the bundled examples: extract, store and merge into SQLite, list the incidents
	bash scripts/install.sh
	mkdir -p out
	.venv/bin/sitrep ingest examples/ --db out/example.db
	.venv/bin/sitrep events --db out/example.db --format table
	@echo "See them on the map: .venv/bin/sitrep serve --db out/example.db  (then open http://127.0.0.1:8000)"

test:  ## install (Python packages, spaCy models, the web page from npm, Debian chromium), then run the whole test suite (what CI runs)
	bash scripts/install.sh
	bash scripts/install_browser.sh
	.venv/bin/ruff check src tests benchmarks scripts
	.venv/bin/python -m pytest

bench:
	.venv/bin/python benchmarks/extract.py
	.venv/bin/python benchmarks/ingest.py
	.venv/bin/python benchmarks/serve.py
