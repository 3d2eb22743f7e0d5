// The main window's part in the team lead's work: exporting a book for the lead, the portfolio
// window, and a team member's book opened read-only from it.
#include "mainwindow.h"

#include "bookfilterbar.h"
#include "itemmodels/bookmodel.h"
#include "portfolio/bookfile.h"
#include "portfolio/portfoliowindow.h"

#include <QDir>
#include <QFileDialog>
#include <QHash>
#include <QStandardPaths>
#include <QStatusBar>

namespace csm {

void MainWindow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly) {
        m_offerDemo = false;
        m_evaluateRulesOnOpen = false;
        setAttribute(Qt::WA_DeleteOnClose);
        statusBar()->showMessage(tr("Read-only: a team member's book. Nothing you do here changes it."));
    }
    updateActions();
}

void MainWindow::exportBook()
{
    if (!m_session)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString owner = m_filterBar->filter().owner();
    if (owner.isEmpty()) {
        QHash<QString, int> counts;
        for (const BookRow &row : m_session->model()->rows())
            ++counts[row.owner];
        int best = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > best && !it.key().isEmpty()) {
                best = it.value();
                owner = it.key();
            }
    }
    const QString suggested = QDir(dir).filePath((owner.isEmpty() ? tr("book") : owner) + QString(BookFile::Suffix));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Book for Your Lead"), suggested,
                                                      tr("CSM Workbench book (*.csmbook)"));
    if (!path.isEmpty())
        exportBookTo(path);
}

void MainWindow::exportBookTo(const QString &path)
{
    if (!m_session)
        return;
    m_session->runJob(tr("Exporting the book"), [path](const QSqlDatabase &db, JobContext &context) -> Result<QString> {
        auto manifest = BookFile::exportSnapshot(db, path, {}, context.cancelFlag());
        if (!manifest)
            return manifest.error();
        return tr("Exported %n account(s) of %1's book to %2.", nullptr, manifest->accountCount)
            .arg(manifest->owner, QDir::toNativeSeparators(path));
    }, false);
}

PortfolioWindow *MainWindow::portfolioWindow()
{
    if (!m_portfolioWindow && m_session && !m_readOnly) {
        m_portfolioWindow = new PortfolioWindow(m_session->connection(), this);
        m_portfolioWindow->setWindowFlag(Qt::Window);
        connect(m_portfolioWindow, &PortfolioWindow::openBookRequested, this,
                [this](const QString &path, qint64 accountId) { openReadOnlyBook(path, accountId); });
        m_portfolioWindow->restoreBooks();
    }
    return m_portfolioWindow;
}

void MainWindow::openTeamBooks()
{
    if (PortfolioWindow *window = portfolioWindow()) {
        window->show();
        window->raise();
        window->activateWindow();
        if (window->portfolio().books().empty())
            window->statusBar()->showMessage(
                tr("Add your team's book files (File ▸ Export Book for Your Lead in their app), or load the demo team."));
    }
}

MainWindow *MainWindow::openReadOnlyBook(const QString &path, qint64 accountId)
{
    auto session = BookSession::open(path, nullptr, true);
    if (!session) {
        showError(session.errorMessage());
        return nullptr;
    }
    auto *window = new MainWindow;
    window->setReadOnly(true);
    window->m_pendingSelection = accountId;
    window->setSession(std::move(*session));
    window->resize(size());
    window->show();
    return window;
}

} // namespace csm
