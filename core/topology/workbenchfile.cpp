#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "topology/workbenchfile.h"

#include "topology/scenariojson.h"

#include <sqlite3.h>

#include <cstring>
#include <map>
#include <memory>

namespace bb {
namespace {

// properties: scenario (JSON), window_state (saveState bytes),
// topology_layout (the editor's JSON), saved_by.
constexpr const char *kSchema = R"(
CREATE TABLE properties(key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL);
CREATE TABLE lab_results(
    id INTEGER PRIMARY KEY, title TEXT NOT NULL, scenario TEXT NOT NULL,
    seed INTEGER NOT NULL, saved_at TEXT NOT NULL, result TEXT NOT NULL);
)";

constexpr char kSqliteMagic[] = "SQLite format 3";

using StmtPtr = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;
using DbPtr = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::WorkbenchFile", text);
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

Error notWorkbench(const QString &path)
{
    return Error(Errc::CorruptFile, tr("\"%1\" is not a Brokerbench workbench. Choose a .bbench file saved by Brokerbench.")
                                        .arg(fileName(path)));
}

Error damaged(const QString &path, QString detail)
{
    if (detail.endsWith(QLatin1Char('.')))
        detail.chop(1);
    return Error(Errc::CorruptFile, tr("\"%1\" is damaged (%2). Open another copy of the workbench, or start a new "
                                       "one with File > New.").arg(fileName(path), detail));
}

DbPtr openMemory()
{
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    return DbPtr(raw, &sqlite3_close);
}

StmtPtr prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    return StmtPtr(raw, &sqlite3_finalize);
}

QByteArray columnBytes(sqlite3_stmt *stmt, int column)
{
    const void *data = sqlite3_column_blob(stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(stmt, column));
}

QString columnText(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(columnBytes(stmt, column));
}

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// One integer from a PRAGMA or query; false when SQLite could not read it.
bool queryInt(sqlite3 *db, const char *sql, int &out)
{
    StmtPtr stmt = prepare(db, sql);
    if (!stmt || sqlite3_step(stmt.get()) != SQLITE_ROW)
        return false;
    out = sqlite3_column_int(stmt.get(), 0);
    return true;
}

