# Set-up is incremental: each step reruns only when its inputs changed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SITE_URL ?= http://127.0.0.1:8000/
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup prebuild build build-zensical serve test test-unit test-node test-browser test-zensical bench lint clean chromium lab lab-score

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
	$(PY) tools/csp.py site
	$(PY) tools/postbuild.py site

# Zensical, the second builder (mkdocs-material reaches its end of life on 2027-05-05); not in `make test`.
ZENSICAL := $(VENV)/bin/zensical
$(ZENSICAL): $(VENV)/.installed
	$(PY) -m pip install -q zensical==0.0.73

build-zensical: prebuild $(ZENSICAL)
	SITE_URL=$(SITE_URL) $(ZENSICAL) build --strict
	$(PY) tools/csp.py site
	$(PY) tools/postbuild.py site

test-zensical: prebuild chromium $(ZENSICAL)
	SITE_BUILDER=zensical $(PY) -m pytest -q tests/browser

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

# The bounce lab (root; not part of `make test`): real MTAs bounce mail into tests/corpus/lab.
# LAB_ARGS, e.g. "--mta postfix --only gmail-no-such-user"; the default runs every MTA and scenario.
LAB_ARGS ?= --mta postfix --mta exim --mta opensmtpd --mta sendmail --mta courier --mta dma
lab: setup
	$(PY) -m tools.bouncelab.lab $(LAB_ARGS)
	$(PY) -m tools.bouncelab.score --write-xfail tests/corpus/lab/expected_failures.json

lab-score: setup
	$(PY) -m tools.bouncelab.score --show 200

clean:
	rm -rf site dist build docs/assets/runtime docs/_gen .pytest_cache .cache
