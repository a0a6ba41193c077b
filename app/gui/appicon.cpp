#include "appicon.h"

namespace bb {

QIcon applicationIcon()
{
    QIcon fallback;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        fallback.addFile(QStringLiteral(":/icons/brokerbench-%1.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("brokerbench"), fallback);
}

} // namespace bb
