// Care inputs of the report: scores resolved to advisors and consultants, complaints, database health.
#include "ops/report_care.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <set>

#include <fmt/format.h>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "ops/report_inputs.hpp"

namespace retorno::ops {

namespace {

using sv = std::string_view;
constexpr sv post_service = "post_service";
constexpr sv post_delivery = "post_delivery";

// "post_service:VIN:RO" -> {"post_service", "VIN", "RO"}; empty parts when absent.
std::array<sv, 3> item_parts(sv item) {
  std::array<sv, 3> out{};
  auto p = item.find(':');
  if (p == sv::npos) return out;
  out[0] = item.substr(0, p);
  auto q = item.find(':', p + 1);
  out[1] = item.substr(p + 1, q == sv::npos ? sv::npos : q - p - 1);
  if (q != sv::npos) out[2] = item.substr(q + 1);
  return out;
}

// Whether a field carries a data-quality flag that makes its value doubtful (a dedupe conflict
// only says another row had another value).
bool flagged(sv dq_flags, sv field) {
  while (!dq_flags.empty()) {
    auto semi = dq_flags.find(';');
    sv flag = dq_flags.substr(0, semi);
    dq_flags = semi == sv::npos ? sv() : dq_flags.substr(semi + 1);
    auto colon = flag.find(':');
    if (colon == sv::npos || flag.substr(0, colon) != field) continue;
    if (!flag.substr(colon + 1).starts_with("conflict")) return true;
  }
  return false;
}

// The rows a first pass has already counted and rejected: a second pass reads them silently.
struct ignore_rejects : reject_sink {
  void add(sv, std::uint64_t, sv, sv, sv) override {}
};

enum role_bit : unsigned { owner = 1, maintainer = 2, user = 4 };

void read_complaints(const report_config& c, rules::care_tally& care, reject_sink& rejects, report_summary& summary) {
  constexpr std::array<sv, 9> cols = {"complaint_id", "opened_on", "area", "category", "owner",
                                      "status",       "closed_on", "customer_confirmed", "branch"};
  constexpr std::array<sv, 2> req = {"complaint_id", "opened_on"};
  scan_rows(c.complaints, cols, req, rejects, summary, [&](const model::row_view& r) -> std::optional<row_problem> {
    if (r[0].empty()) return row_problem{"complaint_id", r[0], msg::rej_required_missing};
    if (!c.branch.keeps(r[8])) return std::nullopt;
    auto opened = parse_day(r[1]);
    if (!opened) return row_problem{"opened_on", r[1], msg::rej_not_date};
    rules::complaint_facts f;
    f.opened = day_number(*opened);
    if (!r[6].empty()) {
      auto closed = parse_day(r[6]);
      if (!closed) return row_problem{"closed_on", r[6], msg::rej_not_date};
      f.closed = day_number(*closed);
    }
    // A closing date closes the complaint whatever the status says.
    f.is_closed = r[5] == "closed" || f.closed != INT_MIN;
    f.confirmed = r[7] == "true";
    f.area = trim(r[2]);
    f.category = trim(r[3]);
    f.owner = trim(r[4]);
    care.add_complaint(f);
    return std::nullopt;
  });
}

// VIN -> the roles among the contacts that name someone.
std::unordered_map<std::string, unsigned> read_profiles(const report_config& c, reject_sink& rejects,
                                                        report_summary& summary) {
  std::unordered_map<std::string, unsigned> roles;
  constexpr std::array<sv, 5> cols = {"vin", "role", "name", "phone_mobile", "email"};
  constexpr std::array<sv, 2> req = {"vin", "role"};
  scan_rows(c.contacts, cols, req, rejects, summary, [&](const model::row_view& r) -> std::optional<row_problem> {
    if (r[0].empty()) return row_problem{"vin", r[0], msg::rej_required_missing};
    const unsigned bit = r[1] == "owner" ? 1u : r[1] == "maintainer" ? 2u : r[1] == "user" ? 4u : 0u;  // role_bit
    if (bit && !trim(r[2]).empty()) roles[std::string(r[0])] |= bit;
    return std::nullopt;
  });
  return roles;
}

// One vehicles table into one bucket of the health section; the sales consultants the scores need.
// Returns whether the table has dedupe's person_id.
bool read_health(const std::string& path, const model::branch_filter& only, std::size_t bucket,
                 const std::unordered_map<std::string, unsigned>* roles,
                 const score_log& scores, std::unordered_map<std::string, std::string>& consultants,
                 rules::care_tally& care, reject_sink& rejects, report_summary& summary) {
  constexpr std::array<sv, 12> cols = {"vin",         "dofu",          "selling_dealer", "branch",
                                       "phone_mobile", "email",        "tax_id",         "preferred_channel",
                                       "person_id",    "customer_id",  "dq_flags",       "sales_consultant"};
  constexpr std::array<sv, 1> req = {"vin"};
  struct person {
    std::set<std::string> customers;
    std::vector<std::string> dealers;
  };
  std::map<std::string, person> persons;
  bool any_person = false;
  scan_rows(path, cols, req, rejects, summary, [&](const model::row_view& r) -> std::optional<row_problem> {
    if (r[0].empty()) return row_problem{"vin", r[0], msg::rej_required_missing};
    if (!only.keeps(r[3])) return std::nullopt;
    const sv dealer = !trim(r[3]).empty() ? trim(r[3]) : trim(r[2]);
    const sv flags = r[10];
    rules::vehicle_health h;
    h.dealer = dealer;
    h.valid_mobile = !r[4].empty() && !flagged(flags, "phone_mobile");
    h.valid_email = !r[5].empty() && !flagged(flags, "email");
    h.valid_tax_id = !trim(r[6]).empty() && !flagged(flags, "tax_id");
    h.preferred_channel = !r[7].empty();
    h.dofu = parse_day(r[1]).has_value();
    if (roles) {
      auto it = roles->find(std::string(r[0]));
      h.three_profiles = it != roles->end() && it->second == (owner | maintainer | user);
    }
    care.add_vehicle(bucket, h);
    if (!r[8].empty()) {
      any_person = true;
      auto& p = persons[std::string(r[8])];
      if (!trim(r[9]).empty()) p.customers.emplace(trim(r[9]));
      p.dealers.emplace_back(dealer);
    }
    if (bucket == 0 && scores.wants_vin(r[0])) consultants[std::string(r[0])] = std::string(trim(r[11]));
    return std::nullopt;
  });
  for (const auto& [id, p] : persons) {
    std::vector<sv> dealers(p.dealers.begin(), p.dealers.end());
    care.add_person(bucket, static_cast<std::uint32_t>(std::max<std::size_t>(p.customers.size(), 1)), dealers);
  }
  return any_person;
}

}  // namespace

bool score_log::add(sv item, long long at, sv score) {
  score = trim(score);
  if (score.empty()) return true;
  int v = -1;
  auto [end, ec] = std::from_chars(score.data(), score.data() + score.size(), v);
  if (ec != std::errc() || end != score.data() + score.size() || v < 0 || v > 10) return false;
  const auto parts = item_parts(item);
  if (parts[0] != post_service && parts[0] != post_delivery) return true;  // a score of another call: not a survey
  scores_[std::string(item)].push_back({at, v});
  if (parts[0] == post_service) ros_[std::string(parts[2])] = 1;
  else vins_[std::string(parts[1])] = 1;
  return true;
}

void score_log::resolve(rules::care_tally& care, long long end,
                        const std::unordered_map<std::string, std::string>& advisor_by_ro,
                        const std::unordered_map<std::string, std::string>& consultant_by_vin) const {
  // Items in id order: the same bytes whatever the log's order.
  std::vector<const std::pair<const std::string, std::vector<scored>>*> items;
  for (const auto& e : scores_) items.push_back(&e);
  std::sort(items.begin(), items.end(), [](auto* a, auto* b) { return a->first < b->first; });
  for (const auto* e : items) {
    const auto parts = item_parts(e->first);
    const bool service = parts[0] == post_service;
    std::string person;
    const auto& lookup = service ? advisor_by_ro : consultant_by_vin;
    if (auto it = lookup.find(std::string(service ? parts[2] : parts[1])); it != lookup.end()) person = it->second;
    for (std::size_t b = 0; b < care.buckets(); ++b) {
      const auto& p = care.bucket_period(b);
      const scored* latest = nullptr;
      // The latest score of the bucket; in the same minute, the higher one (whatever the row order).
      for (const auto& s : e->second)
        if (s.at < end && p.contains(s.at) &&
            (!latest || s.at > latest->at || (s.at == latest->at && s.score > latest->score)))
          latest = &s;
      if (latest)
        care.add_score(b, {service ? rules::survey::post_service : rules::survey::post_delivery, latest->score, person});
    }
  }
}

void read_care(const report_config& c, const score_log& scores, rules::care_tally& care, reject_sink& rejects,
               report_summary& summary) {
  rules::care_tally::inputs in;
  in.complaints = !c.complaints.empty();
  in.scores = scores.any();
  if (in.complaints) read_complaints(c, care, rejects, summary);
  std::unordered_map<std::string, unsigned> roles;
  if (!c.contacts.empty()) roles = read_profiles(c, rejects, summary);
  std::unordered_map<std::string, std::string> advisors, consultants;
  if (!c.vehicles.empty()) {
    // read_vehicles has counted and rejected these rows: read again, silently.
    ignore_rejects quiet;
    report_summary ignored;
    in.vehicles = true;
    in.contacts = !c.contacts.empty();
    in.persons = read_health(c.vehicles, c.branch, 0, in.contacts ? &roles : nullptr, scores, consultants, care, quiet, ignored);
    if (!c.vehicles_before.empty())
      read_health(c.vehicles_before, c.branch, 1, nullptr, scores, consultants, care, rejects, summary);
    if (in.scores && !c.services.empty()) {
      constexpr std::array<sv, 2> cols = {"ro_number", "advisor"};
      constexpr std::array<sv, 1> req = {"ro_number"};
      scan_rows(c.services, cols, req, quiet, ignored, [&](const model::row_view& r) -> std::optional<row_problem> {
        if (scores.wants_ro(r[0])) advisors[std::string(r[0])] = std::string(trim(r[1]));
        return std::nullopt;
      });
    }
  }
  care.set_inputs(in);
  if (in.scores) scores.resolve(care, c.end, advisors, consultants);
}

}  // namespace retorno::ops
