#!/usr/bin/env bash
# dedupe does not depend on the order of its input rows: the same persons, person_ids, merged
# rows and cluster map (less its `row` column, the line in the input) over a table as it is and
# over its rows shuffled three times with fixed seeds. The tables: a small generated world
# (retorno-gen, built here when missing; ingested as bench/run.sh and
# samples/exports/exports.conf do) and, added to its vehicles, the shapes order once decided:
# one customer written several ways on 41 vehicles (a large phone block, ties among equal
# names and equal scores) and rows of one VIN alike in date but not in customer.
# Rows are shuffled as CSV records, not lines: an address may hold a quoted newline.
# usage: dedupe_shuffle.sh RETORNO SOURCE_DIR
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail=0

build=$(dirname "$retorno")
gen=${GEN:-$build/retorno-gen}
if [ ! -x "$gen" ] && [ -f "$build/CMakeCache.txt" ]; then
  cmake --build "$build" --target retorno-gen >gen_build.log 2>&1 || { cat gen_build.log; echo "FAIL: building retorno-gen"; exit 1; }
fi
[ -x "$gen" ] || { echo "FAIL: no retorno-gen at $gen (set GEN)"; exit 1; }

"$gen" --vehicles 3000 --seed 5 --as-of 2026-11-27 --out world --only vehicles,contacts --quiet ||
  { echo "FAIL: retorno-gen"; exit 1; }
"$retorno" ingest world/vehiculos.csv --schema dms_vehiculos -o world_vehicles.csv --rejects rejects_v.csv \
  --max-reject-rate 1 --quiet || { echo "FAIL: ingest vehicles"; exit 1; }
"$retorno" ingest world/contactos.csv --schema dms_contactos -o contacts.csv --rejects rejects_c.csv \
  --max-reject-rate 1 --quiet || { echo "FAIL: ingest contacts"; exit 1; }

# The hard shapes, appended to the world's vehicles with the table's own header.
$python - world_vehicles.csv vehicles.csv <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))
head = rows[0]
def row(**cells):
    return [cells.get(c, '') for c in head]
names = ['JOSÉ LUIS MARTÍNEZ RAMOS', 'JOSE LUIS MARTINEZ', 'JOSE MARTINEZ RAMOS', 'LUIS MARTINEZ RAMOS',
         'JOSE LUIS MARTINES RAMOS', 'J. LUIS MARTINEZ RAMOS']
phones = ['+528711234567', '+528717654321', '']
emails = ['jlmartinez@gmail.com', 'jose.martinez@hotmail.com', '']
addresses = ['CALLE ROBLE 123', 'CALLE ROBLE 123 COL. CENTRO', '']
extra = []
for i in range(41):
    extra.append(row(vin='JTDKB20U0930%05d' % (10100 + i), make='TOYOTA', model='PRIUS', km_date='2026-03-01',
                     customer_name=names[(i * 5 + 1) % 6], phone_mobile=phones[(i * 7) % 3],
                     phone_home=phones[(i * 11 + 1) % 3], email=emails[(i * 13 + 2) % 3],
                     address=addresses[(i * 3) % 3], city='TORREON', postal_code='27000' if i % 2 else '',
                     origin='extra.csv:%d' % (i + 2)))
# One VIN twice on the same day, its customer written two ways with different phones.
extra.append(row(vin='JTDKB20U093099001', make='TOYOTA', model='YARIS', km_date='2026-05-02', customer_name='ROSA MEDINA PEREZ',
                 phone_mobile='+528711000011', email='rosa.medina@gmail.com', origin='extra.csv:50'))
extra.append(row(vin='JTDKB20U093099001', make='TOYOTA', model='YARIS SEDAN', km_date='2026-05-02', customer_name='ROSA MEDINA',
                 phone_mobile='+528711000012', origin='extra.csv:51'))
extra.append(row(vin='JTDKB20U093099002', make='TOYOTA', model='HILUX', km_date='2026-01-10', customer_name='ROSA MEDINA',
                 phone_mobile='+528711000012', origin='extra.csv:52'))
csv.writer(open(sys.argv[2], 'w', encoding='utf-8', newline=''), lineterminator='\n').writerows(rows + extra)
PY

shuffle() {  # shuffle IN OUT SEED: the data records in a fixed random order, the header first
  $python - "$1" "$2" "$3" <<'PY'
import csv, random, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))
head, body = rows[0], rows[1:]
random.Random(int(sys.argv[3])).shuffle(body)
csv.writer(open(sys.argv[2], 'w', encoding='utf-8', newline=''), lineterminator='\n').writerows([head] + body)
PY
}

canonical() {  # canonical OUT CLUSTERS DEST: output rows and cluster map (less `row`), sorted
  $python - "$1" "$2" "$3" <<'PY'
import csv, sys
out = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))
clusters = list(csv.reader(open(sys.argv[2], encoding='utf-8', newline='')))
vin = out[0].index('vin')
with open(sys.argv[3], 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(out[0])
    w.writerows(sorted(out[1:], key=lambda r: (r[vin], r)))
    w.writerow(clusters[0][1:])
    w.writerows(sorted(r[1:] for r in clusters[1:]))
PY
}

for table in vehicles contacts; do
  for seed in 0 1 2 3; do
    if [ $seed = 0 ]; then cp $table.csv $table.$seed.csv; else shuffle $table.csv $table.$seed.csv $seed; fi
    "$retorno" dedupe $table.$seed.csv -o $table.$seed.out.csv --clusters $table.$seed.persons.csv 2>$table.$seed.summary ||
      { echo "FAIL: dedupe $table (seed $seed)"; cat $table.$seed.summary; fail=1; continue; }
    canonical $table.$seed.out.csv $table.$seed.persons.csv $table.$seed.sorted.csv
    if [ $seed != 0 ] && ! cmp -s $table.0.sorted.csv $table.$seed.sorted.csv; then
      echo "FAIL: $table with its rows shuffled (seed $seed) differs from the table as it is:"
      diff $table.0.sorted.csv $table.$seed.sorted.csv | head -10
      fail=1
    fi
  done
  # The same summary too (rows, persons, comparisons), timings aside.
  for seed in 1 2 3; do
    [ "$(sed -E 's/; [0-9.]+ s$//' $table.0.summary)" = "$(sed -E 's/; [0-9.]+ s$//' $table.$seed.summary)" ] ||
      { echo "FAIL: $table summary differs (seed $seed): $(cat $table.$seed.summary)"; fail=1; }
  done
  echo "$table: $(sed -E 's/; [0-9.]+ s$//' $table.0.summary)"
done

# The 41 rows are one customer: one person_id.
ids=$($python - vehicles.0.out.csv <<'PY'
import csv, sys
print(len({r['person_id'] for r in csv.DictReader(open(sys.argv[1], encoding='utf-8', newline=''))
           if r['vin'].startswith('JTDKB20U0930101')}))
PY
)
[ "$ids" = 1 ] || { echo "FAIL: the customer of 41 rows has $ids person_ids"; fail=1; }

[ $fail = 0 ] && echo "ok: dedupe of vehicles and contacts, each as it is and shuffled three times: the same rows, ids and cluster map"
exit $fail
