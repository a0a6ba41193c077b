#pragma once
// The languages the app speaks and the translators that make it: its own
// (embedded as :/i18n/brokerbench_<code>.qm) and Qt's (qtbase_<code>.qm from
// the system's Qt translations, used when installed). English is the source
// language and needs no translator. Translators are installed before the
// main window is built; a change applies at the next start. GUI thread.

#include <QLocale>
#include <QStringList>

namespace bb {

// The codes with a translation: "de", "zh_CN".
QStringList translationCodes();
// The translation that shows `locale` best: the first of its UI languages
// that is English ("") or translated; "" when none is.
QString translationFor(const QLocale &locale);
// The translation code a preference means: `language` is "" (follow the
// system's locale), "en" or a translation code.
QString translationForChoice(const QString &language);
// Replaces the translators installed by an earlier call with those for
// `language` ("" follows the system's locale; "en" or a translation code)
// and makes that language's locale the default for numbers.
// Returns the translation code in use ("" for English).
QString installTranslators(const QString &language);
// What the last installTranslators() returned.
QString installedTranslation();

} // namespace bb
