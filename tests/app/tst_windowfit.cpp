// The main window on a small screen (1280x720) in English and German: its
// minimum size fits, and with each dock in front no label, button or field
// is narrower than its text needs or cut off sideways by what holds it, and
// no table or panel scrolls sideways (diagrams and charts may: they zoom).
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTabBar>
#include <QTableView>

#include "localization.h"
#include "mainwindow.h"

#include "common/theme.h"
#include "lab/labview.h"
#include "topology/scenariojson.h"
#include "topology/topologyeditor.h"

using namespace bb;

namespace {

constexpr QSize kSmallScreen{1280, 720};

QString describe(const QWidget *w)
{
    QString text;
    if (auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    else if (auto *combo = qobject_cast<const QComboBox *>(w))
        text = combo->currentText();
    else if (auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
        text = spin->text();
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (!p->objectName().isEmpty()) {
            path.prepend(p->objectName());
            if (qobject_cast<const QDockWidget *>(p))
                break;
        }
    return QStringLiteral("%1 \"%2\" in %3 (%4 px wide)")
        .arg(QString::fromLatin1(w->metaObject()->className()), text.left(40), path.join(QLatin1Char('/')))
        .arg(w->width());
}

// How wide `w` must be to show what it says; 0 for widgets that need no
// particular width (their text elides or wraps by design).
int neededWidth(const QWidget *w)
{
    if (auto *label = qobject_cast<const QLabel *>(w)) {
        if (label->text().isEmpty() || label->wordWrap() || label->textFormat() == Qt::RichText)
            return 0;
        // Mnemonics are not drawn; pictures and the state pill's padding count via the hint.
        const QString text = QString(label->text()).remove(QRegularExpression(QStringLiteral("&(?!&)")));
        const QMargins m = label->contentsMargins();
        return label->fontMetrics().horizontalAdvance(text) + m.left() + m.right() + 2 * label->margin() + std::max(label->indent(), 0);
    }
    if (auto *button = qobject_cast<const QAbstractButton *>(w)) {
        // Styles pad buttons to a pleasant width; what must fit is the text
        // (and icon) within the button's frame.
        if (button->text().isEmpty())
            return 0;
        const QString text = QString(button->text()).remove(QRegularExpression(QStringLiteral("&(?!&)")));
        const int icon = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
        // Text touching the frame looks cut off: 2 px of air each side.
        const int frame = 2 * (button->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button) + 2);
        const int indicator = qobject_cast<const QCheckBox *>(w) || qobject_cast<const QRadioButton *>(w)
            ? button->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, button) + 4 : frame;
        return button->fontMetrics().horizontalAdvance(text) + icon + indicator;
    }
    if (qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w))
        return w->minimumSizeHint().width();
    return 0;
}

