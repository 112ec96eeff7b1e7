#!/usr/bin/env bash
# Every HTML output escapes all data. A customer named <script>alert(1)</script>,
# and markup in the model, address, e-mail, agent, notes and talking points, print as text in
# segment --format html and schedule-attempts --format html: no tag, attribute or entity that
# came from the data survives unescaped.
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
exports=$src/samples/exports

"$retorno" ingest "$exports/recordatorio_servicio.txt" --schema recordatorio --quiet -o vehicles0.csv --rejects vr.csv
"$retorno" ingest "$exports/gestion_spiga.txt" --schema spiga_gestion --quiet --max-reject-rate 1 -o log0.csv --rejects lr.csv
$python "$src/tests/scripts/lib/poison.py" html vehicles0.csv vehicles.csv customer_name model address email city plate phone_home
$python "$src/tests/scripts/lib/poison.py" html log0.csv log.csv notes reason
agents='<b>ANA</b>,LUIS&amp;'
"$retorno" segment --vehicles vehicles.csv --contact-log log.csv --as-of 2018-08-01 --agents "$agents" --quiet \
  --format html -o list.html --excluded excl.csv || fail "segment --format html"
"$retorno" segment --vehicles vehicles.csv --contact-log log.csv --as-of 2018-08-01 --agents "$agents" --quiet \
  --lang en --format html -o list_en.html --excluded excl.csv || fail "segment --format html --lang en"
"$retorno" segment --vehicles vehicles.csv --contact-log log.csv --as-of 2018-08-01 --agents "$agents" --quiet \
  -o list.csv --excluded excl.csv || fail "segment"
"$retorno" schedule-attempts --list list.csv --log log.csv --vehicles vehicles.csv --as-of 2018-08-01T08:00 --quiet \
  --format html -o queue.html --fallback fb.csv --dealer "$exports/agencia.csv" || fail "schedule-attempts --format html"

$python - list.html list_en.html queue.html <<'PY'
import re, sys
bad = 0
for name in sys.argv[1:]:
    html = open(name, encoding='utf-8').read()
    for raw in ('<script', '<img', '<svg', '<h1>x', '<b>ANA', '&lt;b&gt;entity', 'LUIS&amp;<'):
        if raw in html:
            print(f'FAIL: {name}: unescaped {raw!r}'); bad += 1
    # Every tag in the file is one of the renderer's own (no data-born tag names).
    if re.search(r'<[^>]*(onerror|onload)', html):
        print(f'FAIL: {name}: an event attribute inside a tag'); bad += 1
    for href in re.findall(r'href="([^"]*)"', html):
        if not re.fullmatch(r'tel:[+0-9]*', href):
            print(f'FAIL: {name}: link {href!r} is not a plain tel: number'); bad += 1
    tags = set(t.lower() for t in re.findall(r'<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)', html))
    allowed = {'html', 'head', 'meta', 'title', 'style', 'body', 'section', 'table', 'thead', 'tbody', 'tr', 'th',
               'td', 'h1', 'h2', 'p', 'span', 'div', 'br', 'small', 'ul', 'li', 'ol', 'strong', 'em', 'b', 'col',
               'colgroup', 'a', 'article', 'header', 'footer', 'caption', 'dl', 'dt', 'dd'}
    if tags - allowed:
        print(f'FAIL: {name}: unexpected tags {sorted(tags - allowed)}'); bad += 1
    if 'script' in tags:
        print(f'FAIL: {name}: a script tag'); bad += 1
    shown = html.count('&lt;script&gt;alert(1)&lt;/script&gt;')
    print(f'{name}: {shown} escaped <script> names')
    if shown == 0 and 'queue' not in name:
        print(f'FAIL: {name}: the customer named <script> is not shown as text'); bad += 1
    if '&amp;lt;b&amp;gt;entity&amp;amp;' not in html and 'queue' not in name:
        print(f'FAIL: {name}: entities in data are not escaped'); bad += 1
sys.exit(1 if bad else 0)
PY
[ $? = 0 ] || fail "unescaped data in HTML"
echo "ok: html_escape"
