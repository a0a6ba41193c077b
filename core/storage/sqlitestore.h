#pragma once
// SqliteStore: a durable store, one SQLite database per node (WAL mode,
// synchronous=FULL), whole batches per row. A flush is one transaction.
// A restarted app finds the logs again in the file. A file that is not a
// Brokerbench store (or is damaged) is reported through error() and left
// untouched.

#include "storage/store.h"

struct sqlite3;
struct sqlite3_stmt;

namespace bb {

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

protected:
    Error applyDurable(std::span<const Op> ops) override;
    Result<StoreImage> loadDurable() const override;
    bool damageDurableBatch(std::uint64_t pick) override;

private:
    // The statements a flush runs, prepared once.
    enum Stmt { Begin, Commit, Rollback, InsertBatch, TruncateFrom, DeleteBelow, DeleteRange,
                DeleteBatches, DeletePartition, SetLogStart, EnsurePartition, PutState, StmtCount };

    Error open();
    Error checkFormat();
    Error prepareStatements();
    Error exec(const char *sql) const;
    Error sqlError(const char *what) const;
    Error step(Stmt stmt);
    Error applyOp(const Op &op);

    QString m_path;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmts[StmtCount] = {};
    Error m_error;
};

} // namespace bb
