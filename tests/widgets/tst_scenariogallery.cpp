// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "models/scenariolistmodel.h"
#include "topology/scenariojson.h"
#include "gallery/scenariogallery.h"

using namespace bb;

class TestScenarioGallery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyBundledScenarioAppears();
    void cardsFitTheirText_data();
    void cardsFitTheirText();
    void doubleClickOpens();
    void enterAndOpenButtonOpen();
    void startsOnTheLoadedScenario();
};

void TestScenarioGallery::everyBundledScenarioAppears()
{
    ScenarioListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList names = bundledScenarios();
    QVERIFY(names.size() >= 3);
    QCOMPARE(model.rowCount(), names.size());
    for (int row = 0; row < names.size(); ++row) {
        const QModelIndex index = model.index(row);
        auto s = loadScenario(names[row]);
        QVERIFY(s.ok());
        QCOMPARE(index.data(ScenarioListModel::NameRole).toString(), names[row]);
        QCOMPARE(index.data().toString(), s->title);
        QVERIFY(!s->description.isEmpty());
        QCOMPARE(index.data(ScenarioListModel::DescriptionRole).toString(), s->description);
        const QString facts = index.data(ScenarioListModel::FactsRole).toString();
        QVERIFY2(facts.contains(QStringLiteral("seed %1").arg(s->seed)), qPrintable(facts));
        QVERIFY2(!facts.contains(QStringLiteral("(s)")), qPrintable(facts));
        QVERIFY(index.flags() & Qt::ItemIsEnabled);
        QVERIFY(model.scenarioAt(row));
        QCOMPARE(model.scenarioAt(row)->name, names[row]);
    }
    const QString facts = model.index(model.rowOf(QStringLiteral("default"))).data(ScenarioListModel::FactsRole).toString();
    QCOMPARE(facts, QStringLiteral("3 nodes · 1 topic, 6 partitions · 1 producer · no scheduled faults · seed 42"));
    model.reload();
    QCOMPARE(model.rowCount(), names.size());
}

void TestScenarioGallery::cardsFitTheirText_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("wide") << 900;
    QTest::newRow("narrow") << 360;
}

// Every card is tall enough for its description wrapped at the list's width.
void TestScenarioGallery::cardsFitTheirText()
{
    QFETCH(int, width);
    ScenarioGallery gallery;
    gallery.resize(width, 500);
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    QListView *list = gallery.list();
    const int textWidth = list->viewport()->width() - 2 * (6 + 12);
    int previousBottom = -1;
    for (int row = 0; row < gallery.model()->rowCount(); ++row) {
        const QModelIndex index = gallery.model()->index(row);
        const QString description = index.data(ScenarioListModel::DescriptionRole).toString();
        const int needed = list->fontMetrics().boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, description).height()
            + list->fontMetrics().height() * 2;
        const QRect rect = list->visualRect(index);
        QVERIFY2(rect.height() > needed, qPrintable(QStringLiteral("row %1: %2 <= %3").arg(row).arg(rect.height()).arg(needed)));
        QVERIFY(rect.width() <= list->viewport()->width());
        QVERIFY(rect.top() > previousBottom); // no overlap
        previousBottom = rect.bottom();
    }
}

void TestScenarioGallery::doubleClickOpens()
{
    ScenarioGallery gallery;
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    QSignalSpy chosen(&gallery, &ScenarioGallery::scenarioChosen);
    const QModelIndex index = gallery.model()->index(gallery.model()->rowOf(QStringLiteral("power-loss")));
    QVERIFY(index.isValid());
    gallery.list()->scrollTo(index);
    const QPoint at = gallery.list()->visualRect(index).center();
    QTest::mouseClick(gallery.list()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(gallery.list()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.front().front().value<Scenario>().name, QStringLiteral("power-loss"));
    QCOMPARE(gallery.result(), int(QDialog::Accepted));
    QVERIFY(!gallery.isVisible());
}

void TestScenarioGallery::enterAndOpenButtonOpen()
{
    ScenarioGallery gallery;
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    QSignalSpy chosen(&gallery, &ScenarioGallery::scenarioChosen);
    gallery.list()->setFocus();
    gallery.list()->setCurrentIndex(gallery.model()->index(gallery.model()->rowOf(QStringLiteral("leader-failover"))));
    QTest::keyClick(gallery.list(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.last().front().value<Scenario>().name, QStringLiteral("leader-failover"));

    gallery.show();
    gallery.setCurrent(QStringLiteral("default"));
    QVERIFY(gallery.openButton()->isEnabled());
    QTest::mouseClick(gallery.openButton(), Qt::LeftButton);
    QCOMPARE(chosen.count(), 2);
    QCOMPARE(chosen.last().front().value<Scenario>().name, QStringLiteral("default"));
}

void TestScenarioGallery::startsOnTheLoadedScenario()
{
    ScenarioGallery gallery;
    gallery.setCurrent(QStringLiteral("power-loss"));
    QCOMPARE(gallery.selectedScenario()->name, QStringLiteral("power-loss"));
    gallery.setCurrent(QStringLiteral("not-bundled"));
    QVERIFY(gallery.selectedScenario()); // falls back to the first
    QCOMPARE(gallery.list()->currentIndex().row(), 0);
}

QTEST_MAIN(TestScenarioGallery)
#include "tst_scenariogallery.moc"
