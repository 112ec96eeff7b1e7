#!/usr/bin/env bash
# Today's messages are what a dealership can send as they are: the WhatsApp link's text decodes
# to the filled template with the customer's name; the e-mail parses with Python's email package
# (From the dealer, To the customer, Subject and body with their accents); the letters print in
# Chromium on Letter pages, one page per customer. Runs tests/cli/schedule/messages' command.
#   messages_parse.sh RETORNO SOURCE_DIR
set -u
retorno=$(realpath "$1")
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/tests/cli/schedule/messages/." "$work/"
cd "$work"
RETORNO=$retorno bash cmd 2>/dev/null || { echo "FAIL: the case's command"; exit 1; }
/usr/bin/python3 - <<'PY' || exit 1
import csv, email, email.policy, glob, sys, urllib.parse
rows = {r["channel"]: r for r in csv.DictReader(open("envios.csv", encoding="utf-8"))}
wa = rows["whatsapp"]
assert wa["whatsapp_link"].startswith("https://wa.me/528712000801?text="), wa["whatsapp_link"]
text = urllib.parse.unquote(wa["whatsapp_link"].split("?text=", 1)[1])
assert text == wa["text"], "the link's text is not the message"
assert "JOSÉ NÚÑEZ" in text and "Automotriz Laguna" in text, text
mails = glob.glob("mensajes/correos/*.eml")
assert len(mails) == 1, mails
m = email.message_from_binary_file(open(mails[0], "rb"), policy=email.policy.default)
assert m["To"].addresses[0].addr_spec == "maria.pena@example.com", m["To"]
assert m["To"].addresses[0].display_name == "MARÍA PEÑA", m["To"]
assert m["From"].addresses[0].addr_spec == "citas.servicio@automotrizlaguna.mx", m["From"]
assert m["Subject"] == rows["email"]["subject"] and "vehículo" in m["Subject"], m["Subject"]
body = m.get_body().get_content()
assert "MARÍA PEÑA" in body and "COROLLA" in body and "15% de descuento" in body, body
assert not m.defects, m.defects
print("ok: the WhatsApp link and the e-mail read back as written")
PY
command -v chromium >/dev/null || { echo "chromium is missing: make deps installs it" >&2; exit 1; }
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-pdf-header-footer \
  --print-to-pdf="$work/cartas.pdf" "file://$work/mensajes/cartas.html" >/dev/null 2>&1
pages=$(grep -a -c '/Type /Page$\|/Type /Page[^s]' cartas.pdf || true)
[ "$pages" = 1 ] || { echo "FAIL: $pages pages for one letter"; exit 1; }
grep -a -q '/MediaBox \[0 0 612 792\]' cartas.pdf || { echo "FAIL: the letter is not on a Letter page"; exit 1; }
echo "ok: one letter, one Letter page"
