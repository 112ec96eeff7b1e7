#!/usr/bin/env bash
# The user guide (doc/guia.md) cannot rot: every `retorno ...` command of its ```sh blocks runs
# as written from the checkout's root after `make demo`, in the guide's order (a later command
# reads what an earlier one wrote). A copy of samples/ and doc/ and the demo's out/ in a scratch
# folder stand for the checkout. A command exits 0 unless its line ends with
# "# código de salida N", which it must then exit with. The pictures the guide shows must exist.
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
python=/usr/bin/python3
guide=$src/doc/guia.md
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
cp -r "$src/samples" "$work/samples"
cp -r "$src/doc" "$work/doc"
mkdir -p "$work/bin" && ln -s "$retorno" "$work/bin/retorno"
RETORNO=$retorno RETORNO_SCHEMAS=$src/schemas RETORNO_OUT=$work/out RETORNO_MAX_REJECT_RATE=0.25 \
  "$work/samples/nightly.sh" >/dev/null 2>&1 || { echo "FAIL: the demo's nightly run"; exit 1; }
cd "$work"
export PATH=$work/bin:$PATH RETORNO_SCHEMAS=$src/schemas

# One command per record: a "retorno ..." line of a ```sh block joined with its `\` continuations;
# printed as EXPECTED_CODE<TAB>COMMAND, the trailing comment dropped.
"$python" - "$guide" >commands.txt <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
for block in re.findall(r"^```sh\n(.*?)^```", text, re.S | re.M):
    current = None
    for line in block.split("\n"):
        if current is None and not line.startswith("retorno "):
            continue
        current = line.strip() if current is None else current + " " + line.strip()
        if current.endswith("\\"):
            current = current[:-1].rstrip()
            continue
        code = re.search(r"#\s*código de salida (\d+)\s*$", current)
        command = re.sub(r"\s+#.*$", "", current)
        print(f"{code.group(1) if code else 0}\t{command}")
        current = None
PY
n=0
while IFS=$'\t' read -r expected command; do
  n=$((n + 1))
  bash -c "$command" </dev/null >out.txt 2>err.txt
  code=$?
  if [ "$code" != "$expected" ]; then
    echo "FAIL: doc/guia.md, command $n exits $code, not $expected: $command"
    sed 's/^/    /' err.txt | tail -3
    fail=1
  fi
done <commands.txt
# A guide of the whole day runs at least the mapping, the outcomes and the report.
[ "$n" -ge 8 ] || { echo "FAIL: doc/guia.md has $n retorno commands in its sh blocks"; fail=1; }

# What the guide says of its day of outcomes holds: each attempt of the example is a call of the
# demo's list by its agent, each outcome leaves the status the guide names, and the wrong number
# of a customer without e-mail left a letter.
day=$(cat samples/exports/as_of)
"$python" - doc/ejemplo/gestion_del_dia.csv "out/$day/lista_llamadas.csv" programa_manana.csv <<'PY' || fail=1
import csv, sys
attempts = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
listed = {r["item_id"]: r for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))}
status = {r["item_id"]: r["status"] for r in csv.DictReader(open(sys.argv[3], encoding="utf-8"))}
# A call the demo listed today, made by the agent it was given to.
bad = [a["ID registro"] for a in attempts if a["ID registro"] not in listed
       or listed[a["ID registro"]]["channel"] != "phone" or listed[a["ID registro"]]["agent"] != a["Agente"]]
if bad:
    sys.exit(f"FAIL: doc/ejemplo/gestion_del_dia.csv records calls the demo did not list as calls of that agent: {bad}")
said = {"No contesta": "scheduled", "Volver a llamar": "callback", "Cita agendada": "booked",
        "No desea": "closed", "Acepta prueba de manejo": "closed", "Número equivocado": "fallback_due"}
for a in attempts:
    got = status.get(a["ID registro"])
    if got != said[a["Tipificación"]]:
        sys.exit(f"FAIL: '{a['Tipificación']}' leaves {a['ID registro']} {got}, the guide says {said[a['Tipificación']]}")
PY
[ -s mensajes_manana/cartas.html ] || { echo "FAIL: the guide's wrong number left no letter in mensajes_manana/"; fail=1; }

# A file the guide shows in full (a text block after "<!-- guide_commands.sh: igual a FILE -->")
# is what its commands wrote.
"$python" - "$guide" <<'PY' || fail=1
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
shown = re.findall(r"<!-- guide_commands\.sh: igual a (\S+) -->\n```text\n(.*?)^```", text, re.S | re.M)
if not shown:
    sys.exit("FAIL: doc/guia.md shows no file its commands write")
for name, block in shown:
    written = open(name, encoding="utf-8").read()
    if written.rstrip("\n") != block.rstrip("\n"):
        sys.exit(f"FAIL: doc/guia.md shows {name} otherwise than the commands write it:\n{written}")
PY

# Every picture the guide embeds is there.
while read -r image; do
  [ -s "$src/doc/$image" ] || { echo "FAIL: doc/guia.md shows doc/$image, which does not exist"; fail=1; }
done < <(grep -o '!\[[^]]*\]([^)]*)' "$guide" | sed 's/.*(\(.*\))/\1/')
[ "$fail" = 0 ] && echo "ok: the guide's $n retorno commands run as written after the demo"
exit $fail
