// The main window's Settings: one dialog for the app and the open book, opened at a page.
#include "mainwindow.h"

#include "itemmodels/bookproxymodel.h"
#include "metrics/reportingcurrency.h"
#include "portfolio/portfoliowindow.h"
#include "sync/synccontroller.h"
#include "sync/syncdialog.h"

namespace csm {

void MainWindow::showSettings(SettingsDialog::Page page)
{
    if (m_settingsDialog) {
        m_settingsDialog->showPage(page);
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_session.get(), m_sync ? m_sync->secrets() : nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_sync && m_sync->dialog()->isSyncing())
        dialog->setConnectionsLocked(tr("A sync is running: the connections can be changed when it has finished."));
    connect(dialog, &SettingsDialog::saved, this, [this] {
        m_proxy->setReportingRates(reportingRates());
        updateTotals();
        if (m_sync)
            m_sync->dialog()->refresh();
        if (m_portfolioWindow)
            m_portfolioWindow->reloadReportingRates();
    });
    m_settingsDialog = dialog;
    dialog->showPage(page);
    dialog->open();
}

} // namespace csm
