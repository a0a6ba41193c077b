// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/recentfiles.h"

using namespace bb;

class TestRecentFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void mostRecentFirstEachOnce();
    void keepsAtMostEight();
    void pruneDropsMissingFiles();
    void survivesANewInstance();

private:
    QString touch(const QString &name) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRecentFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BrokerbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_recentfiles"));
}

void TestRecentFiles::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestRecentFiles::touch(const QString &name) const
{
    QFile f(m_dir->filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    return f.fileName();
}

void TestRecentFiles::mostRecentFirstEachOnce()
{
    RecentFiles recent;
    QSignalSpy changed(&recent, &RecentFiles::changed);
    const QString a = touch(QStringLiteral("a.bbench")), b = touch(QStringLiteral("b.bbench"));
    recent.add(a);
    recent.add(b);
    QCOMPARE(recent.files(), (QStringList{b, a}));
    // The same file by a relative path moves to the front, not in twice.
    const QString cwd = QDir::currentPath();
    QDir::setCurrent(m_dir->path());
    recent.add(QStringLiteral("a.bbench"));
    QDir::setCurrent(cwd);
    QCOMPARE(recent.files(), (QStringList{a, b}));
    recent.remove(b);
    QCOMPARE(recent.files(), QStringList{a});
    QCOMPARE(changed.count(), 4);
    recent.clear();
    QVERIFY(recent.files().isEmpty());
}

void TestRecentFiles::keepsAtMostEight()
{
    RecentFiles recent;
    QStringList added;
    for (int i = 0; i < 11; ++i) {
        added.prepend(touch(QStringLiteral("w%1.bbench").arg(i)));
        recent.add(added.front());
    }
    QCOMPARE(recent.files().size(), RecentFiles::kMax);
    QCOMPARE(recent.files(), added.mid(0, RecentFiles::kMax));
}

void TestRecentFiles::pruneDropsMissingFiles()
{
    RecentFiles recent;
    const QString kept = touch(QStringLiteral("kept.bbench"));
    const QString gone = touch(QStringLiteral("gone.bbench"));
    recent.add(gone);
    recent.add(kept);
    QVERIFY(QFile::remove(gone));
    QSignalSpy changed(&recent, &RecentFiles::changed);
    QCOMPARE(recent.pruneMissing(), QStringList{gone});
    QCOMPARE(recent.files(), QStringList{kept});
    QCOMPARE(changed.count(), 1);
    QVERIFY(recent.pruneMissing().isEmpty());
    QCOMPARE(changed.count(), 1);
}

void TestRecentFiles::survivesANewInstance()
{
    const QString a = touch(QStringLiteral("a.bbench"));
    RecentFiles(nullptr).add(a);
    QCOMPARE(RecentFiles().files(), QStringList{a});
}

QTEST_GUILESS_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
