# Two set-up commands: `make run` starts the app, `make test` runs the tests.
# Both create .venv with the project installed (editable) on first use: `make run` with
# the runtime dependencies only, `make test` adds the development extras.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUNTIME := $(VENV)/.runtime
STAMP  := $(VENV)/.installed

.PHONY: run test fuzz lint bench package clean translations

$(RUNTIME): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUNTIME)

$(STAMP): $(RUNTIME)
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(RUNTIME)
	$(BIN)/overleg $(ARGS)

test: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

# Every parser of outside input fuzzed with at least 10,000 generated inputs in all
# (make test runs the same tests with a short profile).
fuzz: $(STAMP)
	OVERLEG_FUZZ=long QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/fuzz $(PYTEST_ARGS)

# The benchmark suite on a synthetic ten-year archive (generated once into benchmarks/out/).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check overleg tests benchmarks

# The one-folder bundle for this platform in dist/overleg (PyInstaller), then a smoke
# test: example data through the bundle's command line, the app started offscreen; on
# Linux also the release archive, installed into a scratch folder and started.
package: $(VENV)/.package
	$(BIN)/python packaging/make_icons.py
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/overleg.spec
	packaging/smoke.sh dist/overleg
	if [ "$$(uname)" = Linux ]; then packaging/linux/archive.sh \
		$$($(BIN)/python -c "import overleg; print(overleg.__version__)"); fi

$(VENV)/.package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[package]"
	touch $@

clean:
	rm -rf $(VENV) build dist

translations: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python packaging/translations.py update
