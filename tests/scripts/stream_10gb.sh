#!/usr/bin/env bash
# An export of any size streams through `ingest` from a pipe in flat memory.
# Generated rows of a dirty vehicles export (Mexican phones with legacy prefixes, dd/mm/yyyy
# dates, names with extra spaces, some bad VINs that go to the rejects file) are piped into
# `retorno ingest -`; /usr/bin/time measures its peak RSS. A small run and the full run must peak
# within 64 MiB of each other and under 256 MiB, and every row must be counted:
# rows in = rows out + rows rejected.
#   RETORNO_STREAM_MB (default 200) sets the size; RETORNO_STREAM_GB=10 for the issue's 10 GB run.
set -u
# The messages this test reads are matched in English, whatever the default language.
export RETORNO_LANG=en
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
if [ ! -x /usr/bin/time ]; then echo "skip: no /usr/bin/time (make deps installs it)"; exit 0; fi
mb=${RETORNO_STREAM_MB:-200}
[ -n "${RETORNO_STREAM_GB:-}" ] && mb=$((RETORNO_STREAM_GB * 1024))

cat >gen.py <<'PY'
# gen.py MB: a dirty vehicles export of MB mebibytes on standard output, in whole rows.
import random, sys
target = int(sys.argv[1]) << 20
values = {c: v for v, c in enumerate('0123456789')}
values.update(zip('ABCDEFGH', range(1, 9))); values.update(zip('JKLMN', range(1, 6)))
values.update({'P': 7, 'R': 9}); values.update(zip('STUVWXYZ', range(2, 10)))
weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
def vin(rng):
    v = list(rng.choice(['3N1', '1HG', '5TD', 'JTD', 'MR2'])) + [rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(14)]
    v[9] = 'J'
    s = sum(values[c] * w for c, w in zip(v, weights)) % 11
    v[8] = 'X' if s == 10 else str(s)
    return ''.join(v)
rng = random.Random(8)
names = ['JUAN  PEREZ', ' María Magdalena Delgado ', 'JOSÉ ÁNGEL BECERRA', 'ANA  LUISA TORRES', 'Luis Ibáñez-Muñoz']
rows = []
for i in range(20000):
    v = vin(rng) if i % 997 else 'BAD' + str(i)  # about 1 row in 1000 rejected
    phone = rng.choice(['044871-39{:05d}', '(871) 39{:05d}', '01 871 39{:05d}', '+52 1 871 39{:05d}', 'NP'])
    rows.append(','.join([v, 'TOYOTA', 'HIACE 15 PASAJEROS', str(2010 + i % 10), '{:02d}/{:02d}/20{:02d}'.format(1 + i % 28, 1 + i % 12, 10 + i % 9),
                          '{:,}'.format(rng.randint(100, 150000)).join('""'), '"' + names[i % 5] + '"', phone.format(i % 100000),
                          'cliente{}@hotmial.com'.format(i), 'BOULEVARD INDEPENDENCIA {}'.format(i)]))
block = ('\n'.join(rows) + '\n').encode()
header = b'vin,make,model,model_year,dofu,km,customer_name,phone_mobile,email,address\n'
out = sys.stdout.buffer
out.write(header)
written, count = len(header), 0
while written + len(block) <= target or count == 0:
    out.write(block); written += len(block); count += 1
sys.stderr.write(f'{count * len(rows)} rows, {written} bytes\n')
PY

run() {  # run MB: peak RSS in KiB of ingest over MB of generated rows; checks the row counts
  local mb=$1
  $python gen.py "$mb" 2>gen.txt | /usr/bin/time -f '%M %e' -o time.txt \
    "$retorno" ingest - --schema vehicles --country MX --max-reject-rate 0.01 -o /dev/null --rejects rej.csv 2>err.txt
  local code=${PIPESTATUS[1]}
  [ "$code" = 0 ] || { cat err.txt >&2; echo "FAIL: ingest of $mb MB: exit $code" >&2; return 1; }
  local rows in out rej
  rows=$(cut -d' ' -f1 gen.txt)
  read -r in out rej < <(sed -nE 's/.*: ([0-9]+) rows in, ([0-9]+) out, ([0-9]+) rejected.*/\1 \2 \3/p' err.txt)
  [ "$in" = "$rows" ] && [ $((out + rej)) = "$in" ] && [ "$((rej + 1))" = "$(wc -l <rej.csv)" ] ||
    { cat err.txt >&2; echo "FAIL: $mb MB: generated $rows rows; counted in=$in out=$out rejected=$rej" >&2; return 1; }
  echo "$mb MB: $(cat gen.txt); $(tail -1 err.txt | sed 's/^retorno ingest: //'); peak RSS $(($(cut -d' ' -f1 time.txt) / 1024)) MiB, $(cut -d' ' -f2 time.txt) s" >&2
  cut -d' ' -f1 time.txt
}

small=$(run 8) || exit 1
big=$(run "$mb") || exit 1
if [ "$big" -gt $((small + 65536)) ] || [ "$big" -gt $((256 * 1024)) ]; then
  echo "FAIL: memory is not flat: $((small / 1024)) MiB for 8 MB, $((big / 1024)) MiB for $mb MB"
  exit 1
fi
echo "ok: stream_10gb ($mb MB through a pipe: peak RSS $((big / 1024)) MiB, 8 MB: $((small / 1024)) MiB)"
