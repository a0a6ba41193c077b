#pragma once
// FaultTimeline: a lab's fault plan on a time axis from 0 to the lab's end:
// spans (a node down, a lossy spell, a crashed consumer) as bars, instants
// as diamonds, each labelled, in as many lanes as the labels need not to
// overlap; the virtual time a run has reached as a line, the past shaded.
// Hovering a mark shows what happens and when. GUI thread.

#include "lab/labtimeline.h"

#include <QWidget>

namespace bb {

class FaultTimeline : public QWidget {
    Q_OBJECT
public:
    explicit FaultTimeline(QWidget *parent = nullptr);

    void setMarks(std::vector<TimelineMark> marks, Micros end);
    // The run's virtual time; negative hides the line (no run).
    void setTime(Micros time);
    Micros time() const { return m_time; }
    Micros end() const { return m_end; }
    const std::vector<TimelineMark> &marks() const { return m_marks; }
    // The mark under `pos`, or -1.
    int markAt(QPoint pos) const;
    QRectF labelRect(int mark) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Placed {
        QRectF shape; // the bar or the diamond's box
        QRectF text;
        int lane = 0;
    };
    void layoutMarks();
    int laneHeight() const;
    int axisHeight() const;
    QRectF plotRect() const;
    double xOf(Micros t) const;

    std::vector<TimelineMark> m_marks;
    std::vector<Placed> m_placed;
    int m_lanes = 1;
    Micros m_end = 10 * kSecond;
    Micros m_time = -1;
};

} // namespace bb
