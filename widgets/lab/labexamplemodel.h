#pragma once
// LabExampleModel: the lost and duplicated payments a finished lab run
// explains, one row each: the payment, its mode and what happened to it
// (why goes to the view's text pane: it is a paragraph, not a cell).
// Modes in report order, lost before duplicated. The lab explains only the
// first few of each mode, so the model also knows how many there were in
// all (total()), for the view to say how many it shows. Owned by the lab
// view; GUI thread.

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
    // Lost and duplicated payments the counters found, explained or not.
    std::int64_t total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
    std::int64_t m_total = 0;
};

} // namespace bb
