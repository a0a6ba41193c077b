#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include "common/statuscolors.h"

#include <iterator>

namespace bb {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Good: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x5e, 0x00);
    case Tone::Bad: return dark ? QColor(0xef, 0x6c, 0x6c) : QColor(0xc6, 0x28, 0x28);
    case Tone::Info: return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case Tone::Muted: return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

QColor toneTint(Tone tone, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor c = toneColor(tone, palette);
    const double a = isDarkPalette(palette) ? 0.22 : 0.16;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + c.redF() * a), float(base.greenF() * (1 - a) + c.greenF() * a),
                            float(base.blueF() * (1 - a) + c.blueF() * a));
}

QIcon toneDot(Tone tone, const QPalette &palette)
{
    static QHash<QRgb, QIcon> cache;
    const QColor color = toneColor(tone, palette);
    auto it = cache.find(color.rgba());
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const qreal d = size * 0.5;
        p.drawEllipse(QRectF((size - d) / 2, (size - d) / 2, d, d));
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(color.rgba(), icon);
    return icon;
}

QColor seriesColor(int index)
{
    static const QRgb colors[] = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2,
                                  0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    return QColor(colors[std::size_t(index) % std::size(colors)]);
}

Tone nodeStateTone(NodeState state)
{
    switch (state) {
    case NodeState::Up: return Tone::Good;
    case NodeState::Fenced: return Tone::Warning;
    case NodeState::Isolated: return Tone::Warning;
    case NodeState::Crashed: return Tone::Bad;
    case NodeState::Starting: return Tone::Muted;
    }
    return Tone::Muted;
}

Tone eventTone(ClusterEventKind kind)
{
    switch (kind) {
    case ClusterEventKind::NodeCrashed:
    case ClusterEventKind::UncleanElection:
    case ClusterEventKind::PartitionOffline:
    case ClusterEventKind::Truncated:
    case ClusterEventKind::StorageDamaged:
    case ClusterEventKind::DataLost:
    case ClusterEventKind::ProducerFailed:
    case ClusterEventKind::ClientCrashed: return Tone::Bad;
    case ClusterEventKind::ProducerFenced:
    case ClusterEventKind::TransactionAborted: return Tone::Warning;
    case ClusterEventKind::TransactionCommitted: return Tone::Good;
    case ClusterEventKind::NodeFenced:
    case ClusterEventKind::NetworkFault:
    case ClusterEventKind::IsrShrunk:
    case ClusterEventKind::ProducerRetry:
    case ClusterEventKind::StorageFault:
    case ClusterEventKind::QueueDeadLettered:
    case ClusterEventKind::GroupMemberExpired: return Tone::Warning;
    case ClusterEventKind::NodeRestarted:
    case ClusterEventKind::NetworkHealed:
    case ClusterEventKind::IsrExpanded: return Tone::Good;
    case ClusterEventKind::LeaderElected:
    case ClusterEventKind::QueueRedrive:
    case ClusterEventKind::GroupRebalanceStarted:
    case ClusterEventKind::GroupRebalance: return Tone::Info;
    case ClusterEventKind::NodeRegistered:
    case ClusterEventKind::TopicCreated:
    case ClusterEventKind::TopicDeleted:
    case ClusterEventKind::GroupMemberJoined:
    case ClusterEventKind::GroupMemberLeft:
    case ClusterEventKind::ExternalClient: return Tone::Muted;
    }
    return Tone::Muted;
}

} // namespace bb
