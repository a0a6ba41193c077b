#pragma once
// A cluster snapshot as JSON, for the admin API of `brokerbench-cli serve`
// and anything else that hands a snapshot to another program. Field names
// are snake_case and stable (docs/admin-api.md describes them); enum values
// are fixed English identifiers, never translated text. Times are virtual
// microseconds ("time_us"); offsets are numbers, -1 where unknown.

#include "engine/snapshot.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bb {

// Everything but the metric series and the events.
QJsonObject snapshotToJson(const ClusterSnapshot &snapshot);
// The metric series of a snapshot: per topic, producer, group and queue.
QJsonObject seriesToJson(const SeriesSnapshot &series);
// One event of the event log.
QJsonObject eventToJson(const ClusterEvent &event);
const char *eventKindId(ClusterEventKind kind);
const char *nodeStateId(NodeState state);
const char *groupPhaseId(GroupPhase phase);

} // namespace bb
