#pragma once
// LogStripView: partitions as log strips, one under the other. For each
// partition: a title line (name, leader, epoch, exact HW and LEO), one bar
// per replica drawn to scale from its log start to its log end (committed
// part solid, the part above the high watermark light, a tick at its HW;
// the leader is labelled, followers out of the ISR are drawn in the warning
// colour, a down node as an empty dashed track), an axis with round,
// abbreviated offsets, and the strip's named markers (groups' committed
// offsets with their lag) as pointers on that axis. Tooltips give exact
// values. The partitions of one topic share a scale. Colours come from the
// palette. GUI thread; usually inside a QScrollArea.

#include "partitions/logstrip.h"

#include <QWidget>

#include <map>

namespace bb {

class LogStripView : public QWidget {
    Q_OBJECT
public:
    explicit LogStripView(QWidget *parent = nullptr);

    void setStrips(std::vector<LogStrip> strips);
    const std::vector<LogStrip> &strips() const { return m_strips; }
    const LogScale &scaleOf(const QString &topic) const;

    // Geometry in widget coordinates (for tooltips, clicks and tests).
    QRect stripRect(int strip) const;
    QRect barRect(int strip, int replica) const;  // the whole track
    QRect fillRect(int strip, int replica) const; // log start to log end
    QRect markerRect(int strip, int marker) const; // pointer and label
    int stripAt(const QPoint &pos) const;
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void partitionClicked(bb::TopicPartition tp);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Geometry {
        QRect strip, title, axis;
        std::vector<QRect> rows;    // label and bar of each replica
        std::vector<QRect> tracks;  // bars
        std::vector<QRect> markers; // pointer and label
    };
    struct Metrics {
        int pad, line, small, row, nodeWidth, statusWidth, trackLeft, trackRight;
    };
    void relayout();
    Metrics metrics() const;
    int xOf(const QRect &track, const LogScale &scale, std::int64_t offset) const;
    QString replicaStatus(const LogStripReplica &r) const;
    QString replicaToolTip(const LogStrip &s, const LogStripReplica &r) const;
    QString markerLabel(const LogStripMarker &m) const;
    QString markerToolTip(const LogStrip &s, const LogStripMarker &m) const;
    QString titleToolTip(const LogStrip &s) const;
    void paintStrip(QPainter &p, const LogStrip &s, const Geometry &g, const Metrics &m) const;
    void paintReplica(QPainter &p, const LogStripReplica &r, const QRect &row, const QRect &track, const LogScale &scale,
                      const Metrics &m) const;
    QFont smallFont() const;

    std::vector<LogStrip> m_strips;
    std::vector<Geometry> m_geometry;
    std::map<QString, LogScale> m_scales; // by topic
    int m_height = 0;
};

} // namespace bb
