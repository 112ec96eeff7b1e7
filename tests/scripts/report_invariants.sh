#!/usr/bin/env bash
# Report on a random log of 20,000 attempts holds the identities its definitions promise:
#   no_contact:* add up to calls - effective_calls, no_booking:* to items_reached - appointments_booked,
#   per agent and per segment the calls add up to the total, every rate is numerator/denominator
#   rounded (or empty on a zero denominator), and the summary's log rows add up.
set -euo pipefail
retorno=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk 'BEGIN {
  srand(7); OFS = ","
  print "item_id,vin,agent,attempted_at,channel,outcome,reason,callback_at,appointment_at,notes,origin,dq_flags"
  split("no_answer busy voicemail wrong_number invalid_number reached callback_requested appointment_booked declined already_serviced vehicle_sold do_not_contact message_sent", out, " ")
  split("next_service inactive campaign lead", seg, " ")
  split("precio|otro taller||sin tiempo", why, "|")
  for (i = 0; i < 20000; i++) {
    item = int(rand() * 4000); vin = sprintf("VIN%014d", item)
    m = 9 + int(rand() * 3); d = 1 + int(rand() * 28)
    o = out[int(rand() * 13) + 1]; ch = rand() < 0.85 ? "phone" : "whatsapp"
    r = (o == "declined" || o == "reached") ? why[int(rand() * 4) + 1] : ""
    appt = (o == "appointment_booked") ? sprintf("2026-%02d-%02dT10:00", m, d) : ""
    print seg[item % 4 + 1] ":" vin ":E" item, vin, "A" int(rand() * 5), sprintf("2026-%02d-%02dT%02d:%02d", m, d, 8 + int(rand() * 10), int(rand() * 60)), ch, o, r, "", appt, "", "", ""
  }
}' >"$work/log.csv"
for by in none agent segment; do
  args=()
  [ "$by" != none ] && args=(--by "$by")
  "$retorno" report --as-of 2026-11-20 --log "$work/log.csv" "${args[@]}" -o "$work/$by.csv" 2>"$work/$by.err"
  # N log rows = a in ... + b in ... + c outside both ... + d rejected
  awk '/log rows =/ { n = $3; s = $7 + $11 + $15 + $23; if (n != s || $23 != 0) { print "summary does not add up: " $0; exit 1 } }' "$work/$by.err"
  awk -F, -v by="$by" '
    NR == 1 { next }
    {
      g = $2 "/" $3; v[g, $4] = $5; groups[g] = 1
      if ($4 ~ /^no_contact:/) nc[g] += $5
      if ($4 ~ /^no_booking:/) nb[g] += $5
      if ($6 != "" && $7 != "") {
        want = ($7 == 0) ? "" : sprintf("%.1f", 100 * $6 / $7 + 1e-9)
        if ($5 != want) { print "rate " g " " $4 " = " $5 ", expected " want; bad = 1 }
      }
      if ($4 == "calls" && $2 != "total") sum_calls += $5
      if ($5 ~ /nan|inf/) { print "not a number: " $0; bad = 1 }
    }
    END {
      for (g in groups) {
        if (nc[g] + 0 != v[g, "calls"] - v[g, "effective_calls"]) { print g ": no_contact " nc[g] " != calls - effective"; bad = 1 }
        if (nb[g] + 0 != v[g, "items_reached"] - v[g, "appointments_booked"]) { print g ": no_booking " nb[g] " != reached - booked"; bad = 1 }
      }
      if (by != "none" && sum_calls != v["total/total", "calls"]) { print by ": calls " sum_calls " != total " v["total/total", "calls"]; bad = 1 }
      if (v["total/total", "calls"] < 1000) { print "too few calls counted: " v["total/total", "calls"]; bad = 1 }
      exit bad
    }' "$work/$by.csv"
  echo "ok: --by $by ($(grep -c . "$work/$by.csv") rows)"
done
