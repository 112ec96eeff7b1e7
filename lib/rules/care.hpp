// Customer care and the database's health as report metrics: complaints from opening to the
// customer's confirmed closing, satisfaction scores (CSAT) by advisor and sales consultant, and
// how complete the vehicles' data is per dealer. Pure: fed plain facts, it returns report rows.
#pragma once
#include <array>
#include <climits>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rules/kpis.hpp"

namespace retorno::rules {

// What a care metric needs to be reported.
enum class care_input : std::uint8_t { complaints, scores, vehicles, contacts, persons };

// One care metric: its name in the report table, its titles and definition for a person.
struct care_def {
  std::string_view name;
  bool is_rate;      // a percentage with one decimal
  bool one_decimal;  // a count or mean written with one decimal (days, scores)
  care_input needs;
  std::string_view title_es, title_en;
  std::string_view es, en;  // the definition
  std::string_view title(bool english) const { return english ? title_en : title_es; }
  std::string_view definition(bool english) const { return english ? en : es; }
};
std::span<const care_def> care_defs();
const care_def* find_care_metric(std::string_view name);

// A complaint as the report reads it: day numbers (INT_MIN = unknown).
struct complaint_facts {
  int opened = INT_MIN;
  int closed = INT_MIN;  // the day it was closed; a closed status without a date counts as closed, day unknown
  bool is_closed = false, confirmed = false;
  std::string_view area, category, owner;
};

// A satisfaction score of one item, after the survey call: 0 to 10.
enum class survey : std::uint8_t { post_service, post_delivery };
struct score_facts {
  survey kind = survey::post_service;
  int score = 0;
  std::string_view person;  // the service advisor (post_service) or the sales consultant (post_delivery)
};

// One vehicle's data as the health section reads it.
struct vehicle_health {
  std::string_view dealer;
  bool valid_mobile = false, valid_email = false, valid_tax_id = false, three_profiles = false,
       preferred_channel = false, dofu = false;
};

// What is counted for one group in one bucket: every care metric is a ratio or a figure of these.
struct care_counts {
  std::uint64_t opened = 0, closed = 0, open = 0, confirmed = 0, over_7d = 0;
  std::vector<int> days_to_close;  // of the complaints closed in the bucket
  std::array<std::uint64_t, 2> scored{}, top{}, score_sum{};  // by survey: scores, those of 9 or 10, their sum
  std::uint64_t vehicles = 0, mobile = 0, email = 0, tax_id = 0, profiles = 0, channel = 0, dofu = 0;
  std::uint64_t persons = 0, duplicated = 0;
};

// The care metrics of the report's periods: bucket 0 = the current period, 1 = the previous one,
// 2.. = the months of the trend. Complaints are placed in every bucket they concern; scores and
// vehicle snapshots are given per bucket by the caller.
class care_tally {
public:
  // `periods`: current, previous, then the trend months (possibly none).
  explicit care_tally(std::vector<period> periods);
  std::size_t buckets() const { return periods_.size(); }
  const period& bucket_period(std::size_t b) const { return periods_[b]; }

  void add_complaint(const complaint_facts& c);
  void add_score(std::size_t bucket, const score_facts& s);
  void add_vehicle(std::size_t bucket, const vehicle_health& v);
  // A person (dedupe's person_id) with `records` customer records, counted in each of their vehicles' dealers.
  void add_person(std::size_t bucket, std::uint32_t records, std::span<const std::string_view> dealers);

  // Which inputs were given: a metric without its input is left out (with a note).
  struct inputs {
    bool complaints = false, scores = false, vehicles = false, contacts = false, persons = false;
  };
  void set_inputs(const inputs& in) { in_ = in; }

  // The rows: totals, then the groups (area, owner, category, advisor, sales_consultant, dealer);
  // then, in `month_rows`, the trend months' totals labelled with their period.
  void emit(std::vector<kpi_row>& rows, std::vector<kpi_row>& month_rows, std::vector<std::string>& left_out,
            const kpi_targets& targets) const;

private:
  using buckets_of = std::vector<care_counts>;
  std::vector<care_counts>& at(std::size_t group_by, std::string_view name);
  bool available(const care_def& d) const;

  std::vector<period> periods_;
  buckets_of total_;
  // group_by (index into the fixed list of groupings) -> group -> buckets
  std::array<std::map<std::string, buckets_of, std::less<>>, 6> groups_;
  inputs in_;
};

// Median of whole numbers (the mean of the middle two for an even count); nullopt when empty.
std::optional<double> median(std::vector<int> values);

// The name a row without an agent, advisor, consultant or owner goes under.
inline constexpr std::string_view unassigned = "unassigned";

}  // namespace retorno::rules
