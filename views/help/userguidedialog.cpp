#include "userguidedialog.h"

#include "i18n/language.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace csm {

namespace {

constexpr int AnchorRole = Qt::UserRole;
constexpr int PositionRole = Qt::UserRole + 1;
/// The width the guide's HTML gives an image: the most it is ever shown at.
constexpr int DeclaredWidthProperty = QTextFormat::UserProperty + 1;
/// Room left beside an image so that a narrowed window needs no horizontal scroll bar.
constexpr int ImageSlack = 24;

QString guidePath(const QString &language)
{
    return language == u"en" ? QStringLiteral(":/guide/guide.html")
                             : QStringLiteral(":/guide/guide_%1.html").arg(language);
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_contents(new QListWidget(this))
    , m_find(new QLineEdit(this))
    , m_findStatus(new QLabel(this))
    , m_fitTimer(new QTimer(this))
{
    setWindowTitle(tr("CSM Workbench User Guide"));
    setWindowFlag(Qt::WindowMinMaxButtonsHint);
    setModal(false);

    m_browser->setOpenLinks(false);
    m_browser->viewport()->installEventFilter(this);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideDialog::followLink);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideDialog::onSourceChanged);
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this, &UserGuideDialog::syncContents);

    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(30);
    connect(m_fitTimer, &QTimer::timeout, this, &UserGuideDialog::fitImages);

    const auto goTo = [this](QListWidgetItem *item) { goToAnchor(item->data(AnchorRole).toString()); };
    m_contents->setWordWrap(true);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_contents, &QListWidget::itemClicked, this, goTo);
    connect(m_contents, &QListWidget::itemActivated, this, goTo);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *back = bar->addAction(
        style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    QAction *forward = bar->addAction(
        style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    bar->addAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("&Top"), this, [this] {
        goToAnchor(m_contents->count() ? m_contents->item(0)->data(AnchorRole).toString() : QString());
    });

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_find->setPlaceholderText(tr("Find in the guide"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(260);
    bar->addWidget(m_find);
    QAction *previous = bar->addAction(tr("Previous"), this, [this] { findNext(true); });
    previous->setShortcut(QKeySequence::FindPrevious);
    QAction *next = bar->addAction(tr("Next"), this, [this] { findNext(); });
    next->setShortcut(QKeySequence::FindNext);
    bar->addWidget(m_findStatus);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addAction(find);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        // Typing widens the match where it stands rather than jumping to the next one.
        QTextCursor cursor = m_browser->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_browser->setTextCursor(cursor);
        findNext();
    });

    auto *split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({ 230, 810 });
    split->setChildrenCollapsible(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(split, 1);

    resize(1040, 760);
    m_browser->setSource(guideUrl());
}

UserGuideDialog *UserGuideDialog::showFor(QWidget *parent)
{
    auto *guide
        = parent ? parent->findChild<UserGuideDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!guide)
        guide = new UserGuideDialog(parent);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

QUrl UserGuideDialog::guideUrl(const QLocale &locale)
{
    QString path = guidePath(QStringLiteral("en"));
    if (const auto language = shippedLanguage(locale.name()); language && QFile::exists(guidePath(*language)))
        path = guidePath(*language);
    QUrl url;
    url.setScheme(QStringLiteral("qrc"));
    url.setPath(path.mid(1)); // ":/guide/…" is qrc:/guide/…
    return url;
}

bool UserGuideDialog::findNext(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        m_findStatus->clear();
        return false;
    }
    m_browser->document()->documentLayout()->documentSize(); // positions final before scrolling to one
    const QTextDocument::FindFlags flags
        = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_browser->find(text, flags)) {
        QTextCursor cursor(m_browser->document());
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        if (!m_browser->find(text, flags)) {
            m_findStatus->setText(tr("Not found"));
            return false;
        }
    }
    m_findStatus->clear();
    // The match a third of the way down, with the text around it in view, rather than on the edge.
    QScrollBar *scroll = m_browser->verticalScrollBar();
    scroll->setValue(
        scroll->value() + m_browser->cursorRect().center().y() - m_browser->viewport()->height() / 3);
    return true;
}

bool UserGuideDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        m_fitTimer->start();
    return QDialog::eventFilter(watched, event);
}

void UserGuideDialog::onSourceChanged()
{
    // Sections are the document's first- and second-level headings, each with its anchor.
    m_contents->clear();
    const QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 1 || level > 2)
            continue;
        QString anchor;
        for (auto it = block.begin(); !it.atEnd() && anchor.isEmpty(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (!names.isEmpty())
                anchor = names.first();
        }
        auto *item = new QListWidgetItem(block.text().simplified(), m_contents);
        item->setData(AnchorRole, anchor);
        item->setData(PositionRole, block.position());
        if (level == 1) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    fitImages();
    syncContents();
}

void UserGuideDialog::goToAnchor(const QString &anchor)
{
    QUrl url = m_browser->source();
    url.setFragment(anchor.isEmpty() ? QString() : anchor);
    m_browser->setSource(url);
    if (anchor.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
}

void UserGuideDialog::followLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == u"http" || scheme == u"https" || scheme == u"mailto") {
        QDesktopServices::openUrl(url);
        return;
    }
    const QUrl target = m_browser->source().resolved(url);
    if (target.path().endsWith(u".png", Qt::CaseInsensitive))
        showImage(target);
    else
        m_browser->setSource(target);
}

void UserGuideDialog::fitImages()
{
    QTextDocument *document = m_browser->document();
    const qreal available
        = qMax<qreal>(160, m_browser->viewport()->width() - 2 * document->documentMargin() - ImageSlack);
    struct Change
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Change> changes;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.hasProperty(DeclaredWidthProperty))
                image.setProperty(DeclaredWidthProperty, image.width());
            const qreal declared = image.property(DeclaredWidthProperty).toReal();
            if (declared <= 0)
                continue; // no width in the HTML: shown at its own size
            const qreal width = qMin(declared, available);
            if (qFuzzyCompare(image.width(), width))
                continue;
            image.setWidth(width);
            changes.append({ fragment.position(), fragment.length(), image });
        }
    }
    // One edit block: changed one by one, Qt 6.4 leaves the text after the first picture unlaid out
    // (blank) until the next change.
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const Change &change : std::as_const(changes)) {
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
    }
    cursor.endEditBlock();
}

void UserGuideDialog::syncContents()
{
    // The section whose heading is the last one in the upper two fifths of the page as shown, or
    // above it: a match found is shown a third of the way down.
    const int top
        = m_browser->cursorForPosition(QPoint(0, m_browser->viewport()->height() * 2 / 5)).position();
    int current = 0;
    for (int row = 0; row < m_contents->count(); ++row) {
        if (m_contents->item(row)->data(PositionRole).toInt() > top)
            break;
        current = row;
    }
    const QSignalBlocker blocker(m_contents);
    m_contents->setCurrentRow(current);
}

void UserGuideDialog::showImage(const QUrl &url)
{
    const QPixmap pixmap(u':' + url.path());
    if (pixmap.isNull())
        return;
    auto *viewer = new QDialog(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowTitle(tr("Screenshot"));
    auto *label = new QLabel(viewer);
    label->setPixmap(pixmap);
    auto *area = new QScrollArea(viewer);
    area->setWidget(label);
    auto *layout = new QVBoxLayout(viewer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(area);
    const QSize screen = (this->screen() ? this->screen()->availableSize() : QSize(1280, 800)) * 0.9;
    viewer->resize(pixmap.deviceIndependentSize().toSize().boundedTo(screen) + QSize(24, 24));
    viewer->show();
}

} // namespace csm
