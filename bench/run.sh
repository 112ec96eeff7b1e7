#!/usr/bin/env bash
# make bench: generates a dirty dealership world and times each retorno command beside the
# nearest equivalent work by Miller, sqlite3 and pandas (and DuckDB when installed), all in
# this one run, on the same files. Prints one markdown table; nothing here is a test.
#   RETORNO, GEN: binaries; BENCH_VEHICLES (default 1000000); BENCH_SCHEDULE_ITEMS (default
#   1000000, with three log rows each); BENCH_LOG_ROWS (report, default 3000000); BENCH_DIR
#   (default a temp folder); BENCH_RUNS (runs of each command, the best kept; default 3);
#   BENCH_ONLY=ingest (the ingest group alone)
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
# BENCH_DIR with a world of this size already in it: reused (the generator takes a minute).
if [ "$(awk -F, '$1 == "vehiculos.csv" { print $3 }' "$dir/world/truth/manifest.csv" 2>/dev/null)" != "" ] &&
  [ -n "$keep" ] && grep -q "^$n$" "$dir/world/.vehicles" 2>/dev/null; then
  echo "reusing $dir/world" >&2
else
  "$gen" --vehicles "$n" --seed 1 --as-of "$as_of" --out "$dir/world" >&2
  echo "$n" >"$dir/world/.vehicles"
fi
export_file=$dir/world/vehiculos.csv
# Peers cannot skip a DMS title line by themselves: they get the same file without it.
tail -n +2 "$export_file" >"$dir/peer_vehiculos.csv"

rows=$(($(wc -l <"$export_file") - 2))
bytes=$(wc -c <"$export_file")
results=()

