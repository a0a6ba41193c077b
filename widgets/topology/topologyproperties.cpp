#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include "topology/topologyproperties.h"

#include "common/verticalscrollarea.h"
#include "topology/topologytext.h"

#include <cmath>

namespace bb {
namespace {

// Spin boxes send one value when the user is done (Enter, focus out, an
// arrow click), not one per keystroke; the wheel only when focused.
template <typename Spin>
Spin *makeSpin(QWidget *parent)
{
    auto *spin = new Spin(parent);
    spin->setKeyboardTracking(false);
    spin->setFocusPolicy(Qt::StrongFocus);
    spin->setAccelerated(true);
    return spin;
}

} // namespace

TopologyProperties::TopologyProperties(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout)
{
    // As wide as the form needs (never cut off on the right, which would
    // also let a focused field scroll the labels out on the left); long
    // forms scroll up and down.
    auto *scroll = new VerticalScrollArea(this);
    auto *inner = new QWidget(scroll);
    inner->setLayout(m_layout);
    m_layout->setContentsMargins(8, 6, 8, 6);
    scroll->setContent(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void TopologyProperties::begin(const QString &heading, const QString &text)
{
    if (m_page) {
        // Out of sight now, deleted later: this may run inside one of its
        // widgets' signals.
        m_page->hide();
        m_layout->removeWidget(m_page);
        m_page->deleteLater();
    }
    m_fields.clear();
    m_page = new QWidget;
    auto *v = new QVBoxLayout(m_page);
    v->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(heading, m_page);
    m_heading->setObjectName(QStringLiteral("propertiesHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_heading->setFont(bold);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_heading);
    if (!text.isEmpty()) {
        auto *note = new QLabel(text, m_page);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        // A wrapped text would let the panel shrink to a column of single
        // words: a few words a line at least.
        note->setMinimumWidth(note->fontMetrics().averageCharWidth() * 30);
        v->addWidget(note);
    }
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    v->addLayout(m_form);
    v->addStretch(1);
    // Shown when its fields are in (refresh()): a layout would show the new
    // widgets only from the event loop.
    m_page->hide();
    m_layout->addWidget(m_page);
    m_subject = heading;
}

QWidget *TopologyProperties::field(const QString &key) const
{
    auto it = m_fields.find(key);
    return it == m_fields.end() ? nullptr : it->second.widget;
}

QString TopologyProperties::heading() const
{
    return m_heading ? m_heading->text() : QString();
}

void TopologyProperties::refresh(const Scenario &s)
{
    m_scenario = s;
    if (m_page)
        m_page->show();
    for (auto &[key, f] : m_fields) {
        const QSignalBlocker block(f.widget);
        f.load(m_scenario);
    }
}

void TopologyProperties::commit(const QString &key, const QString &label, std::function<void(Scenario &)> change)
{
    // "&Rate" and the Chinese style "速率(&R)" both become the plain word.
    static const QRegularExpression mnemonic(QStringLiteral("\\(&\\S\\)|&(?=\\S)"));
    QString what = label;
    what.remove(mnemonic);
    const QString text = tr("Set %1 of %2").arg(what.toLower(), m_subject);
    const Error err = m_edit ? m_edit(text, m_subjectKey + QLatin1Char('/') + key, std::move(change)) : Error();
    if (err) // put the field back
        if (auto it = m_fields.find(key); it != m_fields.end()) {
            const QSignalBlocker block(it->second.widget);
            it->second.load(m_scenario);
        }
}

void TopologyProperties::showNothing(const Scenario &s)
{
    m_scenario = s;
    m_subjectKey.clear();
    begin(tr("Topology"), tr("Select a box or an arrow to see and change its settings. Add elements with the Add menu; "
                             "connect two with Connect (drag from one to the other) or the context menu."));
    refresh(s);
}

void TopologyProperties::showElement(const Scenario &s, const ElementRef &ref)
{
    m_scenario = s;
    m_subjectKey = ref.key();
    switch (ref.kind) {
    case ElementKind::Node: buildCluster(); break;
    case ElementKind::Topic: buildTopic(ref.name); break;
    case ElementKind::Queue: buildQueue(ref.name); break;
    case ElementKind::Exchange: buildExchange(ref.name); break;
    case ElementKind::Producer: buildProducer(ref.name); break;
    case ElementKind::Service: buildService(ref.name); break;
    case ElementKind::Publisher: buildPublisher(ref.name); break;
    case ElementKind::Requester: buildRequester(ref.name); break;
    case ElementKind::Responder: buildResponder(ref.name); break;
    }
    refresh(s);
}

void TopologyProperties::showEdge(const Scenario &s, const TopologyEdge &edge)
{
    m_scenario = s;
    m_subjectKey = edge.key();
    buildEdge(edge);
    refresh(s);
}

void TopologyProperties::addName(const ElementRef &ref)
{
    auto *edit = new QLineEdit(m_page);
    m_form->addRow(tr("&Name"), edit);
    m_fields[QStringLiteral("name")] = {edit, [edit, ref](const Scenario &) { edit->setText(ref.name); }};
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, ref] {
        // After a rename this page is on its way out: its element is gone.
        if (edit->text() == ref.name || !m_rename || !hasElement(m_scenario, ref))
            return;
        if (m_rename(ref, edit->text())) {
            const QSignalBlocker block(edit);
            edit->setText(ref.name);
        }
    });
}

void TopologyProperties::addInt(const QString &key, const QString &label, int min, int max, Access<int> access, const QString &suffix)
{
    addIntBy(key, label, min, max, getter(access), setter(access), suffix);
}

void TopologyProperties::addIntBy(const QString &key, const QString &label, int min, int max, Get<int> get, Set<int> set,
                                  const QString &suffix)
{
    auto *spin = makeSpin<QSpinBox>(m_page);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    m_form->addRow(label, spin);
    m_fields[key] = {spin, [spin, get](const Scenario &s) { spin->setValue(get(s)); }};
    connect(spin, &QSpinBox::valueChanged, this, [this, key, label, set](int value) {
        commit(key, label, [set, value](Scenario &s) { set(s, value); });
    });
}

void TopologyProperties::addReal(const QString &key, const QString &label, double min, double max, int decimals,
                                 Access<double> access, const QString &suffix)
{
    auto *spin = makeSpin<QDoubleSpinBox>(m_page);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    m_form->addRow(label, spin);
    m_fields[key] = {spin, [spin, access](const Scenario &s) {
                         if (double *v = access(const_cast<Scenario &>(s)))
                             spin->setValue(*v);
                     }};
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key, label, access](double value) {
        commit(key, label, [access, value](Scenario &s) {
            if (double *v = access(s))
                *v = value;
        });
    });
}

void TopologyProperties::addDuration(const QString &key, const QString &label, Micros unit, double max, Access<Micros> access,
                                     const QString &never)
{
    addDurationBy(key, label, unit, max, getter(access), setter(access), never);
}

void TopologyProperties::addDurationBy(const QString &key, const QString &label, Micros unit, double max, Get<Micros> get,
                                       Set<Micros> set, const QString &never)
{
    auto *spin = makeSpin<QDoubleSpinBox>(m_page);
    const bool seconds = unit >= kSecond;
    spin->setDecimals(seconds ? 1 : 2);
    spin->setSingleStep(seconds ? 1 : 0.5);
    // One step below zero reads as the special word ("never").
    spin->setRange(never.isEmpty() ? 0 : -spin->singleStep(), max);
    spin->setSpecialValueText(never);
    spin->setSuffix(seconds ? tr(" s") : tr(" ms"));
    spin->setGroupSeparatorShown(true);
    m_form->addRow(label, spin);
    m_fields[key] = {spin, [spin, get, unit](const Scenario &s) {
                         const Micros v = get(s);
                         spin->setValue(v < 0 ? spin->minimum() : double(v) / double(unit));
                     }};
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key, label, set, unit, never](double value) {
        const Micros micros = !never.isEmpty() && value < 0 ? -1 : Micros(std::llround(value * double(unit)));
        commit(key, label, [set, micros](Scenario &s) { set(s, micros); });
    });
}

