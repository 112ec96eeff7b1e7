#!/usr/bin/env bash
# A large ingest draws a progress bar on standard error when it is a terminal (a pseudo-terminal
# from `script`): the percentage, the MB read of the file, the rate; the same command with
# standard error into a pipe or a file, or under --quiet, writes no bar (only its summary line).
set -u
# The messages this test reads are matched in English, whatever the default language.
export RETORNO_LANG=en
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
command -v script >/dev/null || { echo "skip: no script(1) (bsdutils)"; exit 0; }
# 120 MB of vehicles in the generic schema (a few hundred thousand rows: over a second of work).
row='MR2829F38H1093227,TOYOTA,HIACE 15 PASAJEROS,2017,15/03/2017,"12,345","JUAN  PEREZ",044871-3915055,juan@hotmial.com,BOULEVARD INDEPENDENCIA 1500 ORIENTE COLONIA CENTRO'
{ echo 'vin,make,model,model_year,dofu,km,customer_name,phone_mobile,email,address'
  yes "$row" | head -n 700000; } >big.csv
run="'$retorno' ingest big.csv --schema vehicles --country MX --max-reject-rate 1 -o out.csv --rejects rej.csv"

# On a terminal: the bar, redrawn in place with a carriage return.
script -qec "$run" /dev/null >tty.txt 2>&1 </dev/null || fail "ingest under a pseudo-terminal"
grep -a -q $'\r''retorno ingest: \[#*\.*\] *[0-9]*% [0-9.]*/[0-9.]* MB' tty.txt ||
  { cat -v tty.txt | head -5; fail "no progress bar on a terminal"; }
grep -a -q 'rows in' tty.txt || fail "no summary line on a terminal"
draws=$(grep -a -o $'\r''retorno ingest: \[' tty.txt | wc -l)
secs=$(grep -a -o '[0-9.]* s' tty.txt | tail -1 | cut -d' ' -f1)
# At most ten redraws a second (and a first one).
awk -v d="$draws" -v s="$secs" 'BEGIN { exit !(d <= 10 * s + 2) }' || fail "$draws redraws in $secs s"

# Under --quiet on a terminal: nothing at all.
script -qec "$run --quiet" /dev/null >quiet.txt 2>&1 </dev/null || fail "ingest --quiet under a pseudo-terminal"
[ ! -s quiet.txt ] || { cat -v quiet.txt | head -3; fail "--quiet wrote to the terminal"; }

# Into a pipe and into a file (a log): the summary line alone.
eval "$run" 2>&1 | cat >pipe.txt
eval "$run" 2>log.txt
for f in pipe.txt log.txt; do
  [ "$(wc -l <$f)" = 1 ] && ! grep -q $'\r' $f && grep -q 'rows in' $f || { cat -v $f | head -3; fail "a bar in $f"; }
done
echo "ok: progress bar on a terminal ($draws draws in $secs s), none in a pipe, a log or under --quiet"
