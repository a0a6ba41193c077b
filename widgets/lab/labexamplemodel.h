#pragma once
// LabExampleModel: the lost and duplicated payments a finished lab run
// explains, one row each: the payment, its mode and what happened to it
// (why goes to the view's text pane: it is a paragraph, not a cell).
// Modes in report order, lost before duplicated. Owned by the lab view;
// GUI thread.

#include "lab/labtext.h"

#include <QAbstractTableModel>

namespace bb {

class LabExampleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Payment, Mode, Outcome, Count };

    struct Row {
        Guarantee mode = Guarantee::AtLeastOnce;
        PaymentOutcome outcome = PaymentOutcome::Lost;
        Explanation explanation;
    };

    explicit LabExampleModel(QObject *parent = nullptr);

    void setResults(const std::vector<ModeResult> &modes);
    void clear();
    const Row &row(int r) const { return m_rows[std::size_t(r)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace bb
