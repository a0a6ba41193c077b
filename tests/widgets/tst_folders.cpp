// Where file dialogs open: the folder last used, else the standard folder,
// else home when the standard folder does not exist.
#include <QTest>

#include "common/folders.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

using namespace bb;

class TestFolders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("brokerbench-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_folders"));
        QSettings().clear();
    }

    void fallsBackToHomeThenStandardThenTheLastUsed()
    {
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        QVERIFY(!pictures.isEmpty());
        QDir(pictures).removeRecursively();
        QCOMPARE(startFolder(QStringLiteral("chartImages"), QStandardPaths::PicturesLocation), QDir::homePath());

        QVERIFY(QDir().mkpath(pictures));
        QCOMPARE(startFolder(QStringLiteral("chartImages"), QStandardPaths::PicturesLocation), pictures);

        QTemporaryDir chosen;
        QVERIFY(chosen.isValid());
        rememberFolder(QStringLiteral("chartImages"), chosen.filePath(QStringLiteral("lag.png")));
        QCOMPARE(startFolder(QStringLiteral("chartImages"), QStandardPaths::PicturesLocation), QFileInfo(chosen.path()).absoluteFilePath());
        // Kinds are remembered apart.
        QCOMPARE(startFolder(QStringLiteral("chartData"), QStandardPaths::PicturesLocation), pictures);

        // A remembered folder that is gone falls back again.
        const QString gone = chosen.path();
        chosen.remove();
        QVERIFY(!QFileInfo::exists(gone));
        QCOMPARE(startFolder(QStringLiteral("chartImages"), QStandardPaths::PicturesLocation), pictures);
        QDir(pictures).removeRecursively();
        QSettings().clear();
    }
};

QTEST_MAIN(TestFolders)
#include "tst_folders.moc"
