#!/usr/bin/env bash
# One golden case of the real binary: runs the case's `cmd` in a scratch copy of its folder and
# compares stdout (expout), stderr (experr, timings masked), the exit code (expcode, default 0)
# and every file under expfiles/. RETORNO_REGEN=1 rewrites the expectations instead: review the diff.
set -u
shopt -s nullglob  # an empty expfiles/ has no files to compare, not a file named "*"
case_dir=$1
export RETORNO=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$case_dir" && find . -maxdepth 1 -type f ! -name 'exp*' ! -name cmd -exec cp {} "$work/" \;)
cd "$work"
bash -e "$case_dir/cmd" >"$work/.stdout" 2>"$work/.stderr_raw"
code=$?
# Timings differ run to run; everything else must not.
sed -E 's/[0-9]+\.[0-9]+ s$/<T> s/' "$work/.stderr_raw" >"$work/.stderr"

if [ "${RETORNO_REGEN:-}" = 1 ]; then
  cp "$work/.stdout" "$case_dir/expout"
  cp "$work/.stderr" "$case_dir/experr"
  echo "$code" >"$case_dir/expcode"
  if [ -d "$case_dir/expfiles" ]; then
    for f in "$case_dir"/expfiles/*; do
      [ -e "$work/$(basename "$f")" ] && cp "$work/$(basename "$f")" "$f"
    done
  fi
  echo "regenerated $case_dir"
  exit 0
fi

fail=0
# A case must compare something: one with no expectation at all would pass whatever the binary does
# (an empty expfiles/ compares nothing either).
if [ ! -e "$case_dir/expout" ] && [ ! -e "$case_dir/experr" ] && [ ! -e "$case_dir/expcode" ] &&
   [ -z "$(ls -A "$case_dir/expfiles" 2>/dev/null)" ]; then
  echo "no expectations: $(basename "$case_dir") has none of expout, experr, expcode, expfiles/*"
  exit 1
fi
expcode=0
[ -f "$case_dir/expcode" ] && expcode=$(cat "$case_dir/expcode")
if [ "$code" != "$expcode" ]; then
  echo "exit code: expected $expcode, got $code"
  fail=1
fi
if [ -f "$case_dir/expout" ] && ! diff -u "$case_dir/expout" "$work/.stdout"; then
  echo "stdout differs"
  fail=1
fi
if [ -f "$case_dir/experr" ] && ! diff -u "$case_dir/experr" "$work/.stderr"; then
  echo "stderr differs"
  fail=1
fi
if [ -d "$case_dir/expfiles" ]; then
  for f in "$case_dir"/expfiles/*; do
    name=$(basename "$f")
    if [ ! -e "$work/$name" ]; then
      echo "missing output file $name"
      fail=1
    elif ! cmp -s "$f" "$work/$name"; then
      diff -u "$f" "$work/$name" | head -40
      echo "file $name differs"
      fail=1
    fi
  done
fi
# No temporary output may survive a run, whatever happened.
if ls -A "$work" | grep -q '\.tmp-'; then
  echo "temporary file left behind: $(ls -A "$work" | grep '\.tmp-')"
  fail=1
fi
[ "$fail" = 0 ] && echo "ok: $(basename "$case_dir")"
exit $fail
