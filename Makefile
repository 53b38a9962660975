# quizapp: `make run` serves the app locally, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := QUIZAPP_ENV=development $(BIN)/flask --app quizapp
PORT ?= 5000

.PHONY: run test test-fast install lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamp files: reinstall only when pyproject.toml changes, so reruns are fast.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[bench]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

## run: install, migrate, load content/ and serve on http://127.0.0.1:$(PORT)
run: $(VENV)/.installed
	$(FLASK) db upgrade
	$(FLASK) content load
	$(FLASK) demo
	$(FLASK) run --host 127.0.0.1 --port $(PORT)

## test: install test tools and run the whole suite (unit, web, e2e)
test: $(VENV)/.installed-test
	$(BIN)/pytest

## test-fast: everything but the browser tests
test-fast: $(VENV)/.installed-test
	$(BIN)/pytest -m "not e2e"

lint: $(VENV)/.installed-test
	$(BIN)/ruff check quizapp tests bench

bench: $(VENV)/.installed-bench
	for script in bench/*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) instance .pytest_cache
