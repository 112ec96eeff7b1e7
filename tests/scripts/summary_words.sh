#!/usr/bin/env bash
# What a person reads at the end of a night says words, in the run's language, never the codes
# of the tables: the nightly run of the sample world (Spanish, the default), then segment,
# schedule-attempts and report again on its tables in English. Fails on a summary or note line
# holding an exclusion reason, a schedule status, a metric or an outcome code, or on an
# exclusions file whose detail column holds one (its reason column keeps the code).
#   summary_words.sh RETORNO SOURCE_DIR
set -u
retorno=$(realpath "$1")
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
as_of=$(cat "$src/samples/exports/as_of")
export RETORNO_OUT=$work/out RETORNO_MAX_REJECT_RATE=0.25
RETORNO=$retorno "$src/samples/nightly.sh" >/dev/null 2>nightly.err || fail "nightly run: $(tail -3 nightly.err)"
night=out/$as_of
t=$night/tables

# The contract's codes (doc/design.md): the exclusion reasons, the schedule's statuses, the
# contact log's outcomes, the report's metrics, the contacts' roles.
codes="expired parts_unavailable closed already_serviced in_workshop has_appointment no_consent opted_out
no_channel exhausted scheduled resting merged over_capacity due callback booked fallback_due
no_answer busy voicemail wrong_number invalid_number reached callback_requested appointment_booked declined
vehicle_sold do_not_contact test_drive_accepted message_sent calls effective_calls call_effectiveness
items items_reached contactability appointments_booked appointment_rate show_rate list_coverage
first_service_rate retention_12m retention_pura recovery_rate lead_response_1bd csat_post_service
score_post_service csat_post_delivery score_post_delivery db_vehicles db_valid_mobile db_three_profiles
db_duplicate_persons owner maintainer"
# A line's words without its paths and file names (they may hold any word: tables/vehicles.csv).
words() { sed -E 's#[^ ]*(/|\.csv|\.xlsx)[^ ]*##g' "$@"; }
check_lines() {  # check_lines FILE WHAT MODE: MODE es = every code, en = the codes with an underscore
  local code
  for code in $codes; do
    [ "$3" = en ] && [[ $code != *_* ]] && continue
    if words "$1" | grep -qw -- "$code"; then
      fail "$2 says the code '$code': $(words "$1" | grep -w -- "$code" | head -1)"
    fi
  done
}

# Spanish: the night's log holds every command's notes and summaries.
grep -q "excluidos (" "$night/nightly.log" || fail "no segment summary in the night's log"
check_lines "$night/nightly.log" "the Spanish night's log" es
cut -d, -f5- "$night/exclusiones.csv" | tail -n +2 >details_es.txt
[ -s details_es.txt ] || fail "no exclusions written"
check_lines details_es.txt "the Spanish exclusions' detail" es
for word in phone email maintainer; do
  grep -qw "$word" details_es.txt && fail "a Spanish exclusion detail says '$word': $(grep -w "$word" details_es.txt | head -1)"
done
cut -d, -f4 "$night/exclusiones.csv" | tail -n +2 | sort -u >reasons.txt
grep -qx over_capacity reasons.txt && grep -qx closed reasons.txt || fail "the reason column lost its codes: $(tr '\n' ' ' <reasons.txt)"

# English, on the same tables.
inputs=(--vehicles "$t/vehicles.csv" --contacts "$t/contacts.csv" --services "$t/services.csv"
        --campaigns "$t/campaigns.csv" --appointments "$t/appointments.csv" --quotes "$t/quotes.csv"
        --leads "$t/leads.csv" --optouts "$t/optouts.csv" --contact-log "$t/contact_log.csv"
        --complaints "$t/complaints.csv" --calendar MX)
[ -f "$src/samples/exports/dias_cerrados.csv" ] && inputs+=(--closed-days "$src/samples/exports/dias_cerrados.csv")
"$retorno" segment --lang en --as-of "${as_of}T07:00" "${inputs[@]}" --agents-file "$src/samples/exports/agentes.csv" \
  -o list.csv --excluded excluded.csv 2>en.err || fail "segment --lang en: $(cat en.err)"
"$retorno" schedule-attempts --lang en --as-of "${as_of}T07:00" --list list.csv --log "$t/contact_log.csv" \
  -o schedule.csv 2>>en.err || fail "schedule-attempts --lang en: $(cat en.err)"
"$retorno" report --lang en --as-of "$as_of" --log "$t/contact_log.csv" -o report.csv 2>>en.err ||
  fail "report --lang en: $(cat en.err)"
grep -q "excluded (" en.err && grep -q "items (" en.err && grep -q "left out" en.err || fail "English lines missing: $(cat en.err)"
check_lines en.err "an English summary or note" en
cut -d, -f5- excluded.csv | tail -n +2 >details_en.txt
check_lines details_en.txt "the English exclusions' detail" en
grep -qw maintainer details_en.txt && fail "an English exclusion detail says the role code 'maintainer'"
cmp -s <(cut -d, -f1-4 excluded.csv) <(cut -d, -f1-4 "$night/exclusiones.csv") ||
  fail "the exclusions' codes differ between the languages"
echo "ok: the summaries, notes and exclusion details are words in both languages"