// The widgets in `scope` (within the window `root`) a user sees that are narrower than their text
// needs, or cut off on the left or right by an ancestor (a scroll area's
// viewport, a dock). Vertical scrolling is fine; sideways is not.
QStringList clippedWidgets(QWidget *root, QWidget *scope)
{
    QStringList clipped;
    const QList<QWidget *> widgets = scope->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->window() != root->window() || w->visibleRegion().isEmpty())
            continue;
        bool inCanvas = false; // items drawn on a diagram or chart zoom instead
        for (QWidget *p = w->parentWidget(); p && !inCanvas; p = p->parentWidget())
            inCanvas = qobject_cast<QGraphicsView *>(p) != nullptr;
        if (inCanvas)
            continue;
        // Line edits inside spin boxes and combo boxes are their owners' business.
        if (qobject_cast<QLineEdit *>(w) && w->parentWidget()
            && (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget())))
            continue;
        if (const int need = neededWidth(w); need > w->width()) {
            clipped << describe(w) + QStringLiteral(" needs %1 px").arg(need);
            continue;
        }
        if (!neededWidth(w) && !qobject_cast<QLineEdit *>(w))
            continue;
        // Sideways containment in every ancestor up to the window.
        const int left = w->mapTo(root, QPoint(0, 0)).x();
        const int right = left + w->width();
        for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
            const int pLeft = p->mapTo(root, QPoint(0, 0)).x();
            if (left < pLeft - 1 || right > pLeft + p->width() + 1) {
                clipped << describe(w) + QStringLiteral(" is cut off by %1").arg(QString::fromLatin1(p->metaObject()->className()));
                break;
            }
        }
    }
    // Tables and panels that scroll sideways hide columns and fields.
    for (QScrollBar *bar : scope->findChildren<QScrollBar *>()) {
        // Also when the dock has scrolled the bar out of sight.
        if (bar->orientation() != Qt::Horizontal || !bar->isVisible() || bar->maximum() == 0)
            continue;
        QWidget *area = bar->parentWidget() ? bar->parentWidget()->parentWidget() : nullptr;
        if (qobject_cast<QGraphicsView *>(area) || qobject_cast<QTabBar *>(bar->parentWidget()))
            continue;
        clipped << QStringLiteral("%1 %2 scrolls sideways").arg(area ? QString::fromLatin1(area->metaObject()->className()) : QString(),
                                                                area ? area->objectName() : QString());
    }
    return clipped;
}

// Lets queued layouts and snapshots arrive.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

} // namespace

class TestWindowFit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void minimumSizeFitsASmallScreen_data();
    void minimumSizeFitsASmallScreen();
    void nothingIsClippedOnASmallScreen_data();
    void nothingIsClippedOnASmallScreen();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString &scenario, const QString &language);

    QTemporaryDir m_dir;
    QString m_fiveNodes; // the default scenario on five nodes: cards wrap
};

void TestWindowFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BrokerbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowfit"));
    QSettings().clear();
    QFile bundled(QStringLiteral(":/scenarios/default.json"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(bundled.readAll()).object();
    QJsonObject cluster = root.value(QLatin1String("cluster")).toObject();
    QVERIFY(cluster.contains(QLatin1String("nodes")));
    cluster.insert(QLatin1String("nodes"), 5);
    root.insert(QLatin1String("cluster"), cluster);
    m_fiveNodes = m_dir.filePath(QStringLiteral("five-nodes.json"));
    QFile five(m_fiveNodes);
    QVERIFY(five.open(QIODevice::WriteOnly));
    five.write(QJsonDocument(root).toJson());
}

void TestWindowFit::cleanup()
{
    applyTheme(Theme::System);
    installTranslators(QStringLiteral("en"));
}

// A window in `language` on a bundled scenario, run (paused) to 3 s so the
// cards and tables hold the numbers they show while running.
std::unique_ptr<MainWindow> TestWindowFit::makeWindow(const QString &scenario, const QString &language)
{
    installTranslators(language);
    auto w = std::make_unique<MainWindow>();
    w->setErrorReporter([](const QString &title, const QString &message) { QFAIL(qPrintable(title + QLatin1Char(' ') + message)); });
    auto s = loadScenario(scenario);
    if (!s || w->openScenario(*s, false))
        return nullptr;
    w->engine()->step(3 * kSecond);
    bool reached = false;
    const QMetaObject::Connection watch = connect(w->engine(), &Engine::snapshotReady, w.get(), [&reached](const SnapshotPtr &snap) {
        reached = reached || (snap->paused && snap->time >= 3 * kSecond);
    });
    const bool ok = QTest::qWaitFor([&reached] { return reached; }, 20000);
    disconnect(watch);
    return ok ? std::move(w) : nullptr;
}

void TestWindowFit::minimumSizeFitsASmallScreen_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    for (const char *scenario : {"default", "delivery-semantics"})
        for (const char *language : {"en", "de"})
            QTest::addRow("%s %s", scenario, language) << QString::fromLatin1(scenario) << QString::fromLatin1(language) << false;
    // The dark theme is Fusion whatever the platform's style: other metrics.
    QTest::addRow("delivery-semantics de dark") << QStringLiteral("delivery-semantics") << QStringLiteral("de") << true;
    QTest::addRow("five nodes de") << m_fiveNodes << QStringLiteral("de") << false;
}

