#!/usr/bin/env bash
# Every numeric flag and configuration value is bounded: a hostile value is a usage error
# (exit 2) with one line, at once: never a crash, a hang, a division by zero or an overflow
# (make test-asan runs this under UBSan too).
#   flag_bounds.sh RETORNO SOURCE_DIR
set -u
retorno=$(realpath "$1")
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$src/tests/cli/segment/excl_closed/vehicles.csv" vehicles.csv
cp "$src/tests/cli/segment/excl_closed/contact_log.csv" log.csv
cp "$src/tests/cli/schedule/callback/list.csv" list.csv
printf 'cadence,attempt,channel,gap,unit,slot,note\nx,1,phone,2147483647,,,\n' >cadence.csv
printf 'metric,group,target\ncontactability,,nan\n' >targets.csv
printf 'agent,capacity,days_off\nANA,0,\n' >agents.csv
fail=0
usage() {  # usage WHAT ARGS...: exit 2 within 10 s, one line on stderr
  local what=$1
  shift
  timeout 10 "$retorno" "$@" >out 2>err
  local code=$?
  if [ "$code" -ne 2 ] || [ "$(grep -c . err)" -ne 1 ]; then
    echo "FAIL $what: exit $code: $(head -3 err)" >&2
    fail=1
  fi
}
seg=(segment --as-of 2025-07-01 --vehicles vehicles.csv -o list_out.csv)
usage "--service-interval-km 0" "${seg[@]}" --service-interval-km 0
usage "--inactive-months -2147483648" "${seg[@]}" --inactive-months -2147483648
usage "--inactive-months 99999999999" "${seg[@]}" --inactive-months 99999999999
usage "--km-lead-days 2147483647" "${seg[@]}" --km-lead-days 2147483647
usage "--capacity 0" "${seg[@]}" --agents ANA --capacity 0
usage "--rest-days -1" "${seg[@]}" --rest-days -1
usage "agents file capacity 0" "${seg[@]}" --agents-file agents.csv
usage "cadence gap 2147483647 (segment)" "${seg[@]}" --cadence-file cadence.csv --cadence x
usage "cadence gap 2147483647 (schedule)" schedule-attempts --list list.csv --cadence-file cadence.csv --cadence x -o s.csv
usage "ingest --max-reject-rate nan" ingest vehicles.csv --schema vehicles --max-reject-rate nan -o v.csv
usage "ingest --max-reject-rate inf" ingest vehicles.csv --schema vehicles --max-reject-rate inf -o v.csv
usage "report --max-reject-rate nan" report --as-of 2025-07-02 --log log.csv --max-reject-rate nan -o r.csv
usage "report --targets nan" report --as-of 2025-07-02 --log log.csv --targets targets.csv -o r.csv
usage "dedupe --threshold nan" dedupe vehicles.csv --threshold nan -o d.csv
usage "--as-of year 99999" "${seg[@]/2025-07-01/99999-01-01}"
# Data too: an odometer of 2^63-1 km is no reading (no overflow in the estimates).
printf 'vin,customer_name,phone_mobile,last_service_date,last_service_km,km,km_date\nJTDKM000000000001,ANA,+528712000001,2025-01-10,9223372036854775807,9223372036854775807,2025-03-01\n' >km.csv
timeout 10 "$retorno" segment --quiet --as-of 2025-07-01 --vehicles km.csv -o km_list.csv ||
  { echo "FAIL: a km of 2^63-1 stopped segment" >&2; fail=1; }
grep -q 9223372036854775807 km_list.csv && { echo "FAIL: a km of 2^63-1 was taken as a reading" >&2; fail=1; }
[ $fail -eq 0 ] && echo "ok: every hostile number is a usage error, at once"
exit $fail
