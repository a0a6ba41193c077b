#pragma once
// A read-only, selectable rich-text label in a frameless vertical scroll
// area filling `owner`: the body of the scenario panel and the record trace.

class QLabel;
class QWidget;

namespace bb {

// Lays the pane out in `owner` and returns its label (owned by the pane).
QLabel *makeRichTextPane(QWidget *owner);

} // namespace bb
