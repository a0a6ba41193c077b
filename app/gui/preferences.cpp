#include <QSettings>

#include "preferences.h"

namespace bb {
namespace {
const QString kLanguage = QStringLiteral("interface/language");
const QString kTheme = QStringLiteral("interface/theme");
} // namespace

Preferences Preferences::load()
{
    QSettings settings;
    Preferences p;
    p.language = settings.value(kLanguage).toString();
    p.theme = themeFromKey(settings.value(kTheme).toString()).value_or(Theme::System);
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(kLanguage, language);
    settings.setValue(kTheme, themeKey(theme));
}

} // namespace bb
