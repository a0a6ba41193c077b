// How record bytes read in the message trace: JSON indented or refused,
// hex dumps with offsets and ASCII, cut at a limit that says what is left.
#include <QTest>

#include "messages/recordtext.h"

using namespace bb;

class TestRecordText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonIsIndentedAndOtherBytesAreRefused()
    {
        const QString json = recordJsonText(R"({"order":17,"items":[1,2]})");
        QVERIFY(json.contains(QStringLiteral("\n    \"items\": [")));
        QVERIFY(json.contains(QStringLiteral("\"order\": 17")));
        QVERIFY(recordJsonText("order 17").isNull());
        QVERIFY(recordJsonText(QByteArray("\x01\x02", 2)).isNull());
        QVERIFY(recordJsonText(R"({"order":)").isNull());
    }

    void hexDumpShowsOffsetsBytesAndText()
    {
        QByteArray bytes = "Hello, broker!\n";
        bytes.append(char(0));
        bytes.append("second line");
        const QStringList lines = recordHexDump(bytes, 1024).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(QStringLiteral("00000000  48 65 6c 6c 6f 2c 20 62")), qPrintable(lines[0]));
        QVERIFY(lines[0].endsWith(QStringLiteral("Hello, broker!..")));
        QVERIFY(lines[1].startsWith(QStringLiteral("00000010  73 65 63")));
        QVERIFY(lines[1].endsWith(QStringLiteral("second line")));
        // The ASCII column lines up whatever the last line's length.
        QCOMPARE(lines[1].indexOf(QStringLiteral("second")), lines[0].indexOf(QStringLiteral("Hello")));

        const QString cut = recordHexDump(QByteArray(100, 'x'), 32);
        QCOMPARE(cut.count(QLatin1Char('\n')), 2);
        QVERIFY(cut.endsWith(QStringLiteral("68 more bytes")));
    }
};

QTEST_MAIN(TestRecordText)
#include "tst_recordtext.moc"
