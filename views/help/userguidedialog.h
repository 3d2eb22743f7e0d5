#pragma once

#include <QDialog>
#include <QLocale>
#include <QUrl>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QTimer;

namespace csm {

/// Help ▸ User Guide: the guide (:/guide/guide[_lang].html, with the README's screenshots) in a
/// window of its own, with a contents list, Back and Forward, and find in page (Ctrl+F).
class UserGuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserGuideDialog)

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    /// Shows `parent`'s guide window, opening it the first time; later calls raise the same one.
    static UserGuideDialog *showFor(QWidget *parent);

    /// The guide in the language the app speaks: installTranslations() sets QLocale's default to
    /// it. A language without a guide of its own gets the English one.
    static QUrl guideUrl(const QLocale &locale = QLocale());

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }
    QLineEdit *findField() const { return m_find; }

    /// Selects the next (or previous) match of the find field's text, from the top again after the
    /// last one; false when the guide has none.
    bool findNext(bool backwards = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSourceChanged();
    void goToAnchor(const QString &anchor);
    void followLink(const QUrl &url);
    void fitImages();
    void syncContents();
    void showImage(const QUrl &url);

    QTextBrowser *m_browser;
    QListWidget *m_contents;
    QLineEdit *m_find;
    QLabel *m_findStatus;
    QTimer *m_fitTimer;
};

} // namespace csm
