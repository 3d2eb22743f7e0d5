#include "deckexportdialog.h"

#include "deckcharts.h"

#include "store/database.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace csm {

namespace {
constexpr int ThumbnailWidth = 320;
}

DeckExportDialog::DeckExportDialog(QString dbPath, qint64 accountId, QWidget *parent)
    : QDialog(parent)
    , m_dbPath(std::move(dbPath))
    , m_accountId(accountId)
    , m_sectionList(new QListWidget(this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_preparedBy(new QLineEdit(this))
    , m_thumbnails(new QListWidget(this))
    , m_pageCount(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save PDF…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_showFolder(new QPushButton(tr("Show in &Folder"), this))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Export QBR Deck"));
    resize(1040, 640);

    for (DeckSection s : AllDeckSections) {
        auto *item = new QListWidgetItem(deckSectionDisplayName(s), m_sectionList);
        item->setData(Qt::UserRole, int(s));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    m_sectionList->setAccessibleName(tr("Sections of the deck"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setMaximumDate(QDate::currentDate());
    m_asOf->setAccessibleName(tr("Data as of"));
    m_preparedBy->setPlaceholderText(tr("The account's owner"));

    auto *options = new QFormLayout;
    options->addRow(tr("Data &as of:"), m_asOf);
    options->addRow(tr("&Prepared by:"), m_preparedBy);
    auto *left = new QVBoxLayout;
    auto *sectionsLabel = new QLabel(tr("S&ections:"), this);
    sectionsLabel->setBuddy(m_sectionList);
    left->addWidget(sectionsLabel);
    left->addWidget(m_sectionList, 1);
    auto *defaults = new QPushButton(tr("Segment &Defaults"), this);
    left->addWidget(defaults);
    left->addLayout(options);

    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setIconSize(QSize(ThumbnailWidth, ThumbnailWidth * 9 / 16));
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setSpacing(8);
    m_thumbnails->setSelectionMode(QAbstractItemView::NoSelection);
    m_thumbnails->setAccessibleName(tr("Preview of the deck's pages"));
    auto *right = new QVBoxLayout;
    right->addWidget(m_pageCount);
    right->addWidget(m_thumbnails, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 0);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_showFolder, QDialogButtonBox::ActionRole);
    m_save->setDefault(true);
    m_open->setEnabled(false);
    m_showFolder->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (m_data && m_dataAsOf == m_asOf->date())
            preview();
        else
            loadData();
    });
    connect(m_sectionList, &QListWidget::itemChanged, this, &DeckExportDialog::schedulePreview);
    connect(m_asOf, &QDateEdit::dateChanged, this, &DeckExportDialog::schedulePreview);
    connect(m_preparedBy, &QLineEdit::textChanged, this, &DeckExportDialog::schedulePreview);
    connect(defaults, &QPushButton::clicked, this, [this] {
        if (m_data)
            setSections(defaultDeckSections(m_data->account.segment));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &DeckExportDialog::chooseAndSave);
    connect(m_open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedPath)); });
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath()));
    });

    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<DeckData> data = m_loadWatcher.future().result();
        if (!data) {
            setStatus(tr("Could not read the account: %1").arg(data.errorMessage()), true);
            return;
        }
        const bool first = !m_data;
        m_data = *data;
        m_dataAsOf = m_data->asOf;
        setWindowTitle(tr("Export QBR Deck — %1").arg(m_data->account.name));
        if (first) {
            m_preparedBy->setPlaceholderText(m_data->account.owner.isEmpty() ? tr("Customer Success") : m_data->account.owner);
            setSections(defaultDeckSections(m_data->account.segment)); // previews through itemChanged
            m_debounce->stop();
        }
        preview();
    });
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_pages = m_previewWatcher.future().result();
        m_thumbnails->clear();
        for (int i = 0; i < m_pages.size(); ++i) {
            auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(m_pages.at(i))), tr("Page %1").arg(i + 1), m_thumbnails);
            item->setToolTip(tr("Page %1 of %2").arg(i + 1).arg(m_pages.size()));
        }
        m_pageCount->setText(tr("%n page(s)", nullptr, int(m_pages.size())));
        m_save->setEnabled(!sections().isEmpty() && !m_saveWatcher.isRunning());
        emit previewReady(int(m_pages.size()));
    });
    connect(&m_saveWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<int> pages = m_saveWatcher.future().result();
        m_save->setEnabled(true);
        if (!pages) {
            setStatus(pages.errorMessage(), true);
            emit failed(pages.errorMessage());
            return;
        }
        setStatus(tr("Saved %n page(s) to %1", nullptr, *pages).arg(QDir::toNativeSeparators(m_savedPath)));
        m_open->setEnabled(true);
        m_showFolder->setEnabled(true);
        emit saved(m_savedPath, *pages);
    });

    m_pageCount->setText(tr("Preparing the preview…"));
    m_save->setEnabled(false);
    loadData();
}

