#pragma once
// Who may do what on the admin API. A request names its principal with
// "Authorization: Bearer TOKEN", the token being the secret of a line
// "name:token:role" of the tokens file (the users file format of
// kafka/principals.h). read and write may read everything; admin may also
// act (faults, speed). Without a tokens file the API is read-only: anyone
// may read, no one may act.

#include "kafka/principals.h"

#include <QByteArrayView>

#include <vector>

namespace bb::admin {

using kafka::Principal;
using kafka::Role;

struct Access {
    int status = 200; // 200 allowed; 401 who are you; 403 not allowed
    QString principal; // empty when no tokens are configured
    QString error;     // what to do, when refused
};

// `authorization` is the header's value (empty if absent); `needed`, the
// role the request needs.
Access checkAccess(const std::vector<Principal> &tokens, QByteArrayView authorization, Role needed);

} // namespace bb::admin
