#pragma once
// HelpBrowser: the user guide and the reference pages, readable in the app.
// The pages are Markdown files bundled as resources (":/docs/..."), the same
// files the repository shows, so the guide in the app and on disk never
// differ. A contents list on the left, the page on the right; links between
// pages follow inside the window, web links open in the system browser, and
// a link to anything else (a source file) says it is not part of the guide.
// Pictures are scaled down to the page's width. GUI thread.

#include <QString>
#include <QUrl>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QTextBrowser;
class QToolButton;

namespace bb {

class HelpBrowser : public QWidget {
    Q_OBJECT
public:
    struct Page {
        QString title;
        QUrl url; // e.g. qrc:/docs/docs/user-guide.md
    };

    HelpBrowser(std::vector<Page> pages, QWidget *parent = nullptr);

    // Shows the page at `url` (one of the pages, or a page they link to).
    void open(const QUrl &url);
    QUrl currentUrl() const;
    QString currentText() const;
    QString notice() const; // what the last refused link said, or empty

protected:
    void changeEvent(QEvent *event) override;

private:
    void follow(const QUrl &link);
    void syncContents(const QUrl &shown);
    void retranslate();

    std::vector<Page> m_pages;
    QListWidget *m_contents;
    QTextBrowser *m_page;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_home;
    QLabel *m_notice;
};

} // namespace bb
