#pragma once
// Who may do what on the Kafka listeners. A users file has one principal per
// line, "name:password:role", where role is read (metadata, fetch, offsets,
// group membership, describe), write (read, plus produce, offset commits and
// transactions) or admin (write, plus creating topics); '#' starts a comment.
// Without users, the listeners ask no one to authenticate and everyone is
// admin. Clients authenticate with SASL PLAIN, SCRAM-SHA-256 or
// SCRAM-SHA-512 (handlers/sasl.cpp); the file keeps the plain password and
// each SCRAM credential is derived from it with a salt of its own on the
// user's first SCRAM login. Plain values, any thread.

#include "kafka/scram.h"
#include "model/error.h"

#include <QString>

#include <array>
#include <vector>

namespace bb::kafka {

enum class Role { Read, Write, Admin };

struct Principal {
    QString name;
    QString password;
    Role role = Role::Read;
    // By ScramMechanism; null until scramCredential() derives it.
    std::array<ScramCredential, kScramMechanisms> scram{};
};

QString roleName(Role role);
// Every principal of the file, or an error naming the line to fix.
Result<std::vector<Principal>> loadPrincipals(const QString &path);
// The principal a SASL PLAIN token ("authzid\0user\0password") names, if
// the password matches; an empty name and `why` otherwise.
Principal checkPlainToken(const std::vector<Principal> &principals, QByteArrayView token, QString *why);
// The SCRAM credential of the principal named `name`, derived from its
// password on first use (PBKDF2 with 4096 iterations takes milliseconds, so
// a users file of many names costs nothing until they log in); nullptr for
// a name not in the list.
const ScramCredential *scramCredential(std::vector<Principal> &principals, const QString &name,
                                       ScramMechanism mechanism);

} // namespace bb::kafka
