# The two set-up commands of the README: `make demo` and `make test`.
# Everything installs into .venv; pip is upgraded first because the pip bundled with
# Python 3.11 (23.x) cannot install trafilatura's lxml extra correctly.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check
EXAMPLE_OUT ?= out/example

SERVE_DB ?= $(EXAMPLE_OUT)/story.db

.PHONY: demo serve test lint unit install install-dev install-serve clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("communique needs Python >= 3.11") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(PIP) install --quiet -e ".[dev]"
	touch $@

$(VENV)/.installed-serve: pyproject.toml $(VENV)/.installed
	$(PIP) install --quiet -e ".[serve]"
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev
install-serve: $(VENV)/.installed-serve

demo: $(VENV)/.installed
	$(BIN)/communique build examples/[0-9]* --out $(EXAMPLE_OUT)

# The web UI on the bundled example: builds the example store once, then serves it on
# http://127.0.0.1:8000 (reads open, writes disabled unless COMMUNIQUE_TOKEN is set).
$(SERVE_DB): $(VENV)/.installed
	$(BIN)/communique build examples/[0-9]* --out $(EXAMPLE_OUT) --db $(SERVE_DB)

serve: $(VENV)/.installed-serve $(SERVE_DB)
	$(BIN)/communique serve --db $(SERVE_DB)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy

unit: $(VENV)/.installed-dev
	$(BIN)/python -m pytest

test: lint unit

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache .hypothesis
