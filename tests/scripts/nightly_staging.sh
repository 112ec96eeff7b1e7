#!/usr/bin/env bash
# The nightly run swaps tonight's set in whole: out/<date> is last night's complete set or
# tonight's, never a mix. A run whose segment fails midway (as on a full disk: exit 4) leaves
# last night's set untouched, no staging folder behind and its log aside; the next good run
# replaces the set in one rename and removes the old one.
#   nightly_staging.sh RETORNO SOURCE_DIR
set -u
retorno=$(realpath "$1")
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
as_of=$(cat "$src/samples/exports/as_of")
export RETORNO_OUT=$work/out RETORNO_MAX_REJECT_RATE=0.25
RETORNO=$retorno "$src/samples/nightly.sh" >/dev/null 2>&1 || fail "first run"
[ -L "out/$as_of" ] || fail "out/$as_of is not the link to the night's set"
(cd "out/$as_of" && find . -type f | sort | xargs md5sum) >first.sums
first=$(readlink "out/$as_of")

# A retorno whose segment fails after ingest and dedupe have written tonight's tables.
cat >failing <<SH
#!/bin/sh
[ "\$1" = segment ] && [ "\$2" != --help ] && { echo "retorno segment: error: lista.csv: cannot write: No space left on device" >&2; exit 4; }
exec "$retorno" "\$@"
SH
chmod +x failing
RETORNO=$work/failing "$src/samples/nightly.sh" >/dev/null 2>second.err
code=$?
[ "$code" = 4 ] || fail "failing run: exit $code, expected 4"
[ "$(readlink "out/$as_of")" = "$first" ] || fail "the link moved to a failed run's set"
(cd "out/$as_of" && find . -type f | sort | xargs md5sum) | cmp -s - first.sums || fail "last night's set changed"
[ "$(ls out/.runs)" = "$(basename "$first")" ] || fail "the failed run left $(ls out/.runs)"
grep -q "No space left" "out/.$as_of.failed.log" || fail "the failed run's log was not kept"
grep -q "left as it was" second.err || fail "no word on stderr: $(cat second.err)"

# The next good run replaces the set whole and cleans up after the failed one.
RETORNO=$retorno "$src/samples/nightly.sh" >/dev/null 2>&1 || fail "third run"
[ "$(readlink "out/$as_of")" != "$first" ] || fail "the good run did not swap its set in"
[ "$(ls out/.runs | wc -l)" = 1 ] || fail "old sets left: $(ls out/.runs)"
[ -e "out/.$as_of.failed.log" ] && fail "the failed log outlived a good run"
(cd "out/$as_of" && find . -type f | sort | xargs md5sum | grep -v nightly.log) >third.sums
grep -v nightly.log first.sums | cmp -s - third.sums || fail "the same inputs gave another set"
echo "ok: a failed night leaves the last set whole; a good one swaps its own in"
