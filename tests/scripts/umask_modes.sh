#!/usr/bin/env bash
# Outputs hold personal data. Every file retorno creates (outputs, rejects,
# exclusions, fallback, HTML, the default retorno-rejects.csv) and every file of the nightly
# run gets mode 0640 minus the umask: never wider than 0640, narrower when the umask says so,
# and a replaced output that was 0644 comes back 0640.
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail=0
exports=$src/samples/exports

run_all() {  # run_all DIR: every command, every kind of output file, into DIR
  local d=$1
  mkdir -p "$d"
  "$retorno" ingest "$exports/recordatorio_servicio.txt" --schema recordatorio --quiet -o "$d/vehicles.csv" --rejects "$d/vrej.csv"
  "$retorno" ingest "$exports/historial_servicio.csv" --schema historial_servicio --quiet --max-reject-rate 1 -o "$d/services.csv"
  "$retorno" ingest "$exports/gestion_spiga.txt" --schema spiga_gestion --quiet --max-reject-rate 1 -o "$d/log.csv"
  # To standard output (the shell makes that file): the rejects go to ./retorno-rejects.csv.
  (cd "$d" && "$retorno" ingest "$exports/gestion_spiga.txt" --schema spiga_gestion --quiet --max-reject-rate 1 >/dev/null)
  "$retorno" segment --vehicles "$d/vehicles.csv" --services "$d/services.csv" --contact-log "$d/log.csv" --as-of 2018-08-01 \
    --quiet -o "$d/list.csv" --excluded "$d/excl.csv"
  "$retorno" segment --vehicles "$d/vehicles.csv" --as-of 2018-08-01 --quiet --format html -o "$d/list.html" --excluded "$d/excl2.csv"
  "$retorno" schedule-attempts --list "$d/list.csv" --log "$d/log.csv" --as-of 2018-08-01T08:00 --quiet -o "$d/schedule.csv" \
    --fallback "$d/fallback.csv"
  "$retorno" schedule-attempts --list "$d/list.csv" --log "$d/log.csv" --as-of 2018-08-01T08:00 --quiet --format html -o "$d/queue.html"
}

expect_modes() {  # expect_modes DIR MODE: every file under DIR has MODE exactly
  local d=$1 want=$2 n=0
  while read -r mode f; do
    n=$((n + 1))
    [ "$mode" = "$want" ] || { echo "FAIL: $f has mode $mode, expected $want"; fail=1; }
  done < <(find "$d" -type f -printf '%m %P\n')
  [ "$n" -ge 10 ] || { echo "FAIL: only $n files in $d"; fail=1; }
  echo "checked $n files in $(basename "$d"): $want"
}

for case in "022 640" "027 640" "077 600" "000 640" "002 640" "037 640" "277 400"; do
  set -- $case
  (umask "$1" && run_all "$work/u$1")
  expect_modes "$work/u$1" "$2"
done
ls "$work/u022" | grep -q retorno-rejects.csv || { echo "FAIL: the default rejects file was not written"; fail=1; }

# A replaced output does not inherit a wider mode from the file it replaces.
chmod 0666 "$work/u000"/*
(umask 000 && run_all "$work/u000")
expect_modes "$work/u000" 640

# The nightly pipeline: its tables, lists, log and lock are never readable by others.
(umask 022 && RETORNO=$retorno RETORNO_OUT=$work/nightly RETORNO_MAX_REJECT_RATE=0.25 "$src/samples/nightly.sh" >/dev/null 2>&1) ||
  { echo "FAIL: nightly run"; fail=1; }
while read -r mode f; do
  case $mode in 640|600|400) ;; *) echo "FAIL: nightly $f has mode $mode"; fail=1 ;; esac
done < <(find "$work/nightly" -type f -printf '%m %P\n')
while read -r mode f; do
  case $mode in 750|700) ;; *) echo "FAIL: nightly folder $f has mode $mode"; fail=1 ;; esac
done < <(find "$work/nightly" -mindepth 1 -type d -printf '%m %P\n')
echo "checked $(find "$work/nightly" | wc -l) nightly files and folders"
[ "$fail" = 0 ] && echo "ok: umask_modes"
exit $fail
