// brokerbench: the desktop workbench. Opens the default scenario (or a
// workbench file) running live, or with --screenshot renders the window
// after a given stretch of virtual time to a PNG and exits (for docs and for
// looking at the UI without a display). The language and theme come from
// the preferences, or from --language and --theme for this run only.

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QTextStream>
#include <QTimer>

#include "appicon.h"
#include "localization.h"
#include "lab/labview.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "gallery/scenariogallery.h"
#include "topology/scenariojson.h"
#include "topology/topologyeditor.h"
#include "topology/topologygraph.h"

#include <cmath>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "brokerbench: " << message << '\n';
    return 2;
}

// Shows what --show names: a dock (by object name), raised over the docks
// it is tabbed with, or "gallery" or "preferences": the dialog itself is
// then the picture.
// Returns the widget to grab, or nullptr if nothing has that name.
QWidget *reveal(bb::MainWindow &window, const QString &what)
{
    if (what.isEmpty())
        return &window;
    if (what == QLatin1String("gallery"))
        return window.showGallery();
    if (what == QLatin1String("preferences")) {
        auto *dialog = new bb::PreferencesDialog(bb::Preferences::load(), bb::installedTranslation(), &window);
        dialog->show();
        return dialog;
    }
    auto *dock = window.findChild<QDockWidget *>(what);
    if (!dock)
        return nullptr;
    dock->show();
    dock->raise();
    return &window;
}

// Selects the topology element called `name` (a topic, producer, ...), so
// the Topology dock's property panel shows it. False if there is none.
bool selectElement(bb::MainWindow &window, const QString &name)
{
    bb::TopologyEditor *editor = window.topologyEditor();
    for (const bb::ElementRef &ref : bb::topologyElements(editor->scenario()))
        if (ref.name == name) {
            editor->select(ref);
            return true;
        }
    return false;
}

// "1280x720" -> that size; an invalid size if it is not one a window can have.
QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    bool okWidth = false;
    bool okHeight = false;
    const QSize size(parts[0].toInt(&okWidth), parts[1].toInt(&okHeight));
    if (!okWidth || !okHeight || size.width() < 320 || size.height() < 240 || size.width() > 10000 || size.height() > 10000)
        return {};
    return size;
}

// Runs the loaded (paused) scenario to `after` by stepping, then grabs the
// window once the views show that moment.
int screenshot(bb::MainWindow &window, const QString &file, bb::Micros after, const QString &show, const QString &select)
{
    int rc = -1;
    bb::Engine *engine = window.engine();
    QObject::connect(engine, &bb::Engine::snapshotReady, &window, [&](const bb::SnapshotPtr &s) {
        if (rc >= 0 || !s->paused || s->time < after)
            return;
        rc = 0;
        // Let the layouts settle on the final snapshot before grabbing.
        QWidget *target = reveal(window, show);
        if (!target) {
            fail(QApplication::translate("main", "--show: no dock named \"%1\" (and it is not \"gallery\" or \"preferences\").").arg(show));
            QApplication::exit(2);
            return;
        }
        if (!select.isEmpty() && !selectElement(window, select)) {
            fail(QApplication::translate("main", "--select: the scenario has no topic, queue, producer or other element named \"%1\".").arg(select));
            QApplication::exit(2);
            return;
        }
        auto grab = [target, &file] {
            QTimer::singleShot(200, target, [target, &file] {
                const QPixmap pixmap = target->grab();
                const bool saved = pixmap.save(file, "PNG");
                if (!saved)
                    fail(QApplication::translate("main", "could not write the screenshot to %1.").arg(file));
                QApplication::exit(saved ? 0 : 2);
            });
        };
        // The Lab dock is worth a picture once it has run its lab (flat out).
        auto *lab = window.findChild<bb::LabView *>();
        if (show == QLatin1String("labDock") && lab && lab->selectedScenario()) {
            QObject::connect(lab, &bb::LabView::resultReady, &window, grab);
            lab->speedCombo()->setCurrentIndex(lab->speedCombo()->findData(0.0));
            lab->run();
            return;
        }
        grab();
    });
    window.show();
    engine->step(after);
    QTimer::singleShot(300'000, &window, [] {
        fail(QApplication::translate("main", "the simulation did not reach the requested time within 5 minutes."));
        QApplication::exit(2);
    });
    return QApplication::exec();
}

