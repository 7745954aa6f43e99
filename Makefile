# Two commands on a new machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Translations: .ts sources are committed, .qm files are built from them (and gitignored).
TS_FILES := $(wildcard resources/translations/workbook_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test lint types unit screenshots bench clean bundle bundle-test icons

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(VENV)/bin/pyside6-lrelease -silent $(TS_FILES)
	@touch $(STAMP)

run: $(STAMP) $(QM_FILES)
	$(VENV)/bin/workbook $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks

types: $(STAMP)
	$(VENV)/bin/mypy

# The bundle test needs a built bundle: `make bundle-test` runs it.
unit: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -m "not bundle"

test: lint types unit

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache

.PHONY: translations qm

# Refresh the .ts sources from every tr()/translate()/QT_TRANSLATE_NOOP in the UI code; existing
# translations are kept, strings no longer used are dropped. Then rebuild the .qm files.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations relative \
		$$(find src/workbook/ui -name '*.py' | LC_ALL=C sort) \
		-ts $(TS_FILES)
	$(VENV)/bin/pyside6-lrelease -silent $(TS_FILES)

qm: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# A PNG of every page and dialog in English and Swedish (and at 200% text) on a demo vault.
screenshots: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) -m workbook.ui.screenshots --out build/screenshots

# The one-folder Linux app at dist/workbook/workbook (PyInstaller; packaging/README.md).
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[test,bundle]'
	@touch $@

bundle: $(BUNDLE_STAMP) $(QM_FILES)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/workbook.spec
	@du -sh dist/workbook

# Starts the built bundle with a fresh HOME: vault, demo data, PDF export, unlock window.
bundle-test: bundle
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -m bundle tests/packaging

# PNG/.ico/.icns icons from resources/icons/workbook.svg (needs rsvg-convert); committed.
icons: $(STAMP)
	$(PY) packaging/make_icons.py
