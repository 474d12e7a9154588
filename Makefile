# The two commands a new machine needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO_DB := demo.db

.PHONY: install install-dev demo serve test lint model benchmark schema snapshot clean fuzz fuzz-web

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install -q -e .

install-dev: $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[dev]"

demo: install
	$(BIN)/lagebild ingest examples --db $(DEMO_DB)
	$(BIN)/lagebild report --db $(DEMO_DB)

# The web app and API on the demo store (built first when missing): http://127.0.0.1:8000
serve: install
	[ -f $(DEMO_DB) ] || $(BIN)/lagebild ingest examples --db $(DEMO_DB)
	$(BIN)/lagebild serve --db $(DEMO_DB)

test: install-dev
	$(BIN)/python -m ruff check lagebild tests benchmarks training tools
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest -q || { s=$$?; [ $$s -ne 5 ] || echo "pytest collected no tests"; exit $$s; }

# The long fuzz run of every reader: 100,000 inputs per property (`make test` runs 40).
fuzz: install-dev
	LAGEBILD_FUZZ_EXAMPLES=100000 $(BIN)/python -m pytest -q -p no:randomly tests/readers/test_fuzz.py
	LAGEBILD_FUZZ_NEWS_EXAMPLES=20000 $(BIN)/python -m pytest -q -p no:randomly tests/readers/test_fuzz_news.py

# The long fuzz run of every parameter of the web app and API: 1,000 per property (`make test` 40).
fuzz-web: install-dev
	LAGEBILD_FUZZ_EXAMPLES=1000 $(BIN)/python -m pytest -q -p no:randomly tests/web/test_fuzz.py

lint: install-dev
	$(BIN)/python -m ruff check lagebild tests benchmarks training tools
	$(BIN)/python -m ruff format --check lagebild tests benchmarks training

schema: install
	$(BIN)/python -m lagebild.schema

# Rebuilds lagebild/models/de_lagebild from ../shared/data (about an hour on 2 cores; never in CI).
model: $(BIN)/python
	$(BIN)/python -m pip install -q -e ".[train]"
	$(MAKE) -C training model

# Rewrites tests/evaluate/{scores,outputs}.snapshot.json from the gold data (an intended change).
snapshot: install
	$(BIN)/python -m lagebild.evaluate.snapshot --update

benchmark: install
	$(BIN)/python -m benchmarks.throughput

clean:
	rm -rf $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache .ruff_cache