# measure NAME ROWS BYTES CMD...: wall seconds (the best of BENCH_RUNS runs, default 3: a
# shared machine slows single runs by a quarter or more, never speeds them up) and peak
# resident memory (the highest of the runs). Rows measured after `group NAME` are compared
# with that group's first row (retorno's). Every command, peers included, gets the same runs.
runs=${BENCH_RUNS:-3}
group_name=ingest
group() { group_name=$1; echo "$1" >&2; }
measure() {
  local name=$1 nrows=$2 nbytes=$3
  shift 3
  local code=0 run t secs="" kb=0 all=""
  for ((run = 1; run <= runs; run++)); do
    # Outputs of the steps before are still being written to the disk: not this run's work.
    sync
    /usr/bin/time -o "$dir/.time" -f '%e %M' taskset -c 0 "$@" >/dev/null 2>"$dir/.stderr" || code=$?
    if [ "$code" -ne 0 ]; then
      echo "  $name: FAILED (exit $code):" >&2
      tail -3 "$dir/.stderr" >&2
      return 0
    fi
    t=$(tail -1 "$dir/.time")
    all="$all ${t% *}"
    if [ -z "$secs" ] || awk -v a="${t% *}" -v b="$secs" 'BEGIN { exit !(a < b) }'; then secs=${t% *}; fi
    [ "${t#* }" -gt "$kb" ] && kb=${t#* }
  done
  results+=("$group_name|$name|$nrows|$nbytes|$secs|$kb")
  echo "  $name: $secs s (runs:$all), $((kb / 1024)) MB peak" >&2
}

# The table: throughput, memory, and each peer's time as a multiple of retorno's in its group.
print_table() {
  printf '\nSeconds: the best of %d runs of each command; peak MB: the highest.\n' "$runs"
  printf '\n| command | rows | MB | s | MB/s | rows/s | peak MB | time vs retorno |\n'
  printf '|---|---:|---:|---:|---:|---:|---:|---:|\n'
  local base_group="" base_secs=1 r g name nrows nbytes secs kb
  for r in "${results[@]}"; do
    IFS='|' read -r g name nrows nbytes secs kb <<<"$r"
    if [ "$g" != "$base_group" ]; then base_group=$g base_secs=$secs; fi
    awk -v n="$name" -v r="$nrows" -v b="$nbytes" -v s="$secs" -v k="$kb" -v base="$base_secs" 'BEGIN {
      if (s <= 0) s = 0.01; if (base <= 0) base = 0.01;
      printf "| %s | %d | %.0f | %.2f | %.0f | %.0f | %.0f | %.2fx |\n", n, r, b / 1e6, s, b / 1e6 / s, r / s, k / 1024, s / base }'
  done
}
print_instructions() {
  # Seconds vary on a shared machine; the instructions of the hot path do not.
  if command -v valgrind >/dev/null; then
    printf '\nInstructions (callgrind, the same on every run):\n'
    BENCH_DIR="$dir" "$(dirname "$0")/instructions.sh" "$retorno" "$export_file"
  fi
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

# BENCH_ONLY=ingest stops here: the ingest rows and the instruction count, in minutes.
if [ "${BENCH_ONLY:-}" = ingest ]; then
  print_table
  print_instructions
  exit 0
fi

# segment: the whole world (1M vehicles + ~5M repair orders), from ingested tables.
group segment
"$retorno" ingest "$dir/world/historial_servicio.csv" --schema historial_servicio -o "$dir/services.csv" \
  --rejects "$dir/services_rejects.csv" --quiet
for t in contactos:dms_contactos:contacts campanas:dms_campanas:campaigns citas:citas:appointments \
  cotizaciones:cotizaciones:quotes leads_web:leads_web:leads bajas:bajas:optouts; do
  IFS=: read -r f schema table <<<"$t"
  src=$(ls "$dir/world/$f".*)
  "$retorno" ingest "$src" --schema "$schema" -o "$dir/$table.csv" --rejects "$dir/${table}_rejects.csv" --quiet
done
"$retorno" ingest "$dir/world/gestion_spiga.txt" --schema spiga_gestion -o "$dir/contact_log.csv" \
  --rejects "$dir/contact_log_rejects.csv" --quiet --max-reject-rate 1 || true
vrows=$(($(wc -l <"$dir/vehicles.csv") - 1))
srows=$(($(wc -l <"$dir/services.csv") - 1))
# doc/design.md's target names 1M vehicles + 5M service rows: segment on those two tables alone
# first (the base of the group's ratios, and the peers' case), then on every table.
measure "retorno segment ($vrows vehicles, $srows repair orders only)" "$((vrows + srows))" \
  "$(cat "$dir"/{vehicles,services}.csv | wc -c)" \
  "$retorno" segment --as-of "$as_of" --vehicles "$dir/vehicles.csv" --services "$dir/services.csv" \
  --agents A1,A2,A3,A4,A5 -o "$dir/call_list_vs.csv" --excluded "$dir/excluded_vs.csv"
measure "retorno segment ($vrows vehicles, $srows repair orders, every table)" "$((vrows + srows))" \
  "$(cat "$dir"/{vehicles,services,contacts,campaigns,appointments,quotes,leads,optouts,contact_log}.csv | wc -c)" \
  "$retorno" segment --as-of "$as_of" --vehicles "$dir/vehicles.csv" --services "$dir/services.csv" \
  --contacts "$dir/contacts.csv" --campaigns "$dir/campaigns.csv" --appointments "$dir/appointments.csv" \
  --quotes "$dir/quotes.csv" --leads "$dir/leads.csv" --optouts "$dir/optouts.csv" \
  --contact-log "$dir/contact_log.csv" --agents A1,A2,A3,A4,A5 -o "$dir/call_list.csv" --excluded "$dir/excluded.csv"
# The nearest peer work: the next_service window query on the same two files, the
# vehicles whose last maintenance was 5 to 12 months before the as-of date.
measure "sqlite3: next_service window query" "$((vrows + srows))" \
  "$(cat "$dir"/{vehicles,services}.csv | wc -c)" \
  sqlite3 -cmd ".mode csv" -cmd ".import $dir/vehicles.csv v" -cmd ".import $dir/services.csv s" \
  -cmd "create index v_vin on v(vin);" -cmd ".output /dev/null" :memory: \
  "select v.vin, v.customer_name, v.phone_mobile, m.last from v join
     (select vin, max(opened_on) as last from s where service_type = 'maintenance' group by vin) m on m.vin = v.vin
   where date(m.last, '+5 months') <= '$as_of' and date(m.last, '+12 months') > '$as_of' order by m.last, v.vin;"
measure "pandas: next_service window query" "$((vrows + srows))" \
  "$(cat "$dir"/{vehicles,services}.csv | wc -c)" \
  "$python" -c "import pandas as pd,sys
v = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
s = pd.read_csv(sys.argv[2], dtype=str, keep_default_na=False)
m = s[s.service_type == 'maintenance'].groupby('vin')['opened_on'].max().reset_index(name='last')
d = v.merge(m, on='vin')
last = pd.to_datetime(d['last']); now = pd.Timestamp(sys.argv[3])
d[(last + pd.DateOffset(months=5) <= now) & (last + pd.DateOffset(months=12) > now)].sort_values(['last', 'vin']).to_csv('/dev/null', index=False)" \
  "$dir/vehicles.csv" "$dir/services.csv" "$as_of"

# schedule-attempts (1,000,000 items + 3,000,000 log rows): a synthetic list and log,
# three attempts per item with every kind of outcome, so that every rule runs.
group schedule-attempts
items=${BENCH_SCHEDULE_ITEMS:-1000000}
awk -v items="$items" 'BEGIN { print "item_id,segment,vin,agent,customer_name,phone,phone_alt,email,preferred_channel"
  for (i = 0; i < items; i++)
    printf "next_service:V%016d:R%d,next_service,V%016d,A%d,NOMBRE %d,+52871%07d,,,phone\n", i, i, i, i % 20, i, i }' \
  >"$dir/sched_list.csv"
