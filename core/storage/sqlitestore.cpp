#include "storage/sqlitestore.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace bb {
namespace {

// Marks the file as ours ("BBST"), so a database of another program is told
// apart from a fresh one, and versions the schema below.
constexpr int kApplicationId = 0x42425354;
constexpr int kSchemaVersion = 1;

// `last` (base + lastOffsetDelta) is kept beside the blob so truncation and
// retention delete by offset without decoding batches, through its index.
constexpr const char *kSchema = R"(
CREATE TABLE batches(
    topic INTEGER NOT NULL, part INTEGER NOT NULL, base INTEGER NOT NULL,
    last INTEGER NOT NULL, epoch INTEGER NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY(topic, part, base)) WITHOUT ROWID;
CREATE INDEX batches_last ON batches(topic, part, last);
CREATE TABLE partitions(
    topic INTEGER NOT NULL, part INTEGER NOT NULL, log_start INTEGER NOT NULL,
    PRIMARY KEY(topic, part));
CREATE TABLE state(key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL);
)";

using StmtPtr = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

// A one-off statement (null if it does not compile).
StmtPtr prepareOnce(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &raw, nullptr);
    return StmtPtr(raw, &sqlite3_finalize);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::SqliteStore", text);
}

QString sqliteMessage(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool isCorruption(int rc)
{
    const int primary = rc & 0xff;
    return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT;
}

// What makes a store's file unusable as it is (set it aside), as opposed
// to a folder that is missing or read-only (say so, touch nothing).
bool isDamage(int rc)
{
    return isCorruption(rc) || (rc & 0xff) == SQLITE_IOERR;
}

Error notOurs(const QString &path, const QString &detail)
{
    return Error(Errc::CorruptFile,
                 tr("%1 is damaged or is not a Brokerbench store (%2). Choose another file for the node's "
                    "storage, or move this one away.").arg(path, detail));
}

void bindTp(sqlite3_stmt *stmt, TopicPartition tp)
{
    sqlite3_bind_int(stmt, 1, tp.topic.value);
    sqlite3_bind_int(stmt, 2, tp.partition.value);
}

} // namespace

SqliteStore::SqliteStore(const QString &path)
    : m_path(path)
{
    m_error = openOrSetAside(false);
}

SqliteStore::~SqliteStore()
{
    for (sqlite3_stmt *stmt : m_stmts)
        sqlite3_finalize(stmt);
    sqlite3_close(m_db); // a clean close: checkpoints and removes the WAL
}

QString SqliteStore::describe() const
{
    return QStringLiteral("sqlite: %1").arg(m_path);
}

Error SqliteStore::open(bool known)
{
    m_damaged = false;
    m_damageDetail.clear();
    // One store is used by one thread at a time, so SQLite's own mutexes are not needed.
    const int rc = sqlite3_open_v2(m_path.toUtf8().constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = m_db ? sqliteMessage(m_db) : QString::fromUtf8(sqlite3_errstr(rc));
        if (isDamage(rc) && (known || (rc & 0xff) != SQLITE_NOTADB))
            return damaged(detail);
        return Error(Errc::StorageError,
                     tr("Could not open the store %1 (%2). Check that its folder exists and is writable.")
                         .arg(m_path, detail));
    }
    if (Error error = checkFormat(known))
        return error;
    if (Error error = exec("PRAGMA synchronous=FULL"))
        return error;
    if (Error error = prepareStatements())
        return m_damaged || !known ? error : damaged(sqliteMessage(m_db));
    return {};
}

Error SqliteStore::openOrSetAside(bool known)
{
    Error error = open(known);
    if (error && m_damaged) {
        close(false);
        error = setAside(m_damageDetail);
        if (!error)
            error = open(false);
    }
    if (error)
        close(false);
    else
        m_ours = true;
    return error;
}

// Without a checkpoint the WAL keeps every frame not yet copied into the
// database, as a process that died leaves it; with one, the database file
// holds everything (file faults that damage the database file want that).
void SqliteStore::close(bool checkpoint)
{
    for (sqlite3_stmt *&stmt : m_stmts) {
        sqlite3_finalize(stmt);
        stmt = nullptr;
    }
    if (!m_db)
        return;
    if (checkpoint)
        sqlite3_exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    else
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_close(m_db);
    m_db = nullptr;
}

