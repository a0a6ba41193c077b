// Preferences: the dialog reads and writes QSettings, Settings > Preferences
// applies the theme, and the dark theme really is dark, down to the views we
// paint ourselves.
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QTimer>

#include "common/statuscolors.h"
#include "common/theme.h"
#include "localization.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "topology/scenariojson.h"

using namespace bb;

namespace {

void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

// The share of pixels that are bright: in a dark window only text, icons and
// the series colours should be.
double brightShare(const QImage &image)
{
    qint64 bright = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            bright += QColor(image.pixel(x, y)).lightnessF() > 0.75 ? 1 : 0;
    return double(bright) / double(qint64(image.width()) * image.height());
}

} // namespace

class TestPreferences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void settingsRoundTrip();
    void unknownThemeFollowsTheSystem();
    void dialogRoundTrip();
    void restartNoteOnlyForAnotherLanguage();
    void dialogShowsItsTextsWhole_data();
    void dialogShowsItsTextsWhole();
    void palettesAreComplete_data();
    void palettesAreComplete();
    void darkThemeIsApplied();
    void systemThemeRestoresThePlatformLook();
    void preferencesActionSavesAndApplies();
    void darkWindowIsDarkEverywhere();

private:
    QString m_systemStyle;
    QColor m_systemWindow;
};

void TestPreferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BrokerbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    m_systemStyle = QApplication::style()->name();
    m_systemWindow = QApplication::palette().color(QPalette::Window);
}

void TestPreferences::init()
{
    QSettings().clear();
}

void TestPreferences::cleanup()
{
    applyTheme(Theme::System);
}

void TestPreferences::settingsRoundTrip()
{
    QCOMPARE(Preferences::load(), Preferences{});
    const Preferences chosen{QStringLiteral("zh_CN"), Theme::Dark};
    chosen.save();
    QCOMPARE(Preferences::load(), chosen);
    QCOMPARE(QSettings().value(QStringLiteral("interface/theme")).toString(), QStringLiteral("dark"));
}

void TestPreferences::unknownThemeFollowsTheSystem()
{
    QSettings().setValue(QStringLiteral("interface/theme"), QStringLiteral("purple"));
    QCOMPARE(Preferences::load().theme, Theme::System);
}

void TestPreferences::dialogRoundTrip()
{
    const Preferences saved{QStringLiteral("de"), Theme::Light};
    saved.save();
    PreferencesDialog dialog(Preferences::load(), QString());
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
    QVERIFY(language && theme);
    QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
    QCOMPARE(theme->currentData().toString(), QStringLiteral("light"));
    QCOMPARE(dialog.preferences(), saved);

    choose(language, QStringLiteral("zh_CN"));
    choose(theme, QStringLiteral("dark"));
    dialog.preferences().save();
    QCOMPARE(Preferences::load(), (Preferences{QStringLiteral("zh_CN"), Theme::Dark}));

    choose(language, QString());
    choose(theme, QStringLiteral("system"));
    dialog.preferences().save();
    QCOMPARE(Preferences::load(), Preferences{});
}

void TestPreferences::restartNoteOnlyForAnotherLanguage()
{
    PreferencesDialog dialog(Preferences{QStringLiteral("de"), Theme::System}, QStringLiteral("de"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
    QVERIFY(language && note);
    QVERIFY(note->isHidden());
    choose(language, QStringLiteral("zh_CN"));
    QVERIFY(!note->isHidden());
    choose(language, QStringLiteral("de"));
    QVERIFY(note->isHidden());
}

void TestPreferences::dialogShowsItsTextsWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

// The note appears once another language is picked, in a dialog laid out
// without it: it must still get all its lines, and every label its text.
void TestPreferences::dialogShowsItsTextsWhole()
{
    QFETCH(QString, language);
    const QString running = installTranslators(language);
    PreferencesDialog dialog(Preferences{language, Theme::System}, running);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
    QVERIFY(combo && note);
    choose(combo, language == QLatin1String("de") ? QStringLiteral("zh_CN") : QStringLiteral("de"));
    QVERIFY(note->isVisible());
    QTest::qWait(50);
    QVERIFY2(note->height() >= note->heightForWidth(note->width()),
             qPrintable(QStringLiteral("note %1 px high, needs %2").arg(note->height()).arg(note->heightForWidth(note->width()))));
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->isVisible() && !label->wordWrap())
            QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
    for (QComboBox *c : dialog.findChildren<QComboBox *>())
        QVERIFY2(c->width() >= c->minimumSizeHint().width(), qPrintable(c->currentText()));
    installTranslators(QStringLiteral("en"));
}

void TestPreferences::palettesAreComplete_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
}

