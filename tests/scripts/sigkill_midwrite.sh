#!/usr/bin/env bash
# SIGKILL in the middle of writing. `retorno ingest` is fed 3 MB of rows from a pipe
# that then stalls, so it has written part of its output when it is killed. The previous output
# and rejects must be intact, and no temporary file may be left in the folder (not even a hidden one).
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 $pid 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }

rows() {  # rows N: a raw table, one bad row in every 100 so that the rejects file is written too
  awk -v n="$1" 'BEGIN { print "vin,name,phone"; for (i = 1; i <= n; i++) {
    if (i % 100 == 0) print "BAD," i; else printf "3N1AB7AP%09d,Cliente Número %d,871391%04d\n", i, i, i % 10000 } }'
}
rows 50 >small.csv
"$retorno" ingest small.csv --schema raw --quiet --max-reject-rate 1 -o out.csv --rejects rej.csv || fail "first run"
cp out.csv out.before
cp rej.csv rej.before

for stage in reading writing; do
  mkfifo feed
  # 3 MB of rows (over the 1 MiB write buffer: part of the output is on disk), then a stall.
  { rows 60000; sleep 60; } >feed &
  feeder=$!
  "$retorno" ingest - --schema raw --quiet --max-reject-rate 1 -o out.csv --rejects rej.csv <feed &
  pid=$!
  # Wait until the process has written into its (unnamed or hidden) temporary file.
  for _ in $(seq 100); do
    written=$(find /proc/$pid/fd -lname "$work/*" -printf '%l\n' 2>/dev/null | grep -c . || true)
    [ "$stage" = reading ] && [ "$written" -gt 0 ] && break
    size=$(cat /proc/$pid/io 2>/dev/null | awk '/^wchar/ {print $2}')
    [ "$stage" = writing ] && [ "${size:-0}" -gt 1000000 ] && break
    sleep 0.1
  done
  kill -0 $pid 2>/dev/null || fail "$stage: retorno ended before it was killed"
  echo "killing retorno while $stage: $(awk '/^wchar/ {print $2}' /proc/$pid/io) bytes written so far"
  kill -9 $pid
  wait $pid 2>/dev/null
  pid=
  kill $feeder 2>/dev/null; wait $feeder 2>/dev/null
  rm -f feed
  cmp -s out.csv out.before || fail "$stage: out.csv changed after SIGKILL"
  cmp -s rej.csv rej.before || fail "$stage: rej.csv changed after SIGKILL"
  left=$(ls -A | grep -v -x -e out.csv -e rej.csv -e out.before -e rej.before -e small.csv || true)
  [ -z "$left" ] || fail "$stage: files left behind after SIGKILL: $left"
  echo "ok: SIGKILL while $stage: previous outputs intact, nothing left behind"
done

# And a run that completes still replaces both.
"$retorno" ingest small.csv --schema raw --quiet --max-reject-rate 1 -o out.csv --rejects rej.csv || fail "last run"
cmp -s out.csv out.before || fail "rerun differs"
echo "ok: sigkill_midwrite"