// The value of --language CODE or --language=CODE, if given.
QString languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == option && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(option + QLatin1Char('=')))
            return arguments[i].mid(option.size() + 1);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Brokerbench"));
    QApplication::setApplicationName(QStringLiteral("Brokerbench"));
    QApplication::setApplicationVersion(QStringLiteral(BB_VERSION));
    // Ties the windows to the installed desktop entry (Wayland uses it for the icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.brokerbench.Brokerbench"));
    QApplication::setWindowIcon(bb::applicationIcon());
    // Before the command line: its help is translated too, also into the
    // language --language asks for (checked again once the line is parsed).
    const bb::Preferences preferences = bb::Preferences::load();
    const QString requested = languageArgument(QApplication::arguments());
    bb::installTranslators(bb::translationCodes().contains(requested) ? requested : preferences.language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A desktop workbench with a replicated message broker inside."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                      QApplication::translate("main", "Open a bundled scenario (%1) or a .json file.")
                                          .arg(bb::bundledScenarios().join(QStringLiteral(", "))),
                                      QStringLiteral("NAME|FILE"), QStringLiteral("default"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Render the window to a PNG file and exit."),
                                        QStringLiteral("FILE.png"));
    QCommandLineOption afterOption(QStringLiteral("after"),
                                   QApplication::translate("main", "With --screenshot: virtual seconds to run first (default 10)."),
                                   QStringLiteral("SECONDS"), QStringLiteral("10"));
    QCommandLineOption showOption(QStringLiteral("show"),
                                  QApplication::translate("main", "With --screenshot: show this dock (its object name) "
                                                                  "first, or grab the scenario \"gallery\" or the \"preferences\"."),
                                  QStringLiteral("NAME"));
    QCommandLineOption themeOption(QStringLiteral("theme"),
                                   QApplication::translate("main", "Use this theme for this run: system, light or dark."),
                                   QStringLiteral("THEME"));
    QCommandLineOption languageOption(QStringLiteral("language"),
                                      QApplication::translate("main", "Use this language for this run: en, %1.")
                                          .arg(bb::translationCodes().join(QStringLiteral(", "))),
                                      QStringLiteral("CODE"));
    QCommandLineOption sizeOption(QStringLiteral("size"),
                                  QApplication::translate("main", "With --screenshot: the window's size in pixels (default 1400x900)."),
                                  QStringLiteral("WIDTHxHEIGHT"));
    QCommandLineOption selectOption(QStringLiteral("select"),
                                    QApplication::translate("main", "With --screenshot: select this topology element (a topic, "
                                                                    "producer, ... by name) so the Topology dock shows its properties."),
                                    QStringLiteral("NAME"));
    QCommandLineOption kafkaOption(QStringLiteral("kafka-listeners"),
                                   QApplication::translate("main", "Start with Simulation > Kafka Listeners on: real Kafka clients "
                                                                   "connect to the nodes on ports 19092 and up."));
    parser.addOptions({scenarioOption, screenshotOption, afterOption, showOption, sizeOption, selectOption, themeOption, languageOption,
                       kafkaOption});
    parser.addPositionalArgument(QStringLiteral("workbench"), QApplication::translate("main", "A workbench file to open."),
                                 QStringLiteral("[FILE.bbench]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(QApplication::translate("main", "open one workbench file at a time."));

    if (parser.isSet(languageOption)) {
        const QString language = parser.value(languageOption);
        if (language != QLatin1String("en") && !bb::translationCodes().contains(language))
            return fail(QApplication::translate("main", "--language expects en, %1; got \"%2\".")
                            .arg(bb::translationCodes().join(QStringLiteral(", ")), language));
        bb::installTranslators(language);
    }
    bb::Theme theme = preferences.theme;
    if (parser.isSet(themeOption)) {
        const std::optional<bb::Theme> chosen = bb::themeFromKey(parser.value(themeOption));
        if (!chosen)
            return fail(QApplication::translate("main", "--theme expects system, light or dark; got \"%1\".").arg(parser.value(themeOption)));
        theme = *chosen;
    }
    bb::applyTheme(theme);

    auto scenario = bb::loadScenario(parser.value(scenarioOption));
    if (!scenario)
        return fail(scenario.error().message);
    bool ok = false;
    const double after = parser.value(afterOption).toDouble(&ok);
    if (!ok || !std::isfinite(after) || after < 0 || after > 1e6)
        return fail(QApplication::translate("main", "--after expects virtual seconds between 0 and 1000000, got \"%1\".").arg(parser.value(afterOption)));

    const QSize size = parser.isSet(sizeOption) ? parseSize(parser.value(sizeOption)) : QSize(bb::MainWindow::kDefaultSize);
    if (!size.isValid())
        return fail(QApplication::translate("main", "--size expects WIDTHxHEIGHT in pixels, at least 320x240, for example 1280x720; got \"%1\".")
                        .arg(parser.value(sizeOption)));

    const bool shot = parser.isSet(screenshotOption);
    bb::MainWindow window;
    if (!shot)
        window.restoreSettings();
    if (shot) // no one to click a message box away
        window.setErrorReporter([](const QString &, const QString &message) { fail(message); });
    if (const bb::Error err = window.openScenario(*scenario, !shot))
        return fail(err.message);
    // A refused file leaves the window on the scenario above.
    if (!files.isEmpty() && !window.openWorkbench(files.front(), !shot) && shot)
        return 2;
    if (parser.isSet(kafkaOption))
        window.kafkaAction()->setChecked(true);
    if (shot) {
        window.resize(size);
        return screenshot(window, parser.value(screenshotOption), bb::Micros(after * double(bb::kSecond)),
                          parser.value(showOption), parser.value(selectOption));
    }
    window.show();
    return QApplication::exec();
}
