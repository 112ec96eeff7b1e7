// lib/render/messages: WhatsApp links, SMS segments, RFC 5322 e-mails (read back by Python's own
// e-mail parser) and printable letters.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "render/messages.hpp"
#include "temp_folder.hpp"

using namespace retorno;
using namespace retorno::render;
using retorno::test::temp_folder;

namespace {

long long at(const char* iso) { return *parse_minutes(iso); }

std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Every line of `text`, split at CRLF; false if a bare LF or CR is found.
bool crlf_lines(std::string_view text, std::vector<std::string>& lines) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto end = text.find("\r\n", pos);
    if (end == std::string_view::npos) return false;
    const auto line = text.substr(pos, end - pos);
    if (line.find_first_of("\r\n") != std::string_view::npos) return false;
    lines.emplace_back(line);
    pos = end + 2;
  }
  return true;
}

std::size_t count(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (auto p = text.find(what); p != std::string_view::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("percent-encoding keeps the unreserved characters and encodes every other byte") {
  CHECK(percent_encode("Hola José") == "Hola%20Jos%C3%A9");
  CHECK(percent_encode("a-b.c_d~e09AZ") == "a-b.c_d~e09AZ");
  CHECK(percent_encode("¿Le agendamos? 10:00 & más\n") ==
        "%C2%BFLe%20agendamos%3F%2010%3A00%20%26%20m%C3%A1s%0A");
  CHECK(percent_encode("+/=#%") == "%2B%2F%3D%23%25");
  CHECK(percent_encode("") == "");
}

TEST_CASE("a WhatsApp link: the phone's digits, the text percent-encoded") {
  CHECK(whatsapp_link("+528717291599", "Hola José") == "https://wa.me/528717291599?text=Hola%20Jos%C3%A9");
  CHECK(whatsapp_link("+52 871 729 1599", "Sí") == "https://wa.me/528717291599?text=S%C3%AD");
  CHECK(whatsapp_link("+573101234567", "") == "https://wa.me/573101234567");
  CHECK(whatsapp_link("+573101234567", "línea 1\nlínea 2") ==
        "https://wa.me/573101234567?text=l%C3%ADnea%201%0Al%C3%ADnea%202");
}

TEST_CASE("SMS in GSM-7: 160 in one message, 153 per part, the extension table counting two") {
  auto c = sms_segments("Hola");
  CHECK(c.encoding == sms_encoding::gsm7);
  CHECK(c.characters == 4);
  CHECK(c.segments == 1);
  CHECK(sms_segments(repeat("a", 160)).segments == 1);
  CHECK(sms_segments(repeat("a", 161)).segments == 2);
  CHECK(sms_segments(repeat("a", 306)).segments == 2);
  CHECK(sms_segments(repeat("a", 307)).segments == 3);
  c = sms_segments(repeat("€", 80));
  CHECK(c.encoding == sms_encoding::gsm7);
  CHECK(c.characters == 160);
  CHECK(c.segments == 1);
  CHECK(sms_segments("[{x}]^~|\\").characters == 17);
  // An extension pair is never split between parts: 152 + 2 + 152 septets take three parts.
  c = sms_segments(repeat("a", 152) + "€" + repeat("a", 152));
  CHECK(c.characters == 306);
  CHECK(c.segments == 3);
  // Spanish without á, í, ó, ú stays GSM-7: é, ñ, ü, ¿ and ¡ are in its alphabet.
  c = sms_segments("¡Hola Señor Pérez! ¿Qué tal? Pingüino $10 @ 5%");
  CHECK(c.encoding == sms_encoding::gsm7);
  CHECK(c.characters == 46);
  CHECK(sms_segments("línea 1\r\nlínea 2").encoding == sms_encoding::ucs2);
  CHECK(sms_segments("a\nb\rc").encoding == sms_encoding::gsm7);
}

TEST_CASE("SMS in UCS-2: 70 in one message, 67 per part, counted in UTF-16 code units") {
  auto c = sms_segments("Estimado José Núñez, su Camión año 2024");
  CHECK(c.encoding == sms_encoding::ucs2);
  CHECK(c.characters == 39);
  CHECK(c.segments == 1);
  CHECK(sms_segments(repeat("á", 70)).segments == 1);
  CHECK(sms_segments(repeat("á", 71)).segments == 2);
  CHECK(sms_segments(repeat("á", 134)).segments == 2);
  CHECK(sms_segments(repeat("á", 135)).segments == 3);
  // A character beyond U+FFFF is two code units, never split between parts.
  c = sms_segments("😀");
  CHECK(c.encoding == sms_encoding::ucs2);
  CHECK(c.characters == 2);
  c = sms_segments(repeat("á", 66) + "😀" + repeat("á", 66));
  CHECK(c.characters == 134);
  CHECK(c.segments == 3);
  // Characters outside GSM-7: a backtick, a tab, an invalid byte.
  CHECK(sms_segments("a`b").encoding == sms_encoding::ucs2);
  CHECK(sms_segments("a\tb").encoding == sms_encoding::ucs2);
  c = sms_segments("a\xff");
  CHECK(c.encoding == sms_encoding::ucs2);
  CHECK(c.characters == 2);
  c = sms_segments("");
  CHECK(c.characters == 0);
  CHECK(c.segments == 0);
}

TEST_CASE("RFC 5322 dates: the local time and its offset") {
  CHECK(rfc5322_date({at("2026-11-27T09:30"), -360}) == "Fri, 27 Nov 2026 09:30:00 -0600");
  CHECK(rfc5322_date({at("2026-11-27T09:30"), -300}) == "Fri, 27 Nov 2026 09:30:00 -0500");
  CHECK(rfc5322_date({at("2027-01-03T23:05"), 0}) == "Sun, 03 Jan 2027 23:05:00 +0000");
  CHECK(rfc5322_date({at("2024-02-29T00:00"), 330}) == "Thu, 29 Feb 2024 00:00:00 +0530");
  CHECK(rfc5322_date({-1, -570}) == "Wed, 31 Dec 1969 23:59:00 -0930");
}

TEST_CASE("encoded-words: UTF-8 in base64, whole characters in words under 76 characters") {
  CHECK(encoded_words("Camión") == "=?UTF-8?B?Q2FtacOzbg==?=");
  CHECK(encoded_words("") == "");
  const std::string long_subject = repeat("ñ", 30);  // 60 bytes: 19 and 11 characters
  CHECK(encoded_words(long_subject) ==
        "=?UTF-8?B?w7HDscOxw7HDscOxw7HDscOxw7HDscOxw7HDscOxw7HDscOxw7E=?=\r\n =?UTF-8?B?w7HDscOxw7HDscOxw7HDscOxw7HDsQ==?=");
  std::vector<std::string> lines;
  REQUIRE(crlf_lines(encoded_words(repeat("Mantenimiento próximo ", 10)) + "\r\n", lines));
  CHECK(lines.size() > 1);
  for (const auto& l : lines) CHECK(l.size() < 76);
}

TEST_CASE("quoted-printable: =XX for '=' and non-ASCII, soft breaks at 76, CRLF line ends") {
  CHECK(quoted_printable("José") == "Jos=C3=A9\r\n");
  CHECK(quoted_printable("a=b") == "a=3Db\r\n");
  CHECK(quoted_printable("fin \nfin\t") == "fin=20\r\nfin=09\r\n");
  CHECK(quoted_printable("a b\tc") == "a b\tc\r\n");
  CHECK(quoted_printable(".\nFrom here\nFromage") == "=2E\r\n=46rom here\r\nFromage\r\n");
  CHECK(quoted_printable("uno\r\ndos\rtres\n\ncuatro\n") == "uno\r\ndos\r\ntres\r\n\r\ncuatro\r\n");
  CHECK(quoted_printable("") == "");
  // 76 characters fit on a line; 77 take a soft break after 75.
  CHECK(quoted_printable(repeat("a", 76)) == repeat("a", 76) + "\r\n");
  CHECK(quoted_printable(repeat("a", 77)) == repeat("a", 75) + "=\r\naa\r\n");
  // An escape is never split by a soft break.
  CHECK(quoted_printable(repeat("a", 74) + "é") == repeat("a", 74) + "=\r\n=C3=A9\r\n");
  // A dot that a soft break puts first on a line is encoded too.
  CHECK(quoted_printable(repeat("a", 75) + ".b") == repeat("a", 75) + "=\r\n=2Eb\r\n");
  std::vector<std::string> lines;
  REQUIRE(crlf_lines(quoted_printable(repeat("Estimado José Núñez, su Camión año 2024. ", 20)), lines));
  for (const auto& l : lines) CHECK(l.size() <= 76);
}

TEST_CASE("an e-mail: its headers in order, CRLF throughout, the body quoted-printable") {
  const auto m = email_message("Automotriz Laguna", "citas@automotrizlaguna.mx", "Ana Perez", "ana@example.com",
                               "Su cita de servicio", "Hola Ana.\nGracias.", {at("2026-11-27T09:30"), -360},
                               "item-1.20261127@automotrizlaguna.mx");
  CHECK(m ==
        "From: Automotriz Laguna <citas@automotrizlaguna.mx>\r\n"
        "To: Ana Perez <ana@example.com>\r\n"
        "Subject: Su cita de servicio\r\n"
        "Date: Fri, 27 Nov 2026 09:30:00 -0600\r\n"
        "Message-ID: <item-1.20261127@automotrizlaguna.mx>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        "Hola Ana.\r\n"
        "Gracias.\r\n");
}

TEST_CASE("an e-mail's names and subject: quoted, encoded, and never a way to add a header") {
  const email_date d{at("2026-11-27T09:30"), -360};
  auto m = email_message("", "citas@x.mx", "Perez, Ana", "ana@example.com", "Camión", "x", d, "<id@x.mx>");
  CHECK(m.find("From: citas@x.mx\r\n") != std::string::npos);
  CHECK(m.find("To: \"Perez, Ana\" <ana@example.com>\r\n") != std::string::npos);
  CHECK(m.find("Subject: =?UTF-8?B?Q2FtacOzbg==?=\r\n") != std::string::npos);
  CHECK(m.find("Message-ID: <id@x.mx>\r\n") != std::string::npos);
  m = email_message("Agencia \"Sur\"", "a@x.mx", "José", "jose@example.com", "Hola", "x", d, "");
  CHECK(m.find("From: \"Agencia \\\"Sur\\\"\" <a@x.mx>\r\n") != std::string::npos);
  CHECK(m.find("To: =?UTF-8?B?Sm9zw6k=?= <jose@example.com>\r\n") != std::string::npos);
  CHECK(m.find("Message-ID") == std::string::npos);
  // Line breaks in a name, an address or the subject end no header.
  m = email_message("Ana\r\nBcc: x@evil.com", "a@x.mx", "B", "b@example.com\r\nBcc: y@evil.com",
                    "Hola\r\nBcc: z@evil.com", "x", d, "id\r\nBcc: w@evil.com");
  CHECK(m.find("\r\nBcc") == std::string::npos);
  CHECK(m.find("\nBcc") == std::string::npos);
  std::vector<std::string> lines;
  CHECK(crlf_lines(m, lines));
  // A long subject folds into encoded-words; every header line stays under 78 characters.
  m = email_message("Automotriz Laguna", "a@x.mx", "José Núñez", "jose@example.com",
                    "Su vehículo Camión está próximo a su mantenimiento: agende su cita hoy", "x", d, "id@x.mx");
  lines.clear();
  REQUIRE(crlf_lines(m, lines));
  for (const auto& l : lines) CHECK(l.size() <= 78);
  CHECK(count(m, "=?UTF-8?B?") >= 3);
}

TEST_CASE("an e-mail read back by Python's e-mail package: every field and the body intact") {
  const std::string python = "/usr/bin/python3";
  if (!std::filesystem::exists(python)) {
    MESSAGE("skip: no " << python << " to parse the message (apt-get install python3)");
    return;
  }
  const std::string body = "Estimado José Núñez, su Camión año 2024\n\n" + repeat("Mantenimiento con descuento = ahorro; ", 5) +
                           "\n.\nFrom the dealer\nespacio al final \n¡Gracias! 😀\n";
  const std::string subject = "Su vehículo Camión está próximo a su mantenimiento: agende su cita hoy";
  const auto m = email_message("Automotriz Laguna, S.A.", "citas@automotrizlaguna.mx", "José Núñez",
                               "jose.nunez@example.com", subject, body, {at("2026-11-27T09:30"), -360},
                               "item-7.20261127@automotrizlaguna.mx");
  temp_folder t;
  const auto in = t.write("message.eml", m);
  const auto script = t.write("parse.py", R"py(
import email, email.policy, sys
msg = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)
defects = list(msg.defects) + [d for k in msg.keys() for d in msg[k].defects]
fields = [msg["From"].addresses[0].display_name, msg["From"].addresses[0].addr_spec,
          msg["To"].addresses[0].display_name, msg["To"].addresses[0].addr_spec,
          str(msg["Subject"]), msg["Date"].datetime.isoformat(), msg["Message-ID"],
          msg.get_content_type(), msg.get_content_charset(), str(len(defects)), msg.get_content()]
open(sys.argv[2], "w", encoding="utf-8", newline="").write("\x1e".join(fields))
)py");
  const auto out = t.at("fields.txt");
  REQUIRE(std::system((python + " " + script + " " + in + " " + out).c_str()) == 0);
  const std::string got = retorno::test::slurp(out);
  std::vector<std::string> f;
  for (std::size_t pos = 0;;) {
    const auto sep = got.find('\x1e', pos);
    f.push_back(got.substr(pos, sep == std::string::npos ? std::string::npos : sep - pos));
    if (sep == std::string::npos) break;
    pos = sep + 1;
  }
  REQUIRE(f.size() == 11);
  CHECK(f[0] == "Automotriz Laguna, S.A.");
  CHECK(f[1] == "citas@automotrizlaguna.mx");
  CHECK(f[2] == "José Núñez");
  CHECK(f[3] == "jose.nunez@example.com");
  CHECK(f[4] == subject);
  CHECK(f[5] == "2026-11-27T09:30:00-06:00");
  CHECK(f[6] == "<item-7.20261127@automotrizlaguna.mx>");
  CHECK(f[7] == "text/plain");
  CHECK(f[8] == "utf-8");
  CHECK(f[9] == "0");  // no defect found in any header or the body
  // The body as sent: its line ends are the message's CRLF, which the parser keeps.
  std::string sent;
  for (char c : body) sent += c == '\n' ? std::string("\r\n") : std::string(1, c);
  CHECK(f[10] == sent);
}

TEST_CASE("letters: one page each, the letterhead, date, address, subject, paragraphs and signature") {
  const dealer_info dealer{"Automotriz Laguna", "Blvd. Independencia 1500 Ote.\nTorreón, Coah.", "+528717291500",
                           "+52 871 729 1599", "citas@automotrizlaguna.mx"};
  const std::vector<letter> letters = {
      {"José Núñez", "Calle Morelos 12\nCol. Centro\n27000 Torreón, Coah.", "2026-11-27", "Su mantenimiento",
       "Estimado(a) José Núñez:\n\nLínea uno\nLínea dos\n\n\nÚltimo párrafo."},
      {"Ana Pérez", "", "2026-11-28", "", "Texto."},
  };
  const auto html = letters_html(letters, dealer, paper::letter, false);
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"es\">", 0) == 0);
  CHECK(html.find("@page { size: letter portrait;") != std::string::npos);
  CHECK(html.find("break-after: page") != std::string::npos);
  CHECK(count(html, "<section class=\"letter\">") == 2);
  CHECK(count(html, "<div class=\"dealer\">Automotriz Laguna</div>") == 2);
  CHECK(html.find("<div class=\"contact\">Blvd. Independencia 1500 Ote.<br>\nTorreón, Coah.</div>") != std::string::npos);
  CHECK(html.find("Tel. +52 871 729 1500 · WhatsApp +52 871 729 1599 · citas@automotrizlaguna.mx") != std::string::npos);
  CHECK(html.find("<p class=\"date\">27 de noviembre de 2026</p>") != std::string::npos);
  CHECK(html.find("<address class=\"to\">José Núñez<br>\nCalle Morelos 12<br>\nCol. Centro<br>\n27000 Torreón, Coah.</address>") !=
        std::string::npos);
  CHECK(html.find("<address class=\"to\">Ana Pérez</address>") != std::string::npos);
  CHECK(html.find("<p class=\"subject\">Asunto: Su mantenimiento</p>") != std::string::npos);
  CHECK(count(html, "class=\"subject\"") == 1);  // the second letter has none
  CHECK(html.find("<p>Estimado(a) José Núñez:</p>\n<p>Línea uno<br>\nLínea dos</p>\n<p>Último párrafo.</p>\n") !=
        std::string::npos);
  CHECK(count(html, "<p>Atentamente,</p>") == 2);
  CHECK(html.find("<p>Departamento de Servicio<br>\nAutomotriz Laguna</p>") != std::string::npos);
  const auto en = letters_html(letters, dealer, paper::a4, true);
  CHECK(en.find("<html lang=\"en\">") != std::string::npos);
  CHECK(en.find("@page { size: A4 portrait;") != std::string::npos);
  CHECK(en.find("<p class=\"date\">27 November 2026</p>") != std::string::npos);
  CHECK(en.find("Subject: Su mantenimiento") != std::string::npos);
  CHECK(en.find("<p>Sincerely,</p>") != std::string::npos);
}

TEST_CASE("letters: every value escaped, bidi overrides dropped, an empty batch says so") {
  const dealer_info dealer{"Autos <b>&</b> Co", "<i>Calle</i>", "<tel>", "", "a@x.mx\"><script>"};
  const std::vector<letter> letters = {
      {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<2026>", "\"Oferta\" & 'más'",
       "Hola <b>\u202Eamigo</b>"}};
  const auto html = letters_html(letters, dealer, paper::letter, false);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("<i>") == std::string::npos);
  CHECK(html.find("\u202E") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("Autos &lt;b&gt;&amp;&lt;/b&gt; Co") != std::string::npos);
  CHECK(html.find("&quot;Oferta&quot; &amp; &#39;más&#39;") != std::string::npos);
  CHECK(html.find("<p class=\"date\">&lt;2026&gt;</p>") != std::string::npos);
  CHECK(html.find("<p>Hola &lt;b&gt;amigo&lt;/b&gt;</p>") != std::string::npos);
  const auto none = letters_html({}, dealer, paper::letter, false);
  CHECK(none.find("No hay cartas por imprimir.") != std::string::npos);
  CHECK(letters_html({}, dealer, paper::letter, true).find("No letters to print.") != std::string::npos);
}
