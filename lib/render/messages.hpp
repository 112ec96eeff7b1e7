// The messages of the fallback queue as they go out: a WhatsApp link, an SMS's cost in segments,
// an e-mail ready for any mail transfer agent, and letters ready to print. Filled texts in
// (rules/templates.hpp), bytes out; nothing is sent from here.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "render/call_sheet.hpp"

namespace retorno::render {

// RFC 3986 percent-encoding of UTF-8 text: the unreserved characters (letters, digits, - . _ ~)
// kept, every other byte %XX in upper-case hex (a space is %20, a line break %0A).
std::string percent_encode(std::string_view text);

// A click-to-chat link: https://wa.me/<the phone's digits>?text=<percent-encoded text>; without
// "?text=" when the text is empty. The phone is E.164 ("+52 871 729 1599" works too: only its
// digits are kept).
//   whatsapp_link("+528717291599", "Hola José") == "https://wa.me/528717291599?text=Hola%20Jos%C3%A9"
std::string whatsapp_link(std::string_view e164_phone, std::string_view text);

// What an SMS costs. GSM-7 when every character is in the GSM 03.38 alphabet (those of its
// extension table, ^ { } [ ] ~ | \ € and form feed, count two): 160 in a single message, 153 per
// part of a longer one. Otherwise UCS-2, counted in UTF-16 code units (a character beyond U+FFFF
// counts two): 70 single, 67 per part. A part never splits an extension pair or a surrogate pair.
// Spanish needs UCS-2 as soon as it has á, í, ó or ú (é, ñ, ü, ¿ and ¡ are GSM-7). An invalid
// UTF-8 byte counts as U+FFFD. Empty text: 0 characters, 0 segments (nothing to send).
enum class sms_encoding { gsm7, ucs2 };
struct sms_count {
  sms_encoding encoding = sms_encoding::gsm7;
  std::size_t characters = 0;  // GSM-7 septets, or UTF-16 code units
  std::size_t segments = 0;
};
sms_count sms_segments(std::string_view text);

// When an e-mail is dated: minutes since 1970-01-01T00:00 local time (retorno's clock, as
// parse_minutes reads it), and the local time's offset from UTC in minutes (-360 for Mexico
// City, -300 for Bogotá).
struct email_date {
  long long minutes = 0;
  int utc_offset_minutes = 0;
};
// RFC 5322 date-time: rfc5322_date({parse_minutes("2026-11-27T09:30"), -360}) == "Fri, 27 Nov 2026 09:30:00 -0600".
std::string rfc5322_date(email_date date);

// Header text as RFC 2047 encoded-words (=?UTF-8?B?...?=), each under 76 characters and whole
// characters each, joined by folding white space (CRLF and a space). Used for every non-ASCII
// subject or display name.
std::string encoded_words(std::string_view text);

// Quoted-printable (RFC 2045) of a UTF-8 body with CRLF line ends: lines of at most 76
// characters with soft breaks ("=" CRLF), '=' and every byte outside printable ASCII as =XX,
// white space at a line's end encoded, a '.' or "From " opening a line encoded too (some
// transfer agents and mailboxes mangle them). Any line end of the text (LF, CRLF, CR) is one.
std::string quoted_printable(std::string_view body);

// An RFC 5322 message, CRLF line ends throughout: From, To, Subject, Date, Message-ID,
// MIME-Version 1.0, Content-Type text/plain; charset=UTF-8, Content-Transfer-Encoding
// quoted-printable, then the body. A display name is written as is when it is plain ASCII words,
// quoted when it holds specials (a comma), and in encoded-words when it holds anything else; an
// empty one leaves the bare address. A subject that is not short plain ASCII is in encoded-words.
// Addresses lose white space, control characters and angle brackets (no header can be injected).
// `message_id` may come with or without its angle brackets; an empty one leaves the header out.
std::string email_message(std::string_view from_name, std::string_view from_addr, std::string_view to_name,
                          std::string_view to_addr, std::string_view subject, std::string_view body, email_date date,
                          std::string_view message_id);

// One printed letter: who receives it and what it says (the text filled from a letter template).
struct letter {
  std::string name;     // the customer's name, first line of the address block
  std::string address;  // the postal address; '\n' separates its lines
  std::string date;     // the letter's date, ISO (written in words); anything else as it is
  std::string subject;
  std::string body;     // paragraphs separated by a blank line; a single line break is kept
};

// The dealership as its letterhead and signature print it (the --dealer file's values).
struct dealer_info {
  std::string name, address, phone, whatsapp, email;
};

// Printable letters, self-contained HTML, one letter per page: the letterhead (the dealership's
// name, address, phones and e-mail), the date line, the customer's name and address, the subject
// in bold, the body's paragraphs and a signature (the service department of the dealership).
// Every value is escaped (html_escape). Spanish unless `english`; `size` is the printed page.
std::string letters_html(const std::vector<letter>& letters, const dealer_info& dealer, paper size, bool english);

// One message of the day as the coordinator sends it: who, by which channel, the text, and what
// to click or open (the WhatsApp link; the .eml file or the letters' page, relative to the page).
struct day_message {
  std::string channel;  // whatsapp, sms, email, letter
  std::string name, phone, email, subject, text;
  std::string link;      // https://wa.me/... for WhatsApp
  std::string file;      // correos/X.eml or cartas.html
  std::size_t sms_parts = 0;
};

// The day's messages on one page, by channel (WhatsApp, SMS, e-mail, letter), each with its
// customer, number or address, its text and the action: "Abrir en WhatsApp" opens WhatsApp Web
// with the text written, an SMS shows its text and parts to copy, an e-mail links its .eml, a
// letter the letters' page. Every value escaped. Spanish unless `english`.
std::string messages_html(const std::vector<day_message>& messages, std::string_view dealer_name,
                          std::string_view date_iso, bool english);

}  // namespace retorno::render
