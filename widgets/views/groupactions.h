#pragma once
// GroupActions: what a user can do to the consumer group selected in the
// Groups table: crash one of its members (no goodbye: the group rebalances
// when the member's session times out), start another member, or stop one
// cleanly (it leaves the group at once). Buttons above the table and the
// table's context menu offer the same actions. Only a scenario's services
// have members the workbench runs; for other groups (Kafka clients, the
// Consume panel) the actions are disabled and the tooltip says why.
// GUI thread.

#include "engine/commands.h"

#include <QWidget>

class QAction;
class QTableView;
class QLabel;
class QPushButton;

namespace bb {

class Engine;
class GroupTableModel;

class GroupActions : public QWidget {
    Q_OBJECT
public:
    GroupActions(QTableView *table, GroupTableModel *model, QWidget *parent = nullptr);
    void setEngine(Engine *engine);

    // Enables the actions for the selected group as the latest snapshot has it.
    void refresh();
    // The selected group's name; empty when none is selected.
    QString selectedGroup() const;

    QAction *addAction() const { return m_add; }
    QAction *removeAction() const { return m_remove; }
    QPushButton *crashButton() const { return m_crashButton; }
    // Crashes the named member of the selected group, as its menu entry does.
    void crashMember(const QString &member);

Q_SIGNALS:
    // A sentence for the status bar: what was asked, or why it was refused.
    void message(const QString &text);

private:
    void fillCrashMenu();
    void scale(int delta);
    bool canAct(const QString &group) const;
    // A change's error comes back as message().
    CommandReply<Error> errorsAsMessages();
    bool isService(const QString &group) const;

    QTableView *m_table;
    GroupTableModel *m_model;
    Engine *m_engine = nullptr;
    QPushButton *m_crashButton;
    QLabel *m_hint;
    QAction *m_add;
    QAction *m_remove;
};

} // namespace bb
