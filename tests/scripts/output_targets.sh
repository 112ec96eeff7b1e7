#!/usr/bin/env bash
# Where -o points decides how it is written, by the file type found there, not by the path.
# A regular file anywhere (even under /dev/shm) is replaced through a temporary file and a rename:
# a longer previous file leaves no tail. /dev/stdout, /dev/fd/1 and /proc/self/fd/1 are standard
# output itself (`>> app.csv` appends and keeps what was there), /dev/stderr is standard error;
# a symbolic link is followed; a FIFO and a character device are written in place; a dangling
# symbolic link is an output error (exit 4, naming it) and stays a link, its target not created.
set -u
# The messages this test reads are matched in English, whatever the default language.
export RETORNO_LANG=en
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
work=$(mktemp -d)
shm=
trap 'rm -rf "$work"; [ -n "$shm" ] && rm -rf "$shm"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }

# A raw table with one bad row in every 100, so that the rejects file has rows too.
awk 'BEGIN { print "vin,name,phone"; for (i = 1; i <= 3000; i++) {
  if (i % 100 == 0) print "BAD," i; else printf "3N1AB7AP%09d,Cliente %d,871391%04d\n", i, i, i % 10000 } }' >small.csv
ingest() { "$retorno" ingest small.csv --schema raw --quiet --max-reject-rate 1 "$@"; }
ingest -o ref.csv --rejects ref.rejects.csv || fail "reference run"
[ "$(wc -l <ref.rejects.csv)" -gt 10 ] || fail "reference run: too few rejects"

# A regular file under /dev: replaced whole, never overwritten in place.
if [ -d /dev/shm ] && [ -w /dev/shm ] && shm=$(mktemp -d /dev/shm/retorno-test-XXXXXX); then
  head -c 400000 /dev/zero | tr '\0' x >"$shm/list.csv"  # longer than the new output
  ingest -o "$shm/list.csv" --rejects "$shm/rej.csv" || fail "/dev/shm: exit $?"
  cmp -s "$shm/list.csv" ref.csv || fail "/dev/shm/list.csv differs from the output (old tail kept?)"
  cmp -s "$shm/rej.csv" ref.rejects.csv || fail "/dev/shm rejects differ"
  left=$(ls -A "$shm" | grep -v -x -e list.csv -e rej.csv || true)
  [ -z "$left" ] || fail "/dev/shm: files left behind: $left"
  echo "ok: a regular file under /dev/shm is replaced whole"
else
  echo "skip: /dev/shm (not a writable folder here)"
fi

# Standard output by any of its names: appended to as the shell says, never replaced.
for name in /dev/stdout /dev/fd/1 /proc/self/fd/1; do
  printf 'kept line\n' >app.csv
  ingest -o "$name" --rejects r.csv >>app.csv || fail "$name: exit $?"
  { printf 'kept line\n'; cat ref.csv; } | cmp -s - app.csv || fail "-o $name >> app.csv: previous content lost or output wrong"
  ingest -o "$name" --rejects r.csv >trunc.csv || fail "$name >: exit $?"
  cmp -s trunc.csv ref.csv || fail "-o $name > trunc.csv: wrong output"
  ingest -o "$name" --rejects r.csv | cat >piped.csv
  cmp -s piped.csv ref.csv || fail "-o $name | cat: wrong output"
  echo "ok: -o $name is standard output (appended, truncated, piped as the shell says)"
done
ls -A | grep -q '\.tmp-' && fail "temporary file left: $(ls -A | grep '\.tmp-')"

# Standard error by name.
printf 'kept line\n' >err.log
ingest -o o.csv --rejects /dev/stderr 2>>err.log || fail "/dev/stderr: exit $?"
{ printf 'kept line\n'; cat ref.rejects.csv; } | cmp -s - err.log || fail "--rejects /dev/stderr 2>> err.log: previous content lost or rejects wrong"
echo "ok: --rejects /dev/stderr is standard error"

# A symbolic link to standard output is standard output too.
ln -s /dev/stdout to-stdout.csv
printf 'kept line\n' >app2.csv
ingest -o to-stdout.csv --rejects r.csv >>app2.csv || fail "link to /dev/stdout: exit $?"
{ printf 'kept line\n'; cat ref.csv; } | cmp -s - app2.csv || fail "link to /dev/stdout: previous content lost"
[ -L to-stdout.csv ] || fail "link to /dev/stdout replaced"
echo "ok: a link to /dev/stdout is standard output"

# A symbolic link to a file: followed, the link stays a link and its target is replaced.
mkdir real
printf 'old\n' >real/list.csv
ln -s real/list.csv link.csv
ingest -o link.csv --rejects r.csv || fail "link: exit $?"
[ -L link.csv ] || fail "the link was replaced by a regular file"
cmp -s real/list.csv ref.csv || fail "the link's target was not replaced"
echo "ok: a link to a file is followed"

# Dangling links: exit 4 naming the link; the link stays and nothing is created.
ln -s missing.csv dangling.csv
ln -s nowhere/missing.csv dangling-dir.csv
ln -s dangling.csv chain.csv
for link in dangling.csv dangling-dir.csv chain.csv; do
  ingest -o "$link" --rejects r.csv 2>err.txt
  code=$?
  [ "$code" = 4 ] || { cat err.txt; fail "-o $link (dangling): exit $code, expected 4"; }
  grep -q "^retorno ingest: error: $link: .*dangling" err.txt || { cat err.txt; fail "-o $link: no error line naming it"; }
  [ -L "$link" ] || fail "$link replaced"
done
[ -e missing.csv ] && fail "the dangling link's target was created"
ingest -o o2.csv --rejects dangling.csv 2>err.txt
[ $? = 4 ] || fail "--rejects dangling.csv: expected exit 4"
grep -q "error: dangling.csv: " err.txt || { cat err.txt; fail "--rejects dangling.csv: no error line"; }
[ -e o2.csv ] && fail "--rejects dangling.csv: the output was published anyway"
ls -A | grep -q '\.tmp-' && fail "temporary file left: $(ls -A | grep '\.tmp-')"
echo "ok: a dangling link is an output error (exit 4) and stays a link"

# A FIFO is written in place, its reader gets everything.
mkfifo fifo
cat fifo >from-fifo.csv &
reader=$!
ingest -o fifo --rejects r.csv || fail "fifo: exit $?"
wait $reader
[ -p fifo ] || fail "the FIFO was replaced"
cmp -s from-fifo.csv ref.csv || fail "fifo: the reader did not get the output"
echo "ok: a FIFO is written in place"

# A character device is written in place.
ingest -o /dev/null --rejects r.csv || fail "/dev/null: exit $?"
[ -c /dev/null ] || fail "/dev/null is no longer a character device"
echo "ok: /dev/null is written in place"
echo "ok: output_targets"
