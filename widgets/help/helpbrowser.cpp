#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "help/helpbrowser.h"

namespace bb {
namespace {

// A page whose pictures never make it scroll sideways: each is scaled down
// to the width the text has (and loaded again when that width changes).
class PageView : public QTextBrowser {
public:
    explicit PageView(QWidget *parent)
        : QTextBrowser(parent)
    {
        m_relayout.setSingleShot(true);
        m_relayout.setInterval(150);
        connect(&m_relayout, &QTimer::timeout, this, [this] {
            if (!source().isEmpty()) {
                const int at = verticalScrollBar()->value();
                reload();
                verticalScrollBar()->setValue(at);
            }
        });
    }

    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type != QTextDocument::ImageResource)
            return QTextBrowser::loadResource(type, name);
        QImage image(QStringLiteral(":") + name.path());
        if (image.isNull())
            return QTextBrowser::loadResource(type, name);
        const int room = viewport()->width() - 2 * int(document()->documentMargin()) - 8;
        if (room > 100 && image.width() > room)
            image = image.scaledToWidth(room, Qt::SmoothTransformation);
        return image;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTextBrowser::resizeEvent(event);
        m_relayout.start();
    }

private:
    QTimer m_relayout;
};

bool isResource(const QUrl &url) { return url.scheme() == QLatin1String("qrc") && QFile::exists(QStringLiteral(":") + url.path()); }

} // namespace

HelpBrowser::HelpBrowser(std::vector<Page> pages, QWidget *parent)
    : QWidget(parent)
    , m_pages(std::move(pages))
    , m_contents(new QListWidget(this))
    , m_page(new PageView(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_home(new QToolButton(this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("helpBrowser"));
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_page->setObjectName(QStringLiteral("helpPage"));
    m_notice->setObjectName(QStringLiteral("helpNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_home->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);

    // Every link goes through follow(): only pages of the guide open here.
    m_page->setOpenLinks(false);
    connect(m_page, &QTextBrowser::anchorClicked, this, &HelpBrowser::follow);
    connect(m_page, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_page, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_page, &QTextBrowser::sourceChanged, this, &HelpBrowser::syncContents);
    connect(m_back, &QToolButton::clicked, m_page, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_page, &QTextBrowser::forward);
    connect(m_home, &QToolButton::clicked, this, [this] {
        if (!m_pages.empty())
            open(m_pages.front().url);
    });

    for (const Page &p : m_pages)
        m_contents->addItem(p.title);
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(m_pages.size()) && m_pages[std::size_t(row)].url != m_page->source())
            open(m_pages[std::size_t(row)].url);
    });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_back);
    buttons->addWidget(m_forward);
    buttons->addWidget(m_home);
    buttons->addStretch();
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_page, 1);
    rightLayout->addWidget(m_notice);
    auto *split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    retranslate();
    if (!m_pages.empty())
        open(m_pages.front().url);
}

void HelpBrowser::open(const QUrl &url)
{
    m_notice->hide();
    m_notice->clear();
    m_page->setSource(url, QTextDocument::MarkdownResource);
}

QUrl HelpBrowser::currentUrl() const { return m_page->source(); }

QString HelpBrowser::currentText() const { return m_page->toPlainText(); }

QString HelpBrowser::notice() const { return m_notice->text(); }

void HelpBrowser::follow(const QUrl &link)
{
    const QUrl target = m_page->source().resolved(link);
    if (link.scheme() == QLatin1String("http") || link.scheme() == QLatin1String("https") || link.scheme() == QLatin1String("mailto")) {
        QDesktopServices::openUrl(link);
        return;
    }
    QUrl page = target;
    page.setFragment({});
    if (page == m_page->source() && !link.fragment().isEmpty()) {
        m_page->scrollToAnchor(link.fragment());
        return;
    }
    if (isResource(page) && page.path().endsWith(QLatin1String(".md"))) {
        m_notice->hide();
        m_notice->clear();
        m_page->setSource(target, QTextDocument::MarkdownResource);
        return;
    }
    m_notice->setText(tr("\"%1\" is not part of the guide in the app; it is in Brokerbench's source folder.").arg(link.toString()));
    m_notice->show();
}

void HelpBrowser::syncContents(const QUrl &shown)
{
    // The signal's URL: in Qt 6.4 sourceChanged comes before source() changes.
    const QUrl now = shown.adjusted(QUrl::RemoveFragment);
    const QSignalBlocker quiet(m_contents);
    m_contents->clearSelection();
    m_contents->setCurrentRow(-1);
    QString title;
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        if (m_pages[i].url == now) {
            m_contents->setCurrentRow(int(i));
            title = m_pages[i].title;
        }
    if (title.isEmpty()) // a page the contents do not list: its first heading
        title = m_page->toPlainText().section(QLatin1Char('\n'), 0, 0).trimmed();
    setWindowTitle(title.isEmpty() ? tr("Brokerbench Help") : tr("%1 - Brokerbench Help").arg(title));
}

void HelpBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HelpBrowser::retranslate()
{
    m_back->setToolTip(tr("Back"));
    m_forward->setToolTip(tr("Forward"));
    m_home->setToolTip(tr("Contents start"));
    syncContents(m_page->source());
}

} // namespace bb
