#include "admin/adminauth.h"

namespace bb::admin {
namespace {

// Constant time in the secret's contents, so response times do not tell
// an attacker how much of a guessed token was right.
bool sameSecret(QByteArrayView a, QByteArrayView b)
{
    unsigned diff = unsigned(a.size() ^ b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= unsigned(char(a[i] ^ (i < b.size() ? b[i] : 0)));
    return diff == 0;
}

} // namespace

Access checkAccess(const std::vector<Principal> &tokens, QByteArrayView authorization, Role needed)
{
    Access access;
    if (tokens.empty()) {
        if (needed == Role::Admin) {
            access.status = 403;
            access.error = QStringLiteral("this admin API is read-only: start serve with --admin-tokens FILE and "
                                          "send \"Authorization: Bearer TOKEN\" of an admin principal to act");
        }
        return access;
    }
    const QByteArrayView scheme("Bearer ");
    if (!authorization.startsWith(scheme)) {
        access.status = 401;
        access.error = QStringLiteral("send \"Authorization: Bearer TOKEN\" with a token from the server's tokens file");
        return access;
    }
    const QByteArray token = authorization.sliced(scheme.size()).trimmed().toByteArray();
    const Principal *who = nullptr;
    for (const Principal &p : tokens)
        if (sameSecret(p.password.toUtf8(), token))
            who = &p;
    if (!who) {
        access.status = 401;
        access.error = QStringLiteral("unknown token: use one from the server's tokens file");
        return access;
    }
    access.principal = who->name;
    if (int(who->role) < int(needed)) {
        access.status = 403;
        access.error = QStringLiteral("\"%1\" has the %2 role; this needs %3")
                           .arg(who->name, kafka::roleName(who->role), kafka::roleName(needed));
    }
    return access;
}

} // namespace bb::admin
