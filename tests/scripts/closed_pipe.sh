#!/usr/bin/env bash
# Standard output a pipe whose reader stops early (`| head -1`): the rest of the main output is
# dropped, and the run goes on to complete every side file (rejects, exclusions, clusters),
# replacing last night's, and exits 0. Each output here is larger than a pipe's buffer plus
# retorno's write buffer, so that the reader is gone while retorno still writes.
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
exports=$src/samples/exports

# ingest: 20,000 rows, one bad row in every 100.
awk 'BEGIN { print "vin,name,phone"; for (i = 1; i <= 20000; i++) {
  if (i % 100 == 0) print "BAD," i; else printf "3N1AB7AP%09d,Cliente Número %d,871391%04d\n", i, i, i % 10000 } }' >big.csv
ingest() { "$retorno" ingest big.csv --schema raw --quiet --max-reject-rate 1 "$@"; }
ingest -o ref.csv --rejects ref.rejects.csv || fail "ingest reference run"
[ "$(wc -c <ref.csv)" -gt 600000 ] || fail "ingest reference: output too small to fill a pipe"
printf 'last night\n' >rej.csv
ingest --rejects rej.csv | head -1 >first.txt
codes=("${PIPESTATUS[@]}")
[ "${codes[0]}" = 0 ] || fail "ingest | head -1: exit ${codes[0]}, expected 0"
[ "$(cat first.txt)" = "$(head -1 ref.csv)" ] || fail "ingest | head -1: wrong first line"
cmp -s rej.csv ref.rejects.csv || fail "ingest | head -1: rejects file incomplete or last night's"
echo "ok: ingest | head -1: exit 0, rejects complete"
# The default rejects file for standard output, created at the first reject.
ingest | head -1 >/dev/null
cmp -s retorno-rejects.csv ref.rejects.csv || fail "ingest | head -1: retorno-rejects.csv incomplete"
echo "ok: ingest | head -1: retorno-rejects.csv complete"

# A vehicles table of 6,000 vehicles: the sample's, each row twenty times with other VINs.
"$retorno" ingest "$exports/vehiculos.csv" --schema dms_vehiculos --as-of 2026-11-27 --quiet -o vehicles.csv ||
  fail "setup: vehicles"
awk 'NR == 1 { print; next }
     { n = split($0, q, "\""); if (substr($0, 18, 1) == "," && n % 2 == 1)
         for (k = 0; k < 20; k++) print substr($0, 1, 12) sprintf("%05d", (NR * 20 + k) % 100000) substr($0, 18) }' \
  vehicles.csv >big_vehicles.csv

# segment: the exclusions file (the printed sheets on standard output: a customer's twenty
# copies are one call, and a call's card is large enough to fill the pipe).
segment() { "$retorno" segment --vehicles big_vehicles.csv --as-of 2026-11-27 --format html --quiet "$@"; }
segment -o ref.list.html --excluded ref.excl.csv || fail "segment reference run"
[ "$(wc -c <ref.list.html)" -gt 300000 ] || fail "segment reference: sheets too small to fill a pipe"
printf 'last night\n' >excl.csv
segment --excluded excl.csv | head -1 >/dev/null
codes=("${PIPESTATUS[@]}")
[ "${codes[0]}" = 0 ] || fail "segment | head -1: exit ${codes[0]}, expected 0"
cmp -s excl.csv ref.excl.csv || fail "segment | head -1: exclusions incomplete or last night's"
echo "ok: segment | head -1: exit 0, exclusions complete"

# dedupe: the clusters file.
dedupe() { "$retorno" dedupe big_vehicles.csv --quiet "$@"; }
dedupe -o ref.dedupe.csv --clusters ref.clusters.csv || fail "dedupe reference run"
printf 'last night\n' >clusters.csv
dedupe --clusters clusters.csv | head -1 >/dev/null
codes=("${PIPESTATUS[@]}")
[ "${codes[0]}" = 0 ] || fail "dedupe | head -1: exit ${codes[0]}, expected 0"
cmp -s clusters.csv ref.clusters.csv || fail "dedupe | head -1: clusters incomplete or last night's"
echo "ok: dedupe | head -1: exit 0, clusters complete"

ls -A | grep -q '\.tmp-' && fail "temporary file left: $(ls -A | grep '\.tmp-')"
echo "ok: closed_pipe"
