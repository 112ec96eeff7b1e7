#!/usr/bin/env bash
# The printable HTML a coordinator prints every morning, rendered by headless Chromium (Debian's
# `chromium`, installed by `make deps`): the nightly run over samples/ writes the call sheets
# (segment --format html); they must render to a screenshot that is not blank and print with
# one agent per page at least, and schedule-attempts --format html on the night's list and log
# must print the very same document (one decision of the day, one set of sheets). The night's
# other printed pages too: tomorrow's agenda with one advisor per page, the welcome board on a
# 16:9 screen, and the leads' status with the late ones on top.
#   html_chromium.sh RETORNO SOURCE_DIR        (SHOTS=DIR keeps the screenshots, for the README)
set -eu
retorno=$(realpath "$1")
src=$2
python=/usr/bin/python3
command -v chromium >/dev/null || { echo "chromium is missing: make deps installs it" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
RETORNO=$retorno RETORNO_OUT=$work/out "$src/samples/nightly.sh" >/dev/null 2>&1
day=$(cat "$src/samples/exports/as_of")
agents=$(tr ',' '\n' <"$src/samples/exports/agents" | grep -c .)
shots=${SHOTS:-$work}
mkdir -p "$shots"
render() {  # render HTML NAME [MIN_PAGES]: a screenshot, and a PDF of at least MIN_PAGES pages (one per agent)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars --window-size=1123,794 \
    --screenshot="$shots/$2.png" "file://$1" >/dev/null 2>&1
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-pdf-header-footer --print-to-pdf="$work/$2.pdf" \
    "file://$1" >/dev/null 2>&1
  "$python" "$src/tests/scripts/lib/png_ink.py" "$shots/$2.png"
  local pages
  pages=$(grep -a -c '/Type /Page$\|/Type /Page[^s]' "$work/$2.pdf" || true)
  echo "$2.pdf: $pages pages"
  if [ "$pages" -lt "${3:-$agents}" ]; then
    echo "$2.pdf: $pages pages for ${3:-$agents} people: each one's part must start on its own page" >&2
    exit 1
  fi
}
render "$work/out/$day/lista_llamadas.html" call_sheet
night=$work/out/$day
"$retorno" schedule-attempts --quiet --as-of "${day}T07:00" --list "$night/lista_llamadas.csv" \
  --log "$night/tables/contact_log.csv" --format html -o "$work/schedule.html"
cmp "$night/lista_llamadas.html" "$work/schedule.html" ||
  { echo "schedule-attempts prints other sheets than segment" >&2; exit 1; }
[ -e "$night/cola_de_hoy.html" ] && { echo "the night printed a second set of sheets" >&2; exit 1; }
# What is printed is the data: the first listed customer's name appears on the sheet.
first=$(sed -n 2p "$work/out/$day/lista_llamadas.csv" | "$python" -c 'import csv,sys; print(next(csv.reader(sys.stdin))[7])')
grep -q "$first" "$work/out/$day/lista_llamadas.html" || { echo "call sheet lacks '$first'" >&2; exit 1; }

# Tomorrow's agenda: one page per advisor at least, each advisor and each customer on it.
advisors=$("$python" -c 'import csv,sys; print(len({r["advisor"] for r in csv.DictReader(open(sys.argv[1]))}))' \
  "$night/agenda_asesores.csv")
[ "$advisors" -ge 2 ] || { echo "the sample world's agenda has $advisors advisors: it should show several" >&2; exit 1; }
render "$night/agenda_asesores.html" agenda "$advisors"
"$python" - "$night/agenda_asesores.csv" "$night/agenda_asesores.html" "$night/panel_bienvenida.html" <<'PY'
import csv, html, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
agenda = open(sys.argv[2], encoding="utf-8").read()
board = open(sys.argv[3], encoding="utf-8").read()
for r in rows:
    assert html.escape(r["customer_name"]) in agenda, r["customer_name"]
    assert html.escape(r["greeting"]) in board, r["greeting"]
# The board lists them by time.
times = [r["scheduled_at"][11:16] for r in rows]
found = [board.index('<span class="time">' + t) for t in sorted(times)]
assert found == sorted(found), "welcome board not in time order"
PY
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars --window-size=1920,1080 \
  --screenshot="$shots/welcome_board.png" "file://$night/panel_bienvenida.html" >/dev/null 2>&1
"$python" "$src/tests/scripts/lib/png_ink.py" "$shots/welcome_board.png"
# The leads' status: a lead untouched past its deadline is the first line.
render "$night/estado_leads.html" leads_status 1
sed -n 2p "$night/estado_leads.csv" | grep -q '^overdue,' ||
  { echo "the first lead of the status is not the one past its deadline" >&2; exit 1; }
grep -q '<tr class="overdue">' "$night/estado_leads.html" || { echo "leads' status marks no late lead" >&2; exit 1; }
echo "ok: the call sheets render and print, and schedule-attempts prints the same ones; the agenda, the welcome board and the leads' status render"
