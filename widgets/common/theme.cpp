#include <QApplication>
#include <QStyle>

#include "common/theme.h"

#include <initializer_list>
#include <utility>

namespace bb {
namespace {

using Roles = std::initializer_list<std::pair<QPalette::ColorRole, QColor>>;

// Every role in every group is set, so nothing falls back to the platform's
// colours (a light tooltip or link in a dark window). Inactive looks like
// Active; Disabled overrides the text-like roles.
QPalette makePalette(Roles normal, Roles disabled)
{
    QPalette p;
    for (const auto &[role, color] : normal)
        p.setColor(QPalette::All, role, color);
    for (const auto &[role, color] : disabled)
        p.setColor(QPalette::Disabled, role, color);
    return p;
}

struct SystemLook {
    QString style;
    QPalette palette;
};

struct State {
    std::optional<SystemLook> system;
    Theme current = Theme::System;
};

State &state()
{
    static State s;
    return s;
}

const SystemLook &systemLook()
{
    State &s = state();
    if (!s.system)
        s.system = SystemLook{QApplication::style()->name(), QApplication::palette()};
    return *s.system;
}

void setFusion(const QPalette &palette)
{
    if (QApplication::style()->name() != QLatin1String("fusion"))
        QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(palette);
}

} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::System: return QStringLiteral("system");
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

std::optional<Theme> themeFromKey(const QString &key)
{
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark})
        if (key.compare(themeKey(t), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

QPalette lightPalette()
{
    const QColor text(0x1a, 0x1a, 0x1a);
    const QColor window(0xef, 0xef, 0xef);
    const QColor dimmed(0x9a, 0x9a, 0x9a);
    return makePalette({{QPalette::Window, window},
                        {QPalette::WindowText, text},
                        {QPalette::Base, Qt::white},
                        {QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5)},
                        {QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc)},
                        {QPalette::ToolTipText, text},
                        {QPalette::PlaceholderText, QColor(0x6d, 0x6d, 0x72)},
                        {QPalette::Text, text},
                        {QPalette::Button, window},
                        {QPalette::ButtonText, text},
                        {QPalette::BrightText, Qt::white},
                        {QPalette::Light, Qt::white},
                        {QPalette::Midlight, QColor(0xca, 0xca, 0xca)},
                        {QPalette::Mid, QColor(0xb8, 0xb8, 0xb8)},
                        {QPalette::Dark, QColor(0x9f, 0x9f, 0x9f)},
                        {QPalette::Shadow, QColor(0x76, 0x76, 0x76)},
                        {QPalette::Highlight, QColor(0x30, 0x8c, 0xc6)},
                        {QPalette::HighlightedText, Qt::white},
                        {QPalette::Link, QColor(0x0b, 0x57, 0xb5)},
                        {QPalette::LinkVisited, QColor(0x7a, 0x3d, 0xb8)}},
                       {{QPalette::WindowText, dimmed},
                        {QPalette::Text, dimmed},
                        {QPalette::ButtonText, dimmed},
                        {QPalette::Base, window},
                        {QPalette::Highlight, QColor(0x91, 0x91, 0x91)},
                        {QPalette::PlaceholderText, QColor(0xb0, 0xb0, 0xb0)}});
}

QPalette darkPalette()
{
    const QColor text(0xe3, 0xe3, 0xe3);
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor dimmed(0x7c, 0x7f, 0x85);
    return makePalette({{QPalette::Window, window},
                        {QPalette::WindowText, text},
                        {QPalette::Base, base},
                        {QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b)},
                        {QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x43)},
                        {QPalette::ToolTipText, QColor(0xee, 0xee, 0xee)},
                        {QPalette::PlaceholderText, QColor(0x9d, 0xa0, 0xa6)},
                        {QPalette::Text, text},
                        {QPalette::Button, QColor(0x36, 0x38, 0x3c)},
                        {QPalette::ButtonText, text},
                        {QPalette::BrightText, QColor(0xff, 0x70, 0x70)},
                        {QPalette::Light, QColor(0x4d, 0x50, 0x56)},
                        {QPalette::Midlight, QColor(0x40, 0x43, 0x48)},
                        {QPalette::Mid, QColor(0x2a, 0x2c, 0x30)},
                        {QPalette::Dark, QColor(0x1a, 0x1b, 0x1e)},
                        {QPalette::Shadow, QColor(0x0d, 0x0d, 0x0f)},
                        {QPalette::Highlight, QColor(0x2d, 0x6b, 0xb3)},
                        {QPalette::HighlightedText, Qt::white},
                        {QPalette::Link, QColor(0x7a, 0xb8, 0xf5)},
                        {QPalette::LinkVisited, QColor(0xc2, 0x9c, 0xf0)}},
                       {{QPalette::WindowText, dimmed},
                        {QPalette::Text, dimmed},
                        {QPalette::ButtonText, dimmed},
                        {QPalette::Base, window},
                        {QPalette::Button, QColor(0x30, 0x32, 0x36)},
                        {QPalette::Highlight, QColor(0x45, 0x48, 0x4d)},
                        {QPalette::HighlightedText, QColor(0xb0, 0xb0, 0xb0)},
                        {QPalette::PlaceholderText, QColor(0x5f, 0x62, 0x68)}});
}

void applyTheme(Theme theme)
{
    const SystemLook &system = systemLook();
    state().current = theme;
    switch (theme) {
    case Theme::System:
        if (QApplication::style()->name() != system.style)
            QApplication::setStyle(system.style);
        // A palette with nothing set hands the application back to the
        // platform's palette (and its later changes).
        QApplication::setPalette(QPalette());
        return;
    case Theme::Light: setFusion(lightPalette()); return;
    case Theme::Dark: setFusion(darkPalette()); return;
    }
}

bool systemPrefersDark()
{
    // While the system's look is in use its palette follows the platform;
    // otherwise the one remembered before Light or Dark replaced it.
    const QPalette palette = state().current == Theme::System ? QApplication::palette() : systemLook().palette;
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace bb
