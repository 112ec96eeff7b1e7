#!/usr/bin/env bash
# A dealer group's night: the sample world as two branches (its vehicles export gains a
# "Sucursal" column, Norte and Sur in turn; the agents file gives three agents to Norte and two
# to Sur). The nightly run writes one set per branch, out/<date>/Norte/ and out/<date>/Sur/, and
# no group-wide list: each branch's list holds only its customers (or customers of no branch),
# called only by its agents; no customer of a branch is on the other's list; each branch has
# its schedule and its report. The single-branch sample keeps its one set (other tests).
#   nightly_branches.sh RETORNO SOURCE_DIR
set -u
retorno=$(realpath "$1")
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
cp -r "$src/samples/exports" exports
as_of=$(cat exports/as_of)
# The title line stays; the header gains Sucursal; each record (a quoted field may hold a line
# break: a record ends where its quotes are even) gains Norte or Sur in turn.
awk 'NR == 1 { print; next }
     { cr = sub(/\r$/, "") }
     NR == 2 { print $0 ";Sucursal" (cr ? "\r" : ""); next }
     { q += gsub(/"/, "&") }
     q % 2 == 0 { n++; print $0 ";" (n % 2 ? "Norte" : "Sur") (cr ? "\r" : ""); next }
     { print $0 (cr ? "\r" : "") }' "$src/samples/exports/vehiculos.csv" >exports/vehiculos.csv
awk -F, 'NR == 1 { print; next } { $4 = (NR <= 4 ? "Norte" : "Sur"); print }' OFS=, \
  "$src/samples/exports/agentes.csv" >exports/agentes.csv
RETORNO=$retorno RETORNO_OUT=$work/out RETORNO_MAX_REJECT_RATE=0.25 \
  "$src/samples/nightly.sh" --exports "$work/exports" >run.out 2>run.err
code=$?
[ "$code" -le 1 ] || fail "nightly exit $code: $(tail -3 run.err)"
night=out/$as_of
for b in Norte Sur; do
  for f in lista_llamadas.csv lista_llamadas.html exclusiones.csv programa_intentos.csv informe_mes.csv; do
    [ -s "$night/$b/$f" ] || fail "$b/$f not written"
  done
done
[ ! -e "$night/lista_llamadas.csv" ] || fail "a group-wide list was written beside the branches' sets"
grep -q "Norte/lista_llamadas.csv" run.out || fail "the files listed do not name the branches' sets"
python3 - "$night" exports/agentes.csv <<'PY' || exit 1
import csv, sys
night, agents_file = sys.argv[1], sys.argv[2]
agents = {}
for r in csv.DictReader(open(agents_file, encoding="utf-8")):
    agents.setdefault(r["branch"], set()).add(r["agent"])
listed = {}
for b in ("Norte", "Sur"):
    rows = list(csv.DictReader(open(f"{night}/{b}/lista_llamadas.csv", encoding="utf-8")))
    if not rows:
        sys.exit(f"FAIL: {b}'s list is empty")
    for r in rows:
        if r["branch"] and r["branch"].lower() != b.lower():
            sys.exit(f"FAIL: {b}'s list holds {r['item_id']} of branch {r['branch']}")
        if r["agent"] and r["agent"] not in agents[b]:
            sys.exit(f"FAIL: {b}'s list gives {r['item_id']} to {r['agent']}, not an agent of {b}")
    listed[b] = {r["item_id"] for r in rows if r["branch"]}
    if not listed[b]:
        sys.exit(f"FAIL: no customer of {b} on its list")
both = listed["Norte"] & listed["Sur"]
if both:
    sys.exit(f"FAIL: on both branches' lists: {sorted(both)[:3]}")
for b in ("Norte", "Sur"):
    report = list(csv.DictReader(open(f"{night}/{b}/informe_mes.csv", encoding="utf-8")))
    if not any(r["metric"] == "calls" and r["group"] == "total" for r in report):
        sys.exit(f"FAIL: {b}'s report has no calls row")
PY
echo "ok: two branches, two sets"
