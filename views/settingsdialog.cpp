#include "settingsdialog.h"

#include "healthmodeleditor.h"
#include "segmentationruleseditor.h"
#include "settings/connectionspage.h"
#include "settings/generalsettingspage.h"
#include "settings/settingspage.h"

#include "book/booksession.h"
#include "health/healthservice.h"
#include "itemmodels/bookmodel.h"
#include "segmentation/segmentationservice.h"
#include "store/booklocation.h"
#include "store/transaction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace csm {

SettingsDialog::SettingsDialog(QWidget *parent)
    : SettingsDialog(nullptr, nullptr, parent)
{
}

SettingsDialog::SettingsDialog(BookSession *session, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_pageList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Settings"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setIconSize(QSize(24, 24));
    m_pageList->setSpacing(2);
    m_pageList->setFixedWidth(190);
    m_pageList->setFrameShape(QFrame::StyledPanel);

    const bool writable = m_session && !m_session->isReadOnly();
    auto *general = new SettingsPage(tr("General"), tr("Settings of the app, whichever book is open."), this);
    m_general = new GeneralSettingsPage(m_session ? m_session->path() : QString(), writable, general);
    general->setContent(m_general);
    addPage(Page::General, style()->standardIcon(QStyle::SP_ComputerIcon), tr("General"), general);

    buildSegmentsPage();
    buildHealthPage();

    auto *crm = new SettingsPage(tr("CRM Connections"),
                                 tr("The CRMs this book syncs with: where each one is, and when it last synced."), this);
    m_connections = new ConnectionsPage(m_session, secrets, crm);
    crm->setContent(m_connections);
    crm->setUnavailable(bookUnavailable(Page::CrmConnections));
    addPage(Page::CrmConnections, style()->standardIcon(QStyle::SP_DriveNetIcon), tr("CRM Connections"), crm);

    // Made last, so Tab goes from the page list through the page before reaching OK and Cancel.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);
    resize(980, 720);

    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showPage(Page::General);
    m_pageList->setFocus();
}

void SettingsDialog::addPage(Page page, const QIcon &icon, const QString &name, SettingsPage *content)
{
    m_pages.at(std::size_t(page)) = content;
    auto *item = new QListWidgetItem(icon, name, m_pageList);
    item->setSizeHint(QSize(0, 36));
    m_stack->addWidget(content);
}

QString SettingsDialog::bookUnavailable(Page page) const
{
    if (!m_session) {
        switch (page) {
        case Page::Segments: return tr("Open a book to edit its segment rules: each book keeps its own.");
        case Page::Health: return tr("Open a book to edit its health model and bands: each book keeps its own.");
        case Page::CrmConnections: return tr("Open a book to see and edit its CRM connections: each book keeps its own.");
        case Page::General: break;
        }
        return {};
    }
    if (m_session->isReadOnly()) {
        switch (page) {
        case Page::Segments:
            return tr("This book is open read-only (a team member's book): its segment rules are shown but cannot be changed.");
        case Page::Health:
            return tr("This book is open read-only (a team member's book): its health model is shown but cannot be changed.");
        case Page::CrmConnections:
            return tr("This book is open read-only (a team member's book): its CRM connections are shown but cannot be changed.");
        case Page::General: break;
        }
    }
    return {};
}

