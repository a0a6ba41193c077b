#pragma once
// Where a scenario's SQLite nodes keep their databases on the command line:
// --data-dir DIR, or a fresh temporary folder that goes when the command
// ends unless --keep-data. Declare it before whatever owns the cluster, so
// the stores close before their folder is removed.

#include "topology/scenario.h"

#include <QCommandLineParser>
#include <QTemporaryDir>

#include <memory>

namespace bbcli {

class DataDir {
public:
    DataDir() = default;
    DataDir(const DataDir &) = delete;
    DataDir &operator=(const DataDir &) = delete;
    ~DataDir();

    // Sets the scenario's data directory when one of its nodes needs one.
    // Prints why and returns false when the folder cannot be used.
    bool prepare(const QCommandLineParser &parser, const QString &command, bb::Scenario &scenario);

private:
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_command;
    QString m_kept; // a temporary folder kept on request: said at the end
};

} // namespace bbcli
