#!/usr/bin/env bash
# make bench: generates a dirty dealership world and times each retorno command beside the
# nearest equivalent work by Miller, sqlite3 and pandas (and DuckDB when installed), all in
# this one run, on the same files. Prints one markdown table; nothing here is a test.
#   RETORNO, GEN: binaries; BENCH_VEHICLES (default 1000000); BENCH_DIR (default a temp folder)
set -euo pipefail
retorno=${RETORNO:?set RETORNO to the retorno binary}
gen=${GEN:?set GEN to the retorno-gen binary}
n=${BENCH_VEHICLES:-1000000}
dir=${BENCH_DIR:-$(mktemp -d /tmp/retorno-bench.XXXXXX)}
keep=${BENCH_DIR:+1}
[ -z "$keep" ] && trap 'rm -rf "$dir"' EXIT
python=/usr/bin/python3   # Debian's, which has pandas
as_of=2026-11-27

echo "make bench: $n vehicles in $dir (one core each: taskset -c 0)" >&2
"$gen" --vehicles "$n" --seed 1 --as-of "$as_of" --out "$dir/world" >&2
export_file=$dir/world/vehiculos.csv
# Peers cannot skip a DMS title line by themselves: they get the same file without it.
tail -n +2 "$export_file" >"$dir/peer_vehiculos.csv"

rows=$(($(wc -l <"$export_file") - 2))
bytes=$(wc -c <"$export_file")
results=()

# measure NAME ROWS BYTES CMD...: wall seconds and peak resident memory of one run
measure() {
  local name=$1 nrows=$2 nbytes=$3
  shift 3
  local t
  t=$( { /usr/bin/time -f '%e %M' taskset -c 0 "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -1)
  local secs=${t% *} kb=${t#* }
  results+=("$name|$nrows|$nbytes|$secs|$kb")
  echo "  $name: $secs s, $((kb / 1024)) MB peak" >&2
}

echo "ingest ($rows rows, $((bytes / 1000000)) MB)" >&2
measure "retorno ingest (full normalisation)" "$rows" "$bytes" \
  "$retorno" ingest "$export_file" --schema dms_vehiculos -o "$dir/vehicles.csv" --rejects "$dir/rejects.csv" --quiet
measure "retorno ingest --schema raw" "$rows" "$bytes" \
  "$retorno" ingest "$export_file" --schema raw -o "$dir/raw.csv" --rejects "$dir/raw_rejects.csv" --quiet
measure "mlr --icsv --ocsv cat" "$rows" "$bytes" \
  mlr --icsv --ocsv --ifs ';' --lazy-quotes cat "$dir/peer_vehiculos.csv"
measure "sqlite3 .import + export" "$rows" "$bytes" \
  sqlite3 -cmd ".mode csv" -cmd ".separator ;" -cmd ".import $dir/peer_vehiculos.csv v" -cmd ".separator ," \
  -cmd ".output /dev/null" :memory: "select * from v;"
measure "pandas read_csv + to_csv" "$rows" "$bytes" \
  "$python" -c "import pandas as pd,sys; pd.read_csv(sys.argv[1], sep=';', encoding='cp1252', dtype=str).to_csv('/dev/null', index=False)" \
  "$dir/peer_vehiculos.csv"
if command -v duckdb >/dev/null; then
  measure "duckdb CSV copy" "$rows" "$bytes" \
    duckdb -c "copy (select * from read_csv('$dir/peer_vehiculos.csv', delim=';', all_varchar=true)) to '/dev/null' (header)"
fi

# Memory must stay flat as the file grows: the same ingest on a quarter of the file.
head -n $((rows / 4 + 2)) "$export_file" >"$dir/quarter.csv"
measure "retorno ingest, a quarter of the file" "$((rows / 4))" "$(wc -c <"$dir/quarter.csv")" \
  "$retorno" ingest "$dir/quarter.csv" --schema dms_vehiculos -o "$dir/q.csv" --rejects "$dir/q_rejects.csv" --quiet

# The table: throughput, memory, and each peer's time as a multiple of retorno's.
base=${results[0]}
base_secs=$(echo "$base" | cut -d'|' -f4)
printf '\n| command | rows | MB | s | MB/s | rows/s | peak MB | time vs retorno ingest |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|\n'
for r in "${results[@]}"; do
  IFS='|' read -r name nrows nbytes secs kb <<<"$r"
  awk -v n="$name" -v r="$nrows" -v b="$nbytes" -v s="$secs" -v k="$kb" -v base="$base_secs" 'BEGIN {
    if (s <= 0) s = 0.01;
    printf "| %s | %d | %.0f | %.2f | %.0f | %.0f | %.0f | %.2fx |\n", n, r, b / 1e6, s, b / 1e6 / s, r / s, k / 1024, s / base }'
done
