#include "errordialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace csm {

namespace {

/// More lines than this and the message becomes a summary plus details.
constexpr int kSummaryLines = 4;

} // namespace

ErrorDialog::ErrorDialog(const QString &title, const QString &message, const QString &details, QWidget *parent)
    : QDialog(parent)
    , m_title(title)
    , m_summary(message.trimmed())
    , m_details(details.trimmed())
{
    setWindowTitle(title);
    if (m_details.isEmpty() && m_summary.count(u'\n') >= kSummaryLines) {
        qsizetype cut = m_summary.indexOf(QStringLiteral("\n\n"));
        if (cut < 0)
            cut = m_summary.indexOf(u'\n');
        m_details = m_summary.mid(cut).trimmed();
        m_summary = m_summary.left(cut).trimmed();
    }

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(m_summary, this);
    text->setObjectName(QStringLiteral("errorSummary"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setMinimumWidth(360);
    text->setAccessibleName(tr("Error"));

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);

    if (!m_details.isEmpty()) {
        auto *box = new QPlainTextEdit(m_details, this);
        box->setObjectName(QStringLiteral("errorDetails"));
        box->setReadOnly(true);
        box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        box->setLineWrapMode(QPlainTextEdit::NoWrap);
        box->setTabChangesFocus(true);
        box->setAccessibleName(tr("Details"));
        box->setMinimumSize(560, 180);
        layout->addWidget(box, 1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setToolTip(tr("Copy the whole message, with its details, to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(clipboardText());
        m_copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();

    // Ctrl+C copies everything, unless part of the text is selected: then the selection.
    auto *copy = new QShortcut(QKeySequence::Copy, this);
    connect(copy, &QShortcut::activated, this, [this, text] {
        if (auto *details = findChild<QPlainTextEdit *>(QStringLiteral("errorDetails"));
            details && details->hasFocus() && details->textCursor().hasSelection()) {
            details->copy();
            return;
        }
        if (text->hasSelectedText()) {
            QGuiApplication::clipboard()->setText(text->selectedText());
            return;
        }
        QGuiApplication::clipboard()->setText(clipboardText());
    });
}

QString ErrorDialog::clipboardText() const
{
    QString text = m_title + QStringLiteral("\n\n") + m_summary;
    if (!m_details.isEmpty())
        text += QStringLiteral("\n\n") + m_details;
    return text + u'\n';
}

void ErrorDialog::report(QWidget *parent, const QString &title, const QString &message, const QString &details)
{
    ErrorDialog dialog(title, message, details, parent);
    dialog.exec();
}

} // namespace csm
