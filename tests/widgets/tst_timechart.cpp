// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QChart>
#include <QLineSeries>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

#include "charts/timechart.h"

using namespace bb;

class TestTimeChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void hoverShowsEveryLinesValue();
    void leavingThePlotHidesTheValues();
    void emptyPlotSaysWhy();
    void legendNamesAreNeverCut();
    void csvHoldsTheShownSeries();
    void historyIsKeptWhileHiddenAndEndsWithTheRun();
    void exportsWriteFiles();
    void contextMenuOffersTheExports();

private:
    // A point of the plot area (in view coordinates) at `seconds`.
    QPoint plotPoint(double seconds) const;

    std::unique_ptr<TimeChart> m_chart;
    std::vector<Sample> m_orders;
    std::vector<Sample> m_payments;
};

void TestTimeChart::init()
{
    m_orders.clear();
    m_payments.clear();
    for (int i = 1; i <= 40; ++i) {
        m_orders.push_back({i * 250 * kMillisecond, 2000.0 + i});
        if (i % 2 == 0)
            m_payments.push_back({i * 250 * kMillisecond, 12.5});
    }
    m_chart = std::make_unique<TimeChart>(QStringLiteral("Throughput per topic"), QStringLiteral("records/s"));
    m_chart->resize(600, 320);
    m_chart->setLines({{QStringLiteral("orders"), &m_orders, Qt::blue, Qt::SolidLine},
                       {QStringLiteral("payments, EU"), &m_payments, Qt::red, Qt::DashLine}},
                      10 * kSecond);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void TestTimeChart::cleanup()
{
    m_chart.reset();
}

QPoint TestTimeChart::plotPoint(double seconds) const
{
    QChart *c = m_chart->chart();
    const QPointF inChart = c->mapToPosition(QPointF(seconds, 100), m_chart->line(QStringLiteral("orders")));
    return m_chart->mapFromScene(c->mapToScene(inChart));
}

void TestTimeChart::hoverShowsEveryLinesValue()
{
    QVERIFY(!m_chart->valuesShown());
    QTest::mouseMove(m_chart->viewport(), plotPoint(5.05));
    QTRY_VERIFY(m_chart->valuesShown());
    const QString text = m_chart->calloutText();
    QVERIFY2(text.startsWith(QStringLiteral("5.00 s\n")), qPrintable(text)); // snapped to the nearest sample
    QVERIFY2(text.contains(QStringLiteral("orders: 2,020 records/s")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("payments, EU: 12.5 records/s")), qPrintable(text));

    // Between two samples of the second line only the first has a value.
    m_chart->showValuesAt(4.75);
    QVERIFY(m_chart->calloutText().contains(QStringLiteral("orders: 2,019 records/s")));
    QVERIFY(!m_chart->calloutText().contains(QStringLiteral("payments")));
}

// A new run (or a cluster that has not run yet) has no samples: the plot
// says so instead of standing blank.
void TestTimeChart::emptyPlotSaysWhy()
{
    const QString note = QStringLiteral("No data yet");
    m_chart->setEmptyText(note);
    QVERIFY(m_chart->emptyText().isEmpty()); // it has data
    const std::vector<Sample> none;
    m_chart->setLines({{QStringLiteral("orders"), &none, Qt::blue, Qt::SolidLine}}, 0);
    QCOMPARE(m_chart->emptyText(), note);
    m_chart->setLines({}, 0); // no lines at all
    QCOMPARE(m_chart->emptyText(), note);
    m_chart->setLines({{QStringLiteral("orders"), &m_orders, Qt::blue, Qt::SolidLine}}, 10 * kSecond);
    QVERIFY(m_chart->emptyText().isEmpty());
    m_chart->setLines({}, 10 * kSecond);
    m_chart->setEmptyText(QString()); // nothing to say
    QVERIFY(m_chart->emptyText().isEmpty());
}

void TestTimeChart::leavingThePlotHidesTheValues()
{
    QTest::mouseMove(m_chart->viewport(), plotPoint(3));
    QTRY_VERIFY(m_chart->valuesShown());
    QTest::mouseMove(m_chart->viewport(), QPoint(2, 2)); // the chart's margin, outside the plot
    QTRY_VERIFY(!m_chart->valuesShown());
    m_chart->showValuesAt(3);
    QVERIFY(m_chart->valuesShown());
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(m_chart.get(), &leave);
    QVERIFY(!m_chart->valuesShown());

    // The mouse was over the viewport: its Leave is the one that comes.
    QTest::mouseMove(m_chart->viewport(), plotPoint(3));
    QTRY_VERIFY(m_chart->valuesShown());
    QEvent viewportLeave(QEvent::Leave);
    QCoreApplication::sendEvent(m_chart->viewport(), &viewportLeave);
    QVERIFY(!m_chart->valuesShown());
    // New data does not bring it back.
    m_chart->setLines({{QStringLiteral("orders"), &m_orders, Qt::blue, Qt::SolidLine}}, 10 * kSecond);
    QVERIFY(!m_chart->valuesShown());

    // Hidden (its dock tab switched away) under the mouse.
    QTest::mouseMove(m_chart->viewport(), plotPoint(4));
    QTRY_VERIFY(m_chart->valuesShown());
    m_chart->hide();
    QVERIFY(!m_chart->valuesShown());
}

// Names that fit on one line go below the plot; many long ones go beside
// it, where none is cut.
void TestTimeChart::legendNamesAreNeverCut()
{
    QCOMPARE(m_chart->legendAlignment(), Qt::AlignBottom);
    std::vector<TimeChart::Line> lines;
    QStringList names;
    for (int i = 0; i < 8; ++i)
        names << QStringLiteral("checkout-producer-%1 p99").arg(i);
    for (int i = 0; i < names.size(); ++i)
        lines.push_back({names[i], &m_orders, Qt::blue, Qt::SolidLine});
    m_chart->setLines(lines, 10 * kSecond);
    QCOMPARE(m_chart->legendAlignment(), Qt::AlignRight);
    const QFontMetrics fm(m_chart->chart()->legend()->font());
    QVERIFY(m_chart->chart()->legend()->geometry().width() > fm.horizontalAdvance(names.front()));
    // A wide window has room below again.
    m_chart->resize(3000, 320);
    QCOMPARE(m_chart->legendAlignment(), Qt::AlignBottom);
}

void TestTimeChart::csvHoldsTheShownSeries()
{
    const QStringList lines = m_chart->toCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 41);
    QCOMPARE(lines[0], QStringLiteral("virtual_time_s,orders (records/s),\"payments, EU (records/s)\""));
    QCOMPARE(lines[1], QStringLiteral("0.250,2001,"));
    QCOMPARE(lines[2], QStringLiteral("0.500,2002,12.5"));
    QCOMPARE(lines[40], QStringLiteral("10.000,2040,12.5"));

    // The plot shows the last minute; the export holds the whole run, also
    // the samples that have left the snapshots' window since.
    std::vector<Sample> longer;
    for (int i = 1; i <= 400; ++i)
        longer.push_back({i * 250 * kMillisecond, double(2000 + i)});
    m_chart->setLines({{QStringLiteral("orders"), &longer, Qt::blue, Qt::SolidLine}}, 100 * kSecond);
    QCOMPARE(m_chart->line(QStringLiteral("orders"))->points().front().x(), 40.0);
    std::vector<Sample> later(longer.begin() + 200, longer.end()); // a snapshot's window moved on
    for (int i = 401; i <= 480; ++i)
        later.push_back({i * 250 * kMillisecond, double(2000 + i)});
    m_chart->setLines({{QStringLiteral("orders"), &later, Qt::blue, Qt::SolidLine}}, 120 * kSecond);
    const QStringList whole = m_chart->toCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(whole.size(), 481);
    QCOMPARE(whole[0], QStringLiteral("virtual_time_s,orders (records/s)"));
    QCOMPARE(whole[1], QStringLiteral("0.250,2001"));
    QCOMPARE(whole[41], QStringLiteral("10.250,2041"));
    QCOMPARE(whole.back(), QStringLiteral("120.000,2480"));
}

