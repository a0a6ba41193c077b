#pragma once
// The words on the topology diagram's boxes: a title ("Node 0", "orders")
// and one line of facts ("6 partitions × RF 3 · min ISR 2"). Free
// functions; GUI thread (tr).

#include "topology/topologygraph.h"

namespace bb {

QString elementTitle(const Scenario &s, const ElementRef &ref);
QString elementDetail(const Scenario &s, const ElementRef &ref);
// "Topic orders", "Service billing": for menus and undo texts.
QString elementLabel(const ElementRef &ref);

} // namespace bb
