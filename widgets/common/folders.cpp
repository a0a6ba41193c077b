#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include "common/folders.h"

namespace bb {
namespace {

QString key(const QString &kind) { return QStringLiteral("folders/") + kind; }

} // namespace

QString startFolder(const QString &kind, QStandardPaths::StandardLocation standard)
{
    const QString last = QSettings().value(key(kind)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString folder = QStandardPaths::writableLocation(standard);
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QDir::homePath();
}

void rememberFolder(const QString &kind, const QString &filePath)
{
    if (!filePath.isEmpty())
        QSettings().setValue(key(kind), QFileInfo(filePath).absolutePath());
}

} // namespace bb
