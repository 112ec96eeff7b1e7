#!/usr/bin/env bash
# No run replaces its own input or writes two outputs into one file: an output naming an input
# (the same path, a hard link, a symbolic link) or another output is a usage error (exit 2)
# before anything is read, naming both flags, and every file is left as it was. A character
# device such as /dev/null may take several outputs.
#   same_path.sh RETORNO SOURCE_DIR
set -u
# The messages this test reads are matched in English, whatever the default language.
export RETORNO_LANG=en
retorno=$(realpath "$1")
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$src/tests/cli/segment/excl_closed/vehicles.csv" vehicles.csv
cp "$src/tests/cli/segment/excl_closed/contact_log.csv" log.csv
cp "$src/tests/cli/schedule/callback/list.csv" list.csv
cp log.csv l.excluded.csv
ln vehicles.csv hard.csv
ln -s vehicles.csv soft.csv
before=$(md5sum vehicles.csv log.csv list.csv l.excluded.csv)
fail=0
refused() {  # refused WHAT FLAG1 FLAG2 -- COMMAND...: exit 2, both flags named, inputs unchanged
  local what=$1 a=$2 b=$3
  shift 4
  "$retorno" "$@" >"$work/out" 2>"$work/err"
  local code=$?
  if [ "$code" -ne 2 ] || ! grep -q -- "$a" "$work/err" || ! grep -q -- "$b" "$work/err"; then
    echo "FAIL $what: exit $code, $(cat "$work/err")" >&2
    fail=1
  fi
  if [ "$(md5sum vehicles.csv log.csv list.csv l.excluded.csv)" != "$before" ]; then
    echo "FAIL $what: an input changed" >&2
    fail=1
  fi
}
refused "segment -o onto its vehicles" -o --vehicles -- segment --as-of 2025-07-01 --vehicles vehicles.csv -o vehicles.csv
refused "segment -o onto a hard link of its vehicles" -o --vehicles -- segment --as-of 2025-07-01 --vehicles vehicles.csv -o hard.csv
refused "segment -o onto a symbolic link of its vehicles" -o --vehicles -- segment --as-of 2025-07-01 --vehicles vehicles.csv -o soft.csv
refused "segment -o and --excluded on one file" -o --excluded -- segment --as-of 2025-07-01 --vehicles vehicles.csv -o x.csv --excluded x.csv
refused "segment's default exclusions onto its log" --excluded --contact-log -- segment --as-of 2025-07-01 --vehicles vehicles.csv --contact-log l.excluded.csv -o l.csv
refused "ingest -o and --rejects on one file" -o --rejects -- ingest vehicles.csv --schema vehicles -o v.csv --rejects v.csv
refused "ingest -o onto its input" -o input -- ingest vehicles.csv --schema vehicles -o vehicles.csv
refused "schedule-attempts -o and --fallback on one file" -o --fallback -- schedule-attempts --list list.csv -o p.csv --fallback p.csv
refused "schedule-attempts -o onto its log" -o --log -- schedule-attempts --list list.csv --log log.csv -o log.csv
refused "dedupe -o and --clusters on one file" -o --clusters -- dedupe vehicles.csv -o d.csv --clusters d.csv
refused "dedupe -o onto its input" -o input -- dedupe vehicles.csv -o vehicles.csv
refused "report -o onto its log" -o --log -- report --as-of 2025-07-02 --log log.csv -o log.csv
# Nothing was written by any refused run.
for f in x.csv v.csv p.csv d.csv l.csv; do
  [ -e "$f" ] && { echo "FAIL: a refused run wrote $f" >&2; fail=1; }
done
# A device may take several outputs.
"$retorno" segment --quiet --as-of 2025-07-01 --vehicles vehicles.csv -o /dev/null --excluded /dev/null ||
  { echo "FAIL: /dev/null twice was refused" >&2; fail=1; }
[ $fail -eq 0 ] && echo "ok: outputs never replace inputs or each other"
exit $fail
