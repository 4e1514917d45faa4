# The two commands of the README: `make run` and `make test`. Everything else is set up on the way.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint bench setup demo messages clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet -c requirements.lock .
	touch $@

$(VENV)/.installed-test: pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet -c requirements.lock ".[test]"
	touch $@ $(VENV)/.installed-run

setup: $(VENV)/.installed-run
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) ensure_admin

## Serve the demo portal on http://127.0.0.1:8000/ (SQLite unless DATABASE_URL is set).
run: setup
	@echo "Portal: http://$(HOST):$(PORT)/  (French: /fr/, English: /en/)"
	$(MANAGE) runserver $(HOST):$(PORT)

## The gate of .ci/run, then the whole suite (browser tests in Debian's Chromium).
test: $(VENV)/.installed-test
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
		|| [ -n "$$CI" ] || $(BIN)/playwright install chromium
	$(MAKE) --no-print-directory lint
	$(BIN)/pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run

## Print what pages cost: a notice at 1, 20 and 100 uses (time, queries, size, memory), then
## requests a second under gunicorn beside a bare Django view (needs wrk). `make bench SCALE=100000`
## plants that many clinics in a PostgreSQL test database and compares the public pages.
bench: $(VENV)/.installed-test
ifdef SCALE
	DATABASE_URL="$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/portal}" \
		$(BIN)/python benchmarks/scale.py --clinics $(SCALE)
else
	$(BIN)/python benchmarks/notices.py
	$(BIN)/python benchmarks/throughput.py
endif

## Refresh the translation catalogue after changing a translatable string.
messages: $(VENV)/.installed-test
	$(MANAGE) makemessages -l en --no-location --no-obsolete --ignore=.venv --ignore=var --ignore=tests
	$(MANAGE) compilemessages -l en --ignore=.venv

clean:
	rm -rf $(VENV) var db.sqlite3
