#!/usr/bin/env bash
# Two pipeline runs writing the same output folder never interleave. While one
# samples/nightly.sh run holds the folder, a second fails at once with exit 2 and a clear
# message, having written nothing; with RETORNO_LOCK_WAIT it waits, then runs alone after it.
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
work=$(mktemp -d)
first=
trap '[ -n "$first" ] && kill $first 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }

# A retorno that is slow to start, so that the first run is still writing when the second comes.
cat >slow_retorno <<SH
#!/bin/sh
case "\$2" in --help) ;; *) sleep \${SLOW:-0} ;; esac
echo "\$\$ \$1 start" >>"$work/trace"
"$retorno" "\$@"; code=\$?
echo "\$\$ \$1 end" >>"$work/trace"
exit \$code
SH
chmod +x slow_retorno
as_of=$(cat "$src/samples/exports/as_of")
export RETORNO=$work/slow_retorno RETORNO_OUT=$work/out RETORNO_MAX_REJECT_RATE=0.25

# 1. The second run fails at once, with a clear message, and touches nothing.
SLOW=0.3 "$src/samples/nightly.sh" >first.out 2>first.err &
first=$!
for _ in $(seq 50); do [ -s "$work/trace" ] && break; sleep 0.1; done
[ -s "$work/trace" ] || fail "the first run did not start"
SLOW=0 "$src/samples/nightly.sh" >second.out 2>second.err
code=$?
[ "$code" = 2 ] || fail "second run: exit $code, expected 2"
grep -q "nightly.sh: error: another run is writing .*out/$as_of" second.err || { cat second.err; fail "no clear message"; }
[ "$(grep -c . second.err)" = 1 ] || { cat second.err; fail "more than one line on stderr"; }
wait $first
code1=$?
first=
[ "$code1" = 0 ] || { cat first.err; fail "first run: exit $code1"; }
grep -q "retorno nightly run" out/$as_of/nightly.log || fail "log missing"
[ "$(grep -c 'retorno nightly run' out/$as_of/nightly.log)" = 1 ] || fail "two runs in one log"
echo "ok: a second run while the first holds the folder fails with exit 2: $(cat second.err)"
n_first=$(grep -c ' start$' trace)
# It ran no command: the trace holds the first run's commands only, each start followed by its end.
[ "$(awk '{print ($3 == "start") ? "s" : "e"}' trace | tr -d '\n')" = "$(printf 'se%.0s' $(seq $n_first))" ] ||
  fail "the refused run ran a command: $(cat trace)"
cp -rL out/$as_of expected

# 2. With RETORNO_LOCK_WAIT the second run waits, then runs alone: no command of one run
#    starts between another's start and end.
: >trace
SLOW=0.3 "$src/samples/nightly.sh" >/dev/null 2>&1 &
first=$!
for _ in $(seq 50); do [ -s "$work/trace" ] && break; sleep 0.1; done
SLOW=0 RETORNO_LOCK_WAIT=120 "$src/samples/nightly.sh" >/dev/null 2>second.err
code=$?
wait $first; code1=$?; first=
[ "$code" = 0 ] && [ "$code1" = 0 ] || fail "waiting runs: exits $code1 and $code"
[ "$(grep -c ' start$' trace)" = $((2 * n_first)) ] || fail "expected $((2 * n_first)) commands, trace: $(cat trace)"
# Sorted by time, the trace holds one run's commands, then the other's: no interleaving.
runs=$(awk '{print ($3 == "start") ? "s" : "e"}' trace | tr -d '\n')
[ "$runs" = "$(printf 'se%.0s' $(seq $((2 * n_first))))" ] || fail "commands overlapped: $(cat trace)"
[ "$(grep -c 'retorno nightly run' out/$as_of/nightly.log)" = 1 ] || fail "two runs in one log"
for f in $(cd expected && find . -type f ! -name nightly.log ! -name .lock); do
  cmp -s "expected/$f" "out/$as_of/$f" || fail "$f differs after the waiting run"
done
echo "ok: with RETORNO_LOCK_WAIT the second run waited and ran alone ($n_first commands each)"
echo "ok: nightly_lock"
