#!/usr/bin/env bash
# A run killed between linking its complete temporary file (.NAME.tmp-PID-N) and renaming it
# leaves that file behind. The next run writing the same target removes the temporaries of
# processes that are gone, and never one of a process still running, nor one of another target.
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
work=$(mktemp -d)
live=
trap '[ -n "$live" ] && kill $live 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }

awk 'BEGIN { print "vin,name,phone"; for (i = 1; i <= 200; i++) {
  if (i % 50 == 0) print "BAD," i; else printf "3N1AB7AP%09d,Cliente %d,871391%04d\n", i, i, i % 10000 } }' >small.csv
ingest() { "$retorno" ingest small.csv --schema raw --quiet --max-reject-rate 1 -o out.csv --rejects rej.csv; }
ingest || fail "first run"
cp out.csv out.ref

# A process that has ended (and was reaped), and one that runs.
sh -c 'exit 0' &
dead=$!
wait $dead
kill -0 $dead 2>/dev/null && { echo "skip: pid $dead was reused at once"; exit 0; }
sleep 300 &
live=$!

for f in ".out.csv.tmp-$dead-0" ".out.csv.tmp-$dead-7" ".rej.csv.tmp-$dead-0" ".out.csv.tmp-$dead-Ab12Cd" \
         ".out.csv.tmp-$live-0" ".other.csv.tmp-$dead-0" ".out.csv.tmp-x$dead-0"; do
  printf 'half a file\n' >"$f"
done
ingest || fail "second run"
cmp -s out.csv out.ref || fail "output differs"
for f in ".out.csv.tmp-$dead-0" ".out.csv.tmp-$dead-7" ".rej.csv.tmp-$dead-0" ".out.csv.tmp-$dead-Ab12Cd"; do
  [ -e "$f" ] && fail "stale temporary $f (pid $dead, gone) left"
done
[ -e ".out.csv.tmp-$live-0" ] || fail "the temporary of live pid $live was removed"
[ -e ".other.csv.tmp-$dead-0" ] || fail "another target's temporary was removed"
[ -e ".out.csv.tmp-x$dead-0" ] || fail "a file not named like a temporary was removed"
echo "ok: stale temporaries of ended processes removed, the live one and others kept"
echo "ok: stale_temps"
