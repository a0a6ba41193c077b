// SqliteStore's files, below SQLite: the file faults a scenario injects,
// the WAL cut they leave, and setting a damaged database aside.

#include "storage/sqlitestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QtEndian>

namespace bb {
namespace {

// SQLite's file format (sqlite.org/fileformat2.html): the database header
// holds the page size at byte 16 (big-endian, 1 meaning 65536); the WAL has
// a 32-byte header with the page size at byte 8, then frames of a 24-byte
// header and one page each.
constexpr qint64 kWalHeader = 32;
constexpr qint64 kWalFrameHeader = 24;

QString tr(const char *text)
{
    return QCoreApplication::translate("bb::SqliteStore", text);
}

QString walPath(const QString &path)
{
    return path + QStringLiteral("-wal");
}

// The page size a file's header states at `at` in `width` bytes; 0 if the
// file is too short or the value is not a page size.
qint64 pageSizeAt(const QString &file, qint64 at, int width)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(at))
        return 0;
    const QByteArray bytes = f.read(width);
    if (bytes.size() != width)
        return 0;
    qint64 size = width == 2 ? qFromBigEndian<quint16>(bytes.constData()) : qFromBigEndian<quint32>(bytes.constData());
    if (width == 2 && size == 1)
        size = 65536;
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0 ? size : 0;
}

} // namespace

void SqliteStore::applyFileFault(FileFault fault)
{
    switch (fault) {
    case FileFault::TruncateDatabase: {
        // Half the file: the pages past the cut, and whatever points to them, are gone.
        QFile f(m_path);
        if (f.size() > 0)
            f.resize(f.size() / 2);
        return;
    }
    case FileFault::TruncateWal: {
        // Into the middle of the frame that holds the WAL's midpoint, as a
        // write torn by a crash leaves it; SQLite ignores that frame and
        // every one after it, so the transactions they held are lost.
        QFile f(walPath(m_path));
        const qint64 page = pageSizeAt(f.fileName(), 8, 4);
        if (page == 0 || f.size() < kWalHeader + kWalFrameHeader + page)
            return;
        const qint64 frame = kWalFrameHeader + page;
        const qint64 middle = (f.size() - kWalHeader) / frame / 2;
        f.resize(kWalHeader + middle * frame + frame / 2);
        return;
    }
    case FileFault::CorruptPage: {
        // The page in the middle of the file, overwritten with garbage (a
        // fixed pattern, so a run replays): its b-tree, or the chain of a
        // batch spilling over pages, no longer makes sense.
        QFile f(m_path);
        const qint64 page = pageSizeAt(m_path, 16, 2);
        if (page == 0 || f.size() < 2 * page || !f.open(QIODevice::ReadWrite))
            return;
        QByteArray garbage(page, Qt::Uninitialized);
        for (qint64 i = 0; i < page; ++i)
            garbage[i] = char((i * 131 + 71) & 0xff);
        if (f.seek(f.size() / page / 2 * page))
            f.write(garbage);
        return;
    }
    }
}

// A WAL that ends inside a frame was cut (by a crash or a fault). SQLite
// recovers from it by itself, dropping the cut transaction and every one
// after it; this says so, for the event log.
void SqliteStore::noteCutWal()
{
    const QString wal = walPath(m_path);
    const qint64 size = QFile(wal).size();
    if (size <= 0)
        return;
    const qint64 page = pageSizeAt(wal, 8, 4);
    qint64 into = size < kWalHeader ? size : 0;
    if (page > 0 && size > kWalHeader)
        into = (size - kWalHeader) % (kWalFrameHeader + page);
    if (into == 0)
        return;
    StoreFinding finding;
    finding.kind = StoreFinding::WalCut;
    finding.file = wal;
    finding.detail = size < kWalHeader ? tr("it is %1 bytes long, shorter than its own header").arg(size)
                                       : tr("it ends %1 bytes into a frame of %2").arg(into).arg(kWalFrameHeader + page);
    m_findings.push_back(finding);
}

// Renames the database, its WAL and its shared-memory index to
// *.damaged-<UTC time>, so a fresh store can take the name; nothing is deleted.
Error SqliteStore::setAside(const QString &detail)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString suffix = QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(m_path + suffix); ++n)
        suffix = QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    for (const QString &file : {m_path, walPath(m_path), m_path + QStringLiteral("-shm")}) {
        if (QFile::exists(file) && !QFile::rename(file, file + suffix))
            return Error(Errc::StorageError,
                         tr("The store %1 is damaged (%2) and could not be moved aside to %3. Move or remove it "
                            "yourself, then start the node again.").arg(m_path, detail, file + suffix));
    }
    StoreFinding finding;
    finding.kind = StoreFinding::SetAside;
    finding.file = m_path;
    finding.detail = detail;
    finding.movedTo = m_path + suffix;
    m_findings.push_back(finding);
    m_startedEmpty = true;
    return {};
}

} // namespace bb
