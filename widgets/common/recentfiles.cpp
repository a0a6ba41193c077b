#include <QFileInfo>
#include <QSettings>

#include "common/recentfiles.h"

namespace bb {
namespace {

const QString kKey = QStringLiteral("files/recent");

QString normalized(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    QStringList files = QSettings().value(kKey).toStringList();
    files.removeAll(QString());
    files.removeDuplicates();
    return files.mid(0, kMax);
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalized(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    store(list.mid(0, kMax));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(normalized(path)) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

QStringList RecentFiles::pruneMissing()
{
    QStringList kept, missing;
    for (const QString &file : files())
        (QFileInfo(file).isFile() ? kept : missing) << file;
    if (!missing.isEmpty())
        store(kept);
    return missing;
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(kKey, files);
    Q_EMIT changed();
}

} // namespace bb
