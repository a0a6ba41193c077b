// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QTest>

#include "common/format.h"

using namespace bb;

class TestFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void speed_data();
    void speed();
};

void TestFormat::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestFormat::speed_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<QString>("text");
    // The speed menu's factors: never in scientific notation.
    QTest::newRow("tenth") << 0.1 << QStringLiteral("0.1x");
    QTest::newRow("half") << 0.5 << QStringLiteral("0.5x");
    QTest::newRow("quarter") << 0.25 << QStringLiteral("0.25x");
    QTest::newRow("one") << 1.0 << QStringLiteral("1x");
    QTest::newRow("hundred") << 100.0 << QStringLiteral("100x");
    QTest::newRow("thousand") << 1000.0 << QStringLiteral("1,000x");
    QTest::newRow("achieved") << 1234.567 << QStringLiteral("1,234.57x");
    QTest::newRow("achieved, slow") << 0.8333 << QStringLiteral("0.83x");
}

void TestFormat::speed()
{
    QFETCH(double, factor);
    QFETCH(QString, text);
    QCOMPARE(formatSpeed(factor), text);
}

QTEST_MAIN(TestFormat)
#include "tst_format.moc"
