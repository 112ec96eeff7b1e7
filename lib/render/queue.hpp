// Today's attempt queue per agent, in slot order, as one printable HTML page per agent.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "render/readable.hpp"

namespace retorno::render {

struct queue_entry {
  std::string agent, time;
  slot at_slot = slot::morning;
  std::string customer, phone, phone_alt, segment, vin;
  int attempts_so_far = 0;
  std::string last_outcome, note;
  long long at = 0;          // for the order
  std::uint32_t list_position = 0;  // ties keep the call list's order
  int priority = 0;                 // the call list's, which tells the two campaign kinds apart
};

std::string queue_html(std::vector<queue_entry> entries, const std::string& date, bool english);

}  // namespace retorno::render
