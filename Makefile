# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench compiled lint clean system

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/sukien demo

test: $(STAMP) system
	$(BIN)/pytest -q

# Debian packages the tests need: chromium for the browser tests (Playwright drives it; no
# browser download), Java for Spark's local mode, a C compiler for the compiled build's test
system:
	@missing=""; command -v chromium >/dev/null || missing="chromium"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v cc >/dev/null || missing="$$missing gcc"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing; \
	  else echo "install with apt-get: $$missing (the browser, Spark and compiled-build tests need them)" >&2; exit 1; fi; \
	fi

$(VENV)/.bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(VENV)/.bench

# the per-page stages compiled by mypyc (setup.py, SUKIEN_MYPYC=1), installed apart from
# the source tree (which stays Python, so an edit is never shadowed by an old binary);
# rebuilt when a source file changes
# (pip builds in build/, whose old objects would ship: it is cleared before and after)
$(VENV)/compiled/.built: $(STAMP) setup.py $(shell find sukien -type f -not -path '*/__pycache__/*')
	rm -rf $(VENV)/compiled build
	SUKIEN_MYPYC=1 $(BIN)/pip install --quiet --no-deps --target $(VENV)/compiled .
	rm -rf build
	touch $@

compiled: $(VENV)/compiled/.built

bench: $(VENV)/.bench $(VENV)/compiled/.built
	$(BIN)/python benchmarks/run.py --compiled $(VENV)/compiled
	$(BIN)/python benchmarks/clean_classifiers.py
	$(BIN)/python benchmarks/time_taggers.py
	$(BIN)/python benchmarks/actor_coverage.py

lint: $(STAMP)
	$(BIN)/ruff check sukien tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache sukien.egg-info build