DeckExportDialog::~DeckExportDialog()
{
    // Workers hold copies of what they need; a save stops between pages (leaving no file), and
    // none outlives the dialog's watchers.
    m_cancelSave->store(true);
    m_loadWatcher.waitForFinished();
    m_previewWatcher.waitForFinished();
    m_saveWatcher.waitForFinished();
}

QList<DeckSection> DeckExportDialog::sections() const
{
    QList<DeckSection> chosen;
    for (int i = 0; i < m_sectionList->count(); ++i)
        if (m_sectionList->item(i)->checkState() == Qt::Checked)
            chosen << DeckSection(m_sectionList->item(i)->data(Qt::UserRole).toInt());
    return chosen;
}

void DeckExportDialog::setSections(const QList<DeckSection> &sections)
{
    for (int i = 0; i < m_sectionList->count(); ++i) {
        QListWidgetItem *item = m_sectionList->item(i);
        item->setCheckState(sections.contains(DeckSection(item->data(Qt::UserRole).toInt())) ? Qt::Checked : Qt::Unchecked);
    }
}

QDate DeckExportDialog::asOf() const
{
    return m_asOf->date();
}

void DeckExportDialog::setAsOf(const QDate &day)
{
    m_asOf->setDate(day);
}

void DeckExportDialog::setPreparedBy(const QString &name)
{
    m_preparedBy->setText(name);
}

void DeckExportDialog::schedulePreview()
{
    m_open->setEnabled(false);
    m_showFolder->setEnabled(false);
    m_debounce->start();
}

void DeckExportDialog::loadData()
{
    if (m_loadWatcher.isRunning()) {
        m_debounce->start(); // try again once the running read is back
        return;
    }
    m_pageCount->setText(tr("Reading the account…"));
    m_loadWatcher.setFuture(QtConcurrent::run([path = m_dbPath, id = m_accountId, day = m_asOf->date()]() -> Result<DeckData> {
        auto db = Database::open(path, Database::Mode::Existing);
        if (!db)
            return db.error();
        return loadDeckData((*db)->connection(), id, day);
    }));
}

void DeckExportDialog::preview()
{
    if (!m_data)
        return;
    if (m_previewWatcher.isRunning()) {
        m_debounce->start();
        return;
    }
    const QList<DeckSection> chosen = sections();
    m_save->setEnabled(false);
    if (chosen.isEmpty()) {
        m_thumbnails->clear();
        m_pages.clear();
        m_pageCount->setText(tr("Choose at least one section."));
        return;
    }
    m_pageCount->setText(tr("Drawing the preview…"));
    DeckPictures pictures = DeckChartRecorder().record(*m_data, chosen);
    const qreal dpr = devicePixelRatioF();
    m_previewWatcher.setFuture(QtConcurrent::run([data = *m_data, chosen, pictures = std::move(pictures), by = m_preparedBy->text(), dpr] {
        const DeckDocument document(data, chosen, pictures, by);
        QList<QImage> pages;
        for (int i = 0; i < document.pageCount(); ++i)
            pages << renderDeckPage(document, i, ThumbnailWidth, dpr);
        return pages;
    }));
}

void DeckExportDialog::chooseAndSave()
{
    if (!m_data)
        return;
    QSettings settings;
    QString folder = settings.value(QStringLiteral("deck/folder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save QBR Deck"),
                                                      QDir(folder).filePath(deckFileName(m_data->account, m_asOf->date())),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("deck/folder"), QFileInfo(path).absolutePath());
    saveTo(path);
}

void DeckExportDialog::saveTo(const QString &path)
{
    const QList<DeckSection> chosen = sections();
    if (!m_data || chosen.isEmpty() || m_saveWatcher.isRunning())
        return;
    if (m_dataAsOf != m_asOf->date()) { // the date changed and the data is still on its way
        setStatus(tr("The preview is still being prepared; try again in a moment."), true);
        return;
    }
    m_savedPath = path;
    m_save->setEnabled(false);
    setStatus(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    DeckPictures pictures = DeckChartRecorder().record(*m_data, chosen);
    m_saveWatcher.setFuture(QtConcurrent::run([data = *m_data, chosen, pictures = std::move(pictures),
                                               by = m_preparedBy->text(), path, cancel = m_cancelSave]() -> Result<int> {
        const DeckDocument document(data, chosen, pictures, by);
        if (Status status = writeDeckPdf(document, path, cancel.get()); !status)
            return status.error();
        return document.pageCount();
    }));
}

void DeckExportDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_status->setPalette(p);
}

} // namespace csm
