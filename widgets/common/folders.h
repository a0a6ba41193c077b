#pragma once
// Where a file dialog opens: the folder last used for that kind of file,
// else the user's standard folder for it, else the home folder (a fresh
// account may have no ~/Documents or ~/Pictures yet). Remembered in
// QSettings under "folders/<kind>". GUI thread.

#include <QStandardPaths>
#include <QString>

namespace bb {

QString startFolder(const QString &kind, QStandardPaths::StandardLocation standard);
// Remembers the folder of `filePath` (a file just opened or saved).
void rememberFolder(const QString &kind, const QString &filePath);

} // namespace bb
