#include <QApplication>
#include <QAction>
#include <QDockWidget>
#include <QKeySequence>
#include <QMenu>
#include <QScreen>
#include <QStyle>
#include <QWhatsThis>

#include <algorithm>

#include "mainwindow.h"

#include "common/icons.h"
#include "help/helpbrowser.h"
#include "help/shortcutlist.h"
#include "views/clusterview.h"

namespace bb {

QMenu *MainWindow::createHelpMenu()
{
    auto *help = new QMenu(tr("&Help"), this);
    QAction *guide = help->addAction(themedIcon(QStringLiteral("help-contents"), QStyle::SP_DialogHelpButton), tr("Brokerbench &Guide"),
                                     this, [this] { showHelp(); });
    guide->setObjectName(QStringLiteral("helpGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *format = help->addAction(tr("&Scenario Format"), this,
                                      [this] { showHelp(QUrl(QStringLiteral("qrc:/docs/docs/scenario-format.md"))); });
    format->setObjectName(QStringLiteral("helpScenarioFormatAction"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("helpShortcutsAction"));
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    help->addAction(whatsThis);
    help->addSeparator();
    help->addAction(m_galleryAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    return help;
}

void MainWindow::showHelp(const QUrl &page)
{
    if (!m_help) {
        // Built on demand and dropped when closed, so it always speaks the
        // current language.
        m_help = new HelpBrowser({{tr("User Guide"), QUrl(QStringLiteral("qrc:/docs/docs/user-guide.md"))},
                                  {tr("Getting Started and the Engine"), QUrl(QStringLiteral("qrc:/docs/README.md"))},
                                  {tr("Scenario Format"), QUrl(QStringLiteral("qrc:/docs/docs/scenario-format.md"))},
                                  {tr("Consumer Groups"), QUrl(QStringLiteral("qrc:/docs/docs/consumer-groups.md"))},
                                  {tr("Queues and Routing"), QUrl(QStringLiteral("qrc:/docs/docs/queues-and-routing.md"))},
                                  {tr("Workbench Files"), QUrl(QStringLiteral("qrc:/docs/docs/workbench-format.md"))},
                                  {tr("Admin API"), QUrl(QStringLiteral("qrc:/docs/docs/admin-api.md"))}},
                                 this);
        m_help->setWindowFlag(Qt::Window);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
        const QSize room = screen() ? screen()->availableSize() : QSize(1280, 720);
        m_help->resize(std::min(1000, room.width() * 9 / 10), std::min(760, room.height() * 9 / 10));
    }
    if (!page.isEmpty())
        m_help->open(page);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showShortcuts()
{
    auto *list = new ShortcutList(findChildren<QAction *>(), this);
    list->setAttribute(Qt::WA_DeleteOnClose);
    list->show();
}

// Help > What's This?, then a click on a view: what the view shows and
// what can be done there.
void MainWindow::setWhatsThisTexts()
{
    m_clusterView->setWhatsThis(
        tr("<b>Cluster</b><p>One card per broker node: its state, the partitions it leads and hosts, bytes stored and "
           "unflushed writes. Crash, Power loss, Restart and Isolate inject faults into the running cluster.</p>"
           "<p>The table lists every partition: leader, replicas, in-sync replicas, leader epoch, high watermark, "
           "log end and the largest consumer lag. Amber rows are under-replicated, red ones offline.</p>"));
    const std::pair<const char *, QString> texts[] = {
        {"scenarioDock", tr("<b>Scenario</b><p>The scenario's name, seed and nodes, and its fault plan: the faults it "
                            "injects at fixed virtual times.</p>")},
        {"eventLogDock", tr("<b>Event Log</b><p>What the cluster did, in sentences: elections, ISR changes, fencing, "
                            "truncation, rebalances and transactions, with their virtual times.</p>")},
        {"partitionLogDock", tr("<b>Partition Logs</b><p>Each replica's log from its start to its end, with the high "
                                "watermark marked: a follower falling behind or truncating shows here. Click a partition "
                                "to browse its records.</p>")},
        {"chartsDock", tr("<b>Charts</b><p>Throughput, produce latency, consumer lag, end-to-end latency and queue depth "
                          "over virtual time. Hover to read values; right-click to export PNG or CSV.</p>")},
        {"messagesDock", tr("<b>Messages</b><p>Page through a partition's records. Select one to trace it: whether it "
                            "is committed, which replicas hold it, who wrote it and which groups consumed it.</p>")},
        {"publishDock", tr("<b>Publish</b><p>Write records by hand with acks 0, 1 or all, idempotently or in a "
                           "transaction you commit or abort, or repeat one at a rate.</p>")},
        {"consumeDock", tr("<b>Consume</b><p>Join a consumer group with a consumer of your own and watch its "
                           "assignment, positions and lag; commit by hand or automatically.</p>")},
        {"producersDock", tr("<b>Producers</b><p>Each producer's sent, acknowledged, failed and retried records and "
                             "its latency percentiles.</p>")},
        {"groupsDock", tr("<b>Groups</b><p>Consumer groups: state, generation, members and per partition the "
                          "committed offset and lag. Crash Member, Add Member and Stop Member act on the selected "
                          "group.</p>")},
        {"clientsDock", tr("<b>Clients</b><p>Real Kafka clients connected to the Kafka listeners (Simulation menu), "
                           "with what they asked for.</p>")},
        {"nodesDock", tr("<b>Nodes</b><p>The node cards' figures as a table, one row per node.</p>")},
        {"labDock", tr("<b>Lab</b><p>Runs delivery pipelines side by side under the same faults and counts what each "
                       "lost and duplicated. Click a lost or duplicated record to read what caused it.</p>")},
        {"queuesDock", tr("<b>Queues</b><p>Each queue's ready, unacknowledged and dead-lettered messages.</p>")},
        {"topologyDock", tr("<b>Topology</b><p>The scenario as a diagram. Add and connect topics, producers, services, "
                            "queues and exchanges and change their settings; every edit can be undone and the running "
                            "cluster follows it.</p>")},
    };
    for (const auto &[name, text] : texts)
        if (auto *dock = findChild<QDockWidget *>(QLatin1String(name)))
            dock->widget()->setWhatsThis(text);
}

} // namespace bb
