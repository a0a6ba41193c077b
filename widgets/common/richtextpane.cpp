#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "common/richtextpane.h"

namespace bb {

QLabel *makeRichTextPane(QWidget *owner)
{
    auto *label = new QLabel(owner);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(8, 6, 8, 6);
    auto *scroll = new QScrollArea(owner);
    scroll->setWidget(label);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return label;
}

} // namespace bb
