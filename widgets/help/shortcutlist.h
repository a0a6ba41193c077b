#pragma once
// ShortcutList: every keyboard shortcut of a window, read from its actions
// when shown, so the list cannot go stale when a shortcut changes. GUI thread.

#include <QDialog>

class QAction;
class QTableWidget;

namespace bb {

class ShortcutList : public QDialog {
    Q_OBJECT
public:
    // Lists the shortcuts of `actions` (those without one are left out),
    // sorted by the action's name.
    ShortcutList(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace bb
