// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QLabel>
#include <QScrollBar>
#include <QTest>

#include "lab/faulttimeline.h"
#include "lab/labchart.h"
#include "lab/labexamplemodel.h"
#include "lab/labmodemodel.h"
#include "lab/labview.h"
#include "lab/semanticslab.h"
#include "topology/scenariojson.h"

using namespace bb;

Q_DECLARE_METATYPE(bb::LabResult)

// The lab view runs the bundled delivery-semantics lab live and ends with
// the numbers the core gives, explains a lost payment when it is clicked,
// cancels, and shows saved results.
class TestLabView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void offersScenariosWithALab();
    void runMatchesTheCore();
    void clickingALostPaymentExplainsIt();
    void listSaysHowManyItShows();
    void sameSeedSameNumbers();
    void cancelStopsTheRun();
    void savedResultIsShown();
    void timelineMarksEveryFault();

private:
    // Runs the selected scenario to its end (flat out by default); the
    // result it emitted.
    LabResult runToEnd(double speed = 0);
    static ModeResult modeOf(const std::vector<ModeResult> &modes, Guarantee g);
    // The selected scenario's modes, with dashes for counters.
    bool showsNoRun() const;

    std::unique_ptr<LabView> m_view;
    Scenario m_scenario;
    LabReport m_core; // the same lab, run by the core in one go
};

void TestLabView::initTestCase()
{
    qRegisterMetaType<LabResult>();
    auto s = loadScenario(QStringLiteral("delivery-semantics"));
    QVERIFY(s.ok());
    m_scenario = *s;
    auto lab = SemanticsLab::create(m_scenario, *m_scenario.lab, m_scenario.seed);
    QVERIFY(lab.ok());
    (*lab)->runToEnd();
    m_core = (*lab)->report(m_scenario.name, m_scenario.seed);
}

void TestLabView::init()
{
    m_view = std::make_unique<LabView>();
    m_view->resize(1400, 380);
    m_view->setCurrentScenario(defaultScenario()); // no lab: the bundled ones are offered
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(m_view->selectScenario(m_scenario.name));
}

void TestLabView::cleanup() { m_view.reset(); }

ModeResult TestLabView::modeOf(const std::vector<ModeResult> &modes, Guarantee g)
{
    for (const auto &r : modes)
        if (r.mode == g)
            return r;
    return {};
}

LabResult TestLabView::runToEnd(double speed)
{
    m_view->speedCombo()->setCurrentIndex(m_view->speedCombo()->findData(speed));
    QSignalSpy ready(m_view.get(), &LabView::resultReady);
    QTest::mouseClick(m_view->runButton(), Qt::LeftButton);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 120000); }();
    return ready.isEmpty() ? LabResult{} : ready.first().first().value<LabResult>();
}

bool TestLabView::showsNoRun() const
{
    const LabModeModel *model = m_view->modeModel();
    if (model->isFinal() || model->columnCount() != int(m_scenario.lab->modes.size()) || model->rowCount() != LabModeModel::Count)
        return false;
    for (const ModeResult &r : model->results())
        if (r.sent != 0)
            return false;
    return model->index(LabModeModel::Lost, 0).data().toString() == QStringLiteral("—");
}

void TestLabView::offersScenariosWithALab()
{
    QComboBox *combo = m_view->scenarioCombo();
    QVERIFY(combo->count() >= 1);
    QCOMPARE(m_view->selectedScenario()->name, m_scenario.name);
    QCOMPARE(m_view->seedSpin()->value(), int(m_scenario.seed));
    QVERIFY(m_view->runButton()->isEnabled());
    QVERIFY(!m_view->cancelButton()->isEnabled());
    // A loaded scenario with a lab comes first and is selected.
    Scenario mine = m_scenario;
    mine.name = QStringLiteral("my-lab");
    mine.title = QStringLiteral("My lab");
    mine.seed = 5;
    m_view->setCurrentScenario(mine);
    QCOMPARE(combo->currentIndex(), 0);
    QVERIFY(combo->currentText().contains(QStringLiteral("My lab")));
    QCOMPARE(m_view->seedSpin()->value(), 5);
    QVERIFY(m_view->selectScenario(m_scenario.name));
}

