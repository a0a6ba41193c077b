#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "lab/labreport.h"

namespace bb {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("bb::LabReport", s); }

QJsonArray examplesToJson(const std::vector<Explanation> &list)
{
    QJsonArray a;
    for (const auto &e : list)
        a.append(QJsonObject{{QStringLiteral("id"), double(e.id)}, {QStringLiteral("why"), e.text}});
    return a;
}

std::vector<Explanation> examplesFromJson(const QJsonValue &value)
{
    std::vector<Explanation> out;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        out.push_back({std::uint64_t(o.value(QStringLiteral("id")).toDouble()), o.value(QStringLiteral("why")).toString()});
    }
    return out;
}

std::int64_t count(const QJsonObject &o, const char *key) { return std::int64_t(o.value(QLatin1String(key)).toDouble()); }

} // namespace

QJsonObject toJson(const ModeResult &r)
{
    return {{QStringLiteral("mode"), QLatin1String(guaranteeName(r.mode))},
            {QStringLiteral("sent"), double(r.sent)},
            {QStringLiteral("exactly_once"), double(r.exactlyOnce)},
            {QStringLiteral("lost"), double(r.lost)},
            {QStringLiteral("pending"), double(r.pending)},
            {QStringLiteral("duplicated"), double(r.duplicated)},
            {QStringLiteral("out_of_order"), double(r.outOfOrder)},
            {QStringLiteral("skipped_duplicates"), double(r.skippedDuplicates)},
            {QStringLiteral("throughput_per_s"), qRound(r.throughputPerSecond * 10) / 10.0},
            {QStringLiteral("p50_latency_ms"), r.p50LatencyMs},
            {QStringLiteral("p99_latency_ms"), r.p99LatencyMs},
            {QStringLiteral("lost_examples"), examplesToJson(r.lostExamples)},
            {QStringLiteral("duplicated_examples"), examplesToJson(r.duplicatedExamples)}};
}

QJsonObject toJson(const LabReport &report)
{
    QJsonArray modes;
    for (const auto &r : report.modes)
        modes.append(toJson(r));
    return {{QStringLiteral("scenario"), report.scenario},
            {QStringLiteral("seed"), double(report.seed)},
            {QStringLiteral("trace_hash"), QStringLiteral("%1").arg(report.traceHash, 16, 16, QLatin1Char('0'))},
            {QStringLiteral("virtual_s"), double(report.time) / kSecond},
            {QStringLiteral("modes"), modes}};
}

Result<LabReport> labReportFromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject o = doc.object();
    if (parseError.error != QJsonParseError::NoError || !o.value(QStringLiteral("modes")).isArray())
        return Error(Errc::InvalidConfig, tr("%1 is not a semantics lab result (no list of modes); run the lab again to get one.").arg(source));
    LabReport report;
    report.scenario = o.value(QStringLiteral("scenario")).toString();
    report.seed = std::uint64_t(o.value(QStringLiteral("seed")).toDouble());
    report.traceHash = o.value(QStringLiteral("trace_hash")).toString().toULongLong(nullptr, 16);
    report.time = Micros(o.value(QStringLiteral("virtual_s")).toDouble() * double(kSecond));
    for (const QJsonValue &v : o.value(QStringLiteral("modes")).toArray()) {
        const QJsonObject m = v.toObject();
        ModeResult r;
        const QString mode = m.value(QStringLiteral("mode")).toString();
        if (!guaranteeFromName(mode, r.mode))
            return Error(Errc::InvalidConfig, tr("%1 names a delivery guarantee this version does not know (\"%2\"); update Brokerbench to read it.").arg(source, mode));
        r.sent = count(m, "sent");
        r.exactlyOnce = count(m, "exactly_once");
        r.lost = count(m, "lost");
        r.pending = count(m, "pending");
        r.duplicated = count(m, "duplicated");
        r.outOfOrder = count(m, "out_of_order");
        r.skippedDuplicates = count(m, "skipped_duplicates");
        r.throughputPerSecond = m.value(QStringLiteral("throughput_per_s")).toDouble();
        r.p50LatencyMs = m.value(QStringLiteral("p50_latency_ms")).toDouble();
        r.p99LatencyMs = m.value(QStringLiteral("p99_latency_ms")).toDouble();
        r.lostExamples = examplesFromJson(m.value(QStringLiteral("lost_examples")));
        r.duplicatedExamples = examplesFromJson(m.value(QStringLiteral("duplicated_examples")));
        report.modes.push_back(std::move(r));
    }
    return report;
}

} // namespace bb
