#pragma once
// WorkbenchFile: reads and writes .bbench files. A workbench file is an
// SQLite database holding the scenario (its JSON: topology, fault plan,
// seed), the window layout (QMainWindow::saveState bytes, opaque here), the
// topology diagram's layout (opaque too) and the saved lab results. The file is marked as ours with the application
// id and versioned with user_version, so a foreign, damaged or newer file is
// refused with a sentence that says what to do, and nothing is changed.
//
// Writing builds the database in memory and replaces the file in one step
// (QSaveFile): a failed save leaves the previous file as it was.
// Free functions on plain values; any thread.

#include "topology/scenario.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace bb {

// One row of a lab run kept with the workbench: what ran and its counters,
// as JSON the lab defines.
struct LabResult {
    QString title;
    QString scenario;     // the scenario's name when it ran
    std::uint64_t seed = 0;
    QDateTime savedAt;    // UTC
    QByteArray json;
    bool operator==(const LabResult &) const = default;
};

struct Workbench {
    Scenario scenario;
    QByteArray windowState; // empty: keep the current layout
    std::vector<LabResult> labResults;
    QByteArray topologyLayout; // where the user put the diagram's boxes; empty: automatic
};

class WorkbenchFile {
public:
    static constexpr int kApplicationId = 0x42425742; // "BBWB"
    static constexpr int kFormatVersion = 1;

    static Result<Workbench> read(const QString &path);
    static Error write(const QString &path, const Workbench &workbench);
    // For file dialogs: "Brokerbench workbenches (*.bbench)".
    static QString fileFilter();
    static QString suffix() { return QStringLiteral("bbench"); }
};

} // namespace bb
