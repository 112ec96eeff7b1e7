#!/usr/bin/env bash
# The nightly pipeline a dealership runs from cron: every export in the exports folder is
# ingested through its schema, then dedupe -> segment -> schedule-attempts (the schedule, then the
# advisors' agenda, the sales prospects and the leads' status) -> report, into
# one dated folder. The night is built in a staging folder and swapped in whole at the end:
# out/<date> is always last night's complete set or tonight's, never a mix (a run that fails
# or is killed leaves the last set in place). Safe to re-run; a lock keeps two runs from
# writing the same date at once; commands this retorno lacks are skipped.
#
#   samples/nightly.sh [--exports DIR] [--out DIR] [--as-of YYYY-MM-DD]
#   environment: RETORNO (binary), RETORNO_OUT (output root), RETORNO_AS_OF, RETORNO_AGENTS,
#                RETORNO_CALENDAR (MX or CO, default MX), RETORNO_MAX_REJECT_RATE (default 0.05),
#                RETORNO_LOCK_WAIT (seconds, default 0)
#
# Exit code: the worst of the commands' (0 done, 1 too many rejected rows, 2-4 errors).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
retorno=${RETORNO:-retorno}
exports=$here/exports
out_root=${RETORNO_OUT:-$(cd "$here/.." && pwd)/out}
max_reject_rate=${RETORNO_MAX_REJECT_RATE:-0.05}
as_of=${RETORNO_AS_OF:-}
while [ $# -gt 0 ]; do
  case $1 in
    --exports) exports=$2; shift 2 ;;
    --out) out_root=$2; shift 2 ;;
    --as-of) as_of=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "nightly.sh: error: unknown argument $1" >&2; exit 2 ;;
  esac
done
# The sample world was generated for one day; real exports are read as of today.
[ -z "$as_of" ] && [ -f "$exports/as_of" ] && as_of=$(cat "$exports/as_of")
[ -z "$as_of" ] && as_of=$(date +%F)
final=$out_root/$as_of
# Customers' names, phones and addresses: nothing this run creates is readable by others
# (the umask is only ever narrowed: files 0640 at most, folders 0750).
umask "$(printf '%04o' $(( $(umask) | 027 )))"
mkdir -p "$out_root/.runs"

# One run per date: a second one waits RETORNO_LOCK_WAIT seconds (default 0), then fails with
# exit 2 and says why, before it has written anything.
exec 9>"$out_root/.$as_of.lock"
if ! flock -w "${RETORNO_LOCK_WAIT:-0}" 9; then
  echo "nightly.sh: error: another run is writing $final (lock $out_root/.$as_of.lock held by a running nightly.sh); try again when it ends, or set RETORNO_LOCK_WAIT=SECONDS to wait for it" >&2
  exit 2
fi

# Tonight's set is built in .runs/<date>.<stamp>; out/<date> is a symbolic link to the
# complete set, replaced in one rename once everything is written. A run that stops early
# (an error, a full disk, a kill) leaves out/<date> as it was; the next run removes what it left.
for stale in "$out_root/.runs/$as_of".*; do
  [ -e "$stale" ] || continue
  [ "$(readlink "$final" 2>/dev/null)" = ".runs/$(basename "$stale")" ] || rm -rf "$stale"
done
run_name=$as_of.$(date +%Y%m%dT%H%M%S).$$
out=$out_root/.runs/$run_name
mkdir -p "$out/tables"
swapped=0
on_exit() {
  if [ $swapped = 0 ]; then
    cp "$out/nightly.log" "$out_root/.$as_of.failed.log" 2>/dev/null &&
      echo "nightly.sh: $final left as it was; this run's log: $out_root/.$as_of.failed.log" >&2
    rm -rf "$out"
  fi
}
trap on_exit EXIT

worst=0
run() {  # run STEP ARGS...: one retorno command, its stderr kept in the log
  local code
  # A pipeline, not 2> >(tee ...): tee has finished before the next command writes to the log.
  { "$retorno" "$@" 2>&1 1>&3 3>&- | tee -a "$out/nightly.log" >&2; code=${PIPESTATUS[0]}; } 3>&1
  [ "$code" -gt "$worst" ] && worst=$code
  return "$code"
}
has() { "$retorno" "$1" --help >/dev/null 2>&1; }

: >"$out/nightly.log"
echo "retorno nightly run as of $as_of -> $final" | tee -a "$out/nightly.log"

# 1. ingest: exports.conf lists "file schema table" per line.
while read -r file schema table; do
  case $file in ''|'#'*) continue ;; esac
  if [ ! -f "$exports/$file" ]; then
    echo "nightly.sh: note: $exports/$file not found, skipped" | tee -a "$out/nightly.log" >&2
    continue
  fi
  run ingest "$exports/$file" --schema "$schema" --as-of "$as_of" \
    --max-reject-rate "$max_reject_rate" -o "$out/tables/$table.csv" --rejects "$out/tables/$table.rejects.csv"
  [ $? -ge 2 ] && exit $worst
