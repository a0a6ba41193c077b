// Help: the guide reads the bundled pages, follows links between them and
// refuses the rest with a sentence; the shortcut list shows the window's
// real shortcuts; every view answers What's This.
#include <QTest>

#include "help/helpbrowser.h"
#include "help/shortcutlist.h"
#include "mainwindow.h"
#include "views/clusterview.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>

using namespace bb;

namespace {

QAction *action(MainWindow &w, const char *name) { return w.findChild<QAction *>(QLatin1String(name)); }

HelpBrowser *openGuide(MainWindow &w)
{
    QAction *guide = action(w, "helpGuideAction");
    if (!guide)
        return nullptr;
    guide->trigger();
    return w.findChild<HelpBrowser *>();
}

void click(HelpBrowser *help, const QString &link)
{
    auto *page = help->findChild<QTextBrowser *>(QStringLiteral("helpPage"));
    Q_EMIT page->anchorClicked(QUrl(link));
}

// The Markdown pages the guide bundles, as they are in the source tree.
QStringList sourcePages()
{
    QStringList pages{QStringLiteral("README.md")};
    for (const QString &f : QDir(QStringLiteral(BB_SOURCE_DIR "/docs")).entryList({QStringLiteral("*.md")}))
        pages << QStringLiteral("docs/") + f;
    return pages;
}

} // namespace

