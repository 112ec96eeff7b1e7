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
  # time writes to its own file: the command's stderr is discarded, and time's with it otherwise.
  /usr/bin/time -f '%e %M' -o "$dir/.time" taskset -c 0 "$@" >/dev/null 2>/dev/null || true
  t=$(tail -1 "$dir/.time")
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

# report: a contact log of BENCH_LOG_ROWS (default 3,000,000) attempts. The world's own log
# (ingested from the SPIGA export) when it is that long, else a synthetic one: 5 attempts per item
# on average, 12 agents, 17 weeks up to --as-of, outcomes in the proportions of a call center.
log_rows=${BENCH_LOG_ROWS:-3000000}
"$retorno" ingest "$dir/world/gestion_spiga.txt" --schema spiga_gestion -o "$dir/world_log.csv" \
  --rejects "$dir/world_log_rejects.csv" --max-reject-rate 1 --quiet || true
if [ -f "$dir/world_log.csv" ] && [ "$(($(wc -l <"$dir/world_log.csv") - 1))" -ge "$log_rows" ]; then
  head -n $((log_rows + 1)) "$dir/world_log.csv" >"$dir/contact_log.csv"
else
  awk -v n="$log_rows" 'BEGIN {
    srand(1); OFS = ","
    print "item_id,vin,agent,attempted_at,channel,outcome,reason,callback_at,appointment_at,notes,origin,dq_flags"
    split("no_answer no_answer no_answer busy voicemail voicemail wrong_number invalid_number reached reached callback_requested appointment_booked appointment_booked declined already_serviced vehicle_sold do_not_contact", out, " ")
    split("next_service inactive first_service campaign pending_quote post_service lead", seg, " ")
    split("Precio alto|Servicio en otro taller|Sin tiempo por ahora|Satisfecho con el servicio|", why, "|")
    split("31 30 31 30 31 31 30", mdays, " ")  # Aug..Nov 2026 and a little before
    for (i = 0; i < n; i++) {
      item = int(rand() * n / 5); vin = sprintf("3N1AB7AP%09d", item)
      d = int(rand() * 119); m = 8; while (d >= mdays[m - 7]) { d -= mdays[m - 7]; m++ }
      if (m > 11 || (m == 11 && d >= 27)) { m = 11; d = int(rand() * 27) }
      o = out[int(rand() * 17) + 1]; ch = rand() < 0.9 ? "phone" : "whatsapp"; if (ch != "phone") o = "message_sent"
      r = (o == "declined") ? why[int(rand() * 5) + 1] : ""
      appt = (o == "appointment_booked") ? sprintf("2026-%02d-%02dT09:00", m, d + 1 > 28 ? 28 : d + 1) : ""
      print seg[item % 7 + 1] ":" vin ":" item, vin, "agente" (item % 12), sprintf("2026-%02d-%02dT%02d:%02d", m, d + 1, 8 + int(rand() * 11), int(rand() * 60)), ch, o, r, "", appt, "", "bench:" i + 2, ""
    }
  }' >"$dir/contact_log.csv"
fi
log_bytes=$(wc -c <"$dir/contact_log.csv")
echo "report ($log_rows log rows, $((log_bytes / 1000000)) MB)" >&2
measure "retorno report (totals, CSV)" "$log_rows" "$log_bytes" \
  "$retorno" report --as-of "$as_of" --log "$dir/contact_log.csv" -o "$dir/report.csv" --quiet --max-reject-rate 1
measure "retorno report --by agent --format html" "$log_rows" "$log_bytes" \
  "$retorno" report --as-of "$as_of" --log "$dir/contact_log.csv" --by agent --format html -o "$dir/report.html" \
  --quiet --max-reject-rate 1
measure "sqlite3 .import + calls/effective by agent" "$log_rows" "$log_bytes" \
  sqlite3 -cmd ".mode csv" -cmd ".import $dir/contact_log.csv l" :memory: \
  "select agent, count(*), sum(outcome in ('reached','callback_requested','appointment_booked','declined','already_serviced','vehicle_sold','do_not_contact')), count(distinct item_id) from l where channel='phone' and attempted_at >= '2026-11' group by agent;"
measure "pandas read_csv + groupby agent" "$log_rows" "$log_bytes" \
  "$python" -c "import pandas as pd,sys; l=pd.read_csv(sys.argv[1], dtype=str); l=l[(l.channel=='phone') & (l.attempted_at>='2026-11')]; print(l.groupby('agent').agg(calls=('item_id','size'), items=('item_id','nunique')))" \
  "$dir/contact_log.csv"

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
