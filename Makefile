# The build step. Every target bootstraps .venv on first use.
#   make generate            OpenAPI + Python SDK for $(DOCS) into $(OUT)
#   make openapi             OpenAPI documents only, into $(OUT)/openapi
#   make check               exit 1 when $(OUT) is stale against $(DOCS); writes nothing
#   make lint                documentation inconsistencies found while merging pages
#   make diff BASE=<rev>     API changes in $(DOCS) since git revision BASE (HEAD=<rev> to
#                            compare two revisions; OLD=<folder> instead of BASE: two folders)
#   make test                the test suite (includes `make check` on specs/)
#   make bench               benchmarks; writes BENCHMARKS.md
#   make fuzz                schemathesis against the stub of every API of $(CORPUS), and
#                            its stateful phase over the OpenAPI links (stateful fake)
#   make lint-openapi        Redocly and Spectral on the OpenAPI documents of $(CORPUS)
#   make check-generators    three client generators on every document of $(CORPUS)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DOCS ?= specs
OUT ?= generated
ARGS ?=
BASE ?=
HEAD ?=
OLD ?=
CORPUS ?= ../shared/corpus/yc-docs
LINTERS := tools/openapi-lint/node_modules/.installed

.PHONY: venv generate openapi check lint diff test bench golden clean fuzz lint-openapi check-generators

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

# The OpenAPI linters, pinned by package-lock.json, installed into the project folder.
$(LINTERS): tools/openapi-lint/package.json tools/openapi-lint/package-lock.json
	cd tools/openapi-lint && npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: venv $(LINTERS)
	$(PY) -m generator check $(DOCS) -o $(OUT)
	$(PY) -m pytest $(ARGS)

fuzz: venv
	$(PY) -m tools.fuzz --docs $(CORPUS) $(ARGS)

lint-openapi: venv $(LINTERS)
	$(PY) -m tools.lint_openapi --docs $(CORPUS) $(ARGS)

check-generators: venv
	$(PY) -m tools.client_generators --docs $(CORPUS) $(ARGS)

bench: venv
	$(PY) -m bench $(ARGS)

golden: venv
	$(PY) -m tests.golden.regenerate

clean:
	rm -rf $(VENV) .yc-codegen-cache tools/openapi-lint/node_modules