done <"$exports/exports.conf"

# 2. dedupe: one row per VIN and one person_id per customer, before segment reads them; the
#    cluster maps say which rows became one person and on what evidence. An output never
#    replaces its input: the ingested table is kept as NAME.ingested.csv.
tables=$out/tables
if has dedupe; then
  for t in vehicles contacts; do
    [ -f "$tables/$t.csv" ] || continue
    mv -f "$tables/$t.csv" "$tables/$t.ingested.csv"
    run dedupe "$tables/$t.ingested.csv" -o "$tables/$t.csv" --clusters "$tables/$t.persons.csv"
    [ $? -ge 2 ] && exit $worst
  done
fi
# Steps 3 to 5 write one set of the day's files into DEST, for one branch of a dealer group when
# BRANCH is given (--branch: its customers, agents, lists and figures).
day_set() {  # day_set DEST [BRANCH]
  local dest=$1 sub= branch=()
  if [ -n "${2:-}" ]; then sub=$(basename "$dest")/ branch=(--branch "$2"); fi
  mkdir -p "$dest"
  # 3. segment: the day's work decided once (the log, each item's cadence step, the agents'
  #    capacity): the calls as CSV, as the printable sheets, one section per agent, and as an
  #    Excel workbook (a summary and one sheet per agent), and the
  #    exclusions with what waits for a later day. Agents come from exports/agentes.csv (capacity
  #    and days off), else RETORNO_AGENTS or exports/agents (names, 50 calls a day each).
  if has segment && [ -f "$tables/vehicles.csv" ]; then
    inputs=(--vehicles "$tables/vehicles.csv" --calendar "${RETORNO_CALENDAR:-MX}")
    if [ -z "${RETORNO_AGENTS:-}" ] && [ -f "$exports/agentes.csv" ]; then
      inputs+=(--agents-file "$exports/agentes.csv")
    elif [ -n "$agents" ]; then
      inputs+=(--agents "$agents")
    fi
    [ -f "$exports/dias_cerrados.csv" ] && inputs+=(--closed-days "$exports/dias_cerrados.csv")
    for t in contacts services campaigns appointments quotes complaints leads optouts contact_log; do
      [ -f "$tables/$t.csv" ] && inputs+=("--${t//_/-}" "$tables/$t.csv")
    done
    # The day starts at 07:00, before the first contact hour: segment and schedule-attempts
    # decide at the same minute, so that they list the same calls.
    run segment "${branch[@]}" --as-of "${as_of}T07:00" "${inputs[@]}" -o "$dest/lista_llamadas.csv" --excluded "$dest/exclusiones.csv"
    [ $? -ge 2 ] && exit $worst
    run segment --quiet "${branch[@]}" --as-of "${as_of}T07:00" "${inputs[@]}" --format html -o "$dest/lista_llamadas.html" \
      --excluded "$dest/exclusiones.csv"
    [ $? -ge 2 ] && exit $worst
    run segment --quiet "${branch[@]}" --as-of "${as_of}T07:00" "${inputs[@]}" --format xlsx -o "$dest/lista_llamadas.xlsx" \
      --excluded "$dest/exclusiones.xlsx"
    [ $? -ge 2 ] && exit $worst
  fi
  # 4. schedule-attempts: what happens next to every item of the list, from today's contact
  # hours on: the schedule, and the WhatsApp / e-mail / letter queue with the dealership's
  # contact lines (exports/agencia.csv). Its --format html prints the same sheets as segment's:
  # the night prints one set.
  if has schedule-attempts && [ -f "$dest/lista_llamadas.csv" ]; then
    sched=(--as-of "${as_of}T07:00" --list "$dest/lista_llamadas.csv" --calendar "${RETORNO_CALENDAR:-MX}")
    [ -f "$tables/contact_log.csv" ] && sched+=(--log "$tables/contact_log.csv")
    [ -f "$tables/vehicles.csv" ] && sched+=(--vehicles "$tables/vehicles.csv")
    [ -f "$exports/agencia.csv" ] && sched+=(--dealer "$exports/agencia.csv")
    [ -f "$exports/dias_cerrados.csv" ] && sched+=(--closed-days "$exports/dias_cerrados.csv")
    [ -f "$exports/plantillas.csv" ] && sched+=(--templates "$exports/plantillas.csv")
    [ -f "$exports/promociones.txt" ] && sched+=(--promotions "$exports/promociones.txt")
    run schedule-attempts "${branch[@]}" "${sched[@]}" -o "$dest/programa_intentos.csv" --fallback "$dest/envios_pendientes.csv" \
      --messages "$dest/mensajes"
    [ $? -ge 2 ] && exit $worst
  fi
  # 4b. The day's other duties, from the tables alone: tomorrow's appointments per advisor (CSV
  # and the printed agenda) and the reception's welcome board, the prospects for sales (test drives
  # accepted on the last business day's calls) and every open lead's status, the late ones first.
  if has schedule-attempts && { [ -f "$tables/appointments.csv" ] || [ -f "$tables/leads.csv" ] ||
                                [ -f "$tables/contact_log.csv" ]; }; then
    duties=(--as-of "${as_of}T07:00" --calendar "${RETORNO_CALENDAR:-MX}")
    for t in contact_log vehicles appointments campaigns quotes leads; do
      [ -f "$tables/$t.csv" ] && duties+=("--$( [ $t = contact_log ] && echo log || echo $t)" "$tables/$t.csv")
    done
    [ -f "$exports/agencia.csv" ] && duties+=(--dealer "$exports/agencia.csv")
    [ -f "$exports/dias_cerrados.csv" ] && duties+=(--closed-days "$exports/dias_cerrados.csv")
    [ -f "$tables/appointments.csv" ] && duties+=(--agenda "$dest/agenda_asesores.csv"
      --agenda-html "$dest/agenda_asesores.html" --welcome "$dest/panel_bienvenida.html")
    [ -f "$tables/contact_log.csv" ] && duties+=(--prospects "$dest/prospectos_ventas.csv")
    [ -f "$tables/leads.csv" ] && duties+=(--leads-status "$dest/estado_leads.csv"
      --leads-status-html "$dest/estado_leads.html")
    run schedule-attempts "${branch[@]}" "${duties[@]}"
    [ $? -ge 2 ] && exit $worst
  fi
  # 5. report: the month up to yesterday (the last whole day; on the 1st, the closed month that seed
  #    001 asks for "los primeros de cada mes"), beside the same days of the month before: the KPI
  #    table as CSV (totals and per agent) and the dashboard as HTML. Every night's call list of
  #    both months feeds list_coverage; a table the exports lack leaves its metric out, with a note.
  if has report && [ -f "$tables/contact_log.csv" ]; then
    report_day=$(date -d "$as_of -1 day" +%F)
    report_in=(--log "$tables/contact_log.csv" --calendar "${RETORNO_CALENDAR:-MX}")
    for month in "$(date -d "${report_day:0:7}-01 -1 month" +%Y-%m)" "${report_day:0:7}"; do
      for list in "$out_root/$month"-*/"${sub}"lista_llamadas.csv; do
        # Tonight's list replaces the one of an earlier run of this date.
        [ -f "$list" ] && [ "$list" != "$final/${sub}lista_llamadas.csv" ] && report_in+=(--list "$list")
      done
      [ "${as_of:0:7}" = "$month" ] && [ -f "$dest/lista_llamadas.csv" ] && report_in+=(--list "$dest/lista_llamadas.csv")
    done
    [ -f "$tables/vehicles.csv" ] && [ -f "$tables/services.csv" ] &&
      report_in+=(--vehicles "$tables/vehicles.csv" --services "$tables/services.csv")
    for t in appointments leads complaints; do [ -f "$tables/$t.csv" ] && report_in+=("--$t" "$tables/$t.csv"); done
    # The database's health: the three profiles from the contacts, and its change over the month
    # against the vehicles table of the night a month before, when that night's set is still there.
    if [ -f "$tables/vehicles.csv" ] && [ -f "$tables/services.csv" ]; then
      [ -f "$tables/contacts.csv" ] && report_in+=(--contacts "$tables/contacts.csv")
      month_before=$out_root/$(date -d "$as_of -1 month" +%F)/tables/vehicles.csv
      [ -f "$month_before" ] && report_in+=(--vehicles-before "$month_before")
    fi
    [ -f "$exports/motivos.csv" ] && report_in+=(--reasons "$exports/motivos.csv")
    [ -f "$exports/metas.csv" ] && report_in+=(--targets "$exports/metas.csv")
    run report "${branch[@]}" --as-of "$report_day" "${report_in[@]}" --by agent --max-reject-rate "$max_reject_rate" \
      -o "$dest/informe_mes.csv" --rejects "$dest/informe_mes.rejects.csv"
    [ $? -ge 2 ] && exit $worst
    run report --quiet "${branch[@]}" --as-of "$report_day" "${report_in[@]}" --by agent --max-reject-rate "$max_reject_rate" \
      --format html -o "$dest/informe_mes.html" --rejects "$dest/informe_mes.rejects.csv"
    [ $? -ge 2 ] && exit $worst
  fi
  return 0
}
agents=${RETORNO_AGENTS:-$( [ -f "$exports/agents" ] && cat "$exports/agents")}
# A dealer group: when the agents file names two branches or more (its branch column), each
# branch gets its own set in out/<date>/<branch>/ (its customers, its agents, its figures);
# else the one set in out/<date>/. Branches are told apart ignoring case, as retorno does.
branches=()
if [ -z "${RETORNO_AGENTS:-}" ] && [ -f "$exports/agentes.csv" ]; then
  mapfile -t branches < <(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) { h = $i; gsub(/^[ \t"\r]+|[ \t"\r]+$/, "", h); if (h == "branch") col = i }; next }
    col { b = $col; gsub(/^[ \t"\r]+|[ \t"\r]+$/, "", b); if (b != "" && !seen[tolower(b)]++) print b }' "$exports/agentes.csv")