void TestTimeChart::historyIsKeptWhileHiddenAndEndsWithTheRun()
{
    TimeChart hidden(QStringLiteral("Lag"), QStringLiteral("records"));
    std::vector<Sample> lag;
    for (int i = 1; i <= 8; ++i)
        lag.push_back({i * kSecond, double(i)});
    // Recorded without ever being drawn.
    hidden.record({{QStringLiteral("billing"), &lag, Qt::blue, Qt::SolidLine}}, 8 * kSecond);
    QCOMPARE(hidden.history(QStringLiteral("billing")).size(), std::size_t(8));
    QCOMPARE(hidden.lineCount(), 0);
    // The same samples again add nothing; newer ones are appended.
    lag.push_back({9 * kSecond, 9});
    hidden.record({{QStringLiteral("billing"), &lag, Qt::blue, Qt::SolidLine}}, 9 * kSecond);
    QCOMPARE(hidden.history(QStringLiteral("billing")).size(), std::size_t(9));
    QCOMPARE(hidden.history(QStringLiteral("billing")).back().value, 9.0);
    // Time going back is a new run: the old one's samples go.
    const std::vector<Sample> restarted{{kSecond, 42}};
    hidden.record({{QStringLiteral("billing"), &restarted, Qt::blue, Qt::SolidLine}}, kSecond);
    QCOMPARE(hidden.history(QStringLiteral("billing")).size(), std::size_t(1));
    QCOMPARE(hidden.history(QStringLiteral("billing")).front().value, 42.0);

    // Past the cap a line keeps every other sample: the whole span, half the resolution.
    std::vector<Sample> many;
    for (std::size_t i = 0; i <= TimeChart::kHistoryCap; ++i)
        many.push_back({Micros(i + 2) * kSecond, double(i)});
    hidden.record({{QStringLiteral("billing"), &many, Qt::blue, Qt::SolidLine}}, many.back().time);
    const std::vector<Sample> &kept = hidden.history(QStringLiteral("billing"));
    QVERIFY(kept.size() <= TimeChart::kHistoryCap / 2 + 1);
    QCOMPARE(kept.front().value, 42.0);
    QVERIFY(kept.back().time >= many.back().time - kSecond);
}

