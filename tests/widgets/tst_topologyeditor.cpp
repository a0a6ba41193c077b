// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include "engine/engine.h"
#include "topology/scenariojson.h"
#include "topology/topologyedgeitem.h"
#include "topology/topologyeditor.h"
#include "topology/topologyitem.h"
#include "topology/topologyproperties.h"
#include "topology/topologyscene.h"
#include "topology/topologyview.h"

using namespace bb;

class TestTopologyEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void diagramShowsTheDefaultScenario();
    void bundledScenariosLayOutWithoutOverlaps();
    void addedTopicReachesTheRunningCluster();
    void invalidEditIsRefusedAndChangesNothing();
    void propertyEditsRoundTrip();
    void spinBoxStepsMergeIntoOneUndo();
    void renameAndDeleteThroughTheEditor();
    void topicNamesFollowKafkasRules_data();
    void topicNamesFollowKafkasRules();
    void structuralEditRestartsTheCluster();
    void connectModeDragConnects();
    void movedBoxesKeepTheirPlace();

private:
    template <typename W>
    W *field(const QString &key) const
    {
        return qobject_cast<W *>(m_editor->properties()->field(key));
    }
    // BB_SCREENSHOT_DIR=/some/dir: pictures to look at.
    void shoot(const QString &name) const
    {
        if (const QString dir = qEnvironmentVariable("BB_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_editor->grab().save(dir + QStringLiteral("/topology-") + name + QStringLiteral(".png")));
    }
    SnapshotPtr waitForSnapshot(const std::function<bool(const ClusterSnapshot &)> &ready);

    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<TopologyEditor> m_editor;
};

void TestTopologyEditor::init()
{
    m_engine = std::make_unique<Engine>();
    m_engine->setSnapshotInterval(20);
    m_editor = std::make_unique<TopologyEditor>();
    m_editor->setEngine(m_engine.get());
    m_editor->resize(1200, 560);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    const Scenario s = defaultScenario();
    QVERIFY(!m_engine->load(s));
    m_editor->setScenario(s);
}

void TestTopologyEditor::cleanup()
{
    m_editor.reset();
    m_engine.reset();
}

SnapshotPtr TestTopologyEditor::waitForSnapshot(const std::function<bool(const ClusterSnapshot &)> &ready)
{
    SnapshotPtr found;
    (void)QTest::qWaitFor([&] {
        const SnapshotPtr s = m_engine->latest();
        if (s && ready(*s))
            found = s;
        return bool(found);
    }, 10000);
    return found;
}

void TestTopologyEditor::diagramShowsTheDefaultScenario()
{
    TopologyScene *scene = m_editor->scene();
    for (const char *key : {"node:0", "node:1", "node:2", "topic:orders", "producer:checkout", "service:billing", "service:analytics"})
        QVERIFY2(scene->item(ElementRef::fromKey(QLatin1String(key))), key);
    QCOMPARE(scene->elementItems().size(), std::size_t(7));
    QCOMPARE(scene->edgeItems().size(), std::size_t(3));
    const TopologyItem *orders = scene->item({ElementKind::Topic, QStringLiteral("orders")});
    QVERIFY(orders->detail().contains(QStringLiteral("6 partitions × RF 3")));
    // Columns: the producer left of the topic, the services right of it.
    const TopologyItem *checkout = scene->item({ElementKind::Producer, QStringLiteral("checkout")});
    const TopologyItem *billing = scene->item({ElementKind::Service, QStringLiteral("billing")});
    QVERIFY(checkout->sceneBox().right() < orders->sceneBox().left());
    QVERIFY(orders->sceneBox().right() < billing->sceneBox().left());
    // The cluster frame holds the nodes and the topic, not the clients.
    QVERIFY(scene->clusterFrame().contains(orders->sceneBox()));
    QVERIFY(scene->clusterFrame().contains(scene->item({ElementKind::Node, QStringLiteral("2")})->sceneBox()));
    QVERIFY(!scene->clusterFrame().intersects(checkout->sceneBox()));
    QCOMPARE(m_editor->properties()->heading(), QStringLiteral("Topology"));
    m_editor->select({ElementKind::Topic, QStringLiteral("orders")});
    QCOMPARE(m_editor->properties()->heading(), QStringLiteral("Topic orders"));
    QCOMPARE(field<QSpinBox>(QStringLiteral("partitions"))->value(), 6);
    QCOMPARE(field<QSpinBox>(QStringLiteral("replicationFactor"))->value(), 3);
    QCOMPARE(field<QSpinBox>(QStringLiteral("minInsyncReplicas"))->value(), 2);
}

void TestTopologyEditor::bundledScenariosLayOutWithoutOverlaps()
{
    for (const QString &file : QDir(QStringLiteral(":/scenarios")).entryList()) {
        const Scenario s = *loadScenario(QFileInfo(file).completeBaseName());
        m_editor->setScenario(s);
        const auto items = m_editor->scene()->elementItems();
        QCOMPARE(items.size(), topologyElements(s).size());
        for (std::size_t i = 0; i < items.size(); ++i)
            for (std::size_t j = i + 1; j < items.size(); ++j)
                QVERIFY2(!items[i]->sceneBox().intersects(items[j]->sceneBox()),
                         qPrintable(file + QLatin1Char(' ') + items[i]->ref().key() + QLatin1Char('/') + items[j]->ref().key()));
        for (const TopologyEdgeItem *e : m_editor->scene()->edgeItems())
            QVERIFY2(e->isVisible() && !e->path().isEmpty(), qPrintable(file + QLatin1Char(' ') + e->edge().key()));
        // At this size every box is in sight, none shrunk below the least scale.
        TopologyView *view = m_editor->view();
        QVERIFY2(view->transform().m11() >= TopologyView::kMinScale, qPrintable(file));
        for (const TopologyItem *item : items)
            QVERIFY2(view->viewport()->rect().contains(view->mapFromScene(item->sceneBox()).boundingRect()),
                     qPrintable(file + QLatin1Char(' ') + item->ref().key()));
        shoot(QFileInfo(file).completeBaseName());
    }
    // A dark palette reaches the scene the boxes paint with.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    m_editor->setPalette(dark);
    QCOMPARE(m_editor->scene()->palette().color(QPalette::Base), QColor(0x1e, 0x1e, 0x1e));
    shoot(QStringLiteral("dark"));
}

void TestTopologyEditor::addedTopicReachesTheRunningCluster()
{
    m_engine->start();
    const SnapshotPtr before = waitForSnapshot([](const ClusterSnapshot &s) { return s.time > 200 * kMillisecond; });
    QVERIFY(before);
    QSignalSpy edited(m_editor.get(), &TopologyEditor::scenarioEdited);
    QVERIFY(!m_editor->addElement(ElementKind::Topic));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(findTopic(m_editor->scenario(), QStringLiteral("topic-1")));
    QVERIFY(findTopic(m_engine->scenario(), QStringLiteral("topic-1")));
    QCOMPARE(m_editor->selectedElement(), (ElementRef{ElementKind::Topic, QStringLiteral("topic-1")}));
    QCOMPARE(edited.count(), 1);
    QVERIFY2(edited.front().at(1).toString().contains(QStringLiteral("running cluster")), qPrintable(edited.front().at(1).toString()));
    const SnapshotPtr after = waitForSnapshot([](const ClusterSnapshot &s) { return s.partition(QStringLiteral("topic-1"), 2) != nullptr; });
    QVERIFY(after);
    QCOMPARE(after->run, before->run); // live: the same run, time went on
    QVERIFY(after->time >= before->time);

    m_editor->undoStack()->undo();
    QVERIFY(!findTopic(m_editor->scenario(), QStringLiteral("topic-1")));
    QVERIFY(!m_editor->scene()->item({ElementKind::Topic, QStringLiteral("topic-1")}));
    QVERIFY(waitForSnapshot([&](const ClusterSnapshot &s) { return s.run != before->run && !s.partition(QStringLiteral("topic-1"), 0); }));
    QVERIFY(!m_engine->isPaused()); // the rebuilt cluster runs on
    m_editor->undoStack()->redo();
    QVERIFY(findTopic(m_engine->scenario(), QStringLiteral("topic-1")));
}

void TestTopologyEditor::invalidEditIsRefusedAndChangesNothing()
{
    m_editor->select({ElementKind::Topic, QStringLiteral("orders")});
    QSignalSpy refused(m_editor.get(), &TopologyEditor::editRefused);
    QSpinBox *rf = field<QSpinBox>(QStringLiteral("replicationFactor"));
    QVERIFY(rf);
    const QByteArray json = scenarioToJson(m_editor->scenario());
    rf->setValue(5);
    QCOMPARE(refused.count(), 1);
    QVERIFY2(m_editor->refusal().contains(QStringLiteral("add nodes or lower the replication factor")), qPrintable(m_editor->refusal()));
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QCOMPARE(scenarioToJson(m_editor->scenario()), json);
    QCOMPARE(scenarioToJson(m_engine->scenario()), json);
    QCOMPARE(rf->value(), 3); // put back
    shoot(QStringLiteral("refused"));

    // The refusal goes away with the next accepted edit.
    field<QSpinBox>(QStringLiteral("partitions"))->setValue(8);
    QVERIFY(m_editor->refusal().isEmpty());
    QCOMPARE(findTopic(m_editor->scenario(), QStringLiteral("orders"))->config.partitions, 8);

    // A publisher needs an exchange the default scenario lacks.
    QVERIFY(m_editor->addElement(ElementKind::Publisher));
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void TestTopologyEditor::propertyEditsRoundTrip()
{
    m_editor->select({ElementKind::Producer, QStringLiteral("checkout")});
    auto *acks = field<QComboBox>(QStringLiteral("acks"));
    QVERIFY(acks);
    QCOMPARE(acks->currentText(), QStringLiteral("all"));
    acks->setCurrentIndex(acks->findText(QStringLiteral("1")));
    Q_EMIT acks->activated(acks->currentIndex());
    field<QCheckBox>(QStringLiteral("idempotent"))->setChecked(true);
    field<QDoubleSpinBox>(QStringLiteral("linger"))->setValue(20);
    field<QDoubleSpinBox>(QStringLiteral("rate"))->setValue(500);
    field<QSpinBox>(QStringLiteral("keys"))->setValue(8);
    const ProducerSpec *p = findProducer(m_editor->scenario(), QStringLiteral("checkout"));
    QCOMPARE(p->config.acks, Acks::Leader);
    QVERIFY(p->config.idempotent);
    QCOMPARE(p->config.linger, 20 * kMillisecond);
    QCOMPARE(p->load.recordsPerSecond, 500.0);
    QCOMPARE(p->load.keys, 8);
    shoot(QStringLiteral("producer"));

    m_editor->select({ElementKind::Service, QStringLiteral("analytics")});
    auto *commit = field<QComboBox>(QStringLiteral("commit"));
    commit->setCurrentIndex(1);
    Q_EMIT commit->activated(1);
    auto *delivery = field<QComboBox>(QStringLiteral("delivery"));
    delivery->setCurrentIndex(1);
    Q_EMIT delivery->activated(1);
    auto *assignor = field<QComboBox>(QStringLiteral("assignor"));
    QCOMPARE(assignor->currentText(), QStringLiteral("cooperative-sticky"));
    assignor->setCurrentIndex(1);
    Q_EMIT assignor->activated(1);
    field<QSpinBox>(QStringLiteral("members"))->setValue(3);
    field<QDoubleSpinBox>(QStringLiteral("processing"))->setValue(2);
    const ServiceSpec *sv = findService(m_editor->scenario(), QStringLiteral("analytics"));
    QCOMPARE(sv->commit, CommitMode::Manual);
    QCOMPARE(sv->delivery, DeliveryMode::Push);
    QCOMPARE(sv->assignor, QStringLiteral("roundrobin"));
    QCOMPARE(sv->members, 3);
    QCOMPARE(sv->processingTime, 2 * kMillisecond);
    shoot(QStringLiteral("service"));

    // What the editor made saves and reads back the same.
    auto reread = scenarioFromJson(scenarioToJson(m_editor->scenario()), QStringLiteral("edited"));
    QVERIFY(reread);
    QCOMPARE(scenarioToJson(*reread), scenarioToJson(m_editor->scenario()));
    QCOMPARE(scenarioToJson(m_engine->scenario()), scenarioToJson(m_editor->scenario()));

    // Undo all the way: the default again, and the panel shows it.
    while (m_editor->undoStack()->canUndo())
        m_editor->undoStack()->undo();
    QCOMPARE(scenarioToJson(m_editor->scenario()), scenarioToJson(defaultScenario()));
    QCOMPARE(field<QSpinBox>(QStringLiteral("members"))->value(), 1);
    QCOMPARE(field<QComboBox>(QStringLiteral("assignor"))->currentText(), QStringLiteral("cooperative-sticky"));
}

void TestTopologyEditor::spinBoxStepsMergeIntoOneUndo()
{
    m_editor->select({ElementKind::Topic, QStringLiteral("orders")});
    QSpinBox *partitions = field<QSpinBox>(QStringLiteral("partitions"));
    partitions->setFocus();
    partitions->stepUp();
    partitions->stepUp();
    partitions->stepUp();
    QCOMPARE(findTopic(m_editor->scenario(), QStringLiteral("orders"))->config.partitions, 9);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    field<QSpinBox>(QStringLiteral("minInsyncReplicas"))->setValue(1);
    QCOMPARE(m_editor->undoStack()->count(), 2);
    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo();
    QCOMPARE(findTopic(m_editor->scenario(), QStringLiteral("orders"))->config.partitions, 6);
    QCOMPARE(partitions->value(), 6);
    // Up and back down again leaves nothing to undo.
    partitions->stepUp();
    partitions->stepDown();
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void TestTopologyEditor::topicNamesFollowKafkasRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("space") << QStringLiteral("my orders") << QStringLiteral("contains \"a space\"; use only the letters a-z and A-Z, digits, '.', '_' and '-'.");
    QTest::newRow("slash") << QStringLiteral("orders/eu") << QStringLiteral("contains \"/\"");
    QTest::newRow("umlaut") << QStringLiteral("bestellungen-ä") << QStringLiteral("contains \"ä\"");
    QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("A topic cannot be named \".\"");
    QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("A topic cannot be named \"..\"");
    QTest::newRow("250 characters") << QString(250, QLatin1Char('a')) << QStringLiteral("has 250 characters; Kafka allows at most 249.");
    QTest::newRow("249 characters") << QString(249, QLatin1Char('a')) << QString();
    QTest::newRow("every legal kind") << QStringLiteral("Orders.v2_eu-1") << QString();
}

// A name Kafka would refuse is refused with a sentence saying the rule; the
// scenario keeps the old name.
void TestTopologyEditor::topicNamesFollowKafkasRules()
{
    QFETCH(QString, name);
    QFETCH(QString, refusal);
    m_editor->select({ElementKind::Topic, QStringLiteral("orders")});
    auto *edit = field<QLineEdit>(QStringLiteral("name"));
    edit->setText(name);
    Q_EMIT edit->editingFinished();
    if (refusal.isEmpty()) {
        QVERIFY2(m_editor->refusal().isEmpty(), qPrintable(m_editor->refusal()));
        QVERIFY(findTopic(m_editor->scenario(), name));
        return;
    }
    QVERIFY2(m_editor->refusal().contains(refusal), qPrintable(m_editor->refusal()));
    QVERIFY(findTopic(m_editor->scenario(), QStringLiteral("orders")));
    QVERIFY(!findTopic(m_editor->scenario(), name));
}

void TestTopologyEditor::renameAndDeleteThroughTheEditor()
{
    m_editor->select({ElementKind::Topic, QStringLiteral("orders")});
    auto *name = field<QLineEdit>(QStringLiteral("name"));
    name->setText(QStringLiteral("purchases"));
    Q_EMIT name->editingFinished();
    QVERIFY(findTopic(m_editor->scenario(), QStringLiteral("purchases")));
    QCOMPARE(m_editor->selectedElement(), (ElementRef{ElementKind::Topic, QStringLiteral("purchases")}));
    QCOMPARE(m_editor->properties()->heading(), QStringLiteral("Topic purchases"));
    QCOMPARE(findProducer(m_editor->scenario(), QStringLiteral("checkout"))->load.topic, QStringLiteral("purchases"));

    // Deleting the topic would leave the producer writing nowhere.
    QVERIFY(m_editor->deleteSelection());
    QVERIFY(m_editor->refusal().contains(QStringLiteral("checkout")));
    QVERIFY(findTopic(m_editor->scenario(), QStringLiteral("purchases")));
    m_editor->select({ElementKind::Service, QStringLiteral("billing")});
    QVERIFY(!m_editor->deleteSelection());
    QVERIFY(!findService(m_editor->scenario(), QStringLiteral("billing")));
    QCOMPARE(m_editor->scene()->edgeItems().size(), std::size_t(2));
    QCOMPARE(m_editor->undoStack()->count(), 2);
}

void TestTopologyEditor::structuralEditRestartsTheCluster()
{
    m_engine->start();
    const SnapshotPtr before = waitForSnapshot([](const ClusterSnapshot &s) { return s.time > 100 * kMillisecond; });
    QVERIFY(before);
    QSignalSpy edited(m_editor.get(), &TopologyEditor::scenarioEdited);
    QVERIFY(!m_editor->addElement(ElementKind::Node));
    QVERIFY(edited.front().at(1).toString().contains(QStringLiteral("restarted")));
    QCOMPARE(m_engine->scenario().cluster.nodes.size(), std::size_t(4));
    QVERIFY(!m_engine->isPaused());
    QVERIFY(waitForSnapshot([&](const ClusterSnapshot &s) { return s.run != before->run && s.nodes.size() == 4; }));
}

void TestTopologyEditor::connectModeDragConnects()
{
    QVERIFY(!m_editor->addElement(ElementKind::Topic)); // topic-1, selected
    TopologyScene *scene = m_editor->scene();
    scene->setConnectMode(true);
    QSignalSpy requested(scene, &TopologyScene::connectRequested);
    TopologyView *view = m_editor->view();
    auto at = [&](const ElementRef &ref) { return view->mapFromScene(scene->item(ref)->sceneBox().center()); };
    const QPoint from = at({ElementKind::Service, QStringLiteral("billing")});
    const QPoint to = at({ElementKind::Topic, QStringLiteral("topic-1")});
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), (from + to) / 2);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(requested.count(), 1);
    const ServiceSpec *billing = findService(m_editor->scenario(), QStringLiteral("billing"));
    QCOMPARE(billing->emits.size(), std::size_t(1));
    QCOMPARE(billing->emits.front().to, QStringLiteral("topic-1"));
    QCOMPARE(scene->edgeItems().size(), std::size_t(4));
}