class TestHelp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPageOfTheContentsReads()
    {
        MainWindow w;
        HelpBrowser *help = openGuide(w);
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QCOMPARE(help->currentUrl(), QUrl(QStringLiteral("qrc:/docs/docs/user-guide.md")));
        auto *contents = help->findChild<QListWidget *>(QStringLiteral("helpContents"));
        QVERIFY(contents->count() >= 7);
        for (int row = 0; row < contents->count(); ++row) {
            contents->setCurrentRow(row);
            // The page's first heading, as the source file has it.
            QFile source(QStringLiteral(BB_SOURCE_DIR "/") + help->currentUrl().path().mid(QStringLiteral("/docs/").size()));
            QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(help->currentUrl().toString()));
            // Markdown marks (# and backticks) do not show.
            const QString heading = QString::fromUtf8(source.readLine()).remove(QLatin1Char('#')).remove(QLatin1Char('`')).trimmed();
            QVERIFY2(help->currentText().startsWith(heading), qPrintable(heading));
            QVERIFY2(help->windowTitle().contains(contents->item(row)->text()), qPrintable(help->windowTitle()));
        }
        // Help > Scenario Format opens that page in the same window.
        action(w, "helpScenarioFormatAction")->trigger();
        QCOMPARE(w.findChildren<HelpBrowser *>().size(), 1);
        QCOMPARE(help->currentUrl(), QUrl(QStringLiteral("qrc:/docs/docs/scenario-format.md")));
        QCOMPARE(contents->currentItem()->text(), MainWindow::tr("Scenario Format"));
    }

    void linksFollowInsideAndTheRestIsRefused()
    {
        MainWindow w;
        HelpBrowser *help = openGuide(w);
        QVERIFY(help);
        click(help, QStringLiteral("scenario-format.md"));
        QCOMPARE(help->currentUrl(), QUrl(QStringLiteral("qrc:/docs/docs/scenario-format.md")));
        QVERIFY(help->notice().isEmpty());
        click(help, QStringLiteral("../README.md"));
        QCOMPARE(help->currentUrl(), QUrl(QStringLiteral("qrc:/docs/README.md")));
        // A source file is not in the guide: the page stays, a sentence says why.
        click(help, QStringLiteral("core/engine/engine.h"));
        QCOMPARE(help->currentUrl(), QUrl(QStringLiteral("qrc:/docs/README.md")));
        QVERIFY(help->notice().contains(QStringLiteral("core/engine/engine.h")));
        // Back goes to the page before, and a page link clears the sentence.
        auto *page = help->findChild<QTextBrowser *>(QStringLiteral("helpPage"));
        page->backward();
        QCOMPARE(help->currentUrl(), QUrl(QStringLiteral("qrc:/docs/docs/scenario-format.md")));
        click(help, QStringLiteral("../README.md"));
        QVERIFY(help->notice().isEmpty());
    }

    // Every link from one bundled page to another page of docs/ or the README
    // resolves to a bundled page, so a renamed document cannot leave a dead
    // link. (Links into the source tree, tests/fuzz/README.md, are refused
    // with a sentence, as linksFollowInsideAndTheRestIsRefused shows.)
    void linksBetweenPagesAllResolve()
    {
        const QRegularExpression link(QStringLiteral("\\]\\(([^)#:]+\\.md)(#[^)]*)?\\)"));
        int checked = 0;
        for (const QString &path : sourcePages()) {
            QFile f(QStringLiteral(BB_SOURCE_DIR "/") + path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const QUrl base(QStringLiteral("qrc:/docs/") + path);
            for (auto it = link.globalMatch(text); it.hasNext();) {
                const QUrl target = base.resolved(QUrl(it.next().captured(1)));
                if (!target.path().startsWith(QStringLiteral("/docs/docs/")) && target.path() != QStringLiteral("/docs/README.md"))
                    continue;
                QVERIFY2(QFile::exists(QStringLiteral(":") + target.path()), qPrintable(path + QStringLiteral(" -> ") + target.toString()));
                ++checked;
            }
        }
        QVERIFY(checked >= 3);
    }

    void picturesFitThePage()
    {
        MainWindow w;
        HelpBrowser *help = openGuide(w);
        QVERIFY(help);
        help->resize(700, 600);
        help->open(QUrl(QStringLiteral("qrc:/docs/README.md")));
        auto *page = help->findChild<QTextBrowser *>(QStringLiteral("helpPage"));
        const QUrl picture(QStringLiteral("docs/screenshots/default.png"));
        QTRY_VERIFY(page->document()->resource(QTextDocument::ImageResource, picture).isValid());
        const QImage shown = page->document()->resource(QTextDocument::ImageResource, picture).value<QImage>();
        QVERIFY(QImage(QStringLiteral(":/docs/docs/screenshots/default.png")).width() > page->viewport()->width());
        QVERIFY(shown.width() > 100);
        QVERIFY(shown.width() <= page->viewport()->width());
    }

    void shortcutListShowsTheWindowsShortcuts()
    {
        MainWindow w;
        action(w, "helpShortcutsAction")->trigger();
        auto *list = w.findChild<ShortcutList *>();
        QVERIFY(list);
        QTableWidget *table = list->table();
        QMap<QString, QString> rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows.insert(table->item(r, 0)->text(), table->item(r, 1)->text());
        QCOMPARE(rows.value(QStringLiteral("Restart (Same Seed)")), QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));
        QCOMPARE(rows.value(QStringLiteral("Step 100 ms")), QStringLiteral("F10"));
        QCOMPARE(rows.value(QStringLiteral("Scenario Gallery")), QKeySequence(Qt::CTRL | Qt::Key_G).toString(QKeySequence::NativeText));
        QVERIFY(rows.contains(QStringLiteral("Brokerbench Guide")));
        // Each action with a shortcut is listed once, with no accelerator marks.
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            QVERIFY2(!it.key().contains(QLatin1Char('&')), qPrintable(it.key()));
            QVERIFY(!it.value().isEmpty());
        }
    }

    void everyViewSaysWhatItIs()
    {
        MainWindow w;
        QVERIFY(action(w, "whatsThisAction"));
        QVERIFY(w.findChild<ClusterView *>()->whatsThis().contains(QStringLiteral("Crash")));
        const auto docks = w.findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 14);
        for (QDockWidget *dock : docks)
            QVERIFY2(!dock->widget()->whatsThis().isEmpty(), qPrintable(dock->objectName()));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