Error SqliteStore::reopen()
{
    const bool checkpoint = std::any_of(m_fileFaults.begin(), m_fileFaults.end(),
                                        [](FileFault f) { return f != FileFault::TruncateWal; });
    close(checkpoint);
    m_startedEmpty = false;
    for (FileFault fault : std::exchange(m_fileFaults, {}))
        applyFileFault(fault);
    noteCutWal();
    m_error = openOrSetAside(m_ours);
    return m_error;
}

Error SqliteStore::setAsideAndStartEmpty(const QString &detail)
{
    close(false);
    m_error = setAside(detail);
    if (!m_error)
        m_error = openOrSetAside(false);
    return m_error;
}

Error SqliteStore::damaged(const QString &detail)
{
    m_damaged = true;
    m_damageDetail = detail;
    return Error(Errc::CorruptFile, tr("The store %1 is damaged (%2).").arg(m_path, detail));
}

// Reads the header fields before anything writes, so a foreign file is
// reported and left untouched.
Error SqliteStore::checkFormat(bool known)
{
    auto queryInt = [this, known](const char *sql, int &out) -> Error {
        sqlite3_stmt *raw = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &raw, nullptr);
        StmtPtr stmt(raw, &sqlite3_finalize);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(stmt.get());
            if (rc == SQLITE_ROW) {
                out = sqlite3_column_int(stmt.get(), 0);
                return {};
            }
        }
        // Not a database at all: somebody else's file, unless it was this
        // store a moment ago. Left untouched.
        if (!known && (rc & 0xff) == SQLITE_NOTADB)
            return notOurs(m_path, sqliteMessage(m_db));
        if (isDamage(rc) || isDamage(sqlite3_extended_errcode(m_db)))
            return damaged(sqliteMessage(m_db));
        return sqlError(QT_TRANSLATE_NOOP("bb::SqliteStore", "opening it"));
    };
    int appId = 0, version = 0, objects = 0;
    if (Error error = queryInt("PRAGMA application_id", appId))
        return error;
    if (Error error = queryInt("PRAGMA user_version", version))
        return error;
    if (Error error = queryInt("SELECT count(*) FROM sqlite_master", objects))
        return error;

    if (appId == 0 && version == 0 && objects == 0) {
        // This store's own file, now without a table: cut or wiped, not new.
        if (known)
            return damaged(tr("it holds no tables any more"));
        // A new (or empty) file: make it ours. WAL cannot be switched on inside a transaction.
        if (Error error = exec("PRAGMA journal_mode=WAL"))
            return error;
        if (Error error = exec("BEGIN IMMEDIATE"))
            return error;
        const QByteArray stamp = QByteArrayLiteral("PRAGMA application_id=") + QByteArray::number(kApplicationId)
            + QByteArrayLiteral("; PRAGMA user_version=") + QByteArray::number(kSchemaVersion) + ';';
        Error error = exec(kSchema);
        if (!error)
            error = exec(stamp.constData());
        if (!error)
            error = exec("COMMIT");
        if (error && !sqlite3_get_autocommit(m_db))
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return error;
    }
    if (known && (appId != kApplicationId || version != kSchemaVersion))
        return damaged(tr("its header no longer reads as a Brokerbench store"));
    if (appId != kApplicationId)
        return Error(Errc::CorruptFile,
                     tr("%1 is a database of another program, not a Brokerbench store. Choose another file for "
                        "the node's storage, or move this one away.").arg(m_path));
    if (version > kSchemaVersion)
        return Error(Errc::CorruptFile,
                     tr("%1 was written by a newer Brokerbench (store format %2; this version reads format %3). "
                        "Open it with that version, or choose another file.").arg(m_path).arg(version).arg(kSchemaVersion));
    if (version != kSchemaVersion)
        return notOurs(m_path, tr("unknown store format %1").arg(version));
    if (Error error = exec("PRAGMA journal_mode=WAL"))
        return error;
    return quickCheck();
}

