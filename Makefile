# The build step. Every target bootstraps .venv on first use.
#   make generate            OpenAPI + Python SDK for $(DOCS) into $(OUT)
#   make openapi             OpenAPI documents only, into $(OUT)/openapi
#   make check               exit 1 when $(OUT) is stale against $(DOCS); writes nothing
#   make lint                documentation inconsistencies found while merging pages
#   make diff BASE=<rev>     API changes in $(DOCS) since git revision BASE (HEAD=<rev> to
#                            compare two revisions; OLD=<folder> instead of BASE: two folders)
#   make test                the test suite (includes `make check` on specs/)
#   make bench               benchmarks; writes BENCHMARKS.md
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DOCS ?= specs
OUT ?= generated
ARGS ?=
BASE ?=
HEAD ?=
OLD ?=

.PHONY: venv generate openapi check lint diff test bench golden clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

generate: venv
	$(PY) -m generator generate $(DOCS) -o $(OUT) $(ARGS)

openapi: venv
	$(PY) -m generator openapi $(DOCS) -o $(OUT)/openapi $(ARGS)

check: venv
	$(PY) -m generator check $(DOCS) -o $(OUT) $(ARGS)

lint: venv
	$(PY) -m generator lint $(DOCS) $(ARGS)

diff: venv
	@test -n "$(BASE)$(OLD)" || { echo "usage: make diff BASE=<git revision> [HEAD=<revision>] | OLD=<folder> [DOCS=<folder>] [ARGS=...]" >&2; exit 2; }
	$(PY) -m generator diff $(if $(OLD),$(OLD) $(DOCS),$(DOCS) --base $(BASE) $(if $(HEAD),--head $(HEAD))) $(ARGS)

test: venv
	$(PY) -m generator check $(DOCS) -o $(OUT)
	$(PY) -m pytest $(ARGS)

bench: venv
	$(PY) -m bench $(ARGS)

golden: venv
	$(PY) -m tests.golden.regenerate

clean:
	rm -rf $(VENV) .yc-codegen-cache
