#!/usr/bin/env bash
# Compiles the whole tree into a private folder and runs the specs under the given subfolders.
# For working on one part while other builds run: scripts/test-subtree.sh .out/mine libs/rules (keep OUTDIR inside the repo so node_modules resolves)
set -euo pipefail
out=$1; shift
npx tsc -p tsconfig.json --outDir "$out" --tsBuildInfoFile "$out/.tsbuildinfo" || true
roots=()
for sub in "$@"; do roots+=("$out/$sub"); done
TS_NODE_BASEURL="$out" NODE_OPTIONS="${NODE_OPTIONS:-} -r tsconfig-paths/register" node scripts/run-tests.mjs "${roots[@]}"