// SQLite's structural check of every page (not of the index contents,
// which PRAGMA integrity_check adds at several times the cost): a store
// that fails it is not read from.
Error SqliteStore::quickCheck()
{
    StmtPtr check = prepareOnce(m_db, "PRAGMA quick_check(1)");
    const int rc = check ? sqlite3_step(check.get()) : sqlite3_errcode(m_db);
    if (rc == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(check.get(), 0));
        QString result = QString::fromUtf8(text ? text : "").simplified();
        if (result == QLatin1String("ok"))
            return {};
        return damaged(tr("PRAGMA quick_check: %1").arg(result.remove(QStringLiteral("*** in database main *** "))));
    }
    if (isDamage(rc) || isDamage(sqlite3_extended_errcode(m_db)))
        return damaged(sqliteMessage(m_db));
    return sqlError(QT_TRANSLATE_NOOP("bb::SqliteStore", "checking it"));
}

Error SqliteStore::prepareStatements()
{
    static constexpr const char *kSql[StmtCount] = {
        "BEGIN IMMEDIATE",
        "COMMIT",
        "ROLLBACK",
        "INSERT OR REPLACE INTO batches(topic, part, base, last, epoch, data) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
        "DELETE FROM batches WHERE topic = ?1 AND part = ?2 AND last >= ?3",
        "DELETE FROM batches WHERE topic = ?1 AND part = ?2 AND last < ?3",
        "DELETE FROM batches WHERE topic = ?1 AND part = ?2 AND base >= ?3 AND base < ?4",
        "DELETE FROM batches WHERE topic = ?1 AND part = ?2",
        "DELETE FROM partitions WHERE topic = ?1 AND part = ?2",
        "INSERT INTO partitions(topic, part, log_start) VALUES(?1, ?2, ?3) "
        "ON CONFLICT(topic, part) DO UPDATE SET log_start = excluded.log_start",
        "INSERT OR IGNORE INTO partitions(topic, part, log_start) VALUES(?1, ?2, 0)",
        "INSERT OR REPLACE INTO state(key, value) VALUES(?1, ?2)",
    };
    for (int i = 0; i < StmtCount; ++i) {
        const int rc = sqlite3_prepare_v3(m_db, kSql[i], -1, SQLITE_PREPARE_PERSISTENT, &m_stmts[i], nullptr);
        if (rc != SQLITE_OK) {
            // The header said the file is ours but its tables do not match.
            return notOurs(m_path, sqliteMessage(m_db));
        }
    }
    return {};
}

std::optional<Store::StoredBatch> SqliteStore::durableBatch(std::uint64_t pick) const
{
    if (!m_db)
        return std::nullopt;
    StmtPtr count = prepareOnce(m_db, "SELECT count(*) FROM batches");
    if (!count || sqlite3_step(count.get()) != SQLITE_ROW)
        return std::nullopt;
    const auto rows = std::uint64_t(sqlite3_column_int64(count.get(), 0));
    if (rows == 0)
        return std::nullopt;
    StmtPtr row = prepareOnce(m_db, "SELECT topic, part, base, last FROM batches ORDER BY topic, part, base LIMIT 1 OFFSET ?1");
    if (!row)
        return std::nullopt;
    sqlite3_bind_int64(row.get(), 1, sqlite3_int64(pick % rows));
    if (sqlite3_step(row.get()) != SQLITE_ROW)
        return std::nullopt;
    return StoredBatch{{TopicId(sqlite3_column_int(row.get(), 0)), PartitionId(sqlite3_column_int(row.get(), 1))},
                       Offset(sqlite3_column_int64(row.get(), 2)), Offset(sqlite3_column_int64(row.get(), 3)), rows};
}

