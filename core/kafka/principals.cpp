#include "kafka/principals.h"

#include <QFile>

namespace bb::kafka {

QString roleName(Role role)
{
    switch (role) {
    case Role::Read: return QStringLiteral("read");
    case Role::Write: return QStringLiteral("write");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

Result<std::vector<Principal>> loadPrincipals(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(Errc::InvalidConfig, QStringLiteral("Cannot read the users file %1: %2.").arg(path, file.errorString()));
    std::vector<Principal> out;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char(':'));
        const QStringList roles{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin")};
        if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !roles.contains(parts[2]))
            return Error(Errc::InvalidConfig,
                         QStringLiteral("%1 line %2: write name:password:role, with role read, write or admin.").arg(path).arg(lineNumber));
        for (const Principal &p : out)
            if (p.name == parts[0])
                return Error(Errc::InvalidConfig, QStringLiteral("%1 line %2: %3 is named twice.").arg(path).arg(lineNumber).arg(parts[0]));
        out.push_back({parts[0], parts[1], Role(roles.indexOf(parts[2]))});
    }
    if (out.empty())
        return Error(Errc::InvalidConfig, QStringLiteral("The users file %1 names no one; add a line name:password:role.").arg(path));
    return out;
}

Principal checkPlainToken(const std::vector<Principal> &principals, QByteArrayView token, QString *why)
{
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> p;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= token.size(); ++i)
            if (i == token.size() || token[i] == '\0') {
                p << token.sliced(start, i - start);
                start = i + 1;
            }
        return p;
    }();
    if (parts.size() != 3) {
        *why = QStringLiteral("the SASL PLAIN token is malformed");
        return {};
    }
    const QString user = QString::fromUtf8(parts[1]);
    for (const Principal &p : principals)
        if (p.name == user && p.password == QString::fromUtf8(parts[2]))
            return p;
    *why = QStringLiteral("authentication failed for \"%1\": wrong user name or password").arg(user);
    return {};
}

const ScramCredential *scramCredential(std::vector<Principal> &principals, const QString &name,
                                       ScramMechanism mechanism)
{
    for (Principal &p : principals) {
        if (p.name != name)
            continue;
        ScramCredential &c = p.scram[std::size_t(mechanism)];
        if (c.isNull())
            c = makeScramCredential(mechanism, p.password);
        return &c;
    }
    return nullptr;
}

} // namespace bb::kafka
