#!/usr/bin/env bash
# A run killed at any moment leaves every output either last night's or tonight's complete
# file, and nothing the next run does not clean: a run of segment (list + exclusions) is killed
# (SIGKILL, through the RETORNO_TEST_KILL_AT_RENAME hook) just before its first and its second
# rename; each output is then compared with last night's and tonight's, and the next run leaves
# no temporary file.
#   kill_at_rename.sh RETORNO SOURCE_DIR
set -u
retorno=$(realpath "$1")
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
cp "$src/tests/cli/segment/day_three_nights/"{vehicles,campaigns,leads,agents,log_1,log_2}.csv .
night() {  # night LOG: segment's two outputs
  "$retorno" segment --quiet --as-of 2026-11-27T07:00 --vehicles vehicles.csv --campaigns campaigns.csv \
    --leads leads.csv --contact-log "$1" --agents-file agents.csv -o list.csv --excluded excluded.csv
}
night log_1.csv && cp list.csv old.list && cp excluded.csv old.excluded || fail "last night's run"
night log_2.csv && cp list.csv new.list && cp excluded.csv new.excluded || fail "tonight's run"
cmp -s old.list new.list && fail "the two nights must differ for this test"
for at in 1 2; do
  cp old.list list.csv && cp old.excluded excluded.csv
  RETORNO_TEST_KILL_AT_RENAME=$at night log_2.csv 2>/dev/null
  code=$?
  [ $code = 137 ] || fail "segment was not killed at rename $at (exit $code)"
  for f in list excluded; do
    cmp -s $f.csv old.$f || cmp -s $f.csv new.$f || fail "killed at rename $at: $f.csv is neither night's"
  done
  # What the kill left: at most the hidden temporaries, which the next run removes.
  night log_2.csv || fail "the run after the kill"
  cmp -s list.csv new.list && cmp -s excluded.csv new.excluded || fail "the run after the kill differs"
  left=$(find . -name '.*.tmp-*')
  [ -z "$left" ] || fail "temporaries left after the next run: $left"
done
echo "ok: killed before either rename, each output is one night's whole file; the next run cleans up"