void TestTopologyEditor::movedBoxesKeepTheirPlace()
{
    TopologyScene *scene = m_editor->scene();
    TopologyItem *checkout = scene->item({ElementKind::Producer, QStringLiteral("checkout")});
    TopologyView *view = m_editor->view();
    const QPoint from = view->mapFromScene(checkout->sceneBox().center());
    const QPoint to = from + QPoint(0, 60);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), from + QPoint(0, 30));
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    const QPointF moved = scene->item({ElementKind::Producer, QStringLiteral("checkout")})->pos();
    QVERIFY(scene->movedPositions().count(QStringLiteral("producer:checkout")));
    const QByteArray state = m_editor->layoutState();
    QVERIFY(!state.isEmpty());
    // An edit rebuilds the diagram: the box stays where it was put.
    QVERIFY(!m_editor->addElement(ElementKind::Topic));
    QCOMPARE(scene->item({ElementKind::Producer, QStringLiteral("checkout")})->pos(), moved);
    // A new scenario forgets it; the saved state brings it back.
    m_editor->setScenario(defaultScenario());
    QVERIFY(m_editor->layoutState().isEmpty());
    m_editor->restoreLayoutState(state);
    QCOMPARE(scene->item({ElementKind::Producer, QStringLiteral("checkout")})->pos(), moved);
}

QTEST_MAIN(TestTopologyEditor)
#include "tst_topologyeditor.moc"
