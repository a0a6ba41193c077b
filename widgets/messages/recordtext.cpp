#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include "messages/recordtext.h"

#include "model/recordtag.h"

namespace bb {
namespace {

QString cut(QString text, int maxChars)
{
    if (maxChars > 0 && text.size() > maxChars) {
        text.truncate(maxChars - 1);
        text += QChar(0x2026);
    }
    return text;
}

} // namespace

bool isPrintableText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return false;
    for (QChar c : text)
        if ((c.category() == QChar::Other_Control && c != QLatin1Char('\t') && c != QLatin1Char('\n'))
            || c == QChar::ReplacementCharacter)
            return false;
    return true;
}

QString recordBytesText(const QByteArray &bytes, int maxChars)
{
    if (isPrintableText(bytes))
        return cut(QString::fromUtf8(bytes).replace(QLatin1Char('\n'), QChar(0x21b5)), maxChars);
    // Hex, two digits a byte; only as many bytes as fit.
    const int limit = maxChars > 0 ? std::max(1, (maxChars + 1) / 3) : int(bytes.size());
    QString hex = QString::fromLatin1(bytes.left(limit).toHex(' '));
    if (bytes.size() > limit)
        hex += QChar(0x2026);
    return hex;
}

QString recordValueText(const QByteArray &value, std::int64_t generatorSequence, int maxChars)
{
    if (generatorSequence < 0 || value.size() < RecordTag::kSize)
        return recordBytesText(value, maxChars);
    const QString prefix = QStringLiteral("#%1 ").arg(generatorSequence);
    return prefix + recordBytesText(value.mid(RecordTag::kSize), maxChars > 0 ? std::max(4, int(maxChars - prefix.size())) : 0);
}

QByteArray recordPayload(const QByteArray &value, std::int64_t generatorSequence)
{
    return generatorSequence >= 0 && value.size() >= RecordTag::kSize ? value.mid(RecordTag::kSize) : value;
}

QString recordJsonText(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return {};
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QString recordHexDump(const QByteArray &bytes, int maxBytes)
{
    QString out;
    const int shown = std::min(int(bytes.size()), std::max(0, maxBytes));
    for (int line = 0; line < shown; line += 16) {
        const QByteArray chunk = bytes.mid(line, std::min(16, shown - line));
        QString ascii;
        for (char c : chunk)
            ascii += c >= 0x20 && c < 0x7f ? QLatin1Char(c) : QLatin1Char('.');
        out += QStringLiteral("%1  %2  %3\n")
                   .arg(line, 8, 16, QLatin1Char('0'))
                   .arg(QString::fromLatin1(chunk.toHex(' ')), -47)
                   .arg(ascii);
    }
    if (bytes.size() > shown)
        out += QCoreApplication::translate("bb::RecordText", "... %n more bytes", nullptr, int(bytes.size() - shown));
    return out.trimmed();
}

} // namespace bb
