#pragma once
// The applications' part of a scenario file (docs/scenario-format.md,
// "Applications"): services, queues, exchanges, publishers, requesters,
// responders, and the faults that hit them (kinds service_crash and
// link_loss in the "faults" list).

#include "services/servicespec.h"
#include "topology/jsonfields.h"

namespace bb {

// Reads the application lists from the scenario's root object.
void readServices(JsonFields &root, ServicesSpec &out, Error *err);
// Faults of these kinds belong to the applications, not to the nodes.
bool isServiceFault(const QJsonObject &fault);
void readServiceFault(const QJsonObject &o, const QString &path, ServicesSpec &out, Error *err);
// Writes the lists into `root` and appends the faults to `faults`.
void writeServices(const ServicesSpec &spec, QJsonObject &root, QJsonArray &faults);

} // namespace bb
