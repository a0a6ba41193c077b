#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include "localization.h"

#include <memory>
#include <vector>

namespace bb {
namespace {

QString &installedCode()
{
    static QString code;
    return code;
}

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

void install(const QString &file, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator.get()))
        installed().push_back(std::move(translator));
}

} // namespace

QStringList translationCodes()
{
    return {QStringLiteral("de"), QStringLiteral("zh_CN")};
}

QString translationFor(const QLocale &locale)
{
    // QTranslator::load(QLocale, ...) would take any UI language with a
    // file, so an English user whose second language is German would get
    // German: English counts as a match here.
    for (const QString &name : locale.uiLanguages()) {
        const QLocale ui(name);
        if (ui.language() == QLocale::English)
            return {};
        if (ui.language() == QLocale::German)
            return QStringLiteral("de");
        if (ui.language() == QLocale::Chinese && ui.script() == QLocale::SimplifiedHanScript)
            return QStringLiteral("zh_CN");
    }
    return {};
}

QString translationForChoice(const QString &language)
{
    if (language.isEmpty())
        return translationFor(QLocale::system());
    return translationCodes().contains(language) ? language : QString();
}

QString installTranslators(const QString &language)
{
    for (const auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    QLocale::setDefault(language.isEmpty() ? QLocale::system() : QLocale(language));
    const QString code = translationForChoice(language);
    installedCode() = code;
    if (code.isEmpty())
        return code;
    install(QStringLiteral("brokerbench_%1.qm").arg(code), QStringLiteral(":/i18n"));
    install(QStringLiteral("qtbase_%1.qm").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return code;
}

QString installedTranslation()
{
    return installedCode();
}

} // namespace bb
