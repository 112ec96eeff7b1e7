#!/usr/bin/env bash
# The .deb that `make package` builds installs into an empty root (dpkg -x) and runs from
# there: --version, and an ingest that finds the packaged schemas by itself.
set -euo pipefail
retorno=$1
src=$2
build=$(dirname "$(realpath "$retorno")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/pkg" >/dev/null)
deb=$(ls "$work"/pkg/retorno_*.deb)
dpkg -x "$deb" "$work/root"
version=$("$work/root/usr/bin/retorno" --version)
echo "$version"
[ "$version" = "retorno $(sed -n 's/^project(retorno VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")" ]
test -f "$work/root/usr/share/man/man1/retorno.1"
test -f "$work/root/usr/share/bash-completion/completions/retorno"
# The packaged binary finds its packaged schemas, with no help from the environment.
env -u RETORNO_SCHEMAS "$work/root/usr/bin/retorno" ingest --quiet --schema recordatorio \
  "$src/samples/exports/recordatorio_servicio.txt" -o "$work/v.csv"
# The generator's manifest says how many rows the sample reminder list holds.
rows=$(awk -F, '$1 == "recordatorio_servicio.txt" { print $3 }' "$src/samples/exports/truth/manifest.csv")
test "$(wc -l <"$work/v.csv")" -eq $((rows + 1))
dpkg-deb -f "$deb" Depends
echo "ok: $(basename "$deb") installs and runs"
