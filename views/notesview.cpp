#include "notesview.h"

#include "book/accountwork.h"
#include "meetingeditor.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace csm {

NotesView::NotesView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_newQbr(new QPushButton(tr("New &QBR"), this))
    , m_newOther(new QPushButton(tr("&New…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_editor(new MeetingEditor(this))
{
    setAccessibleName(tr("Meeting notes of the account"));
    m_list->setAccessibleName(tr("Meetings"));
    m_newQbr->setToolTip(tr("A new QBR with the last one's open next steps and objectives"));
    auto *menu = new QMenu(m_newOther);
    for (MeetingKind kind : AllMeetingKinds)
        menu->addAction(meetingKindDisplayName(kind), this, [this, kind] { newMeeting(kind); });
    m_newOther->setMenu(menu);

    auto *left = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newQbr);
    buttons->addWidget(m_newOther);
    buttons->addWidget(m_delete);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_list, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(splitter);

    connect(m_newQbr, &QPushButton::clicked, this, [this] { newMeeting(MeetingKind::Qbr); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : 0;
        if (id == m_editor->meetingId())
            return;
        m_editor->autosave(); // the note left behind keeps its typing as a draft
        if (id <= 0) {
            m_editor->clear();
            return;
        }
        if (auto m = m_work ? m_work->meeting(id) : Result<Meeting>(Error {}); m)
            m_editor->setMeeting(*m, m_contacts);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const qint64 id = m_editor->meetingId();
        if (!m_work || id <= 0)
            return;
        if (QMessageBox::question(this, tr("Delete Note"), tr("Delete this note and its next steps? This cannot be undone."))
            != QMessageBox::Yes)
            return;
        if (m_work->deleteMeeting(id)) {
            m_editor->clear();
            reloadList(0);
        }
    });
    connect(m_editor, &MeetingEditor::saved, this, [this](qint64 id) { reloadList(id); });
}

void NotesView::setWork(AccountWork *work)
{
    m_work = work;
    m_editor->setWork(work);
    m_editor->clear();
    m_list->clear();
    m_accountId = 0;
}

void NotesView::showAccount(qint64 accountId, const QList<Contact> &contacts)
{
    if (accountId == m_accountId && accountId > 0) {
        m_contacts = contacts;
        reloadList(m_editor->meetingId()); // the same account changed: the editor keeps its typing
        return;
    }
    m_editor->autosave();
    m_accountId = accountId;
    m_contacts = contacts;
    m_editor->clear();
    reloadList(0);
    setEnabled(accountId > 0);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0); // the latest meeting opens
}

void NotesView::reloadList(qint64 select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_work || m_accountId <= 0)
        return;
    auto meetings = m_work->meetings(m_accountId);
    if (!meetings)
        return;
    const QLocale locale;
    for (const Meeting &m : *meetings) {
        int open = 0;
        for (const ActionItem &a : m.actionItems)
            open += a.isDone() ? 0 : 1;
        QString text = tr("%1 · %2").arg(locale.toString(m.heldOn, QLocale::ShortFormat), meetingKindDisplayName(m.kind));
        if (!m.title.trimmed().isEmpty() && m.title.trimmed() != meetingKindDisplayName(m.kind))
            text += QStringLiteral(" · ") + m.title.trimmed();
        if (open > 0)
            text += tr(" — %n open next step(s)", nullptr, open);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, m.id);
        if (m.id == select)
            m_list->setCurrentItem(item);
    }
    m_delete->setEnabled(m_list->count() > 0);
}

bool NotesView::openMeeting(qint64 meetingId)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == meetingId) {
            if (m_list->currentRow() == i && m_editor->meetingId() == meetingId)
                return true;
            m_list->setCurrentRow(i);
            if (m_editor->meetingId() != meetingId) { // the list was blocked or already current
                if (auto m = m_work->meeting(meetingId))
                    m_editor->setMeeting(*m, m_contacts);
            }
            return true;
        }
    return false;
}

void NotesView::newMeeting(MeetingKind kind)
{
    if (!m_work || m_accountId <= 0)
        return;
    m_editor->autosave();
    auto created = m_work->newMeeting(m_accountId, kind, m_work->today());
    if (!created)
        return;
    reloadList(created->id);
    openMeeting(created->id);
    m_editor->titleEdit()->setFocus();
}

} // namespace csm
