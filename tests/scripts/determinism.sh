#!/usr/bin/env bash
# Same inputs + same --as-of => byte-identical outputs. The demo world's nightly run
# (samples/nightly.sh) twice into two folders, compared file by file (the log only without its
# timings); schedule-attempts twice (CSV, fallback, HTML); then the same inputs with their rows
# shuffled: segment's list, exclusions and sheets and schedule-attempts' schedule, fallback and
# queue, whose order the contract defines, are byte-identical; ingest keeps input order by
# contract, so its rows are compared as a set (less origin, the source line).
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail=0
as_of=$(cat "$src/samples/exports/as_of")

for n in 1 2; do
  RETORNO=$retorno RETORNO_OUT=$work/run$n RETORNO_MAX_REJECT_RATE=0.25 "$src/samples/nightly.sh" >/dev/null 2>&1 ||
    { echo "FAIL: nightly run $n"; fail=1; }
  d=$work/run$n/$as_of
  for fmt in csv html; do
    "$retorno" schedule-attempts --list "$d/lista_llamadas.csv" --log "$d/tables/contact_log.csv" \
      --vehicles "$d/tables/vehicles.csv" --as-of ${as_of}T08:00 --quiet --format $fmt \
      -o "$d/programa.$fmt" --fallback "$d/envios.$fmt.csv" --dealer "$src/samples/exports/agencia.csv" || { echo "FAIL: schedule-attempts run $n"; fail=1; }
  done
  sed -E -e 's/[0-9]+\.[0-9]+ s$/<T> s/' -e "s|$work/run$n|<OUT>|g" -e 's|\.runs/[^/]+|.runs/<RUN>|g' "$d/nightly.log" >"$d/nightly.log.masked" && rm "$d/nightly.log"
done
files=$(cd "run1/$as_of" && find . -type f | sort)
count=0
for f in $files; do
  count=$((count + 1))
  cmp -s "run1/$as_of/$f" "run2/$as_of/$f" || { echo "FAIL: $f differs between two runs"; diff "run1/$as_of/$f" "run2/$as_of/$f" | head -5; fail=1; }
done
[ "$(cd "run2/$as_of" && find . -type f | sort)" = "$files" ] || { echo "FAIL: the two runs wrote different files"; fail=1; }
[ "$count" -ge 12 ] || { echo "FAIL: only $count files compared"; fail=1; }
echo "ok: two runs over the demo world: $count files byte-identical"

# Shuffled rows. The canonical tables of run 1, as they are (seed 0) and with their data rows in
# 3 random orders: every shuffle must give seed 0's bytes.
t=$work/run1/$as_of/tables
tables="vehicles contacts services campaigns appointments quotes leads optouts contact_log"
for seed in 0 1 2 3; do
  s=$work/shuf$seed
  mkdir -p "$s"
  for table in $tables; do
    $python - "$t/$table.csv" "$s/$table.csv" "$seed" <<'PY'
import csv, random, sys
# Records, not lines: a quoted field may hold a newline.
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))
head, body = rows[0], rows[1:]
if int(sys.argv[3]):
    random.Random(int(sys.argv[3])).shuffle(body)
csv.writer(open(sys.argv[2], 'w', encoding='utf-8', newline=''), lineterminator='\n').writerows([head] + body)
PY
  done
  inputs=()
  for table in $tables; do inputs+=("--${table//_/-}" "$s/$table.csv"); done
  for fmt in csv html; do
    "$retorno" segment "${inputs[@]}" --agents ANA,LUIS --as-of $as_of --quiet --format $fmt -o "$s/lista_llamadas.$fmt" --excluded "$s/exclusiones.csv" ||
      { echo "FAIL: segment over shuffled rows"; fail=1; }
  done
  # The log shuffled (its row order means nothing); the list as segment wrote it over shuffled tables.
  for fmt in csv html; do
    "$retorno" schedule-attempts --list "$s/lista_llamadas.csv" --log "$s/contact_log.csv" --vehicles "$s/vehicles.csv" \
      --as-of ${as_of}T08:00 --quiet --format $fmt -o "$s/programa.$fmt" --fallback "$s/envios.$fmt.csv" --dealer "$src/samples/exports/agencia.csv" ||
      { echo "FAIL: schedule-attempts over shuffled rows"; fail=1; }
  done
  # The list's own order is its priority order, which the schedule keeps (the contract defines no
  # other), and a first call takes the slot of its place on the agent's printed sheet: over a
  # shuffled list, the schedule holds the same rows but for next_at and next_slot.
  $python - "$s/lista_llamadas.csv" "$s/lista_shuffled.csv" "$seed" <<'PY'
