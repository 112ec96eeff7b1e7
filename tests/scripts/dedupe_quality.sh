#!/usr/bin/env bash
# Dedupe quality against known truth: ingest -> dedupe -> pairwise precision, recall and F1
# (bench/dedupe_eval.py). Fails when F1 drops below MIN_F1 (default 0.95) on any set.
#   quick (ctest): FEBRL dataset1 and dataset2 (../shared/data/febrl, when present) and the
#   generated Spanish sample in tests/data/dedupe_gen (retorno-gen --vehicles 200 --seed 11
#   --as-of 2025-11-27 --only contacts,vehicles,truth: contacts and vehicles tables).
#   full (bench/run.sh): DEDUPE_GEN_DIR=a bigger generated world, same steps.
# usage: dedupe_quality.sh RETORNO PROJECT_DIR
set -euo pipefail
retorno=$1
project=$2
min_f1=${MIN_F1:-0.95}
python=/usr/bin/python3
eval_py=$project/bench/dedupe_eval.py
febrl_dir=${FEBRL_DIR:-$project/../shared/data/febrl}
gen_dir=${DEDUPE_GEN_DIR:-$project/tests/data/dedupe_gen}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RETORNO_SCHEMAS=$project/schemas
fail=0

run() {  # LABEL RAW SCHEMA EVAL_ARGS...
  local label=$1 raw=$2 schema=$3
  shift 3
  "$retorno" ingest "$raw" --schema "$schema" -o "$work/$label.csv" --rejects "$work/$label.rejects.csv" \
    --max-reject-rate 1 --quiet
  "$retorno" dedupe "$work/$label.csv" -o "$work/$label.out.csv" --clusters "$work/$label.clusters.csv" \
    2>"$work/$label.summary"
  echo "  $(cat "$work/$label.summary")"
  "$python" "$eval_py" "$work/$label.clusters.csv" "$@" --label "$label" --min-f1 "$min_f1" || fail=1
}

for d in dataset1 dataset2; do
  if [ -f "$febrl_dir/$d.csv" ]; then
    run "febrl_$d" "$febrl_dir/$d.csv" febrl --febrl "$febrl_dir/$d.csv"
  else
    echo "skipped febrl $d: $febrl_dir/$d.csv not found"
  fi
done
run gen_contacts "$gen_dir/contactos.csv" dms_contactos --gen "$gen_dir"
run gen_vehicles "$gen_dir/vehiculos.csv" dms_vehiculos --gen "$gen_dir"
exit $fail
