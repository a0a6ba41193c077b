// The German and Chinese translations: every message in the .ts files is
// translated and keeps its placeholders and mnemonic, the embedded .qm files
// load, and the main window speaks German once its translator is installed.
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include "localization.h"
#include "mainwindow.h"

using namespace bb;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    QString translation;
    QString type; // "unfinished", "vanished", "obsolete" or empty
};

QList<TsMessage> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            TsMessage m{context, {}, {}, {}, {}};
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << m;
        }
    }
    return xml.hasError() ? QList<TsMessage>{} : messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

// "&File", "S&tep", "文件(&F)"; "&&" is a literal ampersand.
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?!&)\\S"));
    return re.match(QString(text).remove(QStringLiteral("&&"))).hasMatch();
}

QString tsPath(const QString &code)
{
    return QStringLiteral(BB_SOURCE_DIR "/translations/brokerbench_%1.ts").arg(code);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void embeddedQmFilesLoad_data();
    void embeddedQmFilesLoad();
    void mainWindowMenusInGerman();
    void qtDialogsInGermanWhenInstalled();
    void translationForLocale_data();
    void translationForLocale();
};

void TestTranslations::cleanup()
{
    installTranslators(QStringLiteral("en"));
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de_DE");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, code);
    QFETCH(QString, language);
    QString declared;
    const QList<TsMessage> messages = readTs(tsPath(code), &declared);
    QCOMPARE(declared, language);
    // The GUI has hundreds of strings; a parse that found few went wrong.
    QVERIFY2(messages.size() > 300, qPrintable(QString::number(messages.size())));
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        if (m.source.isEmpty()) {
            // A TRANSLATOR comment: what a context leaves in English, and why.
            if (m.comment.isEmpty())
                problems << m.context + QStringLiteral(": message without source or comment");
            continue;
        }
        if (!m.type.isEmpty())
            problems << where + QStringLiteral(" is ") + m.type;
        else if (m.translation.trimmed().isEmpty())
            problems << where + QStringLiteral(" has an empty translation");
        else if (placeholders(m.source) != placeholders(m.translation))
            problems << where + QStringLiteral(" changes the placeholders: ") + m.translation;
        else if (hasMnemonic(m.source) != hasMnemonic(m.translation))
            problems << where + QStringLiteral(" loses or adds a mnemonic: ") + m.translation;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedQmFilesLoad_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("state");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei") << QStringLiteral("Isoliert");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)") << QStringLiteral("已隔离");
}

void TestTranslations::embeddedQmFilesLoad()
{
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(QString, state);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/brokerbench_%1.qm").arg(code)));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.translate("bb::MainWindow", "&File"), file);
    // The one core context the GUI shows (node states).
    QCOMPARE(translator.translate("bb::SnapshotNames", "Isolated"), state);
}

void TestTranslations::mainWindowMenusInGerman()
{
    QCOMPARE(installTranslators(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(installedTranslation(), QStringLiteral("de"));
    MainWindow window;
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    QVERIFY2(menus.size() >= 4, qPrintable(menus.join(QLatin1Char(' '))));
    QCOMPARE(menus.front(), QStringLiteral("&Datei"));
    QVERIFY2(menus.contains(QStringLiteral("&Ansicht")), qPrintable(menus.join(QLatin1Char(' '))));
    QCOMPARE(window.preferencesAction()->text(), QStringLiteral("&Voreinstellungen..."));
    // The engine's state names, which the node cards show.
    QCOMPARE(nodeStateName(NodeState::Isolated), QStringLiteral("Isoliert"));
    QCOMPARE(flushPolicyName(FlushPolicy::Interval, kSecond), QStringLiteral("alle 1 s"));
    // Numbers follow the chosen language too.
    QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));

    installTranslators(QStringLiteral("en"));
    MainWindow english;
    QCOMPARE(english.menuBar()->actions().front()->text(), QStringLiteral("&File"));
}

void TestTranslations::qtDialogsInGermanWhenInstalled()
{
    // Qt's own strings come from the system's qtbase_de.qm; without it the
    // buttons stay English and nothing fails.
    const bool haveQtBase = QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"));
    installTranslators(QStringLiteral("de"));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    const QString cancel = box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
    QCOMPARE(cancel, haveQtBase ? QStringLiteral("Abbrechen") : QStringLiteral("Cancel"));
}

void TestTranslations::translationForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("code");
    QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("de");
    QTest::newRow("Austrian German") << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("Singapore Chinese") << QStringLiteral("zh_SG") << QStringLiteral("zh_CN");
    QTest::newRow("Traditional Chinese") << QStringLiteral("zh_TW") << QString();
    QTest::newRow("English") << QStringLiteral("en_US") << QString();
    QTest::newRow("French") << QStringLiteral("fr_FR") << QString();
    QTest::newRow("C") << QStringLiteral("C") << QString();
}

void TestTranslations::translationForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, code);
    QCOMPARE(translationFor(QLocale(locale)), code);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
