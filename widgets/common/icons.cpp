#include <QApplication>
#include <QIconEngine>
#include <QPainter>

#include "common/icons.h"

namespace bb {
namespace {

// The style's glyph as a mask, filled with the palette colour of the mode.
class PaletteGlyphEngine : public QIconEngine {
public:
    explicit PaletteGlyphEngine(QStyle::StandardPixmap glyph)
        : m_glyph(glyph)
    {
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap = QApplication::style()->standardIcon(m_glyph).pixmap(size, 1.0, QIcon::Normal, state);
        if (pixmap.isNull())
            return pixmap;
        const QPalette palette = QApplication::palette();
        QColor color = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        if (mode == QIcon::Selected)
            color = palette.color(QPalette::HighlightedText);
        QPainter p(&pixmap);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(pixmap.rect(), color);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device()->devicePixelRatioF();
        QPixmap pm = pixmap(rect.size() * ratio, mode, state);
        pm.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, pm);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return QApplication::style()->standardIcon(m_glyph).availableSizes();
    }

    QIconEngine *clone() const override { return new PaletteGlyphEngine(m_glyph); }

private:
    QStyle::StandardPixmap m_glyph;
};

bool isMediaGlyph(QStyle::StandardPixmap pixmap)
{
    for (auto glyph : {QStyle::SP_MediaPlay, QStyle::SP_MediaPause, QStyle::SP_MediaStop, QStyle::SP_MediaSkipForward,
                       QStyle::SP_MediaSkipBackward, QStyle::SP_MediaSeekForward, QStyle::SP_MediaSeekBackward})
        if (pixmap == glyph)
            return true;
    return false;
}

} // namespace

QIcon styleIcon(QStyle::StandardPixmap pixmap)
{
    if (isMediaGlyph(pixmap))
        return QIcon(new PaletteGlyphEngine(pixmap));
    return QApplication::style()->standardIcon(pixmap);
}

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, styleIcon(fallback));
}

} // namespace bb