void TopologyProperties::addBool(const QString &key, const QString &label, Access<bool> access, const QString &toolTip)
{
    auto *box = new QCheckBox(label, m_page);
    box->setToolTip(toolTip);
    m_form->addRow(QString(), box);
    m_fields[key] = {box, [box, access](const Scenario &s) {
                         if (bool *v = access(const_cast<Scenario &>(s)))
                             box->setChecked(*v);
                     }};
    connect(box, &QCheckBox::toggled, this, [this, key, label, access](bool on) {
        commit(key, label, [access, on](Scenario &s) {
            if (bool *v = access(s))
                *v = on;
        });
    });
}

void TopologyProperties::addText(const QString &key, const QString &label, Access<QString> access)
{
    addTextBy(key, label, getter(access), setter(access));
}

void TopologyProperties::addTextBy(const QString &key, const QString &label, Get<QString> get, Set<QString> set)
{
    auto *edit = new QLineEdit(m_page);
    m_form->addRow(label, edit);
    m_fields[key] = {edit, [edit, get](const Scenario &s) { edit->setText(get(s)); }};
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, key, label, get, set] {
        if (get(m_scenario) == edit->text())
            return;
        commit(key, label, [set, text = edit->text()](Scenario &s) { set(s, text); });
    });
}

void TopologyProperties::addList(const QString &key, const QString &label, Access<QStringList> access)
{
    auto *edit = new QLineEdit(m_page);
    edit->setPlaceholderText(tr("comma-separated"));
    m_form->addRow(label, edit);
    const QString separator = QStringLiteral(", ");
    m_fields[key] = {edit, [edit, access, separator](const Scenario &s) {
                         if (QStringList *v = access(const_cast<Scenario &>(s)))
                             edit->setText(v->join(separator));
                     }};
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, key, label, access] {
        QStringList items;
        for (const QString &part : edit->text().split(QLatin1Char(',')))
            if (const QString item = part.trimmed(); !item.isEmpty())
                items << item;
        Scenario current = m_scenario;
        if (QStringList *v = access(current); !v || *v == items)
            return;
        commit(key, label, [access, items](Scenario &s) {
            if (QStringList *v = access(s))
                *v = items;
        });
    });
}

