#pragma once
// JsonFields: reads one JSON object field by field with bounds, remembering
// the first problem as a sentence that names the field's full path
// ("topics[1].replication_factor: expected a whole number from 1 to 9, got 12").
// Unknown fields are errors too, so a typo never passes silently.

#include "model/error.h"
#include "model/ids.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <initializer_list>
#include <utility>

namespace bb {

// Scenario files speak milliseconds and seconds; the engine, microseconds.
inline Micros ms(double v) { return Micros(std::llround(v * double(kMillisecond))); }
inline Micros sec(double v) { return Micros(std::llround(v * double(kSecond))); }
inline double toMs(Micros v) { return double(v) / double(kMillisecond); }
inline double toSec(Micros v) { return double(v) / double(kSecond); }

class JsonFields {
public:
    JsonFields(const QJsonObject &object, QString path, Error *sink);
    ~JsonFields();
    JsonFields(const JsonFields &) = delete;
    JsonFields &operator=(const JsonFields &) = delete;

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    QString string(const char *key, const QString &fallback = {});
    qint64 integer(const char *key, qint64 fallback, qint64 min, qint64 max);
    double number(const char *key, double fallback, double min, double max);
    bool boolean(const char *key, bool fallback);
    QJsonArray array(const char *key);
    QJsonObject object(const char *key);
    QStringList strings(const char *key);
    template <typename T>
    T choice(const char *key, T fallback, std::initializer_list<std::pair<const char *, T>> options);

    QString path(const char *key) const;
    QString path(const char *key, int index) const;
    void fail(const QString &where, const QString &what);
    bool ok() const { return !*m_sink; }

private:
    QJsonValue take(const char *key);
    QJsonObject m_object;
    QString m_path;
    Error *m_sink;
    QSet<QString> m_seen;
};

template <typename T>
T JsonFields::choice(const char *key, T fallback, std::initializer_list<std::pair<const char *, T>> options)
{
    const QJsonValue v = take(key);
    if (v.isUndefined())
        return fallback;
    QStringList names;
    for (const auto &[name, value] : options) {
        if (v.toString() == QLatin1String(name))
            return value;
        names << QLatin1Char('"') + QLatin1String(name) + QLatin1Char('"');
    }
    fail(path(key), QStringLiteral("expected one of %1").arg(names.join(QStringLiteral(", "))));
    return fallback;
}

} // namespace bb
