#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace bb {

JsonFields::JsonFields(const QJsonObject &object, QString path, Error *sink)
    : m_object(object)
    , m_path(std::move(path))
    , m_sink(sink)
{
}

JsonFields::~JsonFields()
{
    if (!ok())
        return;
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (!m_seen.contains(it.key()) && !it.key().startsWith(QLatin1Char('#'))) {
            fail(m_path.isEmpty() ? it.key() : m_path + QLatin1Char('.') + it.key(),
                 QCoreApplication::translate("bb::JsonFields", "unknown field; check its spelling in docs/scenario-format.md"));
            return;
        }
}

QString JsonFields::path(const char *key) const
{
    return m_path.isEmpty() ? QLatin1String(key) : m_path + QLatin1Char('.') + QLatin1String(key);
}

QString JsonFields::path(const char *key, int index) const { return path(key) + QStringLiteral("[%1]").arg(index); }

void JsonFields::fail(const QString &where, const QString &what)
{
    if (ok())
        *m_sink = Error(Errc::InvalidConfig, where + QStringLiteral(": ") + what + QLatin1Char('.'));
}

QJsonValue JsonFields::take(const char *key)
{
    m_seen.insert(QLatin1String(key));
    return m_object.value(QLatin1String(key));
}

static QString shown(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString JsonFields::string(const char *key, const QString &fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isString()) {
        fail(path(key), QCoreApplication::translate("bb::JsonFields", "expected text, got %1").arg(shown(v)));
        return fallback;
    }
    return v.toString();
}

qint64 JsonFields::integer(const char *key, qint64 fallback, qint64 min, qint64 max)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
        fail(path(key), QCoreApplication::translate("bb::JsonFields", "expected a whole number from %1 to %2, got %3").arg(min).arg(max).arg(shown(v)));
        return fallback;
    }
    return qint64(d);
}

double JsonFields::number(const char *key, double fallback, double min, double max)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !(d >= min && d <= max)) {
        fail(path(key), QCoreApplication::translate("bb::JsonFields", "expected a number from %1 to %2, got %3").arg(min).arg(max).arg(shown(v)));
        return fallback;
    }
    return d;
}

bool JsonFields::boolean(const char *key, bool fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        fail(path(key), QCoreApplication::translate("bb::JsonFields", "expected true or false, got %1").arg(shown(v)));
        return fallback;
    }
    return v.toBool();
}

QJsonArray JsonFields::array(const char *key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        fail(path(key), QCoreApplication::translate("bb::JsonFields", "expected a list [...]"));
        return {};
    }
    return v.toArray();
}

QJsonObject JsonFields::object(const char *key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        fail(path(key), QCoreApplication::translate("bb::JsonFields", "expected an object {...}"));
        return {};
    }
    return v.toObject();
}

} // namespace bb

namespace bb {

QStringList JsonFields::strings(const char *key)
{
    const QJsonArray list = array(key);
    QStringList out;
    for (int i = 0; i < list.size(); ++i) {
        if (!list[i].isString() || list[i].toString().isEmpty()) {
            fail(path(key, i), QCoreApplication::translate("bb::JsonFields", "expected a name in quotes"));
            return out;
        }
        out << list[i].toString();
    }
    return out;
}

} // namespace bb
