#!/usr/bin/env bash
# Reads every csv-spectrum case (Debian's node-csv-spectrum) through `ingest --schema raw` and
# compares it value by value with the case's JSON. Usage: csv_spectrum.sh RETORNO [SOURCE_DIR]
set -u
retorno=$1
spectrum=${CSV_SPECTRUM_DIR:-/usr/share/nodejs/csv-spectrum}
# The Debian interpreter: a bare `python3` may be a pyenv shim that is not set up here.
python=/usr/bin/python3
if [ ! -d "$spectrum/csvs" ]; then
  echo "skip: no csv-spectrum in $spectrum (apt-get install node-csv-spectrum)"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail=0
count=0
for csv in "$spectrum"/csvs/*.csv; do
  name=$(basename "$csv" .csv)
  json=$spectrum/json/$name.json
  # Its JSON contradicts its own CSV (upstream csv-spectrum issue), so it proves nothing.
  [ "$name" = location_coordinates ] && continue
  [ -f "$json" ] || continue
  count=$((count + 1))
  if ! "$retorno" ingest --schema raw --quiet "$csv" -o "$work/$name.out.csv" \
      --rejects "$work/$name.rejects.csv" 2>"$work/$name.err"; then
    echo "FAIL $name: retorno exited non-zero: $(head -1 "$work/$name.err")"
    fail=1
    continue
  fi
  if "$python" - "$work/$name.out.csv" "$json" "$work/$name.rejects.csv" <<'EOF'; then
import csv, json, sys
out_path, json_path, rejects_path = sys.argv[1:4]
with open(out_path, encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
got = [dict(zip(header, r)) for r in body]
want = json.load(open(json_path, encoding="utf-8"))
problems = []
if any(len(r) != len(header) for r in body):
    problems.append("a row whose width differs from the header")
with open(rejects_path, encoding="utf-8", newline="") as f:
    rejected = list(csv.reader(f))[1:]
if rejected:
    problems.append(f"{len(rejected)} rows rejected: {rejected}")
if want and header != list(want[0].keys()):
    problems.append(f"header {header} != {list(want[0].keys())}")
if len(got) != len(want):
    problems.append(f"{len(got)} rows, want {len(want)}")
for i, (g, w) in enumerate(zip(got, want), start=1):
    for key in w:
        if g.get(key) != w[key]:
            problems.append(f"row {i} {key}: got {g.get(key)!r}, want {w[key]!r}")
for p in problems:
    print("   ", p)
sys.exit(1 if problems else 0)
EOF
    echo "ok   $name"
  else
    echo "FAIL $name"
    fail=1
  fi
done
if [ "$count" = 0 ]; then
  echo "FAIL: no csv-spectrum case found in $spectrum"
  exit 1
fi
exit $fail
