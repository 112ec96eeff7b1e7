#!/usr/bin/env bash
# A binary that is neither installed nor in a build folder of the checkout (copied elsewhere,
# as a build folder outside the tree is) still finds the shipped schemas by name: the source
# tree's schemas/ is compiled in, the last place looked in.
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/elsewhere/bin" && cp "$retorno" "$work/elsewhere/bin/retorno"
cd "$work"
env -u RETORNO_SCHEMAS "$work/elsewhere/bin/retorno" ingest --quiet --schema recordatorio \
  "$src/samples/exports/recordatorio_servicio.txt" -o vehicles.csv --rejects rejects.csv ||
  { echo "FAIL: a binary outside the checkout finds no schema 'recordatorio'"; exit 1; }
head -1 vehicles.csv | grep -q '^vin,' || { echo "FAIL: no canonical vehicles table"; exit 1; }
echo "ok: schemas found from a binary outside the checkout"