import csv, random, sys
# Records, not lines: a quoted field may hold a newline.
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))
head, body = rows[0], rows[1:]
random.Random(int(sys.argv[3])).shuffle(body)
csv.writer(open(sys.argv[2], 'w', encoding='utf-8', newline=''), lineterminator='\n').writerows([head] + body)
PY
  "$retorno" schedule-attempts --list "$s/lista_shuffled.csv" --log "$s/contact_log.csv" --as-of ${as_of}T08:00 --quiet \
    -o "$s/programa_shuffled.csv" || { echo "FAIL: schedule-attempts over a shuffled list"; fail=1; }
  cmp -s <(cut -d, -f1-8,10 "$s/programa.csv" | sort) <(cut -d, -f1-8,10 "$s/programa_shuffled.csv" | sort) ||
    { echo "FAIL: shuffle $seed: a shuffled list gives a different schedule"; fail=1; }
  [ "$seed" = 0 ] && continue
  r=$work/shuf0
  for pair in "lista_llamadas.csv lista_llamadas.csv" "lista_llamadas.html lista_llamadas.html" "exclusiones.csv exclusiones.csv" \
              "programa.csv programa.csv" "programa.html programa.html" "envios.csv.csv envios.csv.csv" "envios.html.csv envios.html.csv"; do
    set -- $pair
    cmp -s "$r/$1" "$s/$2" || { echo "FAIL: shuffle $seed: $1 differs"; diff "$r/$1" "$s/$2" | head -6; fail=1; }
  done
done
echo "ok: segment and schedule-attempts over 3 shuffles of their inputs: byte-identical lists, exclusions, sheets, schedules, queues"

# ingest over a shuffled export: the same rows and the same rejects, each in input order.
exports=$src/samples/exports
$python - "$exports/historial_servicio.csv" hist_shuffled.csv <<'PY'
import random, sys
data = open(sys.argv[1], 'rb').read()
bom = data.startswith(b'\xef\xbb\xbf')
lines = data[3 if bom else 0:].replace(b'\r\n', b'\n').split(b'\n')
# A DMS title line (no delimiter) stays above the header.
top = 2 if b';' not in lines[0] else 1
head, rows = lines[:top], [l for l in lines[top:] if l.strip()]
random.Random(7).shuffle(rows)
open(sys.argv[2], 'wb').write((b'\xef\xbb\xbf' if bom else b'') + b'\r\n'.join(head + rows) + b'\r\n')
PY
"$retorno" ingest "$exports/historial_servicio.csv" --schema historial_servicio --quiet --max-reject-rate 1 -o a.csv --rejects a.rej.csv
"$retorno" ingest hist_shuffled.csv --schema historial_servicio --quiet --max-reject-rate 1 -o b.csv --rejects b.rej.csv
$python - a.csv b.csv a.rej.csv b.rej.csv <<'PY' || fail=1
import csv, sys
def rows(path, drop):
    r = list(csv.reader(open(path, encoding='utf-8', newline='')))
    idx = [i for i, h in enumerate(r[0]) if h not in drop]
    return r[0], sorted(tuple(row[i] for i in idx) for row in r[1:])
for a, b, drop in ((sys.argv[1], sys.argv[2], {'origin'}), (sys.argv[3], sys.argv[4], {'file', 'line', 'source', 'origin'})):
    ha, ra = rows(a, drop); hb, rb = rows(b, drop)
    if ha != hb or ra != rb:
        print(f'FAIL: ingest over shuffled rows: {a} and {b} hold different rows'); sys.exit(1)
    print(f'{a}: {len(ra)} rows, the same set after shuffling')
PY
[ "$fail" = 0 ] && echo "ok: determinism"
exit $fail
