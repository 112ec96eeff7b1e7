#!/usr/bin/env bash
# A full disk. Every command writing to /dev/full (as -o, as a side file, and as
# standard output) ends with exit 4 and one error line; on a tiny tmpfs that fills up mid-run
# (needs a mount namespace: skipped with a note where unshare/mount is not permitted), the run
# ends with exit 4, the previous outputs intact and no temporary file left.
set -u
# The messages this test reads are matched in English, whatever the default language.
export RETORNO_LANG=en
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
exports=$src/samples/exports

expect4() {  # expect4 NAME CMD...: exit 4 and a "cannot write" error line
  local name=$1; shift
  "$@" >/dev/null 2>err.txt
  local code=$?
  [ "$code" = 4 ] || { cat err.txt; fail "$name: exit $code, expected 4"; }
  grep -q "error: .*No space left on device" err.txt || { cat err.txt; fail "$name: no error line"; }
  echo "ok: $name -> exit 4"
}
tostdout() { "$@" >/dev/full; }

"$retorno" ingest "$exports/recordatorio_servicio.txt" --schema recordatorio --as-of 2018-08-01 --quiet -o vehicles.csv --rejects vrej.csv
"$retorno" ingest "$exports/gestion_spiga.txt" --schema spiga_gestion --as-of 2018-08-01 --quiet --max-reject-rate 1 -o log.csv --rejects lrej.csv
"$retorno" segment --vehicles vehicles.csv --contact-log log.csv --as-of 2018-08-01 --agents ANA,LUIS --quiet -o list.csv --excluded excl.csv || fail "segment setup"

expect4 "ingest -o /dev/full" "$retorno" ingest "$exports/recordatorio_servicio.txt" --schema recordatorio -o /dev/full --rejects r.csv
expect4 "ingest --rejects /dev/full" "$retorno" ingest "$exports/gestion_spiga.txt" --schema spiga_gestion -o o.csv --rejects /dev/full --max-reject-rate 1
expect4 "ingest >/dev/full" tostdout "$retorno" ingest "$exports/recordatorio_servicio.txt" --schema recordatorio --rejects r.csv
expect4 "segment -o /dev/full" "$retorno" segment --vehicles vehicles.csv --as-of 2018-08-01 -o /dev/full --excluded x.csv
expect4 "segment --excluded /dev/full" "$retorno" segment --vehicles vehicles.csv --contact-log log.csv --as-of 2018-08-01 -o l.csv --excluded /dev/full
expect4 "segment --format html -o /dev/full" "$retorno" segment --vehicles vehicles.csv --as-of 2018-08-01 --format html -o /dev/full --excluded x.csv
expect4 "segment >/dev/full" tostdout "$retorno" segment --vehicles vehicles.csv --as-of 2018-08-01 --excluded x.csv
expect4 "schedule-attempts -o /dev/full" "$retorno" schedule-attempts --list list.csv --log log.csv --as-of 2018-08-01T08:00 -o /dev/full
expect4 "schedule-attempts --fallback /dev/full" "$retorno" schedule-attempts --list list.csv --log log.csv --as-of 2018-08-01T08:00 -o s.csv --fallback /dev/full --dealer "$src/samples/exports/agencia.csv"
expect4 "schedule-attempts --format html >/dev/full" tostdout "$retorno" schedule-attempts --list list.csv --log log.csv --as-of 2018-08-01T08:00 --format html
ls -A | grep -q '\.tmp-' && fail "temporary file left: $(ls -A | grep '\.tmp-')"

# A tiny tmpfs that fills up while a run writes: in a private mount namespace (root, or a user
# namespace), so nothing is mounted outside this test.
if ! unshare -rm true 2>/dev/null && ! unshare -m true 2>/dev/null; then
  echo "skip: tiny tmpfs (no mount namespace here); /dev/full covered above"
  echo "ok: full_disk"
  exit 0
fi
awk 'BEGIN { print "vin,name,phone"; for (i = 1; i <= 20000; i++) printf "3N1AB7AP%09d,Cliente %d,871391%04d\n", i, i, i % 10000 }' >big.csv
head -20 big.csv >small.csv
cat >tiny.sh <<'INNER'
set -u
retorno=$1
mkdir -p disk
mount -t tmpfs -o size=256k tmpfs disk || { echo "skip-mount"; exit 0; }
"$retorno" ingest small.csv --schema raw --quiet -o disk/out.csv --rejects disk/rej.csv || exit 10
cp disk/out.csv before.csv
# Fill the disk to within 16 KiB; the 700 KB output cannot fit.
free=$(df -k --output=avail disk | tail -1)
dd if=/dev/zero of=disk/filler bs=1k count=$((free - 16)) 2>/dev/null
"$retorno" ingest big.csv --schema raw --quiet -o disk/out.csv --rejects disk/rej.csv 2>err.txt
echo "code=$?"
cmp -s disk/out.csv before.csv && echo "intact=yes" || echo "intact=no"
ls -A disk | grep '\.tmp-' | sed 's/^/left=/'
umount disk
INNER
out=$(unshare -rm bash tiny.sh "$retorno" 2>&1 || unshare -m bash tiny.sh "$retorno" 2>&1)
case $out in *skip-mount*) echo "skip: tiny tmpfs (mount not permitted)"; echo "ok: full_disk"; exit 0 ;; esac
echo "$out" | grep -q '^code=4$' || { echo "$out"; cat err.txt; fail "tiny tmpfs: expected exit 4"; }
echo "$out" | grep -q '^intact=yes$' || fail "tiny tmpfs: previous output damaged"
echo "$out" | grep -q '^left=' && fail "tiny tmpfs: temporary file left: $out"
grep -q "No space left on device" err.txt || fail "tiny tmpfs: no error line"
echo "ok: tiny tmpfs full mid-run -> exit 4, previous output intact, nothing left"
echo "ok: full_disk"
