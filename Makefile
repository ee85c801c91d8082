# Jawda: `make run` to try the demo, `make test` to run every test. `make help` lists the rest.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install browser run test test-postgres lint format messages bench audit clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install the project with its test tools

browser: ## Install Debian's Chromium for the browser tests when it is missing
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium for the browser tests"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

run: install ## Set up, seed the demo and serve it at http://127.0.0.1:$(PORT)
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install browser ## Run the whole test suite (SQLite unless DATABASE_URL is set)
	$(BIN)/python -m pytest -n auto

test-postgres: install browser ## The same suite on the local PostgreSQL server
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(BIN)/python -m pytest -n auto

lint: install ## ruff: lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## ruff: fix what can be fixed and format
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install ## Extract interface strings into locale/ and compile them
	$(BIN)/python manage.py makemessages --locale fr --locale ar --no-location --no-obsolete \
		--ignore ".venv/*" --ignore "var/*" --ignore "tests/*" --ignore "bench/*"
	$(BIN)/python manage.py compilemessages --locale fr --locale ar --ignore ".venv/*"

bench: install ## Serve the demo with gunicorn and print requests/s and latency; time a 1,000-event import and a 1,000-learner manager export
	$(BIN)/python bench/run.py
	$(BIN)/python bench/events_import.py
	$(BIN)/python bench/organisations_export.py

audit: install ## pip-audit the installed dependencies (needs PyPI's JSON API or OSV on the network)
	$(BIN)/pip-audit --local --skip-editable --strict

clean: ## Remove the virtual environment, the database and generated files
	rm -rf $(VENV) var db.sqlite3 test-artifacts
