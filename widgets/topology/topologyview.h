#pragma once
// TopologyView: the QGraphicsView of the topology diagram. The diagram fits
// the view (never enlarged past 1:1, never shrunk past kMinScale: then it
// scrolls) until the user zooms with Ctrl+wheel;
// fitAll() goes back to fitting. Passes palette changes to the scene, whose
// items paint with the scene's palette. GUI thread.

#include <QGraphicsView>

namespace bb {

class TopologyView final : public QGraphicsView {
    Q_OBJECT
public:
    static constexpr qreal kMinScale = 0.6;

    explicit TopologyView(QGraphicsScene *scene, QWidget *parent = nullptr);

    // Fits the whole diagram and keeps fitting it as the view resizes.
    void fitAll();
    // After the scene changed size: fits again unless the user zoomed.
    void sceneChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fit();
    void passPalette();
    bool m_autoFit = true;
};

} // namespace bb
