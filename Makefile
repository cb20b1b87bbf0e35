# Set-up is incremental: each step reruns only when its inputs changed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SITE_URL ?= http://127.0.0.1:8000/
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup prebuild build serve test test-unit test-node test-browser bench lint clean chromium

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]" --config-settings editable_mode=compat
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

prebuild: setup
	$(PY) tools/prebuild.py

build: prebuild
	SITE_URL=$(SITE_URL) $(VENV)/bin/mkdocs build --strict
	$(PY) tools/postbuild.py site

serve: prebuild
	SITE_URL=$(SITE_URL) $(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

chromium:
	@(test -x /usr/bin/chromium && fc-list :lang=ja | grep -q .) || (apt-get update && apt-get install -y chromium fonts-ipafont-gothic)

lint: setup
	$(VENV)/bin/ruff check pychecks tests tools

test: prebuild chromium lint
	$(PY) -m pytest -q

test-unit: setup
	$(PY) -m pytest -q tests/unit

test-node: prebuild
	$(PY) -m pytest -q tests/node

test-browser: prebuild chromium
	$(PY) -m pytest -q tests/browser

bench: prebuild chromium
	@(perl -MSisimai -e1 2>/dev/null) || (apt-get update && apt-get install -y libsisimai-perl)
	$(PY) tools/bench.py

clean:
	rm -rf site dist build docs/assets/runtime docs/_gen .pytest_cache
