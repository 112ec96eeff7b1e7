#!/usr/bin/env bash
# Error messages, notes and summaries never print a full phone number or e-mail.
# Each case provokes a message that quotes a bad value, a title line, a header or a flag holding
# a customer's phone or e-mail; stderr must show them masked (+5287******55, j***@hotmail.com).
set -u
retorno=$(realpath "$1")
src=$(realpath "$2")
export RETORNO_SCHEMAS=$src/schemas
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail=0
phone_digits='8713915055'
email='juan.perez@hotmail.com'
: >all_stderr.txt

check() {  # check NAME: the last command's stderr (err.txt) shows neither the phone nor the e-mail
  local name=$1
  cat err.txt >>all_stderr.txt
  # Digits only, so that 871-391-5055 or (871) 391 50 55 count too.
  if tr -cd '0-9\n' <err.txt | grep -q "$phone_digits" || grep -qi -F "$email" err.txt; then
    echo "FAIL: $name prints personal data:"; cat err.txt; fail=1
  elif ! grep -q -e '\*\*' err.txt; then
    echo "FAIL: $name: the message no longer quotes the value (nothing masked), the case tests nothing:"; cat err.txt; fail=1
  else
    echo "ok: $name: $(grep -m1 -e '\*\*' err.txt)"
  fi
}

# 1. A title line above the header holding the customer's phone and e-mail (the ingest note).
printf 'Cliente JUAN PEREZ tel 871-391-5055 %s\nvin,name\n3N1AB7AP5HY123456,JUAN\n' "$email" >title.csv
"$retorno" ingest title.csv --schema raw -o out.csv 2>err.txt; check "ingest title line note"

# 2. A data row read as the header (no header in the export): the "columns left out" note.
printf '%s\n' 'vin,customer_name,x' '3N1AB7AP5HY123456,JUAN,y' | sed "1s/x/871 391 5055 $email/" >extra_col.csv
"$retorno" ingest extra_col.csv --schema vehicles -o out.csv 2>err.txt; check "ingest columns-left-out note"

# 3. Flags that echo the value they refuse.
"$retorno" ingest title.csv --schema raw -o out.csv --as-of "+52 871 391 5055" 2>err.txt; check "ingest --as-of error"
"$retorno" segment --vehicles title.csv -o l.csv --as-of "8713915055" 2>err.txt; check "segment --as-of error"
"$retorno" ingest title.csv --schema raw -o out.csv --country "$email" 2>err.txt; check "--country error"
"$retorno" ingest title.csv --schema "$email" -o out.csv 2>err.txt; check "--schema unknown name"
"$retorno" ingest title.csv --schema raw -o out.csv --delimiter "8713915055" 2>err.txt; check "--delimiter error"
"$retorno" segment --vehicles title.csv --segments "$email" -o l.csv 2>err.txt; check "--segments error"
"$retorno" schedule-attempts --list l.csv --calendar "871-391-5055" 2>err.txt; check "--calendar error"

# 4. Files whose bad value is quoted in the error (closed days, cadences, schemas).
"$retorno" ingest "$src/samples/exports/recordatorio_servicio.txt" --schema recordatorio --quiet -o v.csv --rejects r.csv
"$retorno" segment --vehicles v.csv --as-of 2018-08-01 --quiet -o list.csv --excluded x.csv
printf 'date\n871-391-5055\n' >closed.csv
"$retorno" schedule-attempts --list list.csv --as-of 2018-08-01T08:00 --closed-days closed.csv -o s.csv 2>err.txt; check "closed-days bad date"
printf 'cadence,attempt,channel,gap,unit,slot,note\nx,1,%s,1,business_days,rotate,\n' "$email" >cad.csv
"$retorno" schedule-attempts --list list.csv --as-of 2018-08-01T08:00 --cadence-file cad.csv -o s.csv 2>err.txt; check "cadence bad channel"
printf 'table,field,type,required,aliases,format\nvehicles,vin,vin,%s,VIN,\n' "8713915055" >bad_schema.csv
"$retorno" ingest title.csv --schema ./bad_schema.csv -o out.csv 2>err.txt; check "schema bad required"

# 5. Rejected rows full of bad phones and e-mails: the summary counts them, never quotes them.
{ echo "vin,customer_name,phone_mobile,email"
  for i in 1 2 3; do echo "3N1AB7AP5HY12345$i,JUAN,871391505,$email"; echo "bad$i,JUAN,+52 871 391 5055,$email"; done; } >rows.csv
"$retorno" ingest rows.csv --schema vehicles -o out.csv --rejects rej.csv 2>err.txt
cat err.txt >>all_stderr.txt
if tr -cd '0-9\n' <err.txt | grep -q "$phone_digits" || grep -qi -F "$email" err.txt; then
  echo "FAIL: ingest summary prints personal data:"; cat err.txt; fail=1
else
  echo "ok: ingest summary with rejected rows: $(tail -1 err.txt)"
fi
grep -q "bad1" rej.csv || { echo "FAIL: the rejects file (an output, mode 0640) should keep the raw value"; fail=1; }

[ "$fail" = 0 ] && echo "ok: pii_messages"
exit $fail
