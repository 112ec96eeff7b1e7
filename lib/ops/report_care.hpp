// The report's care inputs: satisfaction scores from the log, complaints, and the database's
// health from the vehicles and contacts, read into rules::care_tally.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ops/report.hpp"
#include "rules/care.hpp"

namespace retorno::ops {

// The scored attempts of the survey segments, kept while the log streams by (they are few).
class score_log {
public:
  // One log row's score cell; returns false when it is not a whole number from 0 to 10.
  bool add(std::string_view item, long long at, std::string_view score);
  bool any() const { return !scores_.empty(); }
  // Each item's latest score in each bucket of `care`, given to it with the advisor (by the RO of
  // a post_service item) or the sales consultant (by the VIN of a post_delivery item).
  void resolve(rules::care_tally& care, long long end, const std::unordered_map<std::string, std::string>& advisor_by_ro,
               const std::unordered_map<std::string, std::string>& consultant_by_vin) const;
  // The RO numbers and VINs whose advisor and consultant are needed.
  bool wants_ro(std::string_view ro) const { return ros_.count(std::string(ro)) > 0; }
  bool wants_vin(std::string_view vin) const { return vins_.count(std::string(vin)) > 0; }

private:
  struct scored {
    long long at;
    int score;
  };
  std::unordered_map<std::string, std::vector<scored>> scores_;  // item -> its scored attempts
  std::unordered_map<std::string, int> ros_, vins_;
};

// Every care input of the run into `care`: complaints (--complaints), then the contacts' profiles
// (--contacts), the vehicles' data and persons (--vehicles, and --vehicles-before for the
// previous bucket), and the scores with their advisors and consultants. Bad rows are rejected.
// Reads --vehicles and --services again only for what read_vehicles did not keep.
void read_care(const report_config& config, const score_log& scores, rules::care_tally& care,
               reject_sink& rejects, report_summary& summary);

}  // namespace retorno::ops
