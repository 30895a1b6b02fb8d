PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STORE ?= data/store
PORT ?= 8000
# Test processes (pytest-xdist); each test module runs whole in one of them, so module fixtures are built once.
TEST_WORKERS ?= 2

.PHONY: help runtime install serve test build clean engines assets browser

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

# Two stamps: serving needs only the runtime; tests and benchmarks add their extras on top.
$(VENV)/.runtime: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev: $(VENV)/.runtime
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

runtime: $(VENV)/.runtime ## Create .venv and install mkg (what serving needs, nothing more)

install: $(VENV)/.dev browser ## Create .venv and install mkg with its test and benchmark tools (and Chromium for the browser tests)

build: runtime ## Build the shipped report cards into the default store
	$(BIN)/mkg build --store $(STORE)

serve: runtime ## Build the graph if the store is empty, then serve it on $(PORT) (make serve PORT=8080)
	$(BIN)/mkg build --store $(STORE) --if-empty
	$(BIN)/mkg serve --store $(STORE) --port $(PORT)

assets: ## Refresh the web assets shipped in the package from the npm registry (pinned in service/assets/package-lock.json)
	cd service/assets && npm ci --no-audit --no-fund --ignore-scripts
	for f in swagger-ui-bundle.js swagger-ui.css favicon-32x32.png LICENSE NOTICE swagger-ui-bundle.js.LICENSE.txt; do \
	  cp service/assets/node_modules/swagger-ui-dist/$$f service/static/swagger-ui/; done
	mkdir -p service/static/yasgui service/static/chart service/static/axe
	cp service/assets/node_modules/@zazuko/yasgui/build/yasgui.min.js service/assets/node_modules/@zazuko/yasgui/build/yasgui.min.css \
	  service/static/yasgui/
	cp service/assets/node_modules/@zazuko/yasgui/LICENSE service/static/yasgui/ 2>/dev/null || true
	cp service/assets/node_modules/chart.js/dist/chart.umd.min.js service/assets/node_modules/chart.js/LICENSE.md service/static/chart/
	cp service/assets/node_modules/axe-core/axe.min.js service/assets/node_modules/axe-core/LICENSE service/static/axe/

engines: ## Install Virtuoso Open Source for the store contract tests (needs root and apt; skipped otherwise)
	@if command -v virtuoso-t >/dev/null; then echo "virtuoso: installed"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null) \
	  || echo "virtuoso: could not be installed; its contract tests will be skipped"; \
	else echo "virtuoso: not installed and no root apt; its contract tests will be skipped"; fi

# The browser tests drive Debian's Chromium (no browser download at test time); without root and apt they skip.
browser: ## Install Debian Chromium for the browser tests (needs root and apt; skipped otherwise)
	@if [ -x /usr/bin/chromium ]; then echo "chromium: installed"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium: could not be installed; the browser tests will be skipped"; \
	else echo "chromium: not installed and no root apt; the browser tests will be skipped"; fi

test: install ## Run the test suite (unit, doctests, CLI, W3C manifests when ../shared exists)
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

clean: ## Remove the virtual environment and the local store
	rm -rf $(VENV) data build dist *.egg-info
