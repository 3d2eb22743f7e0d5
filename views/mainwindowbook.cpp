// Books from the main window: the demo book offered to a new user, opening and creating books,
// importing accounts and a lead's review comments, and exporting the accounts.
#include "mainwindow.h"

#include "accountdetailpane.h"
#include "accounttabs.h"
#include "book/accountwork.h"
#include "book/bookimport.h"
#include "io/accountexport.h"
#include "itemmodels/bookmodel.h"
#include "portfolio/reviewcomments.h"
#include "store/accountrepository.h"
#include "timelineview.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace csm {

void MainWindow::offerDemo()
{
    if (!m_session || m_session->isBusy())
        return;
    if (m_session->model()->rowCount() > 0) {
        QMessageBox::information(this, tr("Demo Book"),
                                 tr("The demo book can only be loaded into an empty book. Create a new book "
                                    "first (File ▸ New Book…)."));
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Welcome to CSM Workbench"),
        tr("This book is empty. Load a demo book of 300 accounts with a year of usage, contacts, NPS "
           "responses and tickets to explore the app?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        m_session->generateDemo(300, 1);
}

void MainWindow::openBookAt(const QString &path)
{
    auto session = BookSession::open(path);
    if (!session) {
        showError(session.errorMessage());
        return;
    }
    setSession(std::move(*session));
}

void MainWindow::openBook()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Book"), QString(),
                                                      tr("Books (*.sqlite *.csmbook *.db);;All files (*)"));
    if (!path.isEmpty())
        openBookAt(path);
}

void MainWindow::newBook()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Book"), QString(), tr("Books (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists; open it instead, or choose a new name.").arg(path));
        return;
    }
    openBookAt(path);
}

void MainWindow::importAccounts()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Accounts"), QString(),
                                                      tr("Accounts (*.csv *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_session->runJob(tr("Import %1").arg(QFileInfo(path).fileName()),
                      [path](const QSqlDatabase &db, JobContext &) -> Result<QString> {
                          auto outcome = importAccountsFile(db, path);
                          if (!outcome)
                              return outcome.error();
                          if (outcome->rejected()) {
                              QStringList lines;
                              for (const ImportIssue &issue : std::as_const(outcome->issues).first(
                                       std::min<qsizetype>(outcome->issues.size(), 25)))
                                  lines << issue.toString();
                              if (outcome->issues.size() > 25)
                                  lines << tr("… and %1 more.").arg(outcome->issues.size() - 25);
                              return Error { tr("Nothing was imported. Problems found:\n%1").arg(lines.join(u'\n')) };
                          }
                          return tr("Imported %1 new and %2 updated accounts.")
                              .arg(outcome->summary.inserted)
                              .arg(outcome->summary.updated);
                      });
}

void MainWindow::importReviewComments()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Review Comments"), QString(),
                                                      tr("Review comments (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // A lead's file holds a few comments: one transaction on this thread's connection is quick.
    auto outcome = ReviewCommentStore(m_session->connection()).importFile(path);
    if (!outcome) {
        showError(outcome.errorMessage());
        return;
    }
    const QString from = outcome->author.isEmpty() ? QFileInfo(path).fileName() : outcome->author;
    const QString summary = tr("Review comments from %1: %2 new, %3 already here.")
                                .arg(from, QString::number(outcome->added), QString::number(outcome->alreadyThere));
    statusBar()->showMessage(summary, 10000);
    if (const qint64 id = m_detail->accountId(); id > 0)
        if (auto entries = m_session->work()->timeline(id))
            m_accountTabs->timeline()->setEntries(*entries);
    if (outcome->skippedNoAccount > 0) {
        const QString skipped = tr("Skipped %n comment(s) on accounts that are not in this book: %1", nullptr,
                                   outcome->skippedNoAccount)
                                    .arg(outcome->skippedCrmIds.join(QStringLiteral(", ")));
        QMessageBox box(QMessageBox::Information, tr("Import Review Comments"), summary + u"\n\n" + skipped,
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText); // names and ids come from someone else's file
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    }
}

void MainWindow::exportAccounts()
{
    if (!m_session)
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Accounts"), QString(),
                                                      tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) || filter.startsWith(u'J');
    m_session->runJob(tr("Export accounts"), [path, json](const QSqlDatabase &db, JobContext &) -> Result<QString> {
        auto accounts = AccountRepository(db).all();
        if (!accounts)
            return accounts.error();
        const QByteArray data = json ? accountsToJson(*accounts) : accountsToCsv(*accounts);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return Error { QStringLiteral("%1: %2").arg(path, file.errorString()) };
        return tr("Exported %n account(s) to %1.", nullptr, int(accounts->size())).arg(path);
    });
}

} // namespace csm
