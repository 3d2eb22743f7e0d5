#include "deckbatchexport.h"

#include "deckcharts.h"

#include "store/database.h"

#include <QDir>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent>

namespace csm {

DeckBatchExport::DeckBatchExport(QString dbPath, QList<Item> items, QString folder, DeckOptions options, QObject *parent)
    : QObject(parent)
    , m_dbPath(std::move(dbPath))
    , m_items(std::move(items))
    , m_folder(std::move(folder))
    , m_options(std::move(options))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
    , m_maxWriting(std::max(1, QThread::idealThreadCount()))
{
    if (!m_options.asOf.isValid())
        m_options.asOf = QDate::currentDate();
}

DeckBatchExport::~DeckBatchExport()
{
    m_cancel->store(true);
}

void DeckBatchExport::start()
{
    if (m_running)
        return;
    m_running = true;
    emit progress(0, int(m_items.size()));
    pump();
    finishIfIdle();
}

void DeckBatchExport::cancel()
{
    m_cancel->store(true);
    finishIfIdle();
}

void DeckBatchExport::pump()
{
    // Read ahead one account while the writers are busy; never more than the writers can take.
    while (!m_cancel->load() && m_nextLoad < m_items.size() && m_loading == 0 && m_writing < m_maxWriting) {
        const int index = m_nextLoad++;
        ++m_loading;
        auto *watcher = new QFutureWatcher<Result<DeckData>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, index] {
            watcher->deleteLater();
            --m_loading;
            loaded(index, watcher->future().result());
        });
        watcher->setFuture(QtConcurrent::run([path = m_dbPath, id = m_items.at(index).accountId, asOf = m_options.asOf,
                                              cancel = m_cancel]() -> Result<DeckData> {
            if (cancel->load())
                return Error { tr("cancelled") };
            auto db = Database::open(path, Database::Mode::Existing);
            if (!db)
                return db.error();
            return loadDeckData((*db)->connection(), id, asOf);
        }));
    }
}

void DeckBatchExport::loaded(int index, const Result<DeckData> &data)
{
    if (m_cancel->load()) {
        finishIfIdle();
        return;
    }
    if (!data) {
        m_errors << tr("%1: %2").arg(m_items.at(index).crmId, data.errorMessage());
        ++m_done;
        emit progress(m_done, int(m_items.size()));
        pump();
        finishIfIdle();
        return;
    }
    const QList<DeckSection> sections = m_options.sectionsFor(data->account);
    DeckPictures pictures = DeckChartRecorder().record(*data, sections);
    ++m_writing;
    auto *watcher = new QFutureWatcher<Result<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, index] {
        watcher->deleteLater();
        --m_writing;
        written(index, watcher->future().result());
    });
    watcher->setFuture(QtConcurrent::run([data = *data, sections, pictures = std::move(pictures), by = m_options.preparedBy,
                                          path = QDir(m_folder).filePath(m_items.at(index).fileName),
                                          cancel = m_cancel]() -> Result<int> {
        const DeckDocument document(data, sections, pictures, by);
        if (Status status = writeDeckPdf(document, path, cancel.get()); !status)
            return status.error();
        return document.pageCount();
    }));
    pump();
}

void DeckBatchExport::written(int index, const Result<int> &pages)
{
    ++m_done;
    if (pages)
        ++m_written;
    else if (!m_cancel->load())
        m_errors << tr("%1: %2").arg(m_items.at(index).crmId, pages.errorMessage());
    emit progress(m_done, int(m_items.size()));
    pump();
    finishIfIdle();
}

void DeckBatchExport::finishIfIdle()
{
    if (!m_running || m_loading > 0 || m_writing > 0)
        return;
    if (!m_cancel->load() && m_nextLoad < m_items.size())
        return;
    m_running = false;
    emit finished(m_written, int(m_items.size()), m_errors, m_cancel->load());
}

} // namespace csm
