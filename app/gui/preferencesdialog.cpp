#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "preferencesdialog.h"

#include "localization.h"

namespace bb {

PreferencesDialog::PreferencesDialog(const Preferences &current, const QString &running, QWidget *parent)
    : QDialog(parent)
    , m_running(running)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_restartNote(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language under its own name, so anyone can find theirs.
    const QString systemName = QLocale::system().nativeLanguageName();
    m_language->addItem(systemName.isEmpty() ? tr("System") : tr("System (%1)").arg(systemName), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(systemPrefersDark() ? tr("Follow system (dark)") : tr("Follow system (light)"), themeKey(Theme::System));
    m_theme->addItem(tr("Light"), themeKey(Theme::Light));
    m_theme->addItem(tr("Dark"), themeKey(Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(themeKey(current.theme))));

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);
    m_restartNote->setText(tr("The new language applies when Brokerbench starts again."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Theme:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Room for the note on two lines at most, in any of the languages.
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto *layout = new QVBoxLayout(this);
    // The dialog follows its contents, the wrapped note's lines included:
    // room kept for a hidden note was one line, and cut off the second.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    updateRestartNote();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.theme = themeFromKey(m_theme->currentData().toString()).value_or(Theme::System);
    return p;
}

void PreferencesDialog::updateRestartNote()
{
    m_restartNote->setVisible(translationForChoice(m_language->currentData().toString()) != m_running);
}

} // namespace bb
