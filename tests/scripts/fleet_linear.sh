#!/usr/bin/env bash
# A fleet (one person, one phone, thousands of vehicles: rental companies and government fleets
# are dealership customers) is one call whose merge stays linear: segment's peak memory for a
# fleet of 4,000 vehicles is within 2.2 times that of 2,000, and within 2.2 times that of 4,000
# separate customers; the call names 20 of its vehicles and counts the rest.
#   fleet_linear.sh RETORNO SOURCE_DIR
set -u
retorno=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
world() {  # world N fleet|separate: N vehicles due for their next service
  awk -v n="$1" -v kind="$2" 'BEGIN {
    print "vin,customer_name,phone_mobile,person_id,last_service_date,last_service_km"
    for (i = 0; i < n; i++)
      if (kind == "fleet") printf "JTDFL%012d,ARRENDADORA DEL NORTE,+528712009999,PFLEET,2025-01-10,20000\n", i
      else printf "JTDFL%012d,CLIENTE %d,+52871%07d,P%d,2025-01-10,20000\n", i, i, i, i
  }' >"$2_$1.csv"
}
peak() {  # peak FILE: segment's maximum resident size in KB
  /usr/bin/time -f %M "$retorno" segment --quiet --as-of 2025-07-02 --vehicles "$1" -o "${1%.csv}.list.csv" \
    --excluded "${1%.csv}.excluded.csv" 2>&1 >/dev/null | tail -1
}
for n in 2000 4000; do world $n fleet; world $n separate; done
f2=$(peak fleet_2000.csv) f4=$(peak fleet_4000.csv) s4=$(peak separate_4000.csv)
echo "peak KB: fleet 2,000 $f2, fleet 4,000 $f4, 4,000 customers $s4"
awk -v a="$f4" -v b="$f2" 'BEGIN { exit !(a <= 2.2 * b) }' || fail "fleet 4,000 takes $f4 KB, over 2.2 x $f2"
awk -v a="$f4" -v b="$s4" 'BEGIN { exit !(a <= 2.2 * b) }' || fail "fleet 4,000 takes $f4 KB, over 2.2 x $s4 for separate customers"
[ "$(($(wc -l <fleet_4000.list.csv) - 1))" = 1 ] || fail "the fleet is not one call"
grep -q ';more:3979' fleet_4000.list.csv || fail "the fleet's call does not count the vehicles past 20"
[ "$(($(wc -l <fleet_4000.excluded.csv) - 1))" = 3999 ] || fail "not every other vehicle is merged"
echo "ok: a fleet's merge is linear"
