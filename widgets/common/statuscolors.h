#pragma once
// Status colours that read well on light and dark palettes: a few semantic
// tones (good, warning, bad, muted), tuned by the palette's lightness, and
// soft row tints blended into the view's base colour. Free functions; GUI
// thread.

#include "engine/snapshot.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace bb {

enum class Tone { Good, Warning, Bad, Info, Muted };

bool isDarkPalette(const QPalette &palette);
// Text-strength colour for a tone (state labels, event dots).
QColor toneColor(Tone tone, const QPalette &palette);
// A background tint for a highlighted row, keeping the text readable.
QColor toneTint(Tone tone, const QPalette &palette);

// A small filled circle in the tone's colour (cached), for list decorations.
QIcon toneDot(Tone tone, const QPalette &palette);

// A categorical colour for the i-th series (chart lines, group markers):
// Tableau 10, distinct on light and dark backgrounds.
QColor seriesColor(int index);

Tone nodeStateTone(NodeState state);
Tone eventTone(ClusterEventKind kind);

} // namespace bb
