# argmap — the two commands: `make demo` and `make test`.
# Both create .venv, install what they need (Python packages from PyPI, system tools
# with apt-get when we are root), then do their job.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed-test
RUN_STAMP := $(VENV)/.installed
BUILD  := build

.PHONY: demo test lint format-js typecheck pytest docs docs-check system-tools browser node-tools venv bench fuzz clean wheel-check

demo: $(RUN_STAMP) system-tools
	@mkdir -p $(BUILD)
	$(BIN)/argmap show
	$(BIN)/argmap render -o $(BUILD)/csmo-map.svg --semantics preferred
	$(BIN)/argmap report -o $(BUILD)/csmo-report.html
	@echo
	@echo "argmap demo: outline of the built-in CSMO debate printed above."
	@echo "  map (SVG):      $(abspath $(BUILD)/csmo-map.svg)"
	@echo "  report (HTML):  $(abspath $(BUILD)/csmo-report.html) (open it in a browser; works offline)"

test: $(STAMP) system-tools browser node-tools lint typecheck docs-check pytest

# The demo needs argmap alone; the tests add their tools (the `test` extra).
$(RUN_STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "argmap needs Python >= 3.10 (found " + sys.version.split()[0] + ")")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo "error: could not create $(VENV). On Debian: apt-get install python3-venv"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	@touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

venv: $(STAMP)

# Graphviz `dot` renders the diagrams.
system-tools:
	@sh scripts/ensure-system-tools.sh

# Debian's Chromium for the browser tests (tests/browser, driven by Playwright;
# Playwright's own browser downloads are never used).
browser:
	@sh scripts/ensure-system-tools.sh browser

# The JavaScript tools pinned in .node/: the reference Argdown implementation
# (tests/io/argdown compare with it), eslint and prettier (make lint).
node-tools:
	@sh scripts/ensure-node-tools.sh

# The scripts and styles the pages ship, and the JavaScript tools' own configuration.
JS_FILES  := $(wildcard templates/*.js) eslint.config.mjs
CSS_FILES := $(wildcard templates/*.css)
NODE_BIN  := .node/node_modules/.bin

lint: $(STAMP) node-tools
	$(BIN)/ruff check argmap tests benchmarks
	$(BIN)/ruff format --check argmap tests benchmarks
	$(BIN)/lint-imports
	$(NODE_BIN)/eslint --max-warnings 0 $(JS_FILES)
	$(NODE_BIN)/prettier --check $(JS_FILES) $(CSS_FILES) .prettierrc.json

# Lays out the scripts and styles as `make lint` checks them.
format-js: node-tools
	$(NODE_BIN)/prettier --write $(JS_FILES) $(CSS_FILES) .prettierrc.json

typecheck: $(STAMP)
	$(BIN)/mypy

# The documentation site (MkDocs + Material, API reference from the docstrings):
# built strictly by `make test` (a broken link or reference fails), served by `make docs`.
docs-check: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet -d $(BUILD)/site

docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve

# The suite on every core (pytest-xdist), each property test with the examples it asks
# for (the `thorough` hypothesis profile, see tests/conftest.py).
pytest: $(STAMP)
	HYPOTHESIS_PROFILE=thorough $(BIN)/pytest -n auto

# For development: the same suite less the slow and browser tests, each property test
# capped at a few examples (the `quick` profile). `make test` is what CI runs.
test-quick: $(STAMP)
	HYPOTHESIS_PROFILE=quick $(BIN)/pytest -n auto -m "not slow and not browser"

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) benchmarks/bench_dung.py
	$(PY) benchmarks/bench_report.py

# A coverage-guided fuzzing campaign over every reader (atheris; FUZZ_SECONDS, default
# 600). `make test` runs the short hypothesis fuzz tests; see docs/fuzzing.md.
FUZZ_SECONDS ?= 600
fuzz: $(STAMP)
	$(PY) -m pip install --quiet -e '.[fuzz]' || echo "atheris did not install: the campaign falls back to hypothesis"
	$(PY) -m tests.fuzz.campaign $(FUZZ_SECONDS)

clean:
	rm -rf $(VENV) $(BUILD) dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
