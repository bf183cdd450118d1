# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench lint clean system

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
# browser download), Java for Spark's local mode
system:
	@missing=""; command -v chromium >/dev/null || missing="chromium"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing; \
	  else echo "install with apt-get: $$missing (the browser and Spark tests need them)" >&2; exit 1; fi; \
	fi

$(VENV)/.bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(VENV)/.bench

bench: $(VENV)/.bench
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/clean_classifiers.py
	$(BIN)/python benchmarks/time_taggers.py
	$(BIN)/python benchmarks/actor_coverage.py

lint: $(STAMP)
	$(BIN)/ruff check sukien tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache sukien.egg-info
