#pragma once
// Reading and writing scenarios as JSON (the format is documented in
// docs/scenario-format.md), and finding the bundled ones (resources/scenarios,
// compiled in as :/scenarios/NAME.json).

#include "topology/scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace bb {

// `source` names the file in error messages.
Result<Scenario> scenarioFromJson(const QByteArray &json, const QString &source);
QByteArray scenarioToJson(const Scenario &scenario);
// One entry of a scenario's "faults" list, checked against its cluster (node
// numbers, SQLite storage for file faults). For faults applied at once, as
// the admin API does; "at_s" is read but means nothing there.
Result<Fault> faultFromJson(const QJsonObject &fault, const Scenario &scenario);

// A bundled scenario's name, a path to a .json file, or a path to a workbench
// (.bbench) file, whose scenario it reads.
Result<Scenario> loadScenario(const QString &nameOrPath);
QStringList bundledScenarios();

} // namespace bb
