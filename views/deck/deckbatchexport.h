#pragma once

#include "deckwriter.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace csm {

/// Exports many accounts' decks into a folder in the background: each account's data is read on
/// a worker with its own connection, its charts are recorded on the GUI thread (a few
/// milliseconds), and the PDF is laid out and written on a worker, several at once. Progress is
/// reported per deck; cancel stops between pages and leaves only complete files.
class DeckBatchExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeckBatchExport)

public:
    struct Item
    {
        qint64 accountId = 0;
        QString crmId;
        QString fileName; ///< within the folder
    };

    DeckBatchExport(QString dbPath, QList<Item> items, QString folder, DeckOptions options, QObject *parent = nullptr);
    ~DeckBatchExport() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    QString folder() const { return m_folder; }

signals:
    void progress(int done, int total);
    /// `errors` name each account that failed and why.
    void finished(int written, int total, const QStringList &errors, bool cancelled);

private:
    void pump();
    void loaded(int index, const Result<DeckData> &data);
    void written(int index, const Result<int> &pages);
    void finishIfIdle();

    QString m_dbPath;
    QList<Item> m_items;
    QString m_folder;
    DeckOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_nextLoad = 0;
    int m_loading = 0;
    int m_writing = 0;
    int m_done = 0;
    int m_written = 0;
    int m_maxWriting = 2;
    bool m_running = false;
    QStringList m_errors;
};

} // namespace csm
