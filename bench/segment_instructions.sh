#!/usr/bin/env bash
# Instructions executed by `retorno segment` on a 100,000-vehicle world with every table,
# counted by valgrind (callgrind): the same on every run, so two builds compare by a number
# where seconds on a shared machine vary by a quarter.
#   bench/segment_instructions.sh [retorno ...]     (default: build/retorno; several binaries
#   are each counted on the same world). The world is made once in $SEG_WORLD
#   (default /tmp/retorno-seg100k) by build/retorno-gen and the first binary's ingest.
set -euo pipefail
[ $# -gt 0 ] || set -- build/retorno
gen=${GEN:-build/retorno-gen}
dir=${SEG_WORLD:-/tmp/retorno-seg100k}
command -v valgrind >/dev/null || { echo "bench/segment_instructions.sh: valgrind is not installed (make deps-bench)" >&2; exit 2; }
if [ ! -f "$dir/contact_log.csv" ]; then
  mkdir -p "$dir"
  "$gen" --vehicles 100000 --seed 1 --as-of 2026-11-27 --out "$dir/world" >/dev/null
  r=$1
  for t in vehiculos:dms_vehiculos:vehicles historial_servicio:historial_servicio:services \
    contactos:dms_contactos:contacts campanas:dms_campanas:campaigns citas:citas:appointments \
    cotizaciones:cotizaciones:quotes leads_web:leads_web:leads bajas:bajas:optouts; do
    IFS=: read -r f schema table <<<"$t"
    "$r" ingest "$(ls "$dir/world/$f".*)" --schema "$schema" -o "$dir/$table.csv" --rejects "$dir/$table.rejects.csv" --quiet || true
  done
  "$r" ingest "$dir/world/gestion_spiga.txt" --schema spiga_gestion -o "$dir/contact_log.csv" \
    --rejects "$dir/contact_log.rejects.csv" --quiet --max-reject-rate 1 || true
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for retorno in "$@"; do
  retorno=$(realpath "$retorno")
  (cd "$dir" && valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$retorno" segment --as-of 2026-11-27 \
    --vehicles vehicles.csv --services services.csv --campaigns campaigns.csv --appointments appointments.csv \
    --quotes quotes.csv --leads leads.csv --optouts optouts.csv --contacts contacts.csv --contact-log contact_log.csv \
    --agents A1,A2,A3,A4,A5 --quiet -o "$work/list.csv" --excluded "$work/excluded.csv" 2>"$work/log")
  count=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/log")
  echo "retorno segment, 100000 vehicles and every table ($retorno): $count instructions"
done
