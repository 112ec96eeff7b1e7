#!/usr/bin/env bash
# --format xlsx writes real workbooks: the demo's nightly run writes lista_llamadas.xlsx beside
# the CSV; each workbook (call list, exclusions, schedule, fallback queue, report), opened with
# openpyxl, holds the CSV's rows with typed cells: phones and ids as text, dates as dates,
# counts as numbers, rates as percentages; the header frozen and filtered, Letter landscape
# with the agent's name in the page header, sheet names and titles in --lang.
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
python=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() { echo "FAIL: $*"; exit 1; }
as_of=$(cat "$src/samples/exports/as_of")

RETORNO=$retorno RETORNO_OUT=$work/out RETORNO_MAX_REJECT_RATE=0.25 "$src/samples/nightly.sh" >/dev/null 2>&1 ||
  fail "nightly run"
d=$work/out/$as_of
[ -f "$d/lista_llamadas.xlsx" ] || fail "make demo's run wrote no lista_llamadas.xlsx beside the CSV"
t=$d/tables
sched=(--as-of "${as_of}T07:00" --list "$d/lista_llamadas.csv" --log "$t/contact_log.csv" --dealer "$src/samples/exports/agencia.csv")
"$retorno" schedule-attempts "${sched[@]}" --quiet -o sched.csv --fallback env.csv || fail "schedule-attempts csv"
"$retorno" schedule-attempts "${sched[@]}" --quiet --format xlsx -o sched.xlsx --fallback env.xlsx || fail "schedule-attempts xlsx"
rep=(--as-of "$as_of" --log "$t/contact_log.csv" --list "$d/lista_llamadas.csv" --appointments "$t/appointments.csv"
     --vehicles "$t/vehicles.csv" --services "$t/services.csv" --by agent)
"$retorno" report "${rep[@]}" --quiet -o rep.csv || fail "report csv"
"$retorno" report "${rep[@]}" --quiet --format xlsx -o rep.xlsx || fail "report xlsx"
seg=(--as-of "${as_of}T07:00" --vehicles "$t/vehicles.csv" --services "$t/services.csv" --contact-log "$t/contact_log.csv"
     --agents ANA,LUIS)
"$retorno" segment "${seg[@]}" --quiet --lang en -o en.csv || fail "segment csv"
"$retorno" segment "${seg[@]}" --quiet --lang en --format xlsx -o en.xlsx || fail "segment xlsx --lang en"
[ -f en.excluded.xlsx ] || fail "the exclusions of a workbook list are not beside it as en.excluded.xlsx"

$python - "$d" <<'PY' || exit 1
import csv, datetime, sys
import openpyxl

d = sys.argv[1]
problems = []
def bad(msg):
    problems.append(msg)

DATES = {'list_date', 'due_on', 'last_service_date'}
DATETIMES = {'call_at', 'callback_at', 'last_attempt_at', 'next_at'}
NUMBERS = {'priority', 'model_year', 'attempt', 'attempts_planned', 'attempts', 'sms_segments', 'numerator',
           'denominator', 'last_service_km', 'estimated_km', 'value', 'previous', 'target'}

def read_csv(path):
    with open(path, newline='', encoding='utf-8-sig') as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]

def expect_cell(where, column, text, cell, rate=False):
    v = cell.value
    if text == '':
        if v not in (None, ''):
            bad(f'{where} {column}: expected empty, got {v!r}')
        return
    if rate:
        if not isinstance(v, (int, float)) or abs(v - float(text) / 100) > 1e-9 or '%' not in cell.number_format:
            bad(f'{where} {column}: rate {text} read as {v!r} ({cell.number_format})')
    elif column in DATES:
        want = datetime.datetime.strptime(text, '%Y-%m-%d')
        if not isinstance(v, datetime.datetime) or v != want or 'yy' not in cell.number_format:
            bad(f'{where} {column}: date {text} read as {v!r} ({cell.number_format})')
    elif column in DATETIMES:
        fmt = '%Y-%m-%dT%H:%M' if len(text) == 16 else '%Y-%m-%d'
        if not isinstance(v, datetime.datetime) or v != datetime.datetime.strptime(text, fmt):
            bad(f'{where} {column}: datetime {text} read as {v!r}')
    elif column in NUMBERS:
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v != float(text):
            bad(f'{where} {column}: number {text} read as {v!r}')
    elif not isinstance(v, str) or v != text:
        bad(f'{where} {column}: text {text!r} read as {v!r}')

