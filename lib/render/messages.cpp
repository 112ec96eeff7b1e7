// The fallback queue's messages as they go out: WhatsApp links, SMS segments, RFC 5322 e-mails
// and printable letters.
#include "render/messages.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include <fmt/format.h>

#include "core/catalog.hpp"
#include "core/dates.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"
#include "render/readable.hpp"

namespace retorno::render {

namespace {

using sv = std::string_view;

constexpr char hex_digits[] = "0123456789ABCDEF";

void append_hex(std::string& out, unsigned char c) {
  out.push_back(hex_digits[c >> 4]);
  out.push_back(hex_digits[c & 15]);
}

// The code point at the start of `s` and its length in bytes; an invalid byte is U+FFFD, 1 byte.
std::pair<char32_t, std::size_t> next_code_point(sv s) {
  const std::size_t n = utf8_sequence_length(s);
  if (n == 0) return {U'\uFFFD', 1};
  const auto b0 = static_cast<unsigned char>(s[0]);
  char32_t cp = n == 1 ? b0 : n == 2 ? (b0 & 0x1F) : n == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[k]) & 0x3F);
  return {cp, n};
}

// GSM 03.38: the default alphabet beyond ASCII letters and digits, and its extension table.
constexpr std::u32string_view gsm_basic =
    U"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà";
constexpr std::u32string_view gsm_extension = U"\f^{}\\[~]|€";

// Septets of a code point in GSM-7: 1, 2 (extension table) or 0 (not in the alphabet).
int gsm_septets(char32_t c) {
  if ((c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) return 1;
  if (gsm_basic.find(c) != std::u32string_view::npos) return 1;
  if (gsm_extension.find(c) != std::u32string_view::npos) return 2;
  return 0;
}

// Parts of `per_part` units each for characters of the given widths, none split.
std::size_t parts(const std::vector<int>& widths, std::size_t per_part) {
  std::size_t count = 1, used = 0;
  for (int w : widths) {
    if (used + static_cast<std::size_t>(w) > per_part) ++count, used = 0;
    used += static_cast<std::size_t>(w);
  }
  return count;
}

std::string base64(sv bytes) {
  static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
    std::uint32_t v = 0;
    for (std::size_t k = 0; k < 3; ++k) v = (v << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
    for (std::size_t k = 0; k < 4; ++k) out.push_back(k <= n ? alphabet[(v >> (18 - 6 * k)) & 63] : '=');
  }
  return out;
}

bool plain_ascii(sv s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) return false;
  return true;
}

// RFC 5322 atext, the characters of a display name written without quotes.
bool is_atext(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         sv("!#$%&'*+-/=?^_`{|}~").find(c) != sv::npos;
}

// A display name as a header phrase: plain words, a quoted string, or encoded-words.
std::string phrase(sv raw) {
  std::string name;
  for (char c : raw) name.push_back(static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c);
  const std::string_view trimmed = trim(name);
  if (!plain_ascii(trimmed) || trimmed.find("=?") != sv::npos) return encoded_words(trimmed);
  bool words = true;
  for (std::size_t i = 0; i < trimmed.size(); ++i)
    if (!is_atext(trimmed[i]) && !(trimmed[i] == ' ' && trimmed[i - 1] != ' ')) words = false;
  if (words) return std::string(trimmed);
  std::string quoted = "\"";
  for (char c : trimmed) {
    if (c == '"' || c == '\\') quoted.push_back('\\');
    quoted.push_back(c);
  }
  return quoted + "\"";
}

// An address with nothing that could end the header or name another recipient.
std::string clean_address(sv addr) {
  std::string out;
  for (char c : addr) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F || c == '<' || c == '>' || c == ',' || c == ';') continue;
    out.push_back(c);
  }
  return out;
}

std::string mailbox(sv name, sv addr) {
  const std::string a = clean_address(addr);
  if (trim(name).empty()) return a;
  return fmt::format("{} <{}>", phrase(name), a);
}

// --- letters ---

