#pragma once
// Who may do what on the Kafka listeners. A users file has one principal per
// line, "name:password:role", where role is read (metadata, fetch, offsets,
// group membership, describe), write (read, plus produce, offset commits and
// transactions) or admin (write, plus creating topics); '#' starts a comment.
// Without users, the listeners ask no one to authenticate and everyone is
// admin. Plain values, any thread.

#include "model/error.h"

#include <QString>

#include <vector>

namespace bb::kafka {

enum class Role { Read, Write, Admin };

struct Principal {
    QString name;
    QString password;
    Role role = Role::Read;
};

QString roleName(Role role);
// Every principal of the file, or an error naming the line to fix.
Result<std::vector<Principal>> loadPrincipals(const QString &path);
// The principal a SASL PLAIN token ("authzid\0user\0password") names, if
// the password matches; an empty name and `why` otherwise.
Principal checkPlainToken(const std::vector<Principal> &principals, QByteArrayView token, QString *why);

} // namespace bb::kafka
