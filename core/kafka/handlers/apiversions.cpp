// ApiVersions (18), versions 0-3.
//   v1: throttle_time_ms.  v2: no change.
//   v3: flexible (client software name and version, tagged fields).
// An unsupported version gets UNSUPPORTED_VERSION in a v0 body with the
// ranges, so the client retries with one it and the listener share (KIP-511).
#include "kafka/kafkagateway.h"

namespace bb::kafka {

Error KafkaGateway::onApiVersions(Exchange &ex, Reader &in)
{
    const ApiRange *self = findApi(std::int16_t(ApiKey::ApiVersions));
    const bool supported = ex.version >= self->minVersion && ex.version <= self->maxVersion;
    if (!supported) {
        ex.flexible = false;
        in = Reader(QByteArrayView()); // the body of an unknown version is not read
    } else if (ex.version >= 3) {
        in.string(true); // client_software_name
        in.string(true); // client_software_version
        in.skipTaggedFields();
    }
    ex.encode = [supported](Exchange &ex, Writer &w) {
        const bool flexible = supported && ex.version >= 3;
        w.errorCode(std::int16_t(supported ? KafkaError::None : KafkaError::UnsupportedVersion));
        const auto apis = supportedApis();
        w.arrayLength(qsizetype(apis.size()), flexible);
        for (const ApiRange &a : apis) {
            w.i16(std::int16_t(a.key));
            w.i16(a.minVersion);
            w.i16(a.maxVersion);
            if (flexible)
                w.emptyTaggedFields();
        }
        if (supported && ex.version >= 1)
            w.i32(0); // throttle_time_ms
        if (flexible)
            w.emptyTaggedFields();
    };
    return {};
}

} // namespace bb::kafka
