#pragma once
// The look every chart of the app shares, from its view's palette and
// font: background, bold title, legend, and axes with small labels and a
// faint grid. Call it again on PaletteChange and FontChange. GUI thread.

class QChartView;

namespace bb {

void applyChartLook(QChartView *view);

} // namespace bb
