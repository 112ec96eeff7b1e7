// Values as a call-center agent reads them on paper: phones in groups, km with separators,
// dates in words, talking points in plain language. Plain text out: the caller escapes it.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "rules/outcomes.hpp"
#include "rules/slots.hpp"

namespace retorno::render {

using rules::outcome_label;
using rules::slot;
using rules::slot_for;
using rules::slot_hours;
using rules::slot_label;

// E.164 numbers of Mexico and Colombia in dialling groups; anything else unchanged.
//   readable_phone("+528713915055") -> "+52 871 391 5055"
//   readable_phone("+525512345678") -> "+52 55 1234 5678"   (Mexico City, Guadalajara, Monterrey)
//   readable_phone("+573101234567") -> "+57 310 123 4567"
std::string readable_phone(std::string_view e164);

// Whole kilometres with thousands separators, as the dealership procedures write them: "45300" -> "45,300".
// Anything that is not digits is returned unchanged.
std::string readable_km(std::string_view km);

// An ISO date in words for the sheet's header: "2025-03-14" -> "viernes 14 de marzo de 2025"
// ("Friday 14 March 2025"); short form for the body: "14 mar 2025". Unchanged when not ISO.
std::string readable_date(std::string_view iso, bool english);
std::string short_date(std::string_view iso, bool english);
// The date of a letter, without the weekday: "2026-11-27" -> "27 de noviembre de 2026"
// ("27 November 2026"). Unchanged when not ISO.
std::string long_date(std::string_view iso, bool english);
// A month's name in three letters, 1-12: 11 -> "nov" ("Nov").
std::string_view month_abbr(unsigned month, bool english);

// The clock time of a datetime: "2026-11-27T16:30" -> "16:30"; "" when `iso` has no valid time.
std::string clock_time(std::string_view iso);
// A recent datetime in short, without the year: "2026-11-25T10:15" -> "25 nov 10:15"
// ("25 Nov 10:15"). Unchanged when not a datetime.
std::string short_datetime(std::string_view iso, bool english);

// A talking point of the call list in words: "campaign:ABC123" -> "Campaña ABC123",
// "quote:Q77" -> "Cotización Q77", "next_service:VIN" -> "Siguiente mantenimiento (VIN VIN)",
// "household:ANA PEREZ" -> "También en este número: ANA PEREZ" (another person at the phone).
// An unknown kind is returned unchanged.
std::string talking_point(std::string_view key, bool english);
// A complaint's area as a person reads it ("body_paint" -> "Hojalatería y pintura"); another
// value as it is.
std::string_view complaint_area(std::string_view area, bool english);

}  // namespace retorno::render
