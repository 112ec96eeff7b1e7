#!/usr/bin/env bash
# The user guide's pictures (doc/img/*.png), taken by headless Chromium from what `make demo`
# wrote in out/<date>/: one agent's call sheet, the month's dashboard, tomorrow's agenda, the
# reception's welcome board, the leads' status, the day's messages and a letter. Each picture is cropped by the
# window's size, so the set stays small; a blank picture stops the script.
#   doc/screenshots.sh [OUT_ROOT]      (run by `make screenshots`, after the demo)
#   environment: RETORNO (binary, default build/retorno), SHOTS (folder, default doc/img)
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
out_root=$(realpath "${1:-$src/out}")
retorno=$(realpath "${RETORNO:-$src/build/retorno}")
shots=${SHOTS:-$src/doc/img}
day=$(cat "$src/samples/exports/as_of")
night=$out_root/$day
command -v chromium >/dev/null || { echo "screenshots.sh: error: chromium is missing (make deps installs it)" >&2; exit 3; }
[ -f "$night/lista_llamadas.html" ] ||
  { echo "screenshots.sh: error: $night/lista_llamadas.html not found: run make demo first" >&2; exit 3; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$shots"

shoot() {  # shoot HTML NAME WIDTH HEIGHT [SCALE]: the top WIDTHxHEIGHT of the page, as doc/img/NAME.png
  # A profile of its own: a Chromium the user has open does not take the job over.
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
    --user-data-dir="$work/profile" --force-device-scale-factor="${5:-1}" --window-size="$3,$4" \
    --screenshot="$shots/$2.png" "file://$1" >/dev/null 2>&1
  python3 "$src/tests/scripts/lib/png_ink.py" "$shots/$2.png" >/dev/null ||
    { echo "screenshots.sh: error: $shots/$2.png is blank" >&2; exit 1; }
  local from=${1#"$out_root"/}
  [ "${1#"$work"/}" = "$1" ] || from="doc/ejemplo/gestion_del_dia.csv (the guide's day of outcomes)"
  printf '  %-28s %7d bytes  %s\n' "$2.png" "$(wc -c <"$shots/$2.png")" "$from"
}

echo "Screenshots of $night in $shots:"
shoot "$night/lista_llamadas.html" hoja_llamadas 1000 760
shoot "$night/informe_mes.html" tablero 900 570
shoot "$night/agenda_asesores.html" agenda_asesores 1000 400
shoot "$night/panel_bienvenida.html" panel_bienvenida 1280 720 0.625
shoot "$night/estado_leads.html" estado_leads 1100 350 0.8
shoot "$night/mensajes/mensajes.html" mensajes 1000 600 0.8

# The letters: the night's, when it wrote some; else the guide's worked example of a day's
# outcomes (a wrong number for a customer without e-mail sends a letter), run in a scratch folder.
letters=$night/mensajes/cartas.html
if [ ! -f "$letters" ]; then
  (cd "$work" && RETORNO_SCHEMAS=$src/schemas "$retorno" ingest "$src/doc/ejemplo/gestion_del_dia.csv" \
      --schema spiga_gestion --quiet -o gestion_del_dia.csv &&
    "$retorno" schedule-attempts --quiet --as-of "${day}T19:00" --list "$night/lista_llamadas.csv" \
      --log gestion_del_dia.csv --vehicles "$night/tables/vehicles.csv" --dealer "$src/samples/exports/agencia.csv" \
      --promotions "$src/samples/exports/promociones.txt" -o programa.csv --fallback envios.csv --messages mensajes)
  letters=$work/mensajes/cartas.html
fi
shoot "$letters" carta 850 595 0.8
echo "  total $(du -cb "$shots"/*.png | tail -1 | cut -f1) bytes"
