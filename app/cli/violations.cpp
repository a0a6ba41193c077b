#include "commands.h"

#include <QJsonObject>

namespace bbcli {

void reportViolation(QJsonArray &violations, QTextStream &out, bool json, quint64 seed, const QString &invariant,
                     const QString &detail, const QString &replay)
{
    violations.append(QJsonObject{{QStringLiteral("seed"), double(seed)},
                                  {QStringLiteral("invariant"), invariant},
                                  {QStringLiteral("detail"), detail},
                                  {QStringLiteral("replay"), replay}});
    if (!json)
        out << "seed " << seed << ": " << invariant << ": " << detail << "\n  replay: " << replay << Qt::endl;
}

} // namespace bbcli
