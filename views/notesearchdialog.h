#pragma once

#include "notes/meeting.h"

#include "domain/result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;

namespace csm {

class AccountWork;

/// Full-text search across every note of the book as you type. Matches are highlighted in each
/// snippet (the note's text is shown literally, markup and all); Enter or a double-click opens the
/// note at the match.
class NoteSearchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteSearchDialog)

public:
    explicit NoteSearchDialog(AccountWork *work, QWidget *parent = nullptr);

    void search(const QString &text);
    QLineEdit *queryEdit() const { return m_query; }
    QTreeWidget *results() const { return m_results; }
    /// The snippet as shown: escaped text with the matches in <b>.
    static QString snippetHtml(const QString &snippet);

signals:
    void noteRequested(qint64 accountId, qint64 meetingId, const QStringList &terms);
    void searched(int hits);

private:
    void start();
    void openCurrent();

    QPointer<AccountWork> m_work;
    QLineEdit *m_query;
    QLabel *m_status;
    QTreeWidget *m_results;
    QTimer *m_timer;
    QFutureWatcher<Result<QList<NoteHit>>> m_watcher;
    QString m_searched;
    bool m_pending = false;
};

} // namespace csm
