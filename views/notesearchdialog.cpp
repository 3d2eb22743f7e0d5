#include "notesearchdialog.h"

#include "book/accountwork.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csm {

namespace {

constexpr int HtmlRole = Qt::UserRole + 10;

/// Paints a cell's HtmlRole as rich text (built by snippetHtml, so only <b> from the marks).
class SnippetDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString html = index.data(HtmlRole).toString();
        if (html.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setHtml(html);
        doc.setTextWidth(opt.rect.width());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text, opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText)
                                                                                    : opt.palette.color(QPalette::Text));
        painter->save();
        painter->translate(opt.rect.topLeft());
        painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString html = index.data(HtmlRole).toString();
        if (html.isEmpty())
            return QStyledItemDelegate::sizeHint(option, index);
        QTextDocument doc;
        doc.setDefaultFont(option.font);
        doc.setHtml(html);
        doc.setTextWidth(std::max(200, option.rect.width()));
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2);
    }
};

} // namespace

NoteSearchDialog::NoteSearchDialog(AccountWork *work, QWidget *parent)
    : QDialog(parent)
    , m_work(work)
    , m_query(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Search Notes"));
    m_query->setPlaceholderText(tr("Words to find in every note of the book"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search notes for"));
    m_status->setTextFormat(Qt::PlainText);
    m_results->setAccessibleName(tr("Notes found"));
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({ tr("Account"), tr("Meeting"), tr("Where it matched") });
    m_results->setRootIsDecorated(false);
    m_results->setItemDelegateForColumn(2, new SnippetDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    m_query->setFocus();

    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &NoteSearchDialog::start);
    connect(m_query, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &NoteSearchDialog::openCurrent);
    connect(m_results, &QTreeWidget::itemActivated, this, &NoteSearchDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteSearchDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<QList<NoteHit>>>::finished, this, [this] {
        if (m_pending) {
            m_pending = false;
            start();
            return;
        }
        const auto result = m_watcher.result();
        m_results->clear();
        if (!result) {
            m_status->setText(result.errorMessage());
            emit searched(0);
            return;
        }
        const QLocale locale;
        for (const NoteHit &hit : *result) {
            auto *item = new QTreeWidgetItem(m_results);
            item->setText(0, hit.accountName);
            item->setText(1, tr("%1 · %2").arg(locale.toString(hit.heldOn, QLocale::ShortFormat),
                                               hit.title.isEmpty() ? meetingKindDisplayName(hit.kind) : hit.title));
            QString plain = hit.snippet;
            plain.remove(SnippetMarkStart).remove(SnippetMarkEnd);
            item->setText(2, plain); // for accessibility and copying
            item->setData(2, HtmlRole, snippetHtml(hit.snippet));
            item->setData(0, Qt::UserRole, hit.accountId);
            item->setData(1, Qt::UserRole, hit.meetingId);
            item->setData(2, Qt::UserRole, hit.terms);
        }
        if (m_results->topLevelItemCount() > 0)
            m_results->setCurrentItem(m_results->topLevelItem(0));
        m_status->setText(m_searched.trimmed().isEmpty() ? QString()
                                                         : tr("%n note(s) found", nullptr, int(result->size())));
        emit searched(int(result->size()));
    });
}

QString NoteSearchDialog::snippetHtml(const QString &snippet)
{
    QString html = snippet.simplified().toHtmlEscaped();
    html.replace(SnippetMarkStart, QStringLiteral("<b>")).replace(SnippetMarkEnd, QStringLiteral("</b>"));
    return html;
}

void NoteSearchDialog::search(const QString &text)
{
    m_query->setText(text);
    m_timer->stop();
    start();
}

void NoteSearchDialog::start()
{
    if (!m_work)
        return;
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_searched = m_query->text();
    m_status->setText(tr("Searching…"));
    m_watcher.setFuture(m_work->searchNotes(m_searched));
}

void NoteSearchDialog::openCurrent()
{
    QTreeWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    emit noteRequested(item->data(0, Qt::UserRole).toLongLong(), item->data(1, Qt::UserRole).toLongLong(),
                       item->data(2, Qt::UserRole).toStringList());
    accept();
}

} // namespace csm
