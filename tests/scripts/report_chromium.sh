#!/usr/bin/env bash
# The report dashboard renders in a real browser: headless Chromium (Debian's `chromium`, which
# `make deps` installs) takes a screenshot of it, and the picture must not be blank
# (tests/scripts/lib/png_ink.py: at least 2% ink, 3 colours). REPORT_SCREENSHOT=FILE keeps the PNG
# (that is how doc/report.png is made).
set -euo pipefail
retorno=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "report_chromium: chromium is not installed (make deps installs it)" >&2
  exit 1
fi
data=$src/tests/cli/report/totals
"$retorno" report --quiet --as-of 2026-11-27 --log "$data/contact_log.csv" --list "$data/lista_nov.csv" \
  --list "$data/lista_oct.csv" --appointments "$data/appointments.csv" --vehicles "$data/vehicles.csv" \
  --services "$data/services.csv" --leads "$data/leads.csv" --targets "$data/metas.csv" --by agent \
  --max-reject-rate 1 --rejects "$work/rejects.csv" --format html -o "$work/informe.html"
# No network: an unreachable proxy makes any outside fetch fail instead of waiting.
# The --disable flags keep a first start from spending minutes on updates, sync and translation.
HOME=$work timeout 170 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
  --no-default-browser-check --disable-extensions --disable-background-networking --disable-component-update \
  --disable-sync --disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider \
  --proxy-server=127.0.0.1:9 --hide-scrollbars --window-size=1280,1600 \
  --screenshot="$work/shot.png" "file://$work/informe.html" >"$work/chromium.log" 2>&1 || {
  cat "$work/chromium.log" >&2
  exit 1
}
test -s "$work/shot.png"
/usr/bin/python3 "$src/tests/scripts/lib/png_ink.py" "$work/shot.png" 0.02
if [ -n "${REPORT_SCREENSHOT:-}" ]; then cp "$work/shot.png" "$REPORT_SCREENSHOT"; fi

# The customer-care sections (complaints, satisfaction by advisor and consultant, the database's
# health, the last twelve months' small multiples), in Spanish and in English: each page names its
# sections in its language and renders. REPORT_CARE_SCREENSHOT=PREFIX keeps PREFIX-es.png, PREFIX-en.png.
care=$src/tests/cli/report
for lang in es en; do
  "$retorno" report --quiet --as-of 2026-11-27 --lang "$lang" --log "$care/csat_by_advisor/contact_log.csv" \
    --vehicles "$care/csat_by_advisor/vehicles.csv" --services "$care/csat_by_advisor/services.csv" \
    --complaints "$care/complaints_month/complaints.csv" --max-reject-rate 1 --rejects "$work/rejects-$lang.csv" \
    --format html -o "$work/care-$lang.html"
  if [ "$lang" = es ]; then
    sections=("Atención a clientes: quejas" "Satisfacción del cliente" "Salud de la base de datos" "Los últimos 12 meses" "sin asignar" "sem. ")
  else
    sections=("Customer care: complaints" "Customer satisfaction" "Database health" "The last 12 months" "unassigned" "wk ")
  fi
  for s in "${sections[@]}"; do
    grep -qF "$s" "$work/care-$lang.html" || { echo "report_chromium: '$s' missing from the $lang dashboard" >&2; exit 1; }
  done
  HOME=$work timeout 170 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
    --no-default-browser-check --disable-extensions --disable-background-networking --disable-component-update \
    --disable-sync --disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider \
    --user-data-dir="$work/chr-$lang" --proxy-server=127.0.0.1:9 --hide-scrollbars --window-size=1280,4200 \
    --screenshot="$work/care-$lang.png" "file://$work/care-$lang.html" >"$work/chromium-$lang.log" 2>&1 || {
    cat "$work/chromium-$lang.log" >&2
    exit 1
  }
  /usr/bin/python3 "$src/tests/scripts/lib/png_ink.py" "$work/care-$lang.png" 0.02
  if [ -n "${REPORT_CARE_SCREENSHOT:-}" ]; then cp "$work/care-$lang.png" "$REPORT_CARE_SCREENSHOT-$lang.png"; fi
done
echo "ok: the dashboard renders in $("$browser" --version 2>/dev/null | head -1)"
