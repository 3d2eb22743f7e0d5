// QBR decks from the main window: one account's deck, and the decks of every account the filters show.
#include "mainwindow.h"

#include "booktableview.h"
#include "deck/deckbatchexport.h"
#include "deck/deckexportdialog.h"
#include "itemmodels/bookmodel.h"
#include "errordialog.h"
#include "itemmodels/bookproxymodel.h"
#include "jobindicator.h"

#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace csm {

DeckExportDialog *MainWindow::deckExportDialog() const
{
    return m_deckDialog;
}

DeckBatchExport *MainWindow::deckBatchExport() const
{
    return m_deckBatch;
}

void MainWindow::exportDeck()
{
    const qint64 id = m_table->currentAccountId();
    if (!m_session || id == 0) {
        statusBar()->showMessage(tr("Select an account to export its QBR deck."), 5000);
        return;
    }
    auto *dialog = new DeckExportDialog(m_session->path(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_deckDialog = dialog;
    dialog->open();
}

void MainWindow::exportFilteredDecks()
{
    if (!m_session || m_proxy->rowCount() == 0) {
        statusBar()->showMessage(tr("No accounts match the filter: nothing to export."), 5000);
        return;
    }
    if (m_deckBatch && m_deckBatch->isRunning()) {
        statusBar()->showMessage(tr("QBR decks are being exported already."), 5000);
        return;
    }
    QSettings settings;
    QString start = settings.value(QStringLiteral("deck/folder")).toString();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export %n QBR Deck(s) to Folder", nullptr, m_proxy->rowCount()), start);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("deck/folder"), folder);
    exportDecksTo(folder);
}

void MainWindow::exportDecksTo(const QString &folder)
{
    if (!m_session || (m_deckBatch && m_deckBatch->isRunning()))
        return;
    DeckOptions options;
    options.asOf = QDate::currentDate();
    QList<DeckBatchExport::Item> items;
    QSet<QString> taken;
    const BookModel *model = m_session->model();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const BookRow &row = model->rowAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        items << DeckBatchExport::Item { row.id, row.crmId, uniqueDeckFileName(row.name, row.crmId, options.asOf, taken) };
    }
    auto *batch = new DeckBatchExport(m_session->path(), items, folder, options, this);
    m_deckBatch = batch;
    const QString label = tr("Exporting %n QBR deck(s)", nullptr, int(items.size()));
    m_jobs->start(label);
    connect(batch, &DeckBatchExport::progress, m_jobs, &JobIndicator::setProgress);
    connect(batch, &DeckBatchExport::finished, this,
            [this, batch](int written, int total, const QStringList &errors, bool cancelled) {
                m_jobs->finish();
                batch->deleteLater();
                const QString where = QDir::toNativeSeparators(batch->folder());
                if (cancelled)
                    statusBar()->showMessage(tr("Deck export cancelled: %1 of %n written to %2; no partial files.", nullptr, total)
                                                 .arg(written)
                                                 .arg(where),
                                             10000);
                else
                    statusBar()->showMessage(tr("Exported %1 of %n QBR deck(s) to %2.", nullptr, total).arg(written).arg(where), 10000);
                if (!errors.isEmpty()) {
                    ErrorDialog::report(this, tr("QBR Deck Export"),
                                        tr("%n deck(s) could not be written.", nullptr, int(errors.size())),
                                        errors.join(QLatin1Char('\n')));
                }
            });
    batch->start();
}

} // namespace csm
