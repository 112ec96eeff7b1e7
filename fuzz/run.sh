#!/usr/bin/env bash
# `make fuzz`: runs every libFuzzer target for FUZZ_SECONDS (default 60) on seed corpora made
# from the test inputs, and prints per target the executions, the time and the crashes found.
#   fuzz/run.sh BUILD_DIR [SOURCE_DIR]      environment: FUZZ_SECONDS, FUZZ_TARGETS, FUZZ_JOBS
# Corpora grow in BUILD_DIR/corpus/<target> across runs; crashes land in BUILD_DIR/crashes/<target>/.
# A crash becomes a regression test before it is fixed in lib/: copy it to fuzz/regressions/<target>/
# (replayed by `make test` as fuzz_regressions/<target>) and add a unit test naming the value.
set -u
build=$(realpath "$1")
src=$(realpath "${2:-$(dirname "$0")/..}")
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-csv_reader csv_tokenizer schema_loader normalize}
python=/usr/bin/python3

# Seeds: every input file of the golden cases and the samples for the readers, the schemas for
# the schema loader, and single values (cells of those files, the unit tests' literals) for the normalisers.
seed() {
  local dir=$build/corpus/$1
  mkdir -p "$dir"
  cp "$src/fuzz/regressions/$1"/* "$dir/" 2>/dev/null
  [ "$(ls -A "$dir" | wc -l)" -gt 20 ] && return  # a grown corpus is kept
  case $1 in
    csv_reader|csv_tokenizer)
      find "$src/tests/cli" "$src/samples/exports" -type f ! -name cmd ! -name 'exp*' -size -64k |
        while read -r f; do cp "$f" "$dir/$(echo "$f" | md5sum | cut -c1-16)"; done ;;
    schema_loader)
      for f in "$src"/schemas/*.csv; do cp "$f" "$dir/$(basename "$f")"; done ;;
    normalize)
      $python - "$src" "$dir" <<'PY'
import hashlib, os, re, sys
src, out = sys.argv[1], sys.argv[2]
values = set()
for root in ('tests/cli', 'samples/exports'):
    for d, _, files in os.walk(os.path.join(src, root)):
        for f in files:
            if f == 'cmd' or f.startswith('exp'): continue
            try: text = open(os.path.join(d, f), encoding='utf-8', errors='ignore').read(65536)
            except OSError: continue
            for line in text.splitlines()[:200]:
                for cell in re.split('[,;\t|]', line):
                    if 0 < len(cell) < 80: values.add(cell.strip('"'))
for f in os.listdir(os.path.join(src, 'tests/unit')):
    text = open(os.path.join(src, 'tests/unit', f), encoding='utf-8').read()
    values.update(re.findall(r'\("([^"\\]{1,60})"', text))
for v in sorted(values)[:3000]:
    for opt in (b'\x00', b'\x13'):
        data = opt + v.encode('utf-8')
        open(os.path.join(out, hashlib.md5(data).hexdigest()[:16]), 'wb').write(data)
PY
      ;;
  esac
}

status=0
printf '%-15s %12s %9s %8s %7s\n' target executions seconds exec/s crashes >"$build/fuzz-summary.txt"
for t in $targets; do
  bin=$build/fuzz/fuzz_$t
  [ -x "$bin" ] || { echo "make fuzz: $bin missing"; exit 2; }
  seed "$t"
  mkdir -p "$build/crashes/$t"
  log=$build/fuzz-$t.log
  echo "fuzz_$t: ${seconds}s on $(ls "$build/corpus/$t" | wc -l) corpus files"
  # -rss_limit_mb: the reader's flat-memory contract; -max_len: records longer than one chunk.
  "$bin" "$build/corpus/$t" -max_total_time="$seconds" -max_len=70000 -rss_limit_mb=2048 -timeout=20 \
    -artifact_prefix="$build/crashes/$t/" -print_final_stats=1 >"$log" 2>&1
  code=$?
  execs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log")
  crashes=$(ls "$build/crashes/$t" | wc -l)
  rate=$(( ${execs:-0} / (seconds > 0 ? seconds : 1) ))
  printf '%-15s %12s %9s %8s %7s\n' "$t" "${execs:-?}" "$seconds" "$rate" "$crashes" >>"$build/fuzz-summary.txt"
  if [ "$code" != 0 ] || [ "$crashes" != 0 ]; then
    status=1
    grep -m5 -E 'ERROR|SUMMARY|Test unit written' "$log"
  fi
done
cat "$build/fuzz-summary.txt"
exit $status