// Reading a table runs what the file's schema defines for it: a view in the
// place of a table (a recursive one never ends), a virtual table or a
// generated column (zeroblob(900000000) in every row) would make opening a
// crafted file hang or fill the memory. A workbench is two plain tables, so
// anything else is refused before a row is read. Empty when all is well.
QString schemaProblem(sqlite3 *db)
{
    StmtPtr objects = prepare(db, "SELECT type, name, coalesce(sql, '') FROM sqlite_schema");
    if (!objects)
        return sqliteMessage(db);
    int rc;
    while ((rc = sqlite3_step(objects.get())) == SQLITE_ROW) {
        const QString type = columnText(objects.get(), 0), name = columnText(objects.get(), 1);
        if (type == QLatin1String("view"))
            return tr("%1 is a view, not a table").arg(name);
        if (type == QLatin1String("table") && columnText(objects.get(), 2).startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
            return tr("%1 is a virtual table").arg(name);
    }
    if (rc != SQLITE_DONE)
        return sqliteMessage(db);
    for (const char *table : {"properties", "lab_results"}) {
        StmtPtr columns = prepare(db, "SELECT name FROM pragma_table_xinfo(?1) WHERE hidden <> 0");
        if (!columns)
            return sqliteMessage(db);
        sqlite3_bind_text(columns.get(), 1, table, -1, SQLITE_STATIC);
        if (sqlite3_step(columns.get()) == SQLITE_ROW)
            return tr("the column %1.%2 is computed, not stored").arg(QLatin1String(table), columnText(columns.get(), 0));
    }
    return {};
}

Result<Workbench> readDatabase(sqlite3 *db, const QString &path)
{
    int appId = 0, version = 0;
    if (!queryInt(db, "PRAGMA application_id", appId) || !queryInt(db, "PRAGMA user_version", version))
        return damaged(path, sqliteMessage(db));
    if (appId != WorkbenchFile::kApplicationId)
        return Error(Errc::CorruptFile, tr("\"%1\" is a database of another program, not a Brokerbench workbench. "
                                           "Choose a .bbench file saved by Brokerbench.").arg(fileName(path)));
    if (version > WorkbenchFile::kFormatVersion)
        return Error(Errc::CorruptFile, tr("\"%1\" was saved by a newer Brokerbench (workbench format %2; this version "
                                           "reads format %3 and older). Update Brokerbench to open it.")
                                            .arg(fileName(path)).arg(version).arg(WorkbenchFile::kFormatVersion));
    if (version < 1)
        return damaged(path, tr("unknown workbench format %1").arg(version));
    {
        StmtPtr check = prepare(db, "PRAGMA quick_check");
        if (!check || sqlite3_step(check.get()) != SQLITE_ROW)
            return damaged(path, sqliteMessage(db));
        if (const QString result = columnText(check.get(), 0); result != QLatin1String("ok"))
            return damaged(path, result);
    }
    if (const QString problem = schemaProblem(db); !problem.isEmpty())
        return damaged(path, problem);

    std::map<QString, QByteArray> properties;
    StmtPtr props = prepare(db, "SELECT key, value FROM properties");
    if (!props)
        return damaged(path, sqliteMessage(db));
    int rc;
    while ((rc = sqlite3_step(props.get())) == SQLITE_ROW)
        properties[columnText(props.get(), 0)] = columnBytes(props.get(), 1);
    if (rc != SQLITE_DONE)
        return damaged(path, sqliteMessage(db));
    auto json = properties.find(QStringLiteral("scenario"));
    if (json == properties.end())
        return damaged(path, tr("it holds no scenario"));
    auto scenario = scenarioFromJson(json->second, fileName(path));
    if (!scenario)
        return damaged(path, tr("its scenario cannot be read: %1").arg(scenario.error().message));

    Workbench wb;
    wb.scenario = std::move(*scenario);
    if (auto state = properties.find(QStringLiteral("window_state")); state != properties.end())
        wb.windowState = state->second;
    if (auto layout = properties.find(QStringLiteral("topology_layout")); layout != properties.end())
        wb.topologyLayout = layout->second;
    StmtPtr labs = prepare(db, "SELECT title, scenario, seed, saved_at, result FROM lab_results ORDER BY id");
    if (!labs)
        return damaged(path, sqliteMessage(db));
    while ((rc = sqlite3_step(labs.get())) == SQLITE_ROW) {
        LabResult r;
        r.title = columnText(labs.get(), 0);
        r.scenario = columnText(labs.get(), 1);
        r.seed = std::uint64_t(sqlite3_column_int64(labs.get(), 2));
        r.savedAt = QDateTime::fromString(columnText(labs.get(), 3), Qt::ISODateWithMs);
        r.json = columnBytes(labs.get(), 4);
        wb.labResults.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE)
        return damaged(path, sqliteMessage(db));
    return wb;
}

bool bindAndStep(sqlite3_stmt *stmt)
{
    const bool ok = sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return ok;
}

// Builds the whole database in memory; empty on failure.
QByteArray serialize(const Workbench &wb)
{
    DbPtr db = openMemory();
    if (!db)
        return {};
    const QByteArray stamp = QByteArrayLiteral("PRAGMA application_id=") + QByteArray::number(WorkbenchFile::kApplicationId)
        + QByteArrayLiteral("; PRAGMA user_version=") + QByteArray::number(WorkbenchFile::kFormatVersion) + ';';
    if (sqlite3_exec(db.get(), kSchema, nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_exec(db.get(), stamp.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return {};

    StmtPtr prop = prepare(db.get(), "INSERT INTO properties(key, value) VALUES(?1, ?2)");
    auto put = [&](const char *key, const QByteArray &value) {
        sqlite3_bind_text(prop.get(), 1, key, -1, SQLITE_STATIC);
        sqlite3_bind_blob64(prop.get(), 2, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
        return bindAndStep(prop.get());
    };
    if (!prop || !put("scenario", scenarioToJson(wb.scenario))
        || !put("saved_by", QCoreApplication::applicationName().toUtf8() + ' ' + QCoreApplication::applicationVersion().toUtf8())
        || (!wb.windowState.isEmpty() && !put("window_state", wb.windowState))
        || (!wb.topologyLayout.isEmpty() && !put("topology_layout", wb.topologyLayout)))
        return {};

    StmtPtr lab = prepare(db.get(), "INSERT INTO lab_results(title, scenario, seed, saved_at, result) VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!lab)
        return {};
    for (const LabResult &r : wb.labResults) {
        const QByteArray title = r.title.toUtf8(), scenario = r.scenario.toUtf8();
        const QByteArray savedAt = r.savedAt.toUTC().toString(Qt::ISODateWithMs).toUtf8();
        sqlite3_bind_text(lab.get(), 1, title.constData(), int(title.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(lab.get(), 2, scenario.constData(), int(scenario.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(lab.get(), 3, sqlite3_int64(r.seed));
        sqlite3_bind_text(lab.get(), 4, savedAt.constData(), int(savedAt.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(lab.get(), 5, r.json.constData(), int(r.json.size()), SQLITE_TRANSIENT);
        if (!bindAndStep(lab.get()))
            return {};
    }

    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(db.get(), "main", &size, 0);
    if (!bytes)
        return {};
    QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(size));
    sqlite3_free(bytes);
    return out;
}

} // namespace

QString WorkbenchFile::fileFilter()
{
    return tr("Brokerbench workbenches (*.bbench)");
}

Result<Workbench> WorkbenchFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Errc::StorageError, tr("Cannot open \"%1\": %2. Check that the file exists and that you may read it.")
                                             .arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (bytes.size() < 100 || std::memcmp(bytes.constData(), kSqliteMagic, sizeof kSqliteMagic) != 0)
        return notWorkbench(path);
    // A database last written in WAL mode: read it as a rollback-journal one
    // (the file alone is all there is; SQLite would look for a -wal file).
    if (bytes[18] == 2 && bytes[19] == 2)
        bytes[18] = bytes[19] = 1;

    DbPtr db = openMemory();
    if (!db)
        return Error(Errc::StorageError, tr("Not enough memory to open \"%1\".").arg(fileName(path)));
    auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(bytes.size())));
    if (!buffer)
        return Error(Errc::StorageError, tr("Not enough memory to open \"%1\".").arg(fileName(path)));
    std::memcpy(buffer, bytes.constData(), std::size_t(bytes.size()));
    const int rc = sqlite3_deserialize(db.get(), "main", buffer, bytes.size(), bytes.size(),
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK)
        return damaged(path, sqliteMessage(db.get()));
    return readDatabase(db.get(), path);
}

Error WorkbenchFile::write(const QString &path, const Workbench &workbench)
{
    const QByteArray bytes = serialize(workbench);
    if (bytes.isEmpty())
        return Error(Errc::StorageError, tr("Could not build the workbench for \"%1\" (out of memory?). Close other "
                                            "programs and save again.").arg(fileName(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(Errc::StorageError, tr("Could not save \"%1\": %2. Choose another folder or file name.")
                                             .arg(path, file.errorString()));
    return {};
}

} // namespace bb