void TopologyProperties::addChoice(const QString &key, const QString &label, std::vector<std::pair<int, QString>> choices,
                                   std::function<int(const Scenario &)> get, std::function<void(Scenario &, int)> set)
{
    auto *combo = new QComboBox(m_page);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto &[value, text] : choices)
        combo->addItem(text, value);
    m_form->addRow(label, combo);
    m_fields[key] = {combo, [combo, get](const Scenario &s) { combo->setCurrentIndex(combo->findData(get(s))); }};
    connect(combo, &QComboBox::activated, this, [this, combo, key, label, set](int index) {
        const int value = combo->itemData(index).toInt();
        commit(key, label, [set, value](Scenario &s) { set(s, value); });
    });
}

void TopologyProperties::addTopicChoice(const QString &key, const QString &label, Access<QString> access, bool allowNone)
{
    auto *combo = new QComboBox(m_page);
    // Filled (and refilled) after the first layout: the width follows the names.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_form->addRow(label, combo);
    // The list follows the scenario's topics (an edit may add or rename one).
    m_fields[key] = {combo, [combo, access, allowNone](const Scenario &s) {
                         combo->clear();
                         if (allowNone)
                             combo->addItem(tr("(none)"), QString());
                         for (const TopicSpec &t : s.topics)
                             combo->addItem(t.name, t.name);
                         if (QString *v = access(const_cast<Scenario &>(s)))
                             combo->setCurrentIndex(combo->findData(*v));
                     }};
    connect(combo, &QComboBox::activated, this, [this, combo, key, label, access](int index) {
        commit(key, label, [access, topic = combo->itemData(index).toString()](Scenario &s) {
            if (QString *v = access(s))
                *v = topic;
        });
    });
}

void TopologyProperties::addNote(const QString &text)
{
    auto *note = new QLabel(text, m_page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(note);
}

} // namespace bb