bool SqliteStore::damageDurableBatch(std::uint64_t pick)
{
    const auto at = durableBatch(pick);
    if (!at)
        return false;
    auto bindKey = [&](sqlite3_stmt *s, int first) {
        sqlite3_bind_int(s, first, at->tp.topic.value);
        sqlite3_bind_int(s, first + 1, at->tp.partition.value);
        sqlite3_bind_int64(s, first + 2, at->base.value);
    };
    StmtPtr row = prepareOnce(m_db, "SELECT data FROM batches WHERE topic = ?1 AND part = ?2 AND base = ?3");
    if (!row)
        return false;
    bindKey(row.get(), 1);
    if (sqlite3_step(row.get()) != SQLITE_ROW)
        return false;
    const auto *blob = static_cast<const char *>(sqlite3_column_blob(row.get(), 0));
    const RecordBatch damaged = flipBit(RecordBatch::unverified(QByteArray(blob, sqlite3_column_bytes(row.get(), 0))), pick / at->count);
    StmtPtr update = prepareOnce(m_db, "UPDATE batches SET data = ?1 WHERE topic = ?2 AND part = ?3 AND base = ?4");
    if (!update)
        return false;
    sqlite3_bind_blob(update.get(), 1, damaged.bytes().constData(), int(damaged.sizeBytes()), SQLITE_TRANSIENT);
    bindKey(update.get(), 2);
    return sqlite3_step(update.get()) == SQLITE_DONE;
}

Error SqliteStore::exec(const char *sql) const
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlError(QT_TRANSLATE_NOOP("bb::SqliteStore", "writing to it"));
    return {};
}

Error SqliteStore::sqlError(const char *what) const
{
    const int rc = sqlite3_extended_errcode(m_db);
    const QString detail = sqliteMessage(m_db);
    if (isCorruption(rc))
        return notOurs(m_path, detail);
    if ((rc & 0xff) == SQLITE_FULL)
        return Error(Errc::StorageError,
                     tr("The disk holding the store %1 is full. Free some space; the node keeps the unflushed "
                        "writes until then.").arg(m_path));
    return Error(Errc::StorageError,
                 tr("The store %1 failed while %2 (%3). Check that the file is writable and that no other "
                    "program holds it open.").arg(m_path, tr(what), detail));
}

Error SqliteStore::step(Stmt stmt)
{
    sqlite3_stmt *s = m_stmts[stmt];
    const int rc = sqlite3_step(s);
    Error error;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        error = sqlError(QT_TRANSLATE_NOOP("bb::SqliteStore", "writing to it"));
    sqlite3_reset(s);
    return error;
}

Error SqliteStore::applyOp(const Op &op)
{
    auto insertBatch = [this, &op](const LogEntry &entry) {
        sqlite3_stmt *s = m_stmts[InsertBatch];
        const QByteArray &data = entry.batch.bytes();
        bindTp(s, op.tp);
        sqlite3_bind_int64(s, 3, entry.base.value);
        sqlite3_bind_int64(s, 4, entry.lastOffset().value);
        sqlite3_bind_int(s, 5, entry.epoch.value);
        // The op keeps the buffer alive until the statement is reset.
        sqlite3_bind_blob64(s, 6, data.constData(), sqlite3_uint64(data.size()), SQLITE_STATIC);
        return step(InsertBatch);
    };
    auto withOffset = [this, &op](Stmt stmt) {
        bindTp(m_stmts[stmt], op.tp);
        sqlite3_bind_int64(m_stmts[stmt], 3, op.a.value);
        return step(stmt);
    };

    switch (op.kind) {
    case OpKind::Append:
        return insertBatch(op.entries.front());
    case OpKind::Truncate:
        return withOffset(TruncateFrom);
    case OpKind::LogStart:
        if (Error error = withOffset(DeleteBelow))
            return error;
        return withOffset(SetLogStart);
    case OpKind::Replace: {
        sqlite3_stmt *s = m_stmts[DeleteRange];
        bindTp(s, op.tp);
        sqlite3_bind_int64(s, 3, op.a.value);
        sqlite3_bind_int64(s, 4, op.b.value);
        if (Error error = step(DeleteRange))
            return error;
        for (const LogEntry &entry : op.entries) {
            if (Error error = insertBatch(entry))
                return error;
        }
        return {};
    }
    case OpKind::Remove:
        bindTp(m_stmts[DeleteBatches], op.tp);
        if (Error error = step(DeleteBatches))
            return error;
        bindTp(m_stmts[DeletePartition], op.tp);
        return step(DeletePartition);
    case OpKind::State: {
        sqlite3_stmt *s = m_stmts[PutState];
        const QByteArray key = op.key.toUtf8();
        sqlite3_bind_text(s, 1, key.constData(), int(key.size()), SQLITE_STATIC);
        if (op.value.isEmpty())
            sqlite3_bind_zeroblob(s, 2, 0); // a null pointer would bind NULL
        else
            sqlite3_bind_blob64(s, 2, op.value.constData(), sqlite3_uint64(op.value.size()), SQLITE_STATIC);
        return step(PutState);
    }
    }
    return {};
}

