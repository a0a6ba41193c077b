#include "datadir.h"

#include <QDir>
#include <QTextStream>

#include <algorithm>

namespace bbcli {

DataDir::~DataDir()
{
    if (!m_kept.isEmpty())
        QTextStream(stderr) << "brokerbench-cli " << m_command << ": the nodes' SQLite databases are kept in " << m_kept << '\n';
}

bool DataDir::prepare(const QCommandLineParser &parser, const QString &command, bb::Scenario &scenario)
{
    m_command = command;
    QTextStream err(stderr);
    const bool sqlite = std::any_of(scenario.cluster.nodes.begin(), scenario.cluster.nodes.end(),
                                    [](const bb::NodeSpec &n) { return n.storage == bb::StorageKind::Sqlite; });
    const bool given = parser.isSet(QStringLiteral("data-dir"));
    const bool keep = parser.isSet(QStringLiteral("keep-data"));
    if (!sqlite) {
        if (given || keep)
            err << "brokerbench-cli " << command << ": note: scenario \"" << scenario.name
                << "\" keeps its data in memory (\"storage\": \"memory\"), so --data-dir and --keep-data change nothing.\n";
        return true;
    }
    if (given) {
        const QString path = parser.value(QStringLiteral("data-dir"));
        QDir dir(path);
        if (path.isEmpty() || !QDir().mkpath(path)) {
            err << "brokerbench-cli " << command << ": cannot create the data directory \"" << path
                << "\"; name a folder you can write to.\n";
            return false;
        }
        // A node that found an earlier run's database would recover it: the
        // run would no longer be the scenario, nor deterministic.
        const QStringList old = dir.entryList({QStringLiteral("node-*.sqlite*")}, QDir::Files, QDir::Name);
        if (!old.isEmpty()) {
            err << "brokerbench-cli " << command << ": " << dir.absolutePath() << " already holds " << old.join(QStringLiteral(", "))
                << " from an earlier run; name an empty folder or delete those files.\n";
            return false;
        }
        scenario.cluster.dataDirectory = dir.absolutePath();
        return true;
    }
    m_temp = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("brokerbench-XXXXXX")));
    if (!m_temp->isValid()) {
        err << "brokerbench-cli " << command << ": cannot create a temporary folder for the SQLite stores (" << m_temp->errorString()
            << "); name one with --data-dir DIR.\n";
        return false;
    }
    scenario.cluster.dataDirectory = m_temp->path();
    if (keep) {
        m_temp->setAutoRemove(false);
        m_kept = m_temp->path();
    }
    return true;
}

} // namespace bbcli
