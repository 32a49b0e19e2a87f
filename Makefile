# The whole set-up is `make generate` and `make test`: each bootstraps .venv from pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
API ?=

.PHONY: generate check test goldens bench dist lint clean corpus

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

## Regenerate generated/<package>/ from specs/ (all, or API=oden for one).
generate: $(STAMP)
	$(BIN)/apigen generate $(API)

## Exit non-zero, with a diff summary, if generated/ differs from what specs/ generate now.
check: $(STAMP)
	$(BIN)/apigen check $(API)

## The test suite: unit, golden, in-sync, generated-code checks, contract tests.
test: $(STAMP)
	$(BIN)/python -m pytest

## Rewrite the golden expectations from the generator (read the diff before committing).
goldens: $(STAMP)
	$(BIN)/python -m tests.golden.update

## Benchmarks side by side with OpenAPI Generator and openapi-python-client -> bench/RESULTS.md
bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# The package folders of the APIs named (all without): generated/<package_name>/, from the settings.
export PACKAGES := import sys; from pathlib import Path; from generator.read.load import discover, read_settings; \
	specs = discover(Path("specs")); print(*(f"generated/{read_settings(specs[a]).package_name}/" for a in sys.argv[1:] or specs))

## sdist + wheel of every generated package (API=oden: that one), into dist/ (refused while it is out
## of date, e.g. after `apigen diff --bump`: the version is in the generated pyproject.toml)
dist: $(STAMP)
	@$(BIN)/apigen check --diff-lines 0 $(API) >/dev/null || { \
		echo "generated/ is out of date with specs/ (or no such API): run make generate first (make check says why)"; exit 1; }
	rm -rf dist
	# Built from a copy, so generated/ gets no build/ or *.egg-info folders.
	for pkg in $$($(BIN)/python -c "$$PACKAGES" $(API)); do \
		tmp=$$(mktemp -d) && cp -r "$$pkg" "$$tmp/pkg" && \
		$(BIN)/python -m build --no-isolation --sdist --wheel --outdir dist "$$tmp/pkg" >/dev/null; \
		status=$$?; rm -rf "$$tmp"; [ $$status -eq 0 ] || exit 1; \
	done
	ls dist

lint: $(STAMP)
	$(BIN)/ruff check generator tests bench
	$(BIN)/mypy --strict generator

clean:
	rm -rf $(VENV) dist .pytest_cache .mypy_cache .ruff_cache

## The public specs of tests/corpus/MANIFEST into .apigen-cache/corpus (from local mirrors under
## ../.mirror, or NETWORK=1 from GitHub), each file's sha256 checked; tests/corpus then tests them.
corpus: $(STAMP)
	$(BIN)/python -m tests.corpus.manifest fill $(if $(NETWORK),--network)
