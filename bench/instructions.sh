#!/usr/bin/env bash
# Instructions executed by `retorno ingest` of the first 50,000 rows of the bench's vehicle
# export, counted by valgrind (callgrind): unlike seconds on a shared machine, the count is
# the same on every run, so a change to the hot path shows as a number.
#   bench/instructions.sh [retorno] [export]      (defaults: build/retorno, $BENCH_DIR's export)
set -euo pipefail
retorno=${1:-build/retorno}
export_file=${2:-${BENCH_DIR:-/tmp/retorno-bench}/world/vehiculos.csv}
command -v valgrind >/dev/null || { echo "bench/instructions.sh: valgrind is not installed (make deps-bench)" >&2; exit 2; }
[ -f "$export_file" ] || { echo "bench/instructions.sh: no export at $export_file: run make bench first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n 50002 "$export_file" >"$work/head.csv"  # the title line, the header, 50,000 rows
valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$retorno" ingest "$work/head.csv" \
  --schema dms_vehiculos -o "$work/out.csv" --rejects "$work/rejects.csv" --quiet 2>"$work/log"
count=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/log")
echo "retorno ingest, first 50000 rows of $(basename "$export_file"): $count instructions ($((count / 50000)) a row)"
