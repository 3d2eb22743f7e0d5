#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace csm {

/// One page of Settings: its title and what it is about, its content, why the content cannot be
/// used when it cannot (no book open, a read-only book), and what keeps it from being saved.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(const QString &title, const QString &description, QWidget *parent = nullptr);

    /// Puts `content` on the page (taking it), below the description; `fill` gives it the page's
    /// spare height, else the space stays below it.
    void setContent(QWidget *content, bool fill = true);
    QWidget *content() const { return m_content; }

    /// Disables the content and says why; an empty `why` makes it usable again.
    void setUnavailable(const QString &why);
    bool isAvailable() const { return m_why.isEmpty(); }
    QLabel *notice() const { return m_notice; }

    /// Shows what keeps the page from being saved; empty hides it.
    void showProblem(const QString &problem);
    QLabel *problemLabel() const { return m_problem; }

private:
    QVBoxLayout *m_layout;
    QLabel *m_notice;
    QLabel *m_problem;
    QWidget *m_content = nullptr;
    QString m_why;
};

} // namespace csm
