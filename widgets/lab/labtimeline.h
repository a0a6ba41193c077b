#pragma once
// The fault plan of a lab scenario as marks on a time axis: the node and
// link faults of the scenario and the lab's own client faults. A fault and
// the one that ends it (a crash and the restart, a cut-off node and its
// heal, a lossy spell and its end, a crashed consumer and its comeback)
// become one span; anything else is an instant. Free function on values;
// GUI thread (translations).

#include "common/statuscolors.h"
#include "topology/scenario.h"

#include <vector>

namespace bb {

struct TimelineMark {
    Micros at = 0;
    Micros end = 0;   // == at for an instant
    QString label;    // short, drawn next to the mark
    QString detail;   // the tooltip: what happens, and when
    Tone tone = Tone::Bad;
    bool isSpan() const { return end > at; }
};

// Ordered by time. Empty for a scenario without faults.
std::vector<TimelineMark> labTimeline(const Scenario &scenario);

} // namespace bb