def expect_rows(where, ws, header, rows, rate_rows=None):
    got = list(ws.iter_rows(min_row=2))
    if len(got) != len(rows):
        bad(f'{where}: {len(got)} rows, the CSV has {len(rows)}')
        return
    for i, (cells, row) in enumerate(zip(got, rows)):
        for k, column in enumerate(header):
            rate = rate_rows is not None and rate_rows[i] and column in ('value', 'previous', 'target')
            expect_cell(f'{where} row {i + 2}', column, row[k], cells[k], rate)

def expect_layout(where, ws, page_header=None):
    if ws.freeze_panes != 'A2':
        bad(f'{where}: header not frozen ({ws.freeze_panes})')
    if not ws.auto_filter.ref:
        bad(f'{where}: no filter on the header')
    if ws.page_setup.orientation != 'landscape' or str(ws.page_setup.paperSize) != '1':
        bad(f'{where}: not Letter landscape ({ws.page_setup.orientation}, {ws.page_setup.paperSize})')
    if page_header and page_header not in (ws.oddHeader.center.text or ''):
        bad(f'{where}: page header {ws.oddHeader.center.text!r} lacks {page_header!r}')

def check_call_list(xlsx, csv_path, summary_name, agent_word, title):
    header, rows = read_csv(csv_path)
    wb = openpyxl.load_workbook(xlsx)
    agent_at = header.index('agent')
    agents = []
    for r in rows:
        if r[agent_at] not in agents:
            agents.append(r[agent_at])
    if wb.sheetnames != [summary_name] + agents:
        bad(f'{xlsx}: sheets {wb.sheetnames}, expected {[summary_name] + agents}')
        return
    for a in agents:
        ws = wb[a]
        if ws['A1'].value != title:
            bad(f'{xlsx} {a}: first title {ws["A1"].value!r}, expected {title!r}')
        expect_rows(f'{xlsx} {a}', ws, header, [r for r in rows if r[agent_at] == a])
        expect_layout(f'{xlsx} {a}', ws, f'{agent_word}: {a}')
    summary = list(wb[summary_name].iter_rows(min_row=2, values_only=True))
    for a in agents:
        line = [s for s in summary if s[0] == a]
        n = sum(1 for r in rows if r[agent_at] == a)
        if not line or line[0][3] != n:
            bad(f'{xlsx} summary: {a} total {line[0][3] if line else None}, the CSV has {n}')
    if summary[-1][0] != 'Total' or summary[-1][3] != len(rows):
        bad(f'{xlsx} summary: last row {summary[-1][:4]}, expected Total {len(rows)}')
    phone = header.index('phone')
    if not any(r[phone].startswith('+52') for r in rows):
        bad(f'{csv_path}: no phone to check')

def check_table(xlsx, csv_path, sheet_name, rate_metric=False):
    header, rows = read_csv(csv_path)
    wb = openpyxl.load_workbook(xlsx)
    if wb.sheetnames != [sheet_name]:
        bad(f'{xlsx}: sheets {wb.sheetnames}, expected [{sheet_name!r}]')
        return
    rates = None
    if rate_metric:
        # A rate is numerator / denominator as a percentage; a mean (a score) is the plain
        # quotient, a count has no denominator. Each metric is told by a row that shows it.
        val, num, den, met = (header.index(c) for c in ('value', 'numerator', 'denominator', 'metric'))
        kind = {}
        for r in rows:
            if r[val] == '' or r[num] == '' or r[den] in ('', '0') or float(r[val]) == 0:
                continue
            q = float(r[num]) / float(r[den])
            if abs(float(r[val]) - 100 * q) <= 0.051:
                kind.setdefault(r[met], 'rate')
            elif abs(float(r[val]) - q) <= 0.051:
                kind.setdefault(r[met], 'mean')
        rates = [kind.get(r[met]) == 'rate' for r in rows]
        if 'rate' not in kind.values() or 'mean' not in kind.values():
            bad(f'{csv_path}: no rate or no mean score to check')
    expect_rows(xlsx, wb[sheet_name], header, rows, rates)
    expect_layout(xlsx, wb[sheet_name])

check_call_list(f'{d}/lista_llamadas.xlsx', f'{d}/lista_llamadas.csv', 'Resumen', 'Agente', 'Registro')
check_call_list('en.xlsx', 'en.csv', 'Summary', 'Agent', 'Item')
check_table(f'{d}/exclusiones.xlsx', f'{d}/exclusiones.csv', 'Exclusiones')
check_table('en.excluded.xlsx', 'en.excluded.csv', 'Exclusions')
check_table('sched.xlsx', 'sched.csv', 'Programa de intentos')
check_table('env.xlsx', 'env.csv', 'Envíos')
check_table('rep.xlsx', 'rep.csv', 'Indicadores', rate_metric=True)
for p in problems[:20]:
    print('FAIL:', p)
sys.exit(1 if problems else 0)
PY
echo "ok: workbooks match their CSV, typed"
