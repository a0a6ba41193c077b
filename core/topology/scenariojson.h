#pragma once
// Reading and writing scenarios as JSON (the format is documented in
// docs/scenario-format.md), and finding the bundled ones (resources/scenarios,
// compiled in as :/scenarios/NAME.json).

#include "topology/scenario.h"

#include <QByteArray>
#include <QStringList>

namespace bb {

// `source` names the file in error messages.
Result<Scenario> scenarioFromJson(const QByteArray &json, const QString &source);
QByteArray scenarioToJson(const Scenario &scenario);

// A bundled scenario's name, or a path to a .json file.
Result<Scenario> loadScenario(const QString &nameOrPath);
QStringList bundledScenarios();

} // namespace bb
