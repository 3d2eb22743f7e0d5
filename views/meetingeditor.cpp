#include "meetingeditor.h"

#include "book/accountwork.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace csm {

namespace {

enum ActionColumn { DoneColumn, TitleColumn, OwnerColumn, DueColumn };

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

QPlainTextEdit *listEdit(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(70);
    return edit;
}

} // namespace

MeetingEditor::MeetingEditor(QWidget *parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_title(new QLineEdit(this))
    , m_attendees(new QListWidget(this))
    , m_otherAttendees(new QLineEdit(this))
    , m_objectives(new QTableWidget(0, 2, this))
    , m_wins(listEdit(tr("Wins"), tr("Wins, one per line"), this))
    , m_risks(listEdit(tr("Risks"), tr("Risks, one per line"), this))
    , m_asks(listEdit(tr("Asks"), tr("Asks, one per line"), this))
    , m_actions(new QTableWidget(0, 4, this))
    , m_format(new QToolBar(this))
    , m_body(new QTextEdit(this))
    , m_save(new QPushButton(tr("&Save Note"), this))
    , m_history(new QPushButton(tr("&History…"), this))
    , m_state(new QLabel(this))
    , m_autosave(new QTimer(this))
{
    setAccessibleName(tr("Meeting note"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::RichText); // built from a time and fixed words only
    connect(m_notice, &QLabel::linkActivated, this, [this] {
        if (!m_work || m_meeting.id <= 0)
            return;
        static_cast<void>(m_work->discardDraft(m_meeting.id));
        auto stored = m_work->meeting(m_meeting.id);
        if (stored) {
            QList<Contact> contacts;
            for (int i = 0; i < m_attendees->count(); ++i)
                contacts.append(m_attendees->item(i)->data(Qt::UserRole + 2).value<Contact>());
            setMeeting(*stored, contacts);
        }
    });
    m_notice->setAutoFillBackground(true);
    QPalette noticePalette = m_notice->palette();
    noticePalette.setColor(QPalette::Window, QColor(0xfd, 0xf2, 0xd0));
    noticePalette.setColor(QPalette::WindowText, QColor(0x4a, 0x3a, 0x00));
    m_notice->setPalette(noticePalette);
    m_notice->setContentsMargins(6, 4, 6, 4);
    m_notice->hide();

    for (MeetingKind kind : AllMeetingKinds)
        m_kind->addItem(meetingKindDisplayName(kind), int(kind));
    m_kind->setAccessibleName(tr("Meeting kind"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Meeting date"));
    m_title->setPlaceholderText(tr("Title (optional)"));
    m_title->setAccessibleName(tr("Title"));
    m_attendees->setAccessibleName(tr("Attendees from the account's contacts"));
    m_attendees->setMaximumHeight(80);
    m_otherAttendees->setPlaceholderText(tr("Other attendees, comma-separated"));
    m_otherAttendees->setAccessibleName(tr("Other attendees"));

    m_objectives->setHorizontalHeaderLabels({ tr("Customer objective"), tr("Status") });
    m_objectives->setAccessibleName(tr("Objectives"));
    m_objectives->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_objectives->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_objectives->verticalHeader()->hide();
    m_objectives->setMaximumHeight(110);
    m_actions->setHorizontalHeaderLabels({ tr("Done"), tr("Next step"), tr("Owner"), tr("Due") });
    m_actions->setAccessibleName(tr("Action items"));
    m_actions->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_actions->horizontalHeader()->setSectionResizeMode(DoneColumn, QHeaderView::ResizeToContents);
    m_actions->horizontalHeader()->setSectionResizeMode(OwnerColumn, QHeaderView::ResizeToContents);
    m_actions->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_actions->verticalHeader()->hide();
    m_actions->setMaximumHeight(130);

    m_body->setAccessibleName(tr("Notes"));
    m_body->setPlaceholderText(tr("Notes from the meeting"));
    m_body->setAcceptRichText(true);
    m_body->setTabChangesFocus(true);
    QAction *bold = m_format->addAction(tr("Bold"), this, [this](bool on) { m_body->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    bold->setCheckable(true);
    bold->setShortcut(QKeySequence::Bold);
    bold->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *italic = m_format->addAction(tr("Italic"), this, [this](bool on) { m_body->setFontItalic(on); });
    italic->setCheckable(true);
    italic->setShortcut(QKeySequence::Italic);
    italic->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_format->addAction(tr("• List"), this, [this] { toggleList(false); });
    m_format->addAction(tr("1. List"), this, [this] { toggleList(true); });
    QAction *link = m_format->addAction(tr("Link…"), this, &MeetingEditor::insertLink);
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    link->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, [bold, italic](const QTextCharFormat &format) {
        bold->setChecked(format.fontWeight() >= QFont::Bold);
        italic->setChecked(format.fontItalic());
    });
    addActions(m_format->actions());

    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the note as a version (Ctrl+S); Edit ▸ Undo takes it back"));
    m_state->setForegroundRole(QPalette::PlaceholderText);

    auto *addObjective = new QPushButton(tr("Add Objective"), this);
    auto *addAction = new QPushButton(tr("Add Next Step"), this);
    connect(addObjective, &QPushButton::clicked, this, [this] {
        this->addObjective();
        m_objectives->editItem(m_objectives->item(m_objectives->rowCount() - 1, 0));
    });
    connect(addAction, &QPushButton::clicked, this, [this] {
        this->addActionItem();
        m_actions->editItem(m_actions->item(m_actions->rowCount() - 1, TitleColumn));
    });

    auto *head = new QFormLayout;
    auto *when = new QHBoxLayout;
    when->addWidget(m_kind);
    when->addWidget(m_date);
    when->addWidget(m_title, 1);
    head->addRow(tr("Meeting:"), when);
    auto *people = new QVBoxLayout;
    people->addWidget(m_attendees);
    people->addWidget(m_otherAttendees);
    head->addRow(tr("Attendees:"), people);
    auto *objectives = new QVBoxLayout;
    objectives->addWidget(m_objectives);
    objectives->addWidget(addObjective, 0, Qt::AlignLeft);
    head->addRow(tr("Objectives:"), objectives);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_wins);
    lists->addWidget(m_risks);
    lists->addWidget(m_asks);
    head->addRow(tr("Wins · risks · asks:"), lists);
    auto *actions = new QVBoxLayout;
    actions->addWidget(m_actions);
    actions->addWidget(addAction, 0, Qt::AlignLeft);
    head->addRow(tr("Next steps:"), actions);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_state, 1);
    bottom->addWidget(m_history);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addLayout(head);
    layout->addWidget(m_format);
    layout->addWidget(m_body, 1);
    layout->addLayout(bottom);

    // While something changed, a draft is written every second: a crash loses at most ~2 seconds.
    m_autosave->setInterval(1000);
    connect(m_autosave, &QTimer::timeout, this, &MeetingEditor::autosave);
    connect(m_save, &QPushButton::clicked, this, &MeetingEditor::save);
    connect(m_history, &QPushButton::clicked, this, &MeetingEditor::showHistory);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeetingEditor::markDirty);
    connect(m_date, &QDateEdit::dateChanged, this, &MeetingEditor::markDirty);
    connect(m_title, &QLineEdit::textChanged, this, &MeetingEditor::markDirty);
    connect(m_otherAttendees, &QLineEdit::textChanged, this, &MeetingEditor::markDirty);
    connect(m_attendees, &QListWidget::itemChanged, this, &MeetingEditor::markDirty);
    connect(m_objectives, &QTableWidget::itemChanged, this, &MeetingEditor::markDirty);
    connect(m_actions, &QTableWidget::itemChanged, this, &MeetingEditor::markDirty);
    for (QPlainTextEdit *edit : { m_wins, m_risks, m_asks })
        connect(edit, &QPlainTextEdit::textChanged, this, &MeetingEditor::markDirty);
    connect(m_body, &QTextEdit::textChanged, this, &MeetingEditor::markDirty);
    clear();
}

void MeetingEditor::setWork(AccountWork *work)
{
    m_work = work;
}

void MeetingEditor::clear()
{
    m_loading = true;
    m_meeting = {};
    m_title->clear();
    m_body->clear();
    m_attendees->clear();
    m_otherAttendees->clear();
    m_objectives->setRowCount(0);
    m_actions->setRowCount(0);
    m_wins->clear();
    m_risks->clear();
    m_asks->clear();
    m_notice->hide();
    m_loading = false;
    setDirty(false);
    setEnabled(false);
    m_state->setText(tr("Choose a meeting or start a new one."));
}

void MeetingEditor::setMeeting(const Meeting &meeting, const QList<Contact> &contacts)
{
    m_loading = true;
    m_meeting = meeting;
    setEnabled(true);
    m_kind->setCurrentIndex(m_kind->findData(int(meeting.kind)));
    m_date->setDate(meeting.heldOn);
    m_title->setText(meeting.title);
    m_body->setHtml(meeting.bodyHtml);

    m_attendees->clear();
    QStringList others;
    for (const Contact &c : contacts) {
        auto *item = new QListWidgetItem(c.champion ? tr("%1 ★ (%2)").arg(c.name, c.title) : tr("%1 (%2)").arg(c.name, c.title),
                                         m_attendees);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.name);
        item->setData(Qt::UserRole + 2, QVariant::fromValue(c));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool attended = std::any_of(meeting.attendees.cbegin(), meeting.attendees.cend(),
                                          [&c](const Attendee &a) { return a.contactId == c.id; });
        item->setCheckState(attended ? Qt::Checked : Qt::Unchecked);
    }
    for (const Attendee &a : meeting.attendees)
        if (a.contactId <= 0
            || std::none_of(contacts.cbegin(), contacts.cend(), [&a](const Contact &c) { return c.id == a.contactId; }))
            others << a.name;
    m_otherAttendees->setText(others.join(QStringLiteral(", ")));

    m_objectives->setRowCount(0);
    for (const Objective &o : meeting.objectives)
        addObjective(o);
    m_actions->setRowCount(0);
    for (const ActionItem &a : meeting.actionItems)
        addActionItem(a);
    m_wins->setPlainText(meeting.wins.join(u'\n'));
    m_risks->setPlainText(meeting.risks.join(u'\n'));
    m_asks->setPlainText(meeting.asks.join(u'\n'));
    m_notice->hide();

    // Typing that was autosaved but never saved comes back, and says so.
    bool restored = false;
    if (m_work && meeting.id > 0) {
        if (auto draft = m_work->draft(meeting.id); draft && draft->has_value()) {
            const MeetingDraft &d = **draft;
            if (d.title != meeting.title || d.bodyHtml != meeting.bodyHtml) {
                m_title->setText(d.title);
                m_body->setHtml(d.bodyHtml);
                restored = true;
                m_notice->setText(tr("Restored typing autosaved at %1 that was not saved. Save keeps it, or "
                                     "<a href=\"discard\">discard it</a>.")
                                      .arg(QLocale().toString(d.savedAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped()));
                m_notice->show();
            }
        }
    }
    m_loading = false;
    setDirty(restored);
    m_state->setText(restored ? tr("Unsaved: restored from the autosave.")
                              : tr("Saved %1").arg(QLocale().toString(meeting.updatedAt.toLocalTime(), QLocale::ShortFormat)));
}

void MeetingEditor::addObjective(const Objective &objective)
{
    const bool loading = m_loading;
    m_loading = true;
    const int row = m_objectives->rowCount();
    m_objectives->insertRow(row);
    m_objectives->setItem(row, 0, new QTableWidgetItem(objective.text));
    auto *status = new QComboBox(m_objectives);
    for (ObjectiveStatus s : AllObjectiveStatuses)
        status->addItem(objectiveStatusDisplayName(s), int(s));
    status->setCurrentIndex(status->findData(int(objective.status)));
    connect(status, &QComboBox::currentIndexChanged, this, &MeetingEditor::markDirty);
    m_objectives->setCellWidget(row, 1, status);
    m_loading = loading;
    markDirty();
}

void MeetingEditor::addActionItem(const ActionItem &a)
{
    const bool loading = m_loading;
    m_loading = true;
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    auto *done = new QTableWidgetItem;
    done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    done->setCheckState(a.isDone() ? Qt::Checked : Qt::Unchecked);
    done->setData(Qt::UserRole, a.id);
    done->setData(Qt::UserRole + 1, a.carriedFrom);
    done->setData(Qt::UserRole + 2, a.doneAt);
    done->setData(Qt::UserRole + 3, a.doneBy);
    if (a.carriedFrom > 0)
        done->setToolTip(tr("Taken over from the previous review"));
    m_actions->setItem(row, DoneColumn, done);
    m_actions->setItem(row, TitleColumn, new QTableWidgetItem(a.title));
    m_actions->setItem(row, OwnerColumn, new QTableWidgetItem(a.owner));
    auto *due = new QTableWidgetItem;
    due->setData(Qt::EditRole, a.dueOn.isValid() ? QVariant(a.dueOn) : QVariant(QDate::currentDate().addDays(14)));
    m_actions->setItem(row, DueColumn, due);
    m_loading = loading;
    markDirty();
}

Meeting MeetingEditor::meeting() const
{
    Meeting m = m_meeting;
    m.kind = MeetingKind(m_kind->currentData().toInt());
    m.heldOn = m_date->date();
    m.title = m_title->text().trimmed();
    m.bodyHtml = m_body->document()->isEmpty() ? QString() : m_body->toHtml();
    m.attendees.clear();
    for (int i = 0; i < m_attendees->count(); ++i)
        if (const QListWidgetItem *item = m_attendees->item(i); item->checkState() == Qt::Checked)
            m.attendees.append(Attendee { item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toString() });
    for (const QString &name : m_otherAttendees->text().split(u',', Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            m.attendees.append(Attendee { 0, name.trimmed() });
    m.objectives.clear();
    for (int row = 0; row < m_objectives->rowCount(); ++row) {
        const QString text = m_objectives->item(row, 0) ? m_objectives->item(row, 0)->text().trimmed() : QString();
        if (text.isEmpty())
            continue;
        const auto *status = qobject_cast<QComboBox *>(m_objectives->cellWidget(row, 1));
        m.objectives.append(Objective { text, ObjectiveStatus(status ? status->currentData().toInt() : 0) });
    }
    m.wins = linesOf(m_wins);
    m.risks = linesOf(m_risks);
    m.asks = linesOf(m_asks);
    m.actionItems.clear();
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        const QString title = m_actions->item(row, TitleColumn) ? m_actions->item(row, TitleColumn)->text().trimmed() : QString();
        if (title.isEmpty())
            continue;
        const QTableWidgetItem *done = m_actions->item(row, DoneColumn);
        ActionItem a;
        a.id = done->data(Qt::UserRole).toLongLong();
        a.carriedFrom = done->data(Qt::UserRole + 1).toLongLong();
        a.title = title;
        a.owner = m_actions->item(row, OwnerColumn) ? m_actions->item(row, OwnerColumn)->text().trimmed() : QString();
        a.dueOn = m_actions->item(row, DueColumn)->data(Qt::EditRole).toDate();
        if (done->checkState() == Qt::Checked) {
            const QDateTime at = done->data(Qt::UserRole + 2).toDateTime();
            a.doneAt = at.isValid() ? at : QDateTime::currentDateTimeUtc();
            const QString by = done->data(Qt::UserRole + 3).toString();
            a.doneBy = by.isEmpty() && m_work ? m_work->user() : by;
        }
        m.actionItems.append(a);
    }
    return m;
}

void MeetingEditor::markDirty()
{
    if (m_loading || m_meeting.id <= 0)
        return;
    m_draftStale = true;
    setDirty(true);
}

void MeetingEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    if (dirty) {
        m_state->setText(tr("Unsaved changes (autosaved as you type)"));
        if (!m_autosave->isActive())
            m_autosave->start();
    } else {
        m_autosave->stop();
        m_draftStale = false;
    }
}

void MeetingEditor::autosave()
{
    if (!m_work || m_meeting.id <= 0 || !m_draftStale)
        return;
    const Meeting m = meeting();
    if (auto saved = m_work->saveDraft(m.id, m.title, m.bodyHtml); saved) {
        m_draftStale = false;
        m_state->setText(tr("Unsaved changes · autosaved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    } else {
        m_state->setText(tr("Autosave failed: %1").arg(saved.errorMessage()));
    }
}

bool MeetingEditor::save()
{
    if (!m_work || m_meeting.id <= 0)
        return false;
    const Meeting m = meeting();
    if (auto saved = m_work->saveMeeting(m); !saved) {
        m_state->setText(tr("Not saved: %1").arg(saved.errorMessage()));
        return false;
    }
    auto stored = m_work->meeting(m.id);
    if (stored)
        m_meeting = *stored;
    m_notice->hide();
    setDirty(false);
    m_state->setText(tr("Saved %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    emit saved(m.id);
    return true;
}

bool MeetingEditor::findFirst(const QStringList &terms)
{
    for (const QString &term : terms) {
        QTextCursor found = m_body->document()->find(term, 0);
        if (!found.isNull()) {
            m_body->setTextCursor(found);
            m_body->ensureCursorVisible();
            m_body->setFocus();
            return true;
        }
        if (const qsizetype at = m_title->text().indexOf(term, 0, Qt::CaseInsensitive); at >= 0) {
            m_title->setSelection(int(at), int(term.size()));
            m_title->setFocus();
            return true;
        }
    }
    return false;
}

void MeetingEditor::insertLink()
{
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Insert Link"), tr("Address:"), QLineEdit::Normal,
                                              QStringLiteral("https://"), &ok).trimmed();
    if (!ok || url.isEmpty())
        return;
    QTextCursor cursor = m_body->textCursor();
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(url);
    format.setForeground(palette().color(QPalette::Link));
    format.setFontUnderline(true);
    // The address goes in as an attribute and as text, never as markup.
    cursor.insertText(cursor.hasSelection() ? cursor.selectedText() : url, format);
    m_body->setCurrentCharFormat(QTextCharFormat());
}

void MeetingEditor::toggleList(bool numbered)
{
    QTextCursor cursor = m_body->textCursor();
    if (QTextList *list = cursor.currentList()) {
        QTextBlockFormat block = cursor.blockFormat();
        list->remove(cursor.block());
        block.setIndent(0);
        cursor.setBlockFormat(block);
        return;
    }
    cursor.createList(numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
}

void MeetingEditor::showHistory()
{
    if (!m_work || m_meeting.id <= 0)
        return;
    auto revisions = m_work->revisions(m_meeting.id);
    if (!revisions) {
        m_state->setText(revisions.errorMessage());
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("History of %1").arg(m_meeting.displayTitle()));
    auto *list = new QListWidget(&dialog);
    auto *view = new QTextBrowser(&dialog);
    view->setOpenLinks(false);
    for (auto it = revisions->crbegin(); it != revisions->crend(); ++it) {
        auto *item = new QListWidgetItem(tr("%1 by %2").arg(QLocale().toString(it->savedAt.toLocalTime(), QLocale::ShortFormat),
                                                           it->savedBy),
                                         list);
        item->setData(Qt::UserRole, it->bodyHtml);
        item->setData(Qt::UserRole + 1, it->title);
    }
    connect(list, &QListWidget::currentItemChanged, view, [view](QListWidgetItem *item) {
        if (item)
            view->setHtml(item->data(Qt::UserRole).toString());
    });
    auto *splitter = new QSplitter(&dialog);
    splitter->addWidget(list);
    splitter->addWidget(view);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("%n saved version(s), newest first.", nullptr, int(revisions->size())), &dialog));
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    list->setCurrentRow(0);
    dialog.resize(760, 460);
    dialog.exec();
}

} // namespace csm
