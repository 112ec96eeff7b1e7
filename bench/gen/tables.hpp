// Word lists the world is drawn from: names, places, vehicles, people at the dealership.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "dates.hpp"
#include "rng.hpp"

namespace gen {

// A list drawn with integer weights; cumulative sums are built once.
template <class T>
class weighted_list {
public:
  struct entry {
    T item;
    std::uint32_t weight;
  };
  weighted_list(std::initializer_list<entry> entries) {
    for (const auto& e : entries) {
      items_.push_back(e.item);
      total_ += e.weight;
      cum_.push_back(total_);
    }
  }
  const T& pick(rng& r) const {
    std::uint32_t x = r.below(total_);
    std::size_t lo = 0, hi = cum_.size() - 1;
    while (lo < hi) {
      std::size_t mid = (lo + hi) / 2;
      if (cum_[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return items_[lo];
  }
  std::size_t size() const { return items_.size(); }
  const T& operator[](std::size_t i) const { return items_[i]; }

private:
  std::vector<T> items_;
  std::vector<std::uint32_t> cum_;
  std::uint32_t total_ = 0;
};

// ---- people (names.cpp) ----
struct name_tables {
  const weighted_list<std::string_view>* male;    // given names, simple and compound
  const weighted_list<std::string_view>* female;
  const weighted_list<std::string_view>* surnames;
  std::span<const std::string_view> common_full_names;  // "JUAN HERNÁNDEZ HERNÁNDEZ"
  std::span<const std::string_view> company_patterns;   // "TRANSPORTES {} SA DE CV"
  std::span<const std::string_view> company_words;
};
const name_tables& names_for(country c);

// ---- places (places.cpp) ----
struct city {
  std::string_view name;
  std::string_view state;
  std::string_view area;      // MX: 2-3 digit area code; CO: 2021 landline prefix (604)
  int postal_lo;              // postal code range (MX 5 digits, CO 6 digits)
  int postal_hi;
};
const weighted_list<city>& cities_for(country c);
std::span<const std::string_view> streets_for(country c);
std::span<const std::string_view> colonias_for(country c);  // empty for CO

// ---- the dealership (catalog.cpp) ----
struct model_def {
  std::string_view make;
  std::string_view model;
  std::string_view wmi;
  std::span<const std::string_view> vds;       // positions 4-8
  std::string_view plants;                     // position 11 candidates
  std::span<const std::string_view> versions;  // "LE CVT", "XLE AWD"
  int first_year;                              // model years built
  int last_year;                               // 0 = still built
  bool brand;                                  // the dealership's own make (new sales)
};
const weighted_list<const model_def*>& models_for(country c);

struct dealer_tables {
  std::span<const std::string_view> branches;       // our workshops (Distribuidor in ROs)
  std::span<const std::string_view> other_dealers;  // where used and other-dealer cars came from
  std::span<const std::string_view> advisors;       // service advisors (asesores)
  std::span<const std::string_view> agents;         // call-center logins
  std::string_view own_name;                        // our dealership's name in title lines
};
const dealer_tables& dealer_for(country c);

std::span<const std::string_view> colors();

struct quote_item {
  std::string_view description;
  int min_amount;
  int max_amount;
};
std::span<const quote_item> quote_items();

}  // namespace gen
