# Quick start: `make run` (serve the demo) and `make test` (the whole suite).
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test lint bench messages setup db demo worker clean test-postgres

$(STAMP): requirements.lock
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $(STAMP)

setup: $(STAMP)
	@mkdir -p var
	$(PY) manage.py compilemessages --ignore=.venv -v 0

db: setup
	$(PY) manage.py migrate --noinput -v 0

demo: db
	PORT=$(PORT) $(PY) manage.py seed_demo

run: demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

worker: setup
	$(BIN)/celery -A config worker -l info

test: setup
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest $(PYTEST_ARGS)

test-postgres: setup
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} \
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest --create-db $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

messages: setup
	$(PY) manage.py makemessages --no-location --no-obsolete -l nb -l nn -l uk --ignore=.venv --ignore=var --ignore=bench
	$(PY) manage.py compilemessages --ignore=.venv -v 0

bench: demo
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) var db.sqlite3 media
