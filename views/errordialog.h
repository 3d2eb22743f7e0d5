#pragma once

#include <QDialog>

class QPushButton;

namespace csm {

/// What went wrong, in a dialog whose whole text can be copied: the summary is selectable, long
/// reports (an import's file:line list, a server's answer) go to a details box, and Copy puts the
/// title, summary and details on the clipboard in one go so they can be pasted into a ticket.
class ErrorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorDialog)

public:
    /// A message of more than a few lines is split: its first paragraph is the summary, the rest
    /// the details. An explicit `details` is shown as given.
    ErrorDialog(const QString &title, const QString &message, const QString &details = {}, QWidget *parent = nullptr);

    QString summary() const { return m_summary; }
    QString details() const { return m_details; }
    /// What Copy puts on the clipboard.
    QString clipboardText() const;
    QPushButton *copyButton() const { return m_copy; }

    /// Shows a dialog for `message` modally.
    static void report(QWidget *parent, const QString &title, const QString &message, const QString &details = {});

private:
    QString m_title;
    QString m_summary;
    QString m_details;
    QPushButton *m_copy = nullptr;
};

} // namespace csm