void SettingsDialog::buildSegmentsPage()
{
    auto *segments = new SettingsPage(tr("Segments"),
                                      tr("How the accounts of this book are split into high-, mid- and tech-touch. Saving "
                                         "recomputes every segment not set by hand."),
                                      this);
    addPage(Page::Segments, style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Segments"), segments);
    if (!m_session) {
        segments->setUnavailable(bookUnavailable(Page::Segments));
        return;
    }
    auto rules = SegmentationService(m_session->connection()).rules();
    if (!rules) {
        segments->setUnavailable(rules.errorMessage());
        return;
    }
    m_savedRules = *rules;
    m_segments = new SegmentationRulesEditor(segments);
    m_segments->setRules(*rules);
    // Rounding to whole percent and dollars on screen is no change of the book's rules.
    connect(m_segments, &SegmentationRulesEditor::edited, this, [this] { m_segmentsEdited = true; });
    segments->setContent(m_segments, false);
    segments->setUnavailable(bookUnavailable(Page::Segments));
}

void SettingsDialog::buildHealthPage()
{
    auto *health = new SettingsPage(tr("Health"),
                                    tr("The measures, weights and bands that score this book's accounts, with the "
                                       "effect of a change before it is saved. Saving rescores every account."),
                                    this);
    addPage(Page::Health, style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Health"), health);
    if (!m_session) {
        health->setUnavailable(bookUnavailable(Page::Health));
        return;
    }
    const HealthService service(m_session->connection());
    auto models = service.models();
    auto bands = service.bands();
    if (!models || !bands) {
        health->setUnavailable(!models ? models.errorMessage() : bands.errorMessage());
        return;
    }
    QPointer<BookSession> session = m_session;
    m_health = new HealthModelEditor(
        *models, *bands,
        [session](const HealthModelSet &m, const HealthBands &b) {
            return session ? session->previewHealthModels(m, b)
                           : QtFuture::makeReadyFuture(Result<HealthWhatIf>(Error { tr("The book was closed.") }));
        },
        [session](qint64 id) {
            const int row = session ? session->model()->rowOf(id) : -1;
            return row >= 0 ? session->model()->rowAt(row).name : QString::number(id);
        },
        health);
    health->setContent(m_health);
    health->setUnavailable(bookUnavailable(Page::Health));
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_stack->currentIndex());
}

QComboBox *SettingsDialog::languageBox() const
{
    return m_general->languageBox();
}

QPushButton *SettingsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SettingsDialog::setConnectionsLocked(const QString &why)
{
    page(Page::CrmConnections)->setUnavailable(why.isEmpty() ? bookUnavailable(Page::CrmConnections) : why);
}

bool SettingsDialog::refuse(Page which, const QString &problem)
{
    page(which)->showProblem(problem);
    showPage(which);
    return false;
}

bool SettingsDialog::save()
{
    for (SettingsPage *p : m_pages)
        p->showProblem({});
    // Everything is checked before anything is written.
    if (const QString problem = m_general->problem(); !problem.isEmpty())
        return refuse(Page::General, problem);
    const bool segmentsChanged
        = m_segments && m_segmentsEdited && page(Page::Segments)->isAvailable() && m_segments->rules() != m_savedRules;
    if (segmentsChanged)
        if (Status valid = m_segments->rules().validate(); !valid)
            return refuse(Page::Segments, valid.errorMessage());
    const bool healthChanged = m_health && page(Page::Health)->isAvailable() && m_health->isChanged();
    if (healthChanged)
        if (const QString problem = m_health->problem(); !problem.isEmpty())
            return refuse(Page::Health, problem);
    const QString copyTarget = m_general->copyTarget();
    const bool bookJob = segmentsChanged || healthChanged || !copyTarget.isEmpty();
    if (bookJob && m_session && m_session->isBusy())
        return refuse(segmentsChanged ? Page::Segments : healthChanged ? Page::Health : Page::General,
                      tr("The book is busy with another task (see the status bar); press OK again when it has finished."));

    // The connections are written now: if the book refuses them, nothing else is saved either.
    if (page(Page::CrmConnections)->isAvailable())
        if (const QString problem = m_connections->save(); !problem.isEmpty())
            return refuse(Page::CrmConnections, problem);
    m_general->save();
    if (bookJob && m_session)
        startBookJob(segmentsChanged, healthChanged, copyTarget);
    emit saved();
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void SettingsDialog::startBookJob(bool segments, bool health, const QString &copyTarget)
{
    const QPointer<BookSession> session = m_session;
    const auto copy = [session, copyTarget] {
        if (!session || copyTarget.isEmpty())
            return;
        session->runJob(
            tr("Copy the book"),
            [copyTarget](const QSqlDatabase &db, JobContext &context) -> Result<QString> {
                if (Status copied = copyBookTo(db, copyTarget, context.cancelFlag()); !copied)
                    return copied.error();
                setStartupBookPath(copyTarget); // only once the copy is there to open
                return tr("Copied the book to %1; it opens there the next time CSM Workbench starts.")
                    .arg(QDir::toNativeSeparators(copyTarget));
            },
            false);
    };
    if (!segments && !health) {
        copy();
        return;
    }

    const std::optional<SegmentationRules> rules = segments ? std::optional(m_segments->rules()) : std::nullopt;
    const std::optional<std::pair<HealthModelSet, HealthBands>> model
        = health ? std::optional(std::pair { m_health->models(), m_health->bands() }) : std::nullopt;
    auto succeeded = std::make_shared<std::atomic_bool>(false);
    if (!copyTarget.isEmpty()) {
        // The copy follows the save, so it holds the new rules; a failed save copies nothing.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(session.data(), &BookSession::jobEnded, session.data(), [once, succeeded, session, copy] {
            QObject::disconnect(*once);
            if (succeeded->load() && session)
                QMetaObject::invokeMethod(session.data(), copy, Qt::QueuedConnection);
        });
    }
    session->runJob(tr("Save settings"), [rules, model, succeeded](const QSqlDatabase &db, JobContext &context) -> Result<QString> {
        // Both pages in one unit of work: new segments, then every account scored with them.
        Transaction transaction(db);
        if (!transaction.isActive())
            return Error { transaction.lastError() };
        QStringList done;
        if (rules) {
            const SegmentationService service(db);
            if (Status saved = service.setRules(*rules); !saved)
                return saved.error();
            auto changed = service.recompute();
            if (!changed)
                return changed.error();
            done << tr("%n account(s) changed segment", nullptr, *changed);
        }
        if (model) {
            const HealthService service(db);
            auto stats = service.applyModels(model->first, model->second, service.today(), context.cancelFlag(),
                                             [&context](int step, int steps) { context.progress(step, steps); });
            if (!stats)
                return stats.error();
            done << tr("%n account(s) changed health band", nullptr, stats->bandChanges);
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        succeeded->store(true);
        return tr("Settings saved: %1.").arg(done.join(QStringLiteral("; ")));
    });
}

} // namespace csm