Error SqliteStore::applyDurable(std::span<const Op> ops)
{
    if (!m_db)
        return m_error;
    if (Error error = step(Begin))
        return error;
    // Every op but Remove leaves its partition existing (as MemoryStore
    // does), even when it holds no batches; one row per partition per flush
    // is enough to record that.
    std::set<TopicPartition> touched;
    Error error;
    for (const Op &op : ops) {
        if (op.kind == OpKind::Remove)
            touched.erase(op.tp);
        else if (op.kind != OpKind::State)
            touched.insert(op.tp);
        if ((error = applyOp(op)))
            break;
    }
    for (auto it = touched.begin(); !error && it != touched.end(); ++it) {
        bindTp(m_stmts[EnsurePartition], *it);
        error = step(EnsurePartition);
    }
    if (!error)
        error = step(Commit);
    if (error && !sqlite3_get_autocommit(m_db))
        step(Rollback);
    return error;
}

Result<StoreImage> SqliteStore::loadDurable() const
{
    if (!m_db)
        return m_error;
    auto prepare = [this](const char *sql) { return prepareOnce(m_db, sql); };
    auto readError = [this] { return sqlError(QT_TRANSLATE_NOOP("bb::SqliteStore", "reading it")); };
    auto tpAt = [](sqlite3_stmt *s) {
        return TopicPartition{TopicId(sqlite3_column_int(s, 0)), PartitionId(sqlite3_column_int(s, 1))};
    };

    std::map<TopicPartition, PartitionImage> parts;
    StmtPtr p = prepare("SELECT topic, part, log_start FROM partitions");
    if (!p)
        return readError();
    int rc;
    while ((rc = sqlite3_step(p.get())) == SQLITE_ROW) {
        const TopicPartition tp = tpAt(p.get());
        PartitionImage &image = parts[tp];
        image.tp = tp;
        image.logStart = Offset(sqlite3_column_int64(p.get(), 2));
    }
    if (rc != SQLITE_DONE)
        return readError();

    StmtPtr b = prepare("SELECT topic, part, base, last, epoch, data FROM batches ORDER BY topic, part, base");
    if (!b)
        return readError();
    while ((rc = sqlite3_step(b.get())) == SQLITE_ROW) {
        const TopicPartition tp = tpAt(b.get());
        LogEntry entry;
        entry.base = Offset(sqlite3_column_int64(b.get(), 2));
        const Offset last(sqlite3_column_int64(b.get(), 3));
        entry.epoch = Epoch(sqlite3_column_int(b.get(), 4));
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(b.get(), 5));
        const int size = sqlite3_column_bytes(b.get(), 5);
        // Not checked here: the node checks every batch when it recovers its
        // log and cuts it at the first damaged one (then fetches the rest
        // from the leader) instead of refusing to start.
        entry.batch = RecordBatch::unverified(QByteArray(blob, size));
        if (entry.batch.sizeBytes() >= RecordBatch::kHeaderSize && entry.base + entry.batch.lastOffsetDelta() != last)
            entry.batch = RecordBatch::unverified(QByteArray()); // the row disagrees with its batch: damaged too
        PartitionImage &image = parts[tp];
        image.tp = tp;
        image.entries.push_back(std::move(entry));
    }
    if (rc != SQLITE_DONE)
        return readError();

    StoreImage result;
    StmtPtr st = prepare("SELECT key, value FROM state");
    if (!st)
        return readError();
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        const auto *key = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 0));
        const int keySize = sqlite3_column_bytes(st.get(), 0);
        const auto *value = static_cast<const char *>(sqlite3_column_blob(st.get(), 1));
        const int valueSize = sqlite3_column_bytes(st.get(), 1);
        result.state.insert(QString::fromUtf8(key, keySize), QByteArray(value, valueSize));
    }
    if (rc != SQLITE_DONE)
        return readError();

    result.partitions.reserve(parts.size());
    for (auto &[tp, image] : parts)
        result.partitions.push_back(std::move(image));
    return result;
}

} // namespace bb
