#pragma once

#include "deckwriter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>

#include <atomic>
#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace csm {

/// Account ▸ Export QBR Deck: choose the sections (the segment's defaults to start), the day the
/// data is frozen on and who presents; page thumbnails preview the deck as it will be; Save PDF
/// writes it in the background, then Open and Show in Folder take you to it.
///
/// Reading the data and drawing the pages run on workers; only the charts are recorded on the GUI
/// thread, which takes a few milliseconds.
class DeckExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeckExportDialog)

public:
    DeckExportDialog(QString dbPath, qint64 accountId, QWidget *parent = nullptr);
    ~DeckExportDialog() override;

    QList<DeckSection> sections() const;
    void setSections(const QList<DeckSection> &sections);
    QDate asOf() const;
    void setAsOf(const QDate &day);
    void setPreparedBy(const QString &name);

    /// The preview's pages, once previewReady() was emitted for the current options.
    QList<QImage> previewPages() const { return m_pages; }
    /// Writes the deck to `path` in the background; saved() or failed() follows.
    void saveTo(const QString &path);
    QString savedPath() const { return m_savedPath; }

signals:
    void previewReady(int pages);
    void saved(const QString &path, int pages);
    void failed(const QString &message);

private:
    void schedulePreview();
    void loadData();
    void preview();
    void chooseAndSave();
    void setStatus(const QString &text, bool error = false);

    QString m_dbPath;
    qint64 m_accountId = 0;
    std::optional<DeckData> m_data;
    QDate m_dataAsOf;
    QList<QImage> m_pages;
    QString m_savedPath;
    std::shared_ptr<std::atomic_bool> m_cancelSave = std::make_shared<std::atomic_bool>(false);

    QListWidget *m_sectionList;
    QDateEdit *m_asOf;
    QLineEdit *m_preparedBy;
    QListWidget *m_thumbnails;
    QLabel *m_pageCount;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_open;
    QPushButton *m_showFolder;
    QTimer *m_debounce;
    QFutureWatcher<Result<DeckData>> m_loadWatcher;
    QFutureWatcher<QList<QImage>> m_previewWatcher;
    QFutureWatcher<Result<int>> m_saveWatcher;
};

} // namespace csm
