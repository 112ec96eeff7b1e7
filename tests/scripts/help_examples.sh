#!/usr/bin/env bash
# Every worked example in every command's --help, Spanish and English, runs as written from the
# checkout's root on the sample world (after `make demo`): a copy of samples/ and the demo's
# out/ in a scratch folder stand for the checkout, and each example line (with its `\`
# continuations, less its trailing # comment) runs there with exit 0. A command without an
# example fails too.
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
cp -r "$src/samples" "$work/samples"
mkdir -p "$work/bin" && ln -s "$retorno" "$work/bin/retorno"
# make demo: the nightly run into out/ of the checkout (here, of the scratch copy).
RETORNO=$retorno RETORNO_SCHEMAS=$src/schemas RETORNO_OUT=$work/out RETORNO_MAX_REJECT_RATE=0.25 \
  "$work/samples/nightly.sh" >/dev/null 2>&1 || { echo "FAIL: the demo's nightly run"; exit 1; }
cd "$work"
export PATH=$work/bin:$PATH RETORNO_SCHEMAS=$src/schemas

for cmd in ingest dedupe segment schedule-attempts report; do
  for lang in es en; do
    "$retorno" "$cmd" --help --lang "$lang" >"help.txt" 2>&1 || { echo "FAIL: $cmd --help --lang $lang"; fail=1; continue; }
    # One example per record: "  retorno ..." lines joined with their continuations.
    $python - help.txt >examples.txt <<'PY'
import re, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
examples, current = [], None
for line in lines:
    if current is None and line.startswith('  retorno '):
        current = line.strip()
    elif current is not None:
        current += ' ' + line.strip()
    else:
        continue
    if current.endswith('\\'):
        current = current[:-1].rstrip()
        continue
    examples.append(re.sub(r'\s+#.*$', '', current))
    current = None
for e in examples:
    print(e)
PY
    n=0
    while IFS= read -r example; do
      n=$((n + 1))
      if ! bash -c "$example" </dev/null >out.txt 2>err.txt; then
        echo "FAIL: retorno $cmd --help --lang $lang, example $n does not run as written: $example"
        sed 's/^/    /' err.txt | tail -3
        fail=1
      fi
    done <examples.txt
    [ "$n" -gt 0 ] || { echo "FAIL: retorno $cmd --help --lang $lang has no worked example"; fail=1; }
  done
done
[ "$fail" = 0 ] && echo "ok: every --help example runs from the checkout's root"
exit $fail
