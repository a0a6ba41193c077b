#pragma once
// Preferences: the user's choices that outlive a session (language and
// theme), kept in QSettings under "interface/". A value type; GUI thread.

#include "common/theme.h"

#include <QString>

namespace bb {

struct Preferences {
    // Empty follows the system's locale; otherwise a code from
    // translationCodes() (localization.h).
    QString language;
    Theme theme = Theme::System;

    static Preferences load();
    void save() const;
    bool operator==(const Preferences &) const = default;
};

} // namespace bb