void TestLabView::runMatchesTheCore()
{
    QAbstractItemModelTester modes(m_view->modeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester examples(m_view->exampleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy progressed(m_view->runner(), &LabRunner::progressed);
    // Watch the counters move while the lab runs.
    std::vector<std::int64_t> sentSeen;
    connect(m_view->runner(), &LabRunner::progressed, this, [&] {
        QVERIFY(m_view->isRunning());
        QVERIFY(!m_view->runButton()->isEnabled());
        QVERIFY(m_view->cancelButton()->isEnabled());
        QVERIFY(!m_view->modeModel()->isFinal());
        sentSeen.push_back(m_view->modeModel()->results().front().sent);
    });
    // Paced (about two seconds), so that even a busy machine shows steps.
    const LabResult result = runToEnd(10.0);
    QVERIFY(progressed.count() >= 5);
    QVERIFY(std::is_sorted(sentSeen.begin(), sentSeen.end()));
    QVERIFY(sentSeen.front() < sentSeen.back());

    const auto &shown = m_view->modeModel()->results();
    QVERIFY(m_view->modeModel()->isFinal());
    QVERIFY(shown == m_core.modes);
    QVERIFY(modeOf(shown, Guarantee::AtMostOnce).lost > 0);
    QVERIFY(modeOf(shown, Guarantee::AtLeastOnce).duplicated > 0);
    QCOMPARE(modeOf(shown, Guarantee::ExactlyOnce).lost, std::int64_t(0));
    QCOMPARE(modeOf(shown, Guarantee::ExactlyOnce).duplicated, std::int64_t(0));

    // The table says it, the chart draws it.
    LabModeModel *model = m_view->modeModel();
    QCOMPARE(model->columnCount(), int(m_core.modes.size()));
    for (int c = 0; c < model->columnCount(); ++c) {
        const ModeResult &r = m_core.modes[std::size_t(c)];
        QCOMPARE(model->index(LabModeModel::Lost, c).data().toString(), QLocale().toString(qlonglong(r.lost)));
        QCOMPARE(model->index(LabModeModel::Duplicated, c).data().toString(), QLocale().toString(qlonglong(r.duplicated)));
        QCOMPARE(model->index(LabModeModel::Late, c).data().toString(), QLocale().toString(qlonglong(r.pending)));
        QCOMPARE(m_view->chart()->barSet(LabChart::Lost)->at(c), double(r.lost));
        QCOMPARE(m_view->chart()->barSet(LabChart::Duplicated)->at(c), double(r.duplicated));
        QCOMPARE(m_view->chart()->barSet(LabChart::ExactlyOnce)->at(c), double(r.exactlyOnce));
    }
    QCOMPARE(model->headerData(LabModeModel::Lost, Qt::Vertical).toString(), tr("Lost"));
    QCOMPARE(m_view->chart()->barSet(LabChart::Lost)->label(), tr("Lost"));
    QCOMPARE(m_view->timeline()->time(), m_core.time);

    // The emitted result is the core's report.
    QCOMPARE(result.scenario, m_scenario.name);
    QCOMPARE(result.seed, m_scenario.seed);
    auto saved = labReportFromJson(result.json, QStringLiteral("result"));
    QVERIFY(saved.ok());
    QCOMPARE(saved->traceHash, m_core.traceHash);
    QVERIFY(m_view->statusText().contains(QStringLiteral("%1").arg(m_core.traceHash, 16, 16, QLatin1Char('0'))));
}

void TestLabView::clickingALostPaymentExplainsIt()
{
    runToEnd();
    LabExampleModel *model = m_view->exampleModel();
    QVERIFY(model->rowCount() > 0);
    int lost = -1;
    for (int r = 0; r < model->rowCount() && lost < 0; ++r)
        if (model->row(r).outcome == PaymentOutcome::Lost)
            lost = r;
    QVERIFY(lost >= 0);
    const QString before = m_view->explanationText();
    QVERIFY(m_view->tabs()->tabText(1).contains(QString::number(model->rowCount())));
    m_view->tabs()->setCurrentIndex(1);
    QTableView *table = m_view->exampleTable();
    QVERIFY(table->isVisible());
    table->scrollTo(model->index(lost, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(model->index(lost, LabExampleModel::Payment)).center());
    const QString text = m_view->explanationText();
    QVERIFY(text != before);
    const LabExampleModel::Row &row = model->row(lost);
    QVERIFY(!row.explanation.text.isEmpty());
    QVERIFY2(text.contains(QStringLiteral("Payment %1 was lost").arg(row.explanation.id)), qPrintable(text));
    QVERIFY2(text.contains(row.explanation.text.mid(1).toHtmlEscaped()), qPrintable(text));
}

// The lab explains only the first payments of each guarantee; the list
// says how many it shows of how many there were, and the explanation gets
// the larger share of the tab.
void TestLabView::listSaysHowManyItShows()
{
    runToEnd();
    std::int64_t total = 0;
    for (const ModeResult &r : m_core.modes)
        total += r.lost + r.duplicated;
    const int shown = m_view->exampleModel()->rowCount();
    QCOMPARE(m_view->exampleModel()->total(), total);
    QVERIFY2(shown < total, "the delivery-semantics lab loses more payments than it explains");
    const QString of = QStringLiteral("%1 of %2").arg(QLocale().toString(shown), QLocale().toString(qlonglong(total)));
    QCOMPARE(m_view->tabs()->tabText(1), QStringLiteral("Lost and duplicated (%1)").arg(of));
    m_view->tabs()->setCurrentIndex(1);
    QVERIFY(m_view->examplesNote()->isVisible());
    QVERIFY2(m_view->examplesNote()->text().startsWith(QStringLiteral("Showing %1:").arg(of)), qPrintable(m_view->examplesNote()->text()));
    auto *pane = m_view->findChild<QWidget *>(QStringLiteral("labExplanation"));
    QVERIFY(pane && pane->isVisible());
    QTRY_VERIFY2(pane->width() > 2 * m_view->exampleTable()->width(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(pane->width()).arg(m_view->exampleTable()->width())));
    QVERIFY(!m_view->exampleTable()->horizontalScrollBar()->isVisible()); // every column whole
}

void TestLabView::sameSeedSameNumbers()
{
    const LabResult first = runToEnd();
    const auto shown = m_view->modeModel()->results();
    const LabResult second = runToEnd();
    QVERIFY(m_view->modeModel()->results() == shown);
    QCOMPARE(second.json, first.json);
    // Another seed is another run.
    m_view->seedSpin()->setValue(int(m_scenario.seed) + 1);
    const LabResult other = runToEnd();
    QVERIFY(other.json != first.json);
    QCOMPARE(other.seed, m_scenario.seed + 1);
}

void TestLabView::cancelStopsTheRun()
{
    m_view->speedCombo()->setCurrentIndex(m_view->speedCombo()->findData(1.0));
    QSignalSpy ready(m_view.get(), &LabView::resultReady);
    QSignalSpy progressed(m_view->runner(), &LabRunner::progressed);
    QTest::mouseClick(m_view->runButton(), Qt::LeftButton);
    QVERIFY(m_view->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(progressed.count() >= 2, 20000);
    QVERIFY(m_view->statusText().startsWith(tr("Running")));
    QTest::mouseClick(m_view->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isRunning(), 5000);
    QVERIFY(m_view->statusText().startsWith(tr("Cancelled")));
    QVERIFY(m_view->runButton()->isEnabled());
    QVERIFY(m_view->timeline()->time() > 0 && m_view->timeline()->time() < m_core.time);
    QTest::qWait(200);
    QCOMPARE(ready.count(), 0);
    QVERIFY(!m_view->modeModel()->isFinal());
}

void TestLabView::savedResultIsShown()
{
    QAbstractItemModelTester modes(m_view->modeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester examples(m_view->exampleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(showsNoRun());
    QVERIFY(!m_view->savedCombo()->isEnabled());
    const LabResult saved = LabView::toLabResult(m_core, QStringLiteral("saved earlier"));
    m_view->setSavedResults({saved});
    QVERIFY(m_view->savedCombo()->isEnabled());
    QVERIFY(m_view->savedCombo()->currentText().contains(QStringLiteral("saved earlier")));
    QVERIFY(m_view->modeModel()->isFinal());
    const auto &shown = m_view->modeModel()->results();
    QCOMPARE(shown.size(), m_core.modes.size());
    for (std::size_t i = 0; i < shown.size(); ++i) {
        QCOMPARE(shown[i].lost, m_core.modes[i].lost);
        QCOMPARE(shown[i].duplicated, m_core.modes[i].duplicated);
        QCOMPARE(shown[i].lostExamples, m_core.modes[i].lostExamples);
    }
    QVERIFY(m_view->exampleModel()->rowCount() > 0);
    // A workbench without results shows nothing.
    m_view->setSavedResults({});
    QVERIFY(showsNoRun());
    QCOMPARE(m_view->exampleModel()->rowCount(), 0);
}

void TestLabView::timelineMarksEveryFault()
{
    const FaultTimeline *t = m_view->timeline();
    QCOMPARE(t->end(), SemanticsLab::duration(*m_scenario.lab));
    // crash + restart of node 1 is one span; two client faults.
    QCOMPARE(int(t->marks().size()), 3);
    for (const TimelineMark &m : t->marks()) {
        QVERIFY(m.isSpan());
        QVERIFY(!m.label.isEmpty() && !m.detail.isEmpty());
    }
    QCOMPARE(t->marks().front().at, 2 * kSecond); // the consumer crash comes first
    QCOMPARE(t->marks().back().at, 4500 * kMillisecond);
    QCOMPARE(t->marks().back().end, 6500 * kMillisecond);
    // Wide or narrow, every label is inside the widget (which grows lanes
    // as it needs), none overlaps another, and hovering it finds its mark.
    FaultTimeline *timeline = m_view->timeline();
    for (int width : {timeline->width(), 260}) {
        timeline->resize(width, timeline->height());
        timeline->resize(width, timeline->sizeHint().height());
        for (int i = 0; i < int(t->marks().size()); ++i) {
            const QRectF label = t->labelRect(i);
            QVERIFY2(QRectF(t->rect()).contains(label), qPrintable(QStringLiteral("width %1, mark %2").arg(width).arg(i)));
            QCOMPARE(t->markAt(label.center().toPoint()), i);
            for (int j = i + 1; j < int(t->marks().size()); ++j)
                QVERIFY(!label.intersects(t->labelRect(j)));
        }
    }
}

QTEST_MAIN(TestLabView)
#include "tst_labview.moc"
