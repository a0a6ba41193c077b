#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QLabel>
#include <QPushButton>

#include "views/groupactions.h"

#include "engine/engine.h"
#include "models/grouptablemodel.h"

namespace bb {

GroupActions::GroupActions(QTableView *table, GroupTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_model(model)
    , m_crashButton(new QPushButton(tr("&Crash Member"), this))
    , m_hint(new QLabel(this))
    , m_add(new QAction(tr("&Add Member"), this))
    , m_remove(new QAction(tr("&Stop Member"), this))
{
    m_crashButton->setObjectName(QStringLiteral("crashMemberButton"));
    m_crashButton->setMenu(new QMenu(m_crashButton));
    connect(m_crashButton->menu(), &QMenu::aboutToShow, this, &GroupActions::fillCrashMenu);
    m_add->setObjectName(QStringLiteral("addMemberAction"));
    m_remove->setObjectName(QStringLiteral("stopMemberAction"));
    connect(m_add, &QAction::triggered, this, [this] { scale(+1); });
    connect(m_remove, &QAction::triggered, this, [this] { scale(-1); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_crashButton);
    for (QAction *a : {m_add, m_remove}) {
        // Push buttons like the crash one, following their actions.
        auto *button = new QPushButton(a->text(), this);
        connect(button, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::changed, button, [button, a] {
            button->setEnabled(a->isEnabled());
            button->setToolTip(a->toolTip());
        });
        layout->addWidget(button);
    }
    m_hint->setObjectName(QStringLiteral("groupActionsHint"));
    m_hint->setText(tr("Select a group to crash, add or stop its members."));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    // Wraps rather than widening the dock (and so the window) in longer languages.
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint, 1);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = m_table->indexAt(pos);
        if (!at.isValid())
            return;
        m_table->selectRow(at.row());
        refresh();
        QMenu menu;
        QMenu *crash = menu.addMenu(m_crashButton->text());
        crash->setEnabled(m_crashButton->isEnabled());
        crash->setToolTip(m_crashButton->toolTip());
        connect(crash, &QMenu::aboutToShow, this, [this, crash] {
            fillCrashMenu();
            crash->clear();
            crash->addActions(m_crashButton->menu()->actions());
        });
        menu.addAction(m_add);
        menu.addAction(m_remove);
        menu.setToolTipsVisible(true);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    // Rows coming and going move the selection; member counts change with
    // every snapshot, which setEngine() follows (not each cell's dataChanged).
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupActions::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &GroupActions::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &GroupActions::refresh);
    if (m_table->selectionModel())
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GroupActions::refresh);
    refresh();
}

void GroupActions::setEngine(Engine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    // Members come and go without the table's rows changing.
    if (m_engine)
        connect(m_engine, &Engine::snapshotReady, this, &GroupActions::refresh);
    refresh();
}

QString GroupActions::selectedGroup() const
{
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? m_model->groupAt(current.row()) : QString();
}

bool GroupActions::isService(const QString &group) const
{
    if (!m_engine || group.isEmpty())
        return false;
    for (const ServiceSpec &s : m_engine->scenario().services.services)
        if (s.name == group && s.queue.isEmpty())
            return true;
    return false;
}

void GroupActions::refresh()
{
    const QString group = selectedGroup();
    const bool service = isService(group);
    int members = 0;
    if (const SnapshotPtr s = m_engine ? m_engine->latest() : nullptr)
        for (const GroupSnapshot &g : s->groups)
            if (g.groupId == group)
                members = int(g.members.size());
    QString why;
    if (group.isEmpty())
        why = tr("Select a group in the table first.");
    else if (!service)
        why = tr("Group %1 is not one of the scenario's services (a Kafka client's or the Consume panel's group): "
                 "the workbench does not run its members.").arg(group);
    m_crashButton->setEnabled(service && members > 0);
    m_crashButton->setToolTip(!why.isEmpty() ? why
                              : members > 0 ? tr("Kill a member of %1 without a goodbye: the group rebalances only when its session times out.").arg(group)
                                            : tr("Group %1 has no member to crash.").arg(group));
    m_hint->setVisible(group.isEmpty());
    m_add->setEnabled(service);
    m_remove->setEnabled(service && members > 0);
    m_add->setToolTip(!why.isEmpty() ? why : tr("Start another member of the service: it joins the group and the group rebalances."));
    m_remove->setToolTip(!why.isEmpty() ? why
                         : tr("Stop the newest member cleanly: it commits, leaves the group, and the group rebalances at once."));
}

void GroupActions::fillCrashMenu()
{
    QMenu *menu = m_crashButton->menu();
    menu->clear();
    const QString group = selectedGroup();
    const SnapshotPtr s = m_engine ? m_engine->latest() : nullptr;
    if (!s)
        return;
    for (const GroupSnapshot &g : s->groups) {
        if (g.groupId != group)
            continue;
        for (const GroupMemberSnapshot &m : g.members) {
            const QString member = m.clientId;
            QAction *a = menu->addAction(tr("%1 (%n partition(s))", nullptr, int(m.assignment.size())).arg(member));
            connect(a, &QAction::triggered, this, [this, member] { crashMember(member); });
        }
    }
}

void GroupActions::crashMember(const QString &member)
{
    const QString group = selectedGroup();
    if (!canAct(group))
        return;
    const QString what = tr("crash member %1 of group %2").arg(member, group);
    m_engine->crashGroupMember(group, member, what, errorsAsMessages());
    Q_EMIT message(tr("Asked: %1.").arg(what));
}

void GroupActions::scale(int delta)
{
    const QString group = selectedGroup();
    if (!canAct(group))
        return;
    const QString what = delta > 0 ? tr("start a member of group %1").arg(group) : tr("stop a member of group %1").arg(group);
    m_engine->scaleGroup(group, delta, what, errorsAsMessages());
    Q_EMIT message(tr("Asked: %1.").arg(what));
}

bool GroupActions::canAct(const QString &group) const
{
    return m_engine && isService(group);
}

CommandReply<Error> GroupActions::errorsAsMessages()
{
    return {this, [this](const Error &err) {
                if (err)
                    Q_EMIT message(err.message);
            }};
}

} // namespace bb
