#pragma once
// LabModeModel: the semantics lab's counters with the modes side by side:
// one column per delivery guarantee, one row per measure (sent, applied
// exactly once, lost, duplicated, out of order, throughput, p50 and p99
// latency). While a run goes on, the lost row counts payments not applied
// yet and says so in its header. Updates emit dataChanged only for the
// cells that changed. Owned by the lab view; GUI thread.

#include "lab/labreport.h"

#include <QAbstractTableModel>

namespace bb {

class LabModeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Measure { Sent, ExactlyOnce, Lost, Late, Duplicated, OutOfOrder, Throughput, P50, P99, Count };

    explicit LabModeModel(QObject *parent = nullptr);

    // `final`: the run ended, so the counters are its outcome.
    void setResults(const std::vector<ModeResult> &modes, bool final);
    void clear();
    const std::vector<ModeResult> &results() const { return m_modes; }
    bool isFinal() const { return m_final; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cell(const ModeResult &r, int measure, int role) const;

    std::vector<ModeResult> m_modes;
    bool m_final = false;
};

} // namespace bb
