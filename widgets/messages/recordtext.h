#pragma once
// How record bytes read on screen: text when they are printable UTF-8,
// otherwise hex; a load generator's binary tag at the start of a value is
// shown as its sequence number ("#1234 ") before the rest. Free functions;
// any thread.

#include <QByteArray>
#include <QString>

namespace bb {

// `maxChars` <= 0: no limit; otherwise cut with an ellipsis.
QString recordBytesText(const QByteArray &bytes, int maxChars = 0);
// A value as the browser shows it (generatorSequence >= 0: it carries the tag).
QString recordValueText(const QByteArray &value, std::int64_t generatorSequence, int maxChars = 0);
// True when the bytes are valid UTF-8 without control characters (tab,
// newline allowed).
bool isPrintableText(const QByteArray &bytes);

} // namespace bb
