#pragma once
// SqliteStore: a durable store, one SQLite database per node (WAL mode,
// synchronous=FULL), whole batches per row. A flush is one transaction.
// A restarted app finds the logs again in the file.

#include "storage/store.h"

struct sqlite3;

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

private:
    Error exec(const char *sql) const;
    Error sqlError(const char *what) const;

    QString m_path;
    sqlite3 *m_db = nullptr;
    Error m_error;
};

} // namespace bb
