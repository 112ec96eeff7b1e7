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

# dedupe: 1,000,000 contacts (a world of 333,334 vehicles, three profiles each), timed beside
# the exact-key grouping peers can do (one id per identical name; no fuzzy matching), then its
# pairwise precision, recall and F1 on FEBRL and on this world (tests/scripts/dedupe_quality.sh).
dedupe_vehicles=${BENCH_DEDUPE_VEHICLES:-333334}
dedupe_results=()
"$gen" --vehicles "$dedupe_vehicles" --seed 2 --as-of "$as_of" --out "$dir/dedupe_world" \
  --only contacts,vehicles,truth --quiet >&2
"$retorno" ingest "$dir/dedupe_world/contactos.csv" --schema dms_contactos -o "$dir/contacts.csv" \
  --rejects "$dir/contacts_rejects.csv" --quiet
# measure_dedupe NAME CMD...: like measure, keeping the command's summary line (comparisons made)
measure_dedupe() {
  local name=$1
  shift
  /usr/bin/time -o "$dir/time.txt" -f '%e %M' taskset -c 0 "$@" >/dev/null 2>"$dir/summary.txt" || true
  local t secs kb comparisons
  t=$(tail -1 "$dir/time.txt")
  secs=${t% *} kb=${t#* }
  comparisons=$(grep -o '[0-9]* comparisons' "$dir/summary.txt" | cut -d' ' -f1 || true)
  dedupe_results+=("$name|$secs|$kb|${comparisons:--}")
  echo "  $name: $secs s, $((kb / 1024)) MB peak${comparisons:+, $comparisons comparisons}" >&2
}
measure_dedupe "retorno dedupe" \
  "$retorno" dedupe "$dir/contacts.csv" -o "$dir/contacts_dedupe.csv" --clusters "$dir/clusters.csv"
# Rows, not lines: an address may hold a newline inside its quotes.
contact_rows=$(grep -o 'dedupe: [0-9]* contacts rows in' "$dir/summary.txt" | cut -d' ' -f2)
measure_dedupe "mlr count-similar -g name (exact names)" \
  mlr --icsv --ocsv count-similar -g name "$dir/contacts.csv"
measure_dedupe "sqlite3 dense_rank() over name (exact names)" \
  sqlite3 -cmd ".mode csv" -cmd ".import $dir/contacts.csv c" -cmd ".output /dev/null" :memory: \
  "select *, dense_rank() over (order by name) from c;"
measure_dedupe "pandas groupby(name).ngroup() (exact names)" \
  "$python" -c "import pandas as pd,sys; d=pd.read_csv(sys.argv[1], dtype=str); d['person_id']=d.groupby('name').ngroup(); d.to_csv('/dev/null', index=False)" \
  "$dir/contacts.csv"
quality=$(DEDUPE_GEN_DIR="$dir/dedupe_world" "$(dirname "$0")/../tests/scripts/dedupe_quality.sh" \
  "$retorno" "$(cd "$(dirname "$0")/.." && pwd)" 2>&1 || true)

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

dedupe_base=$(echo "${dedupe_results[0]}" | cut -d'|' -f2)
printf '\n| dedupe of %d contacts | s | peak MB | comparisons | time vs retorno dedupe |\n' "$contact_rows"
printf '|---|---:|---:|---:|---:|\n'
for r in "${dedupe_results[@]}"; do
  IFS='|' read -r name secs kb comparisons <<<"$r"
  awk -v n="$name" -v s="$secs" -v k="$kb" -v c="$comparisons" -v base="$dedupe_base" 'BEGIN {
    if (s <= 0) s = 0.01;
    printf "| %s | %.2f | %.0f | %s | %.2fx |\n", n, s, k / 1024, c, s / base }'
done
printf '\nDedupe quality (pairwise, against truth):\n%s\n' "$(echo "$quality" | grep -E 'precision|error|skipped')"
