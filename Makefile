# Quick start: `make run` (serve the demo) and `make test` (the whole suite).
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000
STAMP := $(VENV)/.installed
# The demo and developer commands run with DEBUG on; production never does (the
# settings refuse to start without SECRET_KEY, ALLOWED_HOSTS and an https SITE_URL).
DEV := DEBUG=true PORT=$(PORT)
# A production-shaped environment for `check --deploy` (values are placeholders).
PROD_ENV := env -u DEBUG SECRET_KEY=$$(head -c 64 /dev/urandom | base64 | tr -dc a-zA-Z0-9) \
	ALLOWED_HOSTS=hms.example.no SITE_URL=https://hms.example.no

.PHONY: run test lint bench messages setup db demo worker clean test-postgres check-deploy

$(STAMP): requirements.lock
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $(STAMP)

MO_FILES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))

# Catalogues are compiled only when a .po changed (a second `make run` stays fast).
locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po | $(STAMP)
	$(DEV) $(PY) manage.py compilemessages --ignore=.venv -v 0 -l $*

setup: $(STAMP) $(MO_FILES)
	@mkdir -p var

db: setup
	@$(DEV) $(PY) manage.py migrate --check -v 0 >/dev/null 2>&1 \
		|| $(DEV) $(PY) manage.py migrate --noinput -v 0

demo: db
	$(DEV) $(PY) manage.py seed_demo

run: demo
	$(DEV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

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
	$(DEV) $(PY) manage.py check
	$(DEV) $(PY) manage.py makemigrations --check --dry-run
	$(BIN)/lint-imports
	$(MAKE) --no-print-directory check-deploy

# The deployment checklist with a production environment: warnings fail.
check-deploy: setup
	$(PROD_ENV) $(PY) manage.py check --deploy --fail-level WARNING

messages: setup
	$(DEV) $(PY) manage.py makemessages --no-location --no-obsolete -l nb -l nn -l uk --ignore=.venv --ignore=var --ignore=bench
	$(DEV) $(PY) manage.py compilemessages --ignore=.venv -v 0

bench: demo
	$(DEV) $(PY) bench/run.py

clean:
	rm -rf $(VENV) var db.sqlite3 media
