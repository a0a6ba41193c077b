#pragma once
// TopologyProperties: the property panel of the topology editor. For the
// selected box or edge it shows a form (QFormLayout) of what can be set:
// a topic's partitions, replication factor and min ISR, a producer's rate,
// acks and linger, a service's members, processing time, assignor, commit
// and delivery modes, a binding's key, ... Every change goes out as one
// edit (the editor validates it and pushes an undo command); a refused
// edit puts the field back. After an edit or an undo, refresh() reads the
// values again into the same widgets, so the one being typed in keeps
// focus. Owned by the TopologyEditor; GUI thread.

#include <QWidget>

#include "topology/topologygraph.h"

#include <functional>
#include <map>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace bb {

class TopologyProperties final : public QWidget {
    Q_OBJECT
public:
    // (undo text, merge key, the change to a copy of the scenario) -> why it
    // was refused, or no error.
    using EditFunction = std::function<Error(const QString &, const QString &, std::function<void(Scenario &)>)>;
    using RenameFunction = std::function<Error(const ElementRef &, const QString &)>;

    // Where a field's value lives in a scenario; nullptr when its element is gone.
    template <typename T>
    using Access = std::function<T *(Scenario &)>;

    template <typename T>
    using Get = std::function<T(const Scenario &)>;
    template <typename T>
    using Set = std::function<void(Scenario &, T)>;

    explicit TopologyProperties(QWidget *parent = nullptr);

    void setEditFunction(EditFunction edit) { m_edit = std::move(edit); }
    void setRenameFunction(RenameFunction rename) { m_rename = std::move(rename); }

    void showElement(const Scenario &s, const ElementRef &ref);
    void showEdge(const Scenario &s, const TopologyEdge &edge);
    void showNothing(const Scenario &s);
    // Reads every shown field again from `s` (after an edit or an undo).
    void refresh(const Scenario &s);

    // The widget of a field by its key ("partitions", "acks", ...), for tests.
    QWidget *field(const QString &key) const;
    QString heading() const;

private:
    // topologypropertyforms.cpp: one form per kind.
    void buildCluster();
    void buildTopic(const QString &name);
    void buildQueue(const QString &name);
    void buildExchange(const QString &name);
    void buildProducer(const QString &name);
    void buildService(const QString &name);
    void buildPublisher(const QString &name);
    void buildRequester(const QString &name);
    void buildResponder(const QString &name);
    void buildEdge(const TopologyEdge &edge);

    void begin(const QString &heading, const QString &text);
    void addName(const ElementRef &ref);
    void addInt(const QString &key, const QString &label, int min, int max, Access<int> access, const QString &suffix = {});
    void addIntBy(const QString &key, const QString &label, int min, int max, Get<int> get, Set<int> set, const QString &suffix = {});
    void addReal(const QString &key, const QString &label, double min, double max, int decimals, Access<double> access,
                 const QString &suffix = {});
    // A duration shown in `unit` (kMillisecond, kSecond); `never`: a negative
    // value is allowed and shown as that word.
    void addDuration(const QString &key, const QString &label, Micros unit, double max, Access<Micros> access,
                     const QString &never = {});
    void addDurationBy(const QString &key, const QString &label, Micros unit, double max, Get<Micros> get, Set<Micros> set,
                       const QString &never = {});
    void addBool(const QString &key, const QString &label, Access<bool> access, const QString &toolTip = {});
    void addText(const QString &key, const QString &label, Access<QString> access);
    void addTextBy(const QString &key, const QString &label, Get<QString> get, Set<QString> set);
    void addList(const QString &key, const QString &label, Access<QStringList> access);
    // (value, text) pairs: an enum's values as int.
    void addChoice(const QString &key, const QString &label, std::vector<std::pair<int, QString>> choices,
                   std::function<int(const Scenario &)> get, std::function<void(Scenario &, int)> set);
    template <typename E>
    void addEnum(const QString &key, const QString &label, std::vector<std::pair<E, QString>> choices, Access<E> access);
    void addTopicChoice(const QString &key, const QString &label, Access<QString> access, bool allowNone);
    void addNote(const QString &text);
    // Sends `change` as an edit of field `key`; on refusal the field reads the scenario again.
    void commit(const QString &key, const QString &label, std::function<void(Scenario &)> change);

    template <typename T>
    static Get<T> getter(Access<T> access)
    {
        return [access](const Scenario &s) {
            const T *v = access(const_cast<Scenario &>(s)); // reads only
            return v ? *v : T{};
        };
    }
    template <typename T>
    static Set<T> setter(Access<T> access)
    {
        return [access](Scenario &s, T value) {
            if (T *v = access(s))
                *v = std::move(value);
        };
    }

    struct Field {
        QWidget *widget = nullptr;
        std::function<void(const Scenario &)> load;
    };

    EditFunction m_edit;
    RenameFunction m_rename;
    Scenario m_scenario;
    QString m_subject;       // "Topic orders": for undo texts
    QString m_subjectKey;    // merge keys start with it
    QVBoxLayout *m_layout;
    QWidget *m_page = nullptr;
    QLabel *m_heading = nullptr;
    QFormLayout *m_form = nullptr;
    std::map<QString, Field> m_fields;
};

} // namespace bb
