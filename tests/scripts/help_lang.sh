#!/usr/bin/env bash
# Every --help and a few usage errors speak one language: with --lang en (or RETORNO_LANG=en) no
# line holds a common Spanish word, and by default (Spanish), with --lang es or RETORNO_LANG=es, no
# line holds a common English one. Quoted names ("Recordatorio de Servicio"), flags, file names
# and identifiers (show_rate, lista_llamadas.csv) are the same in both and are left out of the
# check.
set -u
retorno=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail=0
unset RETORNO_LANG

# The words of a text that belong to a language: quoted names, flags, paths, identifiers and
# upper-case codes dropped.
words() {
  sed -E 's/"[^"]*"//g' | tr ' \t,;:()[]{}=' '\n' |
    grep -Ev '^-|/|_|\.[a-z]+$|^[A-Z0-9.*#<>|+-]*$' | grep -v '^$'
}
spanish='^(de|del|los|las|el|la|para|por|una|con|día|días|que|sin|un|se|su|lista|llamadas|omisión)$'
english='^(the|of|and|with|from|for|to|is|are|this|by|each|when|Print|default|Usage|Options|REQUIRED|Subcommands)$'

# check LABEL LANG TEXT: fails on a line of TEXT holding a word of the other language.
check() {
  local label=$1 lang=$2 text=$3 bad
  if [ "$lang" = en ]; then bad=$spanish; else bad=$english; fi
  local n=0
  while IFS= read -r line; do
    local hit
    hit=$(printf '%s\n' "$line" | words | grep -E -m1 "$bad")
    if [ -n "$hit" ]; then
      echo "FAIL: $label ($lang): '$hit' in: $line"
      fail=1
      n=$((n + 1))
      [ $n -ge 5 ] && break
    fi
  done <<<"$text"
}

commands=("" ingest segment schedule-attempts dedupe report)
for cmd in "${commands[@]}"; do
  label="retorno ${cmd:+$cmd }--help"
  es_default=$("$retorno" $cmd --help 2>&1)
  es=$("$retorno" $cmd --help --lang es 2>&1)
  en=$("$retorno" $cmd --help --lang en 2>&1)
  en_env=$(RETORNO_LANG=en "$retorno" $cmd --help 2>&1)
  es_over_env=$(RETORNO_LANG=en "$retorno" $cmd --lang es --help 2>&1)
  [ "$es_default" = "$es" ] || { echo "FAIL: $label: the default is not --lang es"; fail=1; }
  [ "$en_env" = "$en" ] || { echo "FAIL: $label: RETORNO_LANG=en is not --lang en"; fail=1; }
  [ "$es_over_env" = "$es" ] || { echo "FAIL: $label: --lang es does not win over RETORNO_LANG=en"; fail=1; }
  [ "$es" != "$en" ] || { echo "FAIL: $label: the same text in both languages"; fail=1; }
  check "$label" es "$es"
  check "$label" en "$en"
  grep -q '^Uso:' <<<"$es" || { echo "FAIL: $label (es): no 'Uso:' line"; fail=1; }
  grep -q '^Usage:' <<<"$en" || { echo "FAIL: $label (en): no 'Usage:' line"; fail=1; }
  grep -q 'Muestra esta ayuda' <<<"$es" || { echo "FAIL: $label (es): CLI11's help flag not translated"; fail=1; }
done

# Usage errors, each in both languages: the exit code, the words expected, and no line of the
# other language.
usage_error() {
  local label=$1 lang=$2 expect=$3
  shift 3
  local out code
  out=$("$retorno" "$@" --lang "$lang" 2>&1 >/dev/null)
  code=$?
  [ "$code" = 2 ] || { echo "FAIL: $label ($lang): exit $code, not 2"; fail=1; }
  grep -qF -- "$expect" <<<"$out" || { echo "FAIL: $label ($lang): no '$expect' in: $out"; fail=1; }
  check "$label" "$lang" "$out"
}
usage_error "unknown flag" es "opción desconocida --capcity (¿quiso decir --capacity?)" segment --vehicles v.csv --capcity 3
usage_error "unknown flag" en "unknown option --capcity (did you mean --capacity?)" segment --vehicles v.csv --capcity 3
usage_error "missing required option" es "falta --vehicles, que es obligatoria" segment
usage_error "missing required option" en "--vehicles is required" segment
usage_error "missing required option" es "falta --log, que es obligatoria" report
usage_error "missing required option" en "--log is required" report
usage_error "value not in the set" es "--format 'pdf' no es uno de {csv,html,xlsx}" segment --vehicles v.csv --format pdf
usage_error "value not in the set" en "--format 'pdf' is not one of {csv,html,xlsx}" segment --vehicles v.csv --format pdf
usage_error "not a number" es "--capacity 'mucho' no es un valor válido: se espera un número entero" segment --vehicles v.csv --capacity mucho
usage_error "not a number" en "--capacity 'mucho' is not a valid value: a whole number expected" segment --vehicles v.csv --capacity mucho
usage_error "value out of range" es "--capacity 0 está fuera de rango: de 1 a 1000" segment --vehicles v.csv --capacity 0
usage_error "value out of range" en "--capacity 0 is out of range: from 1 to 1000" segment --vehicles v.csv --capacity 0
usage_error "bad date" es "--as-of 'ayer' no es AAAA-MM-DD" segment --vehicles v.csv --as-of ayer
usage_error "bad date" en "--as-of 'ayer' is not YYYY-MM-DD" segment --vehicles v.csv --as-of ayer
usage_error "extra argument" es "no se esperaba este argumento: b.csv" ingest a.csv b.csv
usage_error "extra argument" en "the following argument was not expected: b.csv" ingest a.csv b.csv
usage_error "unknown command" es "orden desconocida 'segmnt' (¿quiso decir retorno segment?)" segmnt
usage_error "unknown command" en "unknown command 'segmnt' (did you mean retorno segment?)" segmnt

# An input error names the file in the run's language, its exit code unchanged.
out=$("$retorno" ingest no-existe.csv 2>&1 >/dev/null); code=$?
[ "$code" = 3 ] && grep -qF "no-existe.csv: no se puede abrir: no existe el archivo o la carpeta" <<<"$out" ||
  { echo "FAIL: input error (es): exit $code: $out"; fail=1; }
out=$("$retorno" ingest no-existe.csv --lang en 2>&1 >/dev/null); code=$?
[ "$code" = 3 ] && grep -qF "no-existe.csv: cannot open: No such file or directory" <<<"$out" ||
  { echo "FAIL: input error (en): exit $code: $out"; fail=1; }

[ "$fail" = 0 ] && echo "ok: every --help and the usage errors in one language each"
exit $fail
