#!/usr/bin/env bash
# Regenerates the expectations of golden cases on purpose: tests/cli/regen.sh [case_dir...]
# (default: every case). Read `git diff tests/cli` before committing the result.
set -eu
root=$(cd "$(dirname "$0")" && pwd)
bin=${RETORNO:-$root/../../build/retorno}
if [ $# -eq 0 ]; then set -- $(dirname $(find "$root" -name cmd | sort)); fi
for d in "$@"; do RETORNO_REGEN=1 "$root/run_case.sh" "$(cd "$d" && pwd)" "$bin"; done
