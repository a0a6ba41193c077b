// Not built: the gui-boundary check's own test, a widget that reaches past
// the engine's command set in both ways the check forbids.
#include "cluster/cluster.h"

void crashFirst(bb::Cluster &cluster);