fi
if [ ${#branches[@]} -ge 2 ]; then
  for b in "${branches[@]}"; do
    echo "sucursal $b -> $final/$(printf '%s' "$b" | tr '/' '_')/" | tee -a "$out/nightly.log"
    day_set "$out/$(printf '%s' "$b" | tr '/' '_')" "$b"
  done
else
  day_set "$out"
fi
for step in dedupe segment schedule-attempts report; do
  if ! has "$step"; then
    echo "nightly.sh: note: this retorno has no '$step' yet, skipped" | tee -a "$out/nightly.log" >&2
  fi
done

# What was written, for the person who reads the run (Spanish, as the coordinators read it).
# What each of the day's files is for; the tables and the log need no words.
describe() {
  case $1 in
    lista_llamadas.csv) echo "llamadas de hoy, para Excel o SPIGA" ;;
    lista_llamadas.html) echo "hojas de llamadas para imprimir, una por agente, por franja" ;;
    lista_llamadas.xlsx) echo "la lista en Excel: un resumen y una hoja por agente" ;;
    exclusiones.xlsx) echo "las exclusiones en Excel" ;;
    exclusiones.csv) echo "quién no se llama hoy y por qué (y lo que espera otro día)" ;;
    programa_intentos.csv) echo "cuándo y por qué medio se intenta cada registro" ;;
    envios_pendientes.csv) echo "WhatsApp (con liga), SMS, correos y cartas por enviar hoy" ;;
    mensajes/correos/*.eml) echo "correo listo para enviar (sendmail -t)" ;;
    mensajes/cartas.html) echo "cartas para imprimir, una por página" ;;
    mensajes/mensajes.html) echo "los mensajes del día: abrir en WhatsApp, copiar el SMS, abrir el correo" ;;
    agenda_asesores.csv) echo "citas del siguiente día hábil por asesor" ;;
    agenda_asesores.html) echo "agenda para imprimir, una hoja por asesor" ;;
    panel_bienvenida.html) echo "panel de bienvenida para la pantalla de recepción" ;;
    prospectos_ventas.csv) echo "prospectos para ventas: aceptaron prueba de manejo" ;;
    estado_leads.csv) echo "estado de cada lead abierto, los vencidos primero" ;;
    estado_leads.html) echo "estado diario de leads para imprimir" ;;
    informe_mes.csv) echo "indicadores del mes (KPIs)" ;;
    informe_mes.html) echo "tablero de indicadores del mes" ;;
  esac
}
# Tonight's set replaces the last one in one rename of the link out/<date>: a folder left by
# an older nightly.sh moves under .runs first.
if [ -d "$final" ] && [ ! -L "$final" ]; then
  mv "$final" "$out_root/.runs/$as_of.before-$run_name"
fi
previous=$(readlink "$final" 2>/dev/null || true)
ln -s ".runs/$run_name" "$out_root/.$as_of.link-$$"
mv -T "$out_root/.$as_of.link-$$" "$final"
swapped=1
[ -n "$previous" ] && rm -rf "${out_root:?}/$previous"
rm -rf "$out_root/.runs/$as_of.before-$run_name" "$out_root/.$as_of.failed.log"
echo "Archivos escritos en $final:"
(cd "$out" && find . -type f | sort | while read -r f; do
  case $f in
    # Records, not lines: a quoted field may hold a newline (an even count of quotes so far
    # ends a record).
    *.csv) size=$(awk '{ q += gsub(/"/, "&") } q % 2 == 0 { n++ } END { print (n > 0 ? n - 1 : 0) }' "$f") unit=filas ;;
    *) size=$(wc -c <"$f") unit=bytes ;;
  esac
  what=$(describe "${f#./}")
  [ -z "$what" ] && what=$(describe "${f#./*/}")  # a branch's set: out/<date>/<branch>/...
  printf '  %-34s %8d %s%s\n' "${f#./}" "$size" "$unit" "${what:+  $what}"
done)
exit $worst
