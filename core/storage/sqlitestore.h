#pragma once
// SqliteStore: a durable store, one SQLite database per node (WAL mode,
// synchronous=FULL), whole batches per row. A flush is one transaction.
// A restarted app finds the logs again in the file. A file that is not a
// Brokerbench store is reported through error() and left untouched.
//
// A damaged store (SQLite cannot open it, or PRAGMA quick_check finds a
// fault) is moved aside, never deleted: renamed to *.damaged-<time> with its
// WAL, and the store starts empty, so its node comes back with no log and
// fetches its partitions again from the leaders. What was found is kept as
// findings for the owner to put in the event log.

#include "storage/store.h"

#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace bb {

// Damage to a store's files (scenario faults truncate_db, truncate_wal and
// corrupt_page), done while the node is down, before it opens them again.
enum class FileFault { TruncateDatabase, TruncateWal, CorruptPage };

// Something wrong a store found with its files when it opened them.
struct StoreFinding {
    enum Kind { WalCut, SetAside };
    Kind kind = SetAside;
    QString file;    // the damaged file
    QString detail;  // what was wrong, in SQLite's words or the check's
    QString movedTo; // SetAside: where the damaged database went
};

class SqliteStore final : public Store {
public:
    // Opens (creating if needed) the database at path; check error() after.
    explicit SqliteStore(const QString &path);
    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    const Error &error() const { return m_error; }
    QString path() const { return m_path; }
    QString describe() const override;

    // Arms a file fault, done at the next reopen() (the node restarting).
    void damageFileOnReopen(FileFault fault) { m_fileFaults.push_back(fault); }
    // A node restarting on this store: closes the database the way a dying
    // process leaves it (no checkpoint, so the WAL keeps its frames), does
    // the armed file faults, and opens and checks the files again (setting
    // a damaged database aside). An error only if no usable store could be
    // opened at all; error() says the same.
    Error reopen();
    // What opening found since the last call (the owner logs it).
    std::vector<StoreFinding> takeFindings() { return std::exchange(m_findings, {}); }
    // Moves the database aside and starts an empty one (a damage found only
    // when reading it); `detail` says what was wrong.
    Error setAsideAndStartEmpty(const QString &detail);
    // True from the moment a damaged database was set aside until the next
    // reopen(): the node starting now lost whatever it had stored.
    bool startedEmptyAfterDamage() const override { return m_startedEmpty; }

protected:
    Error applyDurable(std::span<const Op> ops) override;
    Result<StoreImage> loadDurable() const override;
    bool damageDurableBatch(std::uint64_t pick) override;
    std::optional<StoredBatch> durableBatch(std::uint64_t pick) const override;

private:
    // The statements a flush runs, prepared once.
    enum Stmt { Begin, Commit, Rollback, InsertBatch, TruncateFrom, DeleteBelow, DeleteRange,
                DeleteBatches, DeletePartition, SetLogStart, EnsurePartition, PutState, StmtCount };

    // `known`: the file was this store when last open, so a file that now
    // reads as empty or foreign is damage too.
    Error open(bool known);
    Error openOrSetAside(bool known);
    void close(bool checkpoint);
    Error checkFormat(bool known);
    Error quickCheck();
    Error damaged(const QString &detail);
    // sqlitefilefaults.cpp
    void applyFileFault(FileFault fault);
    void noteCutWal();
    Error setAside(const QString &detail);
    Error prepareStatements();
    Error exec(const char *sql) const;
    Error sqlError(const char *what) const;
    Error step(Stmt stmt);
    Error applyOp(const Op &op);

    QString m_path;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmts[StmtCount] = {};
    Error m_error;
    bool m_damaged = false;    // m_error is damage (set the file aside), not a foreign file
    QString m_damageDetail;
    bool m_ours = false;       // opened as a Brokerbench store at least once
    bool m_startedEmpty = false;
    std::vector<FileFault> m_fileFaults;
    std::vector<StoreFinding> m_findings;
};

} // namespace bb
