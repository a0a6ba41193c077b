#pragma once
// The application's icon: the desktop theme's "brokerbench" when the package
// installed it, else the same images compiled in (a build run from its tree).

#include <QIcon>

namespace bb {

QIcon applicationIcon();

} // namespace bb
