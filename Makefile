# Magnetar: `make run` starts a standalone cluster, `make test` checks everything.
# Both install dependencies first when they are missing or stale.
SHELL := /bin/bash
NODE_BIN := node_modules/.bin
PROTOS := $(wildcard proto/*.proto)
GEN_FLAGS := --grpcLib=@grpc/grpc-js --longs=Number --enums=String --defaults --oneofs \
	--includeComments --importFileExtension=.js -I proto

.PHONY: all install proto proto-check typecheck lint format build test test-only run cluster cluster-down chaos clean

all: build

# Reinstall when package.json or the lockfile changed since the last install. (`npm install`, not
# `npm ci`: npm 11 leaves other platforms' optional binaries out of the lockfile, which `npm ci` rejects.)
node_modules/.installed: package.json package-lock.json
	npm install --no-audit --no-fund
	@touch $@

install: node_modules/.installed

# Regenerate the TypeScript types of every proto into proto/gen (committed).
proto: install
	rm -rf proto/gen
	$(NODE_BIN)/proto-loader-gen-types $(GEN_FLAGS) --outDir proto/gen $(notdir $(PROTOS))

# Fails when proto/gen is not what `make proto` would write.
proto-check: install
	@tmp=$$(mktemp -d) && \
	$(NODE_BIN)/proto-loader-gen-types $(GEN_FLAGS) --outDir $$tmp/gen $(notdir $(PROTOS))  && \
	if diff -r -q proto/gen $$tmp/gen; then rm -rf $$tmp; else \
	  echo "proto/gen is stale: run 'make proto' and commit the result" >&2; rm -rf $$tmp; exit 1; fi

typecheck: install
	$(NODE_BIN)/tsc -p tsconfig.json

lint: install
	$(NODE_BIN)/biome check .
	$(NODE_BIN)/depcruise --config .dependency-cruiser.cjs bin common proto metadata bookie broker client e2e

format: install
	$(NODE_BIN)/biome check --write .

build: install
	rm -rf dist
	$(NODE_BIN)/tsc -p tsconfig.build.json
	chmod +x dist/bin/magnetar.js

# Tests run against the built CLI (dist/) for real-process tests.
test: proto-check typecheck lint build test-only

# The chaos suite runs last and alone: it times faults, and sharing two cores with other test files
# blurs the figures and the ack-persistence window its checker allows.
test-only: install
	$(NODE_BIN)/vitest run --exclude e2e/chaos.test.ts --reporter=default --reporter=json --outputFile=.vitest-report.json
	$(NODE_BIN)/vitest run e2e/chaos.test.ts --reporter=default --reporter=json --outputFile=.vitest-chaos-report.json

run: build
	dist/bin/magnetar.js standalone

# A 3-metadata, 3-bookie, 2-broker cluster in the background under ./data/cluster.
cluster: build
	dist/bin/magnetar.js cluster up --metadata 3 --bookies 3 --brokers 2 --dir ./data/cluster

cluster-down:
	dist/bin/magnetar.js cluster down --dir ./data/cluster

# The long chaos run: CHAOS_MINUTES=30 make chaos (summary under ./data/chaos).
chaos: build
	CHAOS_PROFILE=long CHAOS_REPORT_DIR=./data/chaos $(NODE_BIN)/vitest run e2e/chaos.test.ts

clean:
	rm -rf dist node_modules .vitest-report.json .vitest-chaos-report.json