// A 1366x768 laptop, or a 1280x720 screen, shows the whole window.
void TestWindowFit::minimumSizeFitsASmallScreen()
{
    QFETCH(QString, scenario);
    QFETCH(QString, language);
    QFETCH(bool, dark);
    applyTheme(dark ? Theme::Dark : Theme::System);
    auto w = makeWindow(scenario, language);
    QVERIFY(w);
    w->show();
    settle();
    const QSize minimum = w->minimumSizeHint().expandedTo(w->minimumSize());
    QVERIFY2(minimum.width() <= kSmallScreen.width() && minimum.height() <= kSmallScreen.height(),
             qPrintable(QStringLiteral("minimum %1x%2").arg(minimum.width()).arg(minimum.height())));
    w->resize(kSmallScreen);
    settle();
    QCOMPARE(w->size(), kSmallScreen);
}

void TestWindowFit::nothingIsClippedOnASmallScreen_data()
{
    minimumSizeFitsASmallScreen_data();
}

// Each dock in front in turn (the topology with a topic selected, the lab
// after a run): every label, button and field shows its whole text.
void TestWindowFit::nothingIsClippedOnASmallScreen()
{
    QFETCH(QString, scenario);
    QFETCH(QString, language);
    QFETCH(bool, dark);
    applyTheme(dark ? Theme::Dark : Theme::System);
    auto w = makeWindow(scenario, language);
    QVERIFY(w);
    w->resize(kSmallScreen);
    w->show();
    settle();
    QStringList clipped;
    auto check = [&](QWidget *scope) {
        settle();
        for (const QString &c : clippedWidgets(w.get(), scope))
            clipped << scope->objectName() + QStringLiteral(": ") + c;
        // A dock whose contents grew (a lab result, a longer name) must not push the window past the screen.
        const QSize minimum = w->minimumSizeHint().expandedTo(w->minimumSize());
        if (w->size() != kSmallScreen || minimum.width() > kSmallScreen.width() || minimum.height() > kSmallScreen.height())
            clipped << scope->objectName() + QStringLiteral(": the window is %1x%2, at least %3x%4")
                           .arg(w->width()).arg(w->height()).arg(minimum.width()).arg(minimum.height());
    };
    check(w->centralWidget());
    // The partitions stay in view beside the cards and the docks.
    auto *partitions = w->findChild<QTableView *>(QStringLiteral("partitionTable"));
    QVERIFY(partitions && partitions->model()->rowCount() >= 4);
    QVERIFY2(partitions->viewport()->height() >= 4 * partitions->rowHeight(0),
             qPrintable(QStringLiteral("the partition table shows %1 px").arg(partitions->viewport()->height())));

    auto *lab = w->findChild<LabView *>();
    QVERIFY(lab);
    if (lab->selectedScenario()) {
        lab->speedCombo()->setCurrentIndex(lab->speedCombo()->findData(0.0));
        QSignalSpy done(lab, &LabView::resultReady);
        lab->run();
        QVERIFY(done.wait(60000));
    }
    TopologyEditor *editor = w->topologyEditor();
    for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
        if (dock->objectName() == QLatin1String("queuesDock"))
            continue; // hidden without queues
        dock->show();
        dock->raise();
        if (dock->objectName() == QLatin1String("topologyDock"))
            for (const ElementRef &ref : topologyElements(editor->scenario()))
                if (ref.kind == ElementKind::Topic) {
                    editor->select(ref);
                    break;
                }
        check(dock);
    }
    clipped.removeDuplicates();
    for (const QString &c : clipped)
        qInfo().noquote() << c;
    QVERIFY2(clipped.isEmpty(), qPrintable(QStringLiteral("\n") + clipped.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
