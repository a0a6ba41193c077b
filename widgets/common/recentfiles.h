#pragma once
// RecentFiles: the list behind File > Open Recent, kept in QSettings: the
// most recent first, each file once, at most kMax. Files that no longer
// exist are pruned when the menu is about to show, and the caller tells the
// user which ones went. Owned by the main window; GUI thread.

#include <QObject>
#include <QStringList>

namespace bb {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMax = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    // Moves `path` (made absolute) to the front.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    // Drops the files that no longer exist; returns them.
    QStringList pruneMissing();

Q_SIGNALS:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace bb