void TestPreferences::palettesAreComplete()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        for (int role = 0; role < QPalette::NColorRoles; ++role)
            if (role != QPalette::NoRole)
                QVERIFY2(palette.isBrushSet(group, QPalette::ColorRole(role)), qPrintable(QStringLiteral("group %1, role %2").arg(group).arg(role)));
    QCOMPARE(isDarkPalette(palette), dark);
    // Readable: text stands out from its background, muted text less so.
    auto contrast = [&](QPalette::ColorRole fg, QPalette::ColorRole bg) {
        return std::abs(palette.color(fg).lightnessF() - palette.color(bg).lightnessF());
    };
    QVERIFY(contrast(QPalette::Text, QPalette::Base) > 0.7);
    QVERIFY(contrast(QPalette::WindowText, QPalette::Window) > 0.7);
    QVERIFY(contrast(QPalette::ButtonText, QPalette::Button) > 0.6);
    QVERIFY(contrast(QPalette::ToolTipText, QPalette::ToolTipBase) > 0.6);
    QVERIFY(contrast(QPalette::PlaceholderText, QPalette::Base) > 0.3);
    QVERIFY(contrast(QPalette::Text, QPalette::Base) > contrast(QPalette::PlaceholderText, QPalette::Base));
}

void TestPreferences::darkThemeIsApplied()
{
    applyTheme(Theme::Dark);
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.25);
    QWidget shown;
    QWidget hidden; // a dialog closed while the theme changes
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    QVERIFY(isDarkPalette(shown.palette()));
    QVERIFY(isDarkPalette(hidden.palette()));

    applyTheme(Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.85);
    // Widgets hear of it through a posted event.
    QTRY_VERIFY(!isDarkPalette(shown.palette()));
    hidden.show();
    QTRY_VERIFY(!isDarkPalette(hidden.palette()));
}

void TestPreferences::systemThemeRestoresThePlatformLook()
{
    applyTheme(Theme::Dark);
    QVERIFY(isDarkPalette(QApplication::palette()));
    applyTheme(Theme::System);
    QCOMPARE(QApplication::style()->name(), m_systemStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);
    // What the platform offers here is light.
    QCOMPARE(systemPrefersDark(), m_systemWindow.lightnessF() < 0.5);
}

void TestPreferences::preferencesActionSavesAndApplies()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *action = window.preferencesAction();
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    bool answered = false;
    // The dialog is modal: answer it once it is up.
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        choose(dialog->findChild<QComboBox *>(QStringLiteral("themeCombo")), QStringLiteral("dark"));
        answered = true;
        dialog->accept();
    });
    action->trigger();
    QVERIFY(answered);
    QCOMPARE(Preferences::load().theme, Theme::Dark);
    QVERIFY(isDarkPalette(QApplication::palette()));
    QTRY_VERIFY(isDarkPalette(window.palette()));
}

void TestPreferences::darkWindowIsDarkEverywhere()
{
    applyTheme(Theme::Dark);
    MainWindow window;
    QVERIFY(!window.openScenario(*loadScenario(QStringLiteral("default")), false));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.engine()->step(2 * kSecond);
    QTRY_VERIFY_WITH_TIMEOUT(window.engine()->latest() && window.engine()->latest()->time >= 2 * kSecond, 20000);
    QTest::qWait(100);
    const QImage image = window.grab().toImage();
    // A widget painting its own light background (a white chart, a card)
    // would take a large share.
    const double share = brightShare(image);
    QVERIFY2(share < 0.05, qPrintable(QString::number(share)));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