awk -v items="$items" 'BEGIN { print "item_id,vin,agent,attempted_at,channel,outcome,reason,callback_at,appointment_at,notes"
  n = split("no_answer busy voicemail no_answer callback_requested no_answer invalid_number appointment_booked", o, " ")
  for (k = 0; k < 3; k++) for (i = 0; i < items; i++)
    printf "next_service:V%016d:R%d,,A%d,2026-11-%02dT%02d:%02d,phone,%s,,,,\n", i, i, i % 20, 9 + k * 6,
      9 + i % 9, (i * 7) % 60, o[1 + (i + k) % n] }' >"$dir/sched_log.csv"
measure "retorno schedule-attempts ($items items, $((3 * items)) log rows)" $((4 * items)) \
  "$(cat "$dir"/sched_{list,log}.csv | wc -c)" \
  "$retorno" schedule-attempts --as-of "${as_of}T08:00" --list "$dir/sched_list.csv" --log "$dir/sched_log.csv" \
  -o "$dir/schedule.csv" --fallback "$dir/fallback.csv"
measure "sqlite3: attempts and last one per item, joined" $((4 * items)) \
  "$(cat "$dir"/sched_{list,log}.csv | wc -c)" \
  sqlite3 -cmd ".mode csv" -cmd ".import $dir/sched_list.csv l" -cmd ".import $dir/sched_log.csv g" \
  -cmd "create index g_item on g(item_id);" -cmd ".output /dev/null" :memory: \
  "select l.item_id, count(g.item_id), max(g.attempted_at) from l left join g on g.item_id = l.item_id group by l.item_id;"
measure "pandas: attempts and last one per item, joined" $((4 * items)) \
  "$(cat "$dir"/sched_{list,log}.csv | wc -c)" \
  "$python" -c "import pandas as pd,sys
l = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
g = pd.read_csv(sys.argv[2], dtype=str, keep_default_na=False)
a = g.groupby('item_id')['attempted_at'].agg(['count', 'max']).reset_index()
l.merge(a, on='item_id', how='left').to_csv('/dev/null', index=False)" "$dir/sched_list.csv" "$dir/sched_log.csv"

# report (3,000,000 contact-log rows): the world's own log when it is that long, else a
# synthetic one: 5 attempts per item on average, 12 agents, 17 weeks up to --as-of, outcomes in
# the proportions of a call center.
group report
log_rows=${BENCH_LOG_ROWS:-3000000}
if [ -f "$dir/contact_log.csv" ] && [ "$(($(wc -l <"$dir/contact_log.csv") - 1))" -ge "$log_rows" ]; then
  head -n $((log_rows + 1)) "$dir/contact_log.csv" >"$dir/report_log.csv"
else
  awk -v n="$log_rows" 'BEGIN {
    srand(1); OFS = ","
    print "item_id,vin,agent,attempted_at,channel,outcome,reason,callback_at,appointment_at,notes,origin,dq_flags"
    split("no_answer no_answer no_answer busy voicemail voicemail wrong_number invalid_number reached reached callback_requested appointment_booked appointment_booked declined already_serviced vehicle_sold do_not_contact", out, " ")
    split("next_service inactive first_service campaign pending_quote post_service lead", seg, " ")
    split("Precio alto|Servicio en otro taller|Sin tiempo por ahora|Satisfecho con el servicio|", why, "|")
    split("31 30 31 30", mdays, " ")  # August to November 2026
    for (i = 0; i < n; i++) {
      item = int(rand() * n / 5); vin = sprintf("3N1AB7AP%09d", item)
      d = int(rand() * 119); m = 8; while (m < 11 && d >= mdays[m - 7]) { d -= mdays[m - 7]; m++ }
      if (m == 11 && d >= 27) d = int(rand() * 27)
      o = out[int(rand() * 17) + 1]; ch = rand() < 0.9 ? "phone" : "whatsapp"; if (ch != "phone") o = "message_sent"
      r = (o == "declined") ? why[int(rand() * 5) + 1] : ""
      appt = (o == "appointment_booked") ? sprintf("2026-%02d-%02dT09:00", m, d + 1 > 28 ? 28 : d + 1) : ""
      print seg[item % 7 + 1] ":" vin ":" item, vin, "agente" (item % 12), sprintf("2026-%02d-%02dT%02d:%02d", m, d + 1, 8 + int(rand() * 11), int(rand() * 60)), ch, o, r, "", appt, "", "bench:" i + 2, ""
    }
  }' >"$dir/report_log.csv"
fi
log_bytes=$(wc -c <"$dir/report_log.csv")
measure "retorno report ($log_rows log rows, totals, CSV)" "$log_rows" "$log_bytes" \
  "$retorno" report --as-of "$as_of" --log "$dir/report_log.csv" -o "$dir/report.csv" --quiet --max-reject-rate 1
measure "retorno report --by agent --format html" "$log_rows" "$log_bytes" \
  "$retorno" report --as-of "$as_of" --log "$dir/report_log.csv" --by agent --format html -o "$dir/report.html" \
  --quiet --max-reject-rate 1
measure "sqlite3: calls, effective calls and items by agent" "$log_rows" "$log_bytes" \
  sqlite3 -cmd ".mode csv" -cmd ".import $dir/report_log.csv l" -cmd ".output /dev/null" :memory: \
  "select agent, count(*), sum(outcome in ('reached','callback_requested','appointment_booked','declined','already_serviced','vehicle_sold','do_not_contact')), count(distinct item_id) from l where channel = 'phone' and attempted_at >= '${as_of:0:7}' group by agent;"
measure "pandas: calls, effective calls and items by agent" "$log_rows" "$log_bytes" \
  "$python" -c "import pandas as pd,sys
l = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
l = l[(l.channel == 'phone') & (l.attempted_at >= sys.argv[2])]
l['effective'] = l.outcome.isin(['reached','callback_requested','appointment_booked','declined','already_serviced','vehicle_sold','do_not_contact'])
l.groupby('agent').agg(calls=('item_id', 'size'), effective=('effective', 'sum'), items=('item_id', 'nunique')).to_csv('/dev/null')" \
  "$dir/report_log.csv" "${as_of:0:7}"
# dedupe: 1,000,000 contacts (a world of 333,334 vehicles, three profiles each), timed beside
# the exact-key grouping peers can do (one id per identical name; no fuzzy matching), then its
# pairwise precision, recall and F1 on FEBRL and on this world (tests/scripts/dedupe_quality.sh).
dedupe_vehicles=${BENCH_DEDUPE_VEHICLES:-333334}
dedupe_results=()
"$gen" --vehicles "$dedupe_vehicles" --seed 2 --as-of "$as_of" --out "$dir/dedupe_world" \
  --only contacts,vehicles,truth --quiet >&2
"$retorno" ingest "$dir/dedupe_world/contactos.csv" --schema dms_contactos -o "$dir/dedupe_contacts.csv" \
  --rejects "$dir/dedupe_contacts_rejects.csv" --quiet
# measure_dedupe NAME CMD...: like measure (the best of the runs), keeping the command's
# summary line (comparisons made)
measure_dedupe() {
  local name=$1
  shift
  local run t secs="" kb=0 comparisons
  for ((run = 1; run <= runs; run++)); do
    sync  # as in measure()
    /usr/bin/time -o "$dir/time.txt" -f '%e %M' taskset -c 0 "$@" >/dev/null 2>"$dir/summary.txt" || true
    t=$(tail -1 "$dir/time.txt")
    if [ -z "$secs" ] || awk -v a="${t% *}" -v b="$secs" 'BEGIN { exit !(a < b) }'; then secs=${t% *}; fi
    [ "${t#* }" -gt "$kb" ] && kb=${t#* }
  done
  comparisons=$(grep -o '[0-9]* comparisons' "$dir/summary.txt" | cut -d' ' -f1 || true)
  dedupe_results+=("$name|$secs|$kb|${comparisons:--}")
  echo "  $name: $secs s, $((kb / 1024)) MB peak${comparisons:+, $comparisons comparisons}" >&2
}
measure_dedupe "retorno dedupe" \
  "$retorno" dedupe "$dir/dedupe_contacts.csv" -o "$dir/contacts_dedupe.csv" --clusters "$dir/clusters.csv"
# Rows, not lines: an address may hold a newline inside its quotes.
contact_rows=$(grep -o 'dedupe: [0-9]* contacts rows in' "$dir/summary.txt" | cut -d' ' -f2)
measure_dedupe "mlr count-similar -g name (exact names)" \
  mlr --icsv --ocsv count-similar -g name "$dir/dedupe_contacts.csv"
measure_dedupe "sqlite3 dense_rank() over name (exact names)" \
  sqlite3 -cmd ".mode csv" -cmd ".import $dir/dedupe_contacts.csv c" -cmd ".output /dev/null" :memory: \
  "select *, dense_rank() over (order by name) from c;"
measure_dedupe "pandas groupby(name).ngroup() (exact names)" \
  "$python" -c "import pandas as pd,sys; d=pd.read_csv(sys.argv[1], dtype=str); d['person_id']=d.groupby('name').ngroup(); d.to_csv('/dev/null', index=False)" \
  "$dir/dedupe_contacts.csv"
quality=$(DEDUPE_GEN_DIR="$dir/dedupe_world" "$(dirname "$0")/../tests/scripts/dedupe_quality.sh" \
  "$retorno" "$(cd "$(dirname "$0")/.." && pwd)" 2>&1 || true)

print_table

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
print_instructions
