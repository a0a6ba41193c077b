#pragma once
// The application's look: follow the system (the platform's style and
// palette, untouched), or the Fusion style with a complete light or dark
// palette. Views paint from their palette (statuscolors.h), so switching the
// theme at run time repaints everything in the new colours. Free functions;
// GUI thread, after the QApplication exists.

#include <QPalette>
#include <QString>

#include <optional>

namespace bb {

enum class Theme { System, Light, Dark };

// "system", "light", "dark": the names in QSettings and on the command line.
QString themeKey(Theme theme);
std::optional<Theme> themeFromKey(const QString &key);

QPalette lightPalette();
QPalette darkPalette();

// Sets the application's style and palette. The first call remembers the
// platform's look, so Theme::System can bring it back later.
void applyTheme(Theme theme);
// Whether the platform's own palette is dark (its window colour is), as Qt
// 6.4 has no colour-scheme hint. Reads the look remembered by applyTheme()
// or, before any call, the current one.
bool systemPrefersDark();

} // namespace bb
