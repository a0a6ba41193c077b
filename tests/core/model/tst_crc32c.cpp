#include "model/crc32c.h"

#include <QByteArray>
#include <QTest>

using namespace bb;

class TestCrc32c : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownValues_data();
    void knownValues();
    void extends();
    void hardwareMatchesTable();
};

void TestCrc32c::knownValues_data()
{
    // RFC 3720 (iSCSI) appendix B.4 and the usual check value.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<uint>("crc");
    QTest::newRow("123456789") << QByteArray("123456789") << 0xE3069283u;
    QTest::newRow("32 zeros") << QByteArray(32, '\0') << 0x8A9136AAu;
    QTest::newRow("32 ones") << QByteArray(32, char(0xFF)) << 0x62A8AB43u;
    QByteArray ascending(32, '\0');
    for (int i = 0; i < 32; ++i)
        ascending[i] = char(i);
    QTest::newRow("ascending") << ascending << 0x46DD794Eu;
    QTest::newRow("empty") << QByteArray() << 0u;
}

void TestCrc32c::knownValues()
{
    QFETCH(QByteArray, data);
    QFETCH(uint, crc);
    QCOMPARE(crc32c(data.constData(), std::size_t(data.size())), crc);
    QCOMPARE(crc32cPortable(data.constData(), std::size_t(data.size())), crc);
}

void TestCrc32c::extends()
{
    const QByteArray all("The quick brown fox jumps over the lazy dog, twice over the lazy dog.");
    const std::uint32_t whole = crc32c(all.constData(), std::size_t(all.size()));
    for (qsizetype cut = 0; cut <= all.size(); ++cut) {
        const std::uint32_t head = crc32c(all.constData(), std::size_t(cut));
        QCOMPARE(crc32c(all.constData() + cut, std::size_t(all.size() - cut), head), whole);
    }
}

void TestCrc32c::hardwareMatchesTable()
{
    // Every alignment, and lengths around the 8-byte steps and the
    // 768-byte rounds of the three-stream path, up to a large batch.
    QByteArray data(20000, '\0');
    for (int i = 0; i < data.size(); ++i)
        data[i] = char(i * 37 + 11 + (i >> 9));
    for (int start = 0; start < 9; ++start)
        for (int len = 0; len + start <= data.size(); len += (len < 2400 ? 7 : 997))
            QCOMPARE(crc32c(data.constData() + start, std::size_t(len), 0x1234u),
                     crc32cPortable(data.constData() + start, std::size_t(len), 0x1234u));
}

QTEST_GUILESS_MAIN(TestCrc32c)
#include "tst_crc32c.moc"
