#!/usr/bin/env bash
# Closed or broken standard streams. A closed stdout or stderr (`>&-`, `2>&-`) never lends its
# descriptor to a file that retorno opens later; a message that cannot be written (stderr closed,
# full, or a pipe nobody reads) never ends the run: the exit code is the one without the
# redirection and every -o and side file is complete. A list sent to a closed standard output is
# an output error (exit 4) that leaves the previous side file in place.
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

# Without --schema and --quiet: a note (the schema chosen) comes before any output is written,
# and the summary after.
ingest() { "$retorno" ingest "$exports/gestion_spiga.txt" --as-of 2026-11-27 --max-reject-rate 1 -o "$1.csv" --rejects "$1.rej.csv"; }
"$retorno" ingest "$exports/vehiculos.csv" --schema dms_vehiculos --as-of 2026-11-27 --quiet -o vehicles.csv || fail "setup: vehicles"
segment() { "$retorno" segment --vehicles vehicles.csv --contact-log ref.csv --as-of 2026-11-27 --agents ANA,LUIS "$@"; }
ingest ref 2>ref.err
ref_code=$?
[ -s ref.err ] || fail "the reference run wrote no note"
[ "$(wc -l <ref.rej.csv)" -gt 1 ] || fail "the reference run rejected nothing"
segment -o ref.list.csv --excluded ref.excl.csv 2>/dev/null
seg_code=$?

check() {  # check NAME CODE: the same exit code and the same files as the reference runs
  local name=$1 code=$2
  [ "$code" = "$ref_code" ] || fail "ingest $name: exit $code, expected $ref_code"
  cmp -s "$name.csv" ref.csv || fail "ingest $name: output differs or missing"
  cmp -s "$name.rej.csv" ref.rej.csv || fail "ingest $name: rejects differ or missing"
  echo "ok: ingest $name: exit $code, both files complete"
}
check_segment() {
  local name=$1 code=$2
  [ "$code" = "$seg_code" ] || fail "segment $name: exit $code, expected $seg_code"
  cmp -s "$name.list.csv" ref.list.csv || fail "segment $name: list differs or missing"
  cmp -s "$name.excl.csv" ref.excl.csv || fail "segment $name: exclusions differ or missing"
  echo "ok: segment $name: exit $code, both files complete"
}

ingest closed_err 2>&-;            check closed_err $?
ingest full_err 2>/dev/full;       check full_err $?
ingest closed_out >&- 2>/dev/null;           check closed_out $?
ingest closed_all <&- >&- 2>&-;    check closed_all $?
# stderr a pipe whose reader has gone: EPIPE on every message.
{ ingest broken_err 2>&1 >/dev/null; echo $? >broken_err.code; } | true
check broken_err "$(cat broken_err.code)"

segment -o closed_err.list.csv --excluded closed_err.excl.csv 2>&-;      check_segment closed_err $?
segment -o full_err.list.csv --excluded full_err.excl.csv 2>/dev/full;   check_segment full_err $?
segment -o closed_out.list.csv --excluded closed_out.excl.csv >&- 2>/dev/null;check_segment closed_out $?
segment -o closed_all.list.csv --excluded closed_all.excl.csv >&- 2>&-; check_segment closed_all $?

# An error whose line cannot be written still ends with its own exit code, not an abort.
for redirect in closed full; do
  if [ $redirect = closed ]; then
    "$retorno" ingest missing.csv --schema raw -o m.csv 2>&-
  else
    "$retorno" ingest missing.csv --schema raw -o m.csv 2>/dev/full
  fi
  code=$?
  [ "$code" = 3 ] || fail "missing input with stderr $redirect: exit $code, expected 3"
  echo "ok: an input error with stderr $redirect: exit 3"
done

# The list to a closed standard output: exit 4, nothing else receives it, the previous
# exclusions stay.
printf 'previous\n' >excl.csv
segment --excluded excl.csv >&- 2>err.txt
code=$?
[ "$code" = 4 ] || { cat err.txt; fail "segment >&- with the list on stdout: exit $code, expected 4"; }
grep -q "^retorno segment: error: <stdout>: cannot write" err.txt || { cat err.txt; fail "segment >&-: no error line"; }
[ "$(cat excl.csv)" = previous ] || fail "segment >&-: the exclusions file was replaced"
ls -A | grep -q '\.tmp-' && fail "temporary file left: $(ls -A | grep '\.tmp-')"
echo "ok: segment >&- with the list on stdout: exit 4, previous exclusions intact"
echo "ok: closed_streams"