void TestTimeChart::exportsWriteFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("tput.csv"));
    QVERIFY(!m_chart->exportCsv(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()), m_chart->toCsv());

    m_chart->showValuesAt(5); // not in the picture
    const QString png = dir.filePath(QStringLiteral("tput.png"));
    QVERIFY(!m_chart->exportPng(png));
    QVERIFY(m_chart->valuesShown()); // and back after
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_chart->size() * m_chart->devicePixelRatio());

    const Error err = m_chart->exportCsv(dir.filePath(QStringLiteral("missing/dir/x.csv")));
    QCOMPARE(err.code, Errc::StorageError);
    QVERIFY2(err.message.endsWith(QStringLiteral("Choose another folder or file name.")), qPrintable(err.message));
}

void TestTimeChart::contextMenuOffersTheExports()
{
    std::unique_ptr<QMenu> menu(m_chart->createContextMenu(nullptr));
    auto *png = menu->findChild<QAction *>(QStringLiteral("exportPng"));
    auto *csv = menu->findChild<QAction *>(QStringLiteral("exportCsv"));
    QVERIFY(png && csv);
    QVERIFY(png->isEnabled() && csv->isEnabled());
    TimeChart empty(QStringLiteral("Empty"), QStringLiteral("ms"));
    std::unique_ptr<QMenu> emptyMenu(empty.createContextMenu(nullptr));
    QVERIFY(!emptyMenu->findChild<QAction *>(QStringLiteral("exportCsv"))->isEnabled());
}

QTEST_MAIN(TestTimeChart)
#include "tst_timechart.moc"
