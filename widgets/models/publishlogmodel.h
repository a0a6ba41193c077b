#pragma once
// PublishLogModel: the answers to the publish panel's sends, newest first:
// the virtual time, where the record went (partition and offset) or the
// error sentence, and how long the answer took. Bounded; owned by the
// publish panel; GUI thread.

#include "engine/publishtypes.h"

#include <QAbstractTableModel>

#include <deque>

namespace bb {

class PublishLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Result, Latency, Count };
    static constexpr int kMaxRows = 500;

    explicit PublishLogModel(QObject *parent = nullptr);

    void add(const SendResult &result);
    // A line of its own ("The scenario restarted: ..."), in the muted colour.
    void addNote(const QString &text, Micros time);
    // A transaction's end: committed (as a result), aborted (a note) or
    // failed (an error). The buttons' tool tips say what each means for
    // read_committed consumers; the row stays short.
    void addTransaction(const TransactionResult &result);
    // A request the panel could not make (commit with nothing open, ...).
    void addError(const QString &text, Micros time);
    void clear();
    QString resultText(int row) const;
    bool isError(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "orders-3 at offset 4,512" / "orders-3 (acks=0: no offset)" / the error.
    static QString describe(const SendResult &result);

private:
    struct Row {
        Micros time = 0;
        QString text;
        Micros latency = -1;
        enum Kind { Ok, Error, Note } kind = Ok;
    };
    void push(Row row);

    std::deque<Row> m_rows;
};

} // namespace bb
