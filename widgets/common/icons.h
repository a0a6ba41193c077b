#pragma once
// Icons for actions and buttons: the desktop's icon theme when it has the
// name, else the style's standard icon. The style's media glyphs (play,
// pause, skip, seek) are plain black shapes, so they are drawn in the
// palette's button text colour instead, looked up at paint time: they stay
// visible on a dark theme and follow a theme switch. GUI thread.

#include <QIcon>
#include <QStyle>

namespace bb {

QIcon styleIcon(QStyle::StandardPixmap pixmap);
QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback);

} // namespace bb