constexpr sv letter_style = R"css(
* { box-sizing: border-box; }
body { margin: 0; font-family: Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.4; color: #000; }
section.letter { break-after: page; page-break-after: always; }
section.letter:last-child { break-after: auto; page-break-after: auto; }
.head { border-bottom: 1.5px solid #333; padding-bottom: 3mm; margin-bottom: 10mm; }
.dealer { font-size: 16pt; font-weight: bold; letter-spacing: .02em; }
.contact { font-size: 9pt; color: #333; }
.date { text-align: right; margin: 0 0 10mm; }
.to { font-style: normal; margin-bottom: 8mm; }
.subject { font-weight: bold; margin: 0 0 6mm; }
.body p { margin: 0 0 4mm; }
.sign { margin-top: 10mm; break-inside: avoid; }
.sign .line { width: 65mm; height: 16mm; border-bottom: 1px solid #000; }
.empty { font-size: 12pt; margin-top: 10mm; }
@media screen {
  body { background: #d5d9df; }
  section.letter { margin: 6mm auto; padding: 20mm 22mm; background: #fff; box-shadow: 0 1px 5px rgba(0,0,0,.35); }
}
)css";

std::string page_style(paper size) {
  const bool letter = size == paper::letter;
  return fmt::format("@page {{ size: {} portrait; margin: 20mm 22mm; }}\n"
                     "@media screen {{ section.letter {{ width: {}; min-height: {}; }} }}\n",
                     letter ? "letter" : "A4", letter ? "216mm" : "210mm", letter ? "279mm" : "297mm");
}

// Lines of text as escaped HTML joined by <br>.
std::string lines_html(sv text) {
  std::string out;
  std::size_t pos = 0;
  for (;;) {
    const auto nl = text.find('\n', pos);
    if (pos) out += "<br>\n";
    out += html_escape(trim(text.substr(pos, nl == sv::npos ? sv::npos : nl - pos)));
    if (nl == sv::npos) break;
    pos = nl + 1;
  }
  return out;
}

// The body's paragraphs (split at blank lines), each a <p>.
std::string paragraphs_html(sv body) {
  std::string out, paragraph;
  auto flush = [&] {
    if (!trim(paragraph).empty()) out += "<p>" + lines_html(trim(paragraph)) + "</p>\n";
    paragraph.clear();
  };
  std::size_t pos = 0;
  for (;;) {
    const auto nl = body.find('\n', pos);
    const sv line = body.substr(pos, nl == sv::npos ? sv::npos : nl - pos);
    if (trim(line).empty()) flush();
    else paragraph.append(paragraph.empty() ? "" : "\n").append(line);
    if (nl == sv::npos) break;
    pos = nl + 1;
  }
  flush();
  return out;
}

std::string letterhead(const dealer_info& d) {
  std::string out = "<header class=\"head\">\n";
  out += fmt::format("<div class=\"dealer\">{}</div>\n", html_escape(d.name));
  if (!trim(d.address).empty()) out += fmt::format("<div class=\"contact\">{}</div>\n", lines_html(d.address));
  std::vector<std::string> contact;
  if (!trim(d.phone).empty()) contact.push_back(fmt::format("Tel. {}", html_escape(readable_phone(trim(d.phone)))));
  if (!trim(d.whatsapp).empty())
    contact.push_back(fmt::format("WhatsApp {}", html_escape(readable_phone(trim(d.whatsapp)))));
  if (!trim(d.email).empty()) contact.push_back(html_escape(trim(d.email)));
  if (!contact.empty()) out += fmt::format("<div class=\"contact\">{}</div>\n", fmt::join(contact, " · "));
  out += "</header>\n";
  return out;
}

}  // namespace

std::string percent_encode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~') {
      out.push_back(c);
    } else {
      out.push_back('%');
      append_hex(out, static_cast<unsigned char>(c));
    }
  }
  return out;
}

std::string whatsapp_link(std::string_view e164_phone, std::string_view text) {
  std::string out = "https://wa.me/";
  for (char c : e164_phone)
    if (c >= '0' && c <= '9') out.push_back(c);
  if (!text.empty()) out += "?text=" + percent_encode(text);
  return out;
}

sms_count sms_segments(std::string_view text) {
  std::vector<int> septets, units;
  bool gsm = true;
  while (!text.empty()) {
    const auto [cp, n] = next_code_point(text);
    text.remove_prefix(n);
    const int s = gsm_septets(cp);
    if (s == 0) gsm = false;
    septets.push_back(s);
    units.push_back(cp > 0xFFFF ? 2 : 1);
  }
  sms_count out;
  out.encoding = gsm ? sms_encoding::gsm7 : sms_encoding::ucs2;
  const auto& widths = gsm ? septets : units;
  for (int w : widths) out.characters += static_cast<std::size_t>(w);
  if (out.characters == 0) return out;
  const std::size_t single = gsm ? 160 : 70, per_part = gsm ? 153 : 67;
  out.segments = out.characters <= single ? 1 : parts(widths, per_part);
  return out;
}

std::string rfc5322_date(email_date date) {
  static constexpr std::array<sv, 7> days = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<sv, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const day d = day_of_minute(date.minutes);
  const date::year_month_day ymd{d};
  const long long t = minute_of_day(date.minutes);
  const int offset = date.utc_offset_minutes;
  const int abs_offset = offset < 0 ? -offset : offset;
  return fmt::format("{}, {:02} {} {:04} {:02}:{:02}:00 {}{:02}{:02}", days[date::weekday{d}.c_encoding()],
                     static_cast<unsigned>(ymd.day()), months[static_cast<unsigned>(ymd.month()) - 1],
                     static_cast<int>(ymd.year()), t / 60, t % 60, offset < 0 ? '-' : '+', abs_offset / 60,
                     abs_offset % 60);
}

std::string encoded_words(std::string_view text) {
  // 39 bytes make 52 base64 characters: 64 with the word's delimiters, so that even the
  // first, after "Subject: ", stays under 76.
  constexpr std::size_t most = 39;
  std::string out;
  while (!text.empty()) {
    std::size_t take = 0;
    while (take < text.size()) {
      const std::size_t n = next_code_point(text.substr(take)).second;
      if (take + n > most) break;
      take += n;
    }
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(text.substr(0, take)) + "?=";
    text.remove_prefix(take);
  }
  return out;
}

std::string quoted_printable(std::string_view body) {
  std::string out;
  auto encode_line = [&](sv line) {
    std::size_t col = 0;
    for (std::size_t k = 0; k < line.size(); ++k) {
      const auto c = static_cast<unsigned char>(line[k]);
      const bool last = k + 1 == line.size();
      auto literal = [&](std::size_t at_col) {
        if (at_col == 0 && (c == '.' || (c == 'F' && line.substr(k, 5) == "From "))) return false;
        return (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
      };
      // A token that ends the line may reach column 76; any other leaves room for a soft break.
      if (col + (literal(col) ? 1 : 3) > (last ? 76u : 75u)) {
        out += "=\r\n";
        col = 0;
      }
      if (literal(col)) {
        out.push_back(static_cast<char>(c));
        ++col;
      } else {
        out.push_back('=');
        append_hex(out, c);
        col += 3;
      }
    }
    out += "\r\n";
  };
  std::size_t pos = 0;
  while (pos < body.size()) {
    const auto end = body.find_first_of("\r\n", pos);
    encode_line(body.substr(pos, end == sv::npos ? sv::npos : end - pos));
    if (end == sv::npos) break;
    pos = end + (body[end] == '\r' && end + 1 < body.size() && body[end + 1] == '\n' ? 2 : 1);
  }
  return out;
}

std::string email_message(std::string_view from_name, std::string_view from_addr, std::string_view to_name,
                          std::string_view to_addr, std::string_view subject, std::string_view body, email_date date,
                          std::string_view message_id) {
  std::string out;
  out += "From: " + mailbox(from_name, from_addr) + "\r\n";
  out += "To: " + mailbox(to_name, to_addr) + "\r\n";
  const sv s = trim(subject);
  const bool plain = plain_ascii(s) && s.find("=?") == sv::npos && s.size() <= 67;
  out += "Subject: " + (plain ? std::string(s) : encoded_words(s)) + "\r\n";
  out += "Date: " + rfc5322_date(date) + "\r\n";
  const std::string id = clean_address(message_id);
  if (!id.empty()) out += "Message-ID: <" + id + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: quoted-printable\r\n";
  out += "\r\n";
  out += quoted_printable(body);
  return out;
}

std::string letters_html(const std::vector<letter>& letters, const dealer_info& dealer, paper size, bool english) {
  std::string html = html_page_head(text(msg::letters_title, english), english, page_style(size) + std::string(letter_style));
  if (letters.empty())
    html += fmt::format("<section class=\"letter\"><p class=\"empty\">{}</p></section>\n", text(msg::letters_none, english));
  for (const auto& l : letters) {
    html += "<section class=\"letter\">\n";
    html += letterhead(dealer);
    html += fmt::format("<p class=\"date\">{}</p>\n", html_escape(long_date(l.date, english)));
    html += fmt::format("<address class=\"to\">{}", html_escape(trim(l.name)));
    if (!trim(l.address).empty()) html += "<br>\n" + lines_html(trim(l.address));
    html += "</address>\n";
    if (!trim(l.subject).empty())
      html += fmt::format("<p class=\"subject\">{}</p>\n", tr_in(english, msg::letters_subject, html_escape(trim(l.subject))));
    html += "<div class=\"body\">\n" + paragraphs_html(l.body) + "</div>\n";
    html += fmt::format("<div class=\"sign\">\n<p>{}</p>\n<div class=\"line\"></div>\n<p>{}<br>\n{}</p>\n</div>\n",
                        text(msg::letters_sincerely, english), text(msg::letters_service_department, english),
                        html_escape(dealer.name));
    html += "</section>\n";
  }
  html += "</body>\n</html>\n";
  return html;
}

namespace {

constexpr std::string_view messages_style = R"(body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #111;
  max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid #222; }
h1 { font-size: 16pt; margin: 0 0 .3rem; } .date { color: #444; }
h2 { font-size: 12pt; margin: 1.2rem 0 .4rem; padding: .2rem .5rem; background: #eee; border-left: .4rem solid #888; }
h2.whatsapp { border-color: #25d366; } h2.sms { border-color: #3f6fd1; } h2.email { border-color: #e87f1c; }
h2.letter { border-color: #8a5a2b; } h2 .n { float: right; font-weight: normal; font-size: 9pt; }
.msg { border: 1px solid #bbb; border-radius: .3rem; padding: .4rem .6rem; margin-bottom: .5rem; break-inside: avoid; }
.who { font-weight: bold; } .to { color: #333; margin-left: .6rem; font-family: "DejaVu Sans Mono", monospace; }
.subject { font-style: italic; margin: .2rem 0 0; }
.text { margin: .3rem 0; white-space: pre-wrap; }
.act a { display: inline-block; padding: .15rem .6rem; border-radius: .3rem; background: #25d366; color: #fff;
  font-weight: bold; text-decoration: none; } .act a.file { background: #555; }
.parts { color: #555; font-size: 9pt; } .empty { color: #555; }
@media print { .act a { color: #000; background: none; border: 1px solid #000; } }
)";

struct channel_text {
  std::string_view code, es, en;
};
constexpr std::array<channel_text, 4> message_channels = {{{"whatsapp", "WhatsApp", "WhatsApp"},
                                                           {"sms", "SMS", "SMS"},
                                                           {"email", "Correo electrónico", "E-mail"},
                                                           {"letter", "Carta", "Letter"}}};

}  // namespace

std::string messages_html(const std::vector<day_message>& messages, std::string_view dealer_name,
                          std::string_view date_iso, bool english) {
  const sv title = text(msg::messages_title, english);
  std::string html = html_page_head(title, english, messages_style);
  html += fmt::format("<header><h1>{}{}{}</h1><span class=\"date\">{}</span></header>\n", title,
                      dealer_name.empty() ? "" : " · ", html_escape(dealer_name), html_escape(long_date(date_iso, english)));
  if (messages.empty())
    html += fmt::format("<p class=\"empty\">{}</p>\n", text(msg::messages_none, english));
  for (const auto& ch : message_channels) {
    std::size_t n = 0;
    for (const auto& m : messages) n += m.channel == ch.code;
    if (n == 0) continue;
    html += fmt::format("<h2 class=\"{}\">{}<span class=\"n\">{}</span></h2>\n", ch.code, english ? ch.en : ch.es,
                        tr_in(english, n == 1 ? msg::messages_count_one : msg::messages_count, n));
    for (const auto& m : messages) {
      if (m.channel != ch.code) continue;
      const std::string& to = m.channel == "email" ? m.email : m.channel == "letter" ? std::string() : m.phone;
      html += fmt::format("<div class=\"msg\"><span class=\"who\">{}</span>", html_escape(m.name));
      if (!to.empty())
        html += fmt::format("<span class=\"to\">{}</span>",
                            html_escape(m.channel == "email" ? to : readable_phone(to)));
      html += "\n";
      if (!m.subject.empty() && (m.channel == "email" || m.channel == "letter"))
        html += fmt::format("<p class=\"subject\">{}</p>\n", html_escape(m.subject));
      if (m.channel != "letter") html += fmt::format("<p class=\"text\">{}</p>\n", html_escape(m.text));
      html += "<p class=\"act\">";
      if (!m.link.empty())
        html += fmt::format("<a href=\"{}\" target=\"_blank\" rel=\"noopener\">{}</a>", html_escape(m.link),
                            text(msg::messages_open_whatsapp, english));
      if (m.channel == "sms" && m.sms_parts > 0)
        html += fmt::format("<span class=\"parts\">{}</span>",
                            tr_in(english, m.sms_parts == 1 ? msg::messages_sms_parts_one : msg::messages_sms_parts,
                                  m.sms_parts));
      if (!m.file.empty())
        html += fmt::format("<a class=\"file\" href=\"{}\">{}</a>", html_escape(m.file),
                            text(m.channel == "letter" ? msg::messages_print_letter : msg::messages_open_email, english));

      html += "</p></div>\n";
    }
  }
  html += "</body>\n</html>\n";
  return html;
}

}  // namespace retorno::render
