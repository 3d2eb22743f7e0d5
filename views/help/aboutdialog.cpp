#include "aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLibraryInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>
#include <QtChartsVersion>
#include <QtNetworkAuthVersion>

#ifndef CSM_BUILD_TYPE
#define CSM_BUILD_TYPE ""
#endif

namespace csm {

namespace {

QString compiler()
{
#if defined(__clang__)
    return QStringLiteral("Clang " __clang_version__);
#elif defined(__GNUC__)
    return QStringLiteral("GCC " __VERSION__);
#elif defined(_MSC_VER)
    return QStringLiteral("MSVC %1").arg(_MSC_FULL_VER);
#else
    return {};
#endif
}

/// The window icon when the app has one, else the app icon shipped under :/icons at every size
/// found there; null when there is neither.
QIcon shippedIcon()
{
    if (const QIcon icon = QApplication::windowIcon(); !icon.isNull())
        return icon;
    QIcon icon;
    QDirIterator it(QStringLiteral(":/icons"), { QStringLiteral("*csm-workbench*") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        icon.addFile(it.next());
    return icon;
}

/// One fact of the About tab: a label and its value.
struct Fact
{
    QString label;
    QString value;
};

QString buildDescription()
{
    const QString build = QStringLiteral(CSM_BUILD_TYPE);
    return build.isEmpty() ? compiler() : AboutDialog::tr("%1, %2").arg(build, compiler());
}

QList<Fact> facts()
{
    return {
        { AboutDialog::tr("Version"), QStringLiteral(CSM_VERSION) },
        { AboutDialog::tr("Qt"),
            AboutDialog::tr("%1 (built with %2)")
                .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)) },
        { AboutDialog::tr("SQLite"), AboutDialog::sqliteVersion() },
        { AboutDialog::tr("Build"), buildDescription() },
        { AboutDialog::tr("System"),
            AboutDialog::tr("%1 (%2)").arg(
                QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture()) },
    };
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_componentData(components())
{
    setWindowTitle(tr("About CSM Workbench"));
    m_tabs->addTab(createAboutTab(), tr("&About"));
    m_tabs->addTab(createLicencesTab(), tr("&Licences"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Info"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [] { QGuiApplication::clipboard()->setText(versionInfo()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(740, 540);
}

QWidget *AboutDialog::createAboutTab()
{
    auto *page = new QWidget(this);
    auto *icon = new QLabel(page);
    if (const QIcon app = shippedIcon(); !app.isNull())
        icon->setPixmap(app.pixmap(96, 96));
    else
        icon->hide();

    m_summary = new QLabel(page);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QString rows;
    for (const Fact &fact : facts())
        rows += QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(fact.label.toHtmlEscaped(), fact.value.toHtmlEscaped());
    m_summary->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><table>%3</table><p>%4</p>")
            .arg(tr("CSM Workbench %1").arg(QStringLiteral(CSM_VERSION)).toHtmlEscaped(),
                tr("A local-first workbench for customer success managers.").toHtmlEscaped(), rows,
                tr("It is built on the components listed under Licences, each used under "
                   "the licence named there.")
                    .toHtmlEscaped()));

    auto *row = new QHBoxLayout;
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

QWidget *AboutDialog::createLicencesTab()
{
    auto *page = new QWidget(this);
    auto *intro
        = new QLabel(tr("Select a component to read its licence. The texts are part of the app."), page);
    intro->setWordWrap(true);

    m_components = new QTreeWidget(page);
    m_components->setHeaderLabels({ tr("Component"), tr("Version"), tr("Licence") });
    m_components->setRootIsDecorated(false);
    m_components->setAllColumnsShowFocus(true);
    for (const Component &component : std::as_const(m_componentData)) {
        auto *item
            = new QTreeWidgetItem(m_components, { component.name, component.version, component.licence });
        item->setToolTip(0, component.use);
    }
    for (int column = 0; column < 2; ++column)
        m_components->resizeColumnToContents(column);

    m_componentInfo = new QLabel(page);
    m_componentInfo->setWordWrap(true);
    m_componentInfo->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_licence = new QPlainTextEdit(page);
    m_licence->setReadOnly(true);
    m_licence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_licence->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *text = new QWidget(page);
    auto *textLayout = new QVBoxLayout(text);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_componentInfo);
    textLayout->addWidget(m_licence, 1);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_components);
    split->addWidget(text);
    split->setStretchFactor(1, 1);

    connect(m_components, &QTreeWidget::currentItemChanged, this, &AboutDialog::showLicence);
    m_components->setCurrentItem(m_components->topLevelItem(0));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    return page;
}

void AboutDialog::showLicence()
{
    const int row = m_components->indexOfTopLevelItem(m_components->currentItem());
    if (row < 0 || row >= m_componentData.size()) {
        m_componentInfo->clear();
        m_licence->clear();
        return;
    }
    const Component &component = m_componentData.at(row);
    m_componentInfo->setText(
        tr("%1 — %2. Used under %3.").arg(component.name, component.use, component.licence));
    const QString text = licenceText(component);
    m_licence->setPlainText(text.isEmpty() ? tr("The licence text is missing from this build.") : text);
}

QList<AboutDialog::Component> AboutDialog::components()
{
    const QString qt = QLibraryInfo::version().toString();
    const QStringList lgpl { QStringLiteral(":/licenses/LGPL-3.0.txt"),
        QStringLiteral(":/licenses/GPL-3.0.txt") };
    const QStringList gpl { QStringLiteral(":/licenses/GPL-3.0.txt") };
    const QString lgplName = QStringLiteral("LGPL-3.0-only");
    const QString gplName = QStringLiteral("GPL-3.0-only");
    return {
        { tr("Qt Core"), qt, lgplName, tr("Objects, text, files, settings, threads"), lgpl },
        { tr("Qt GUI"), qt, lgplName, tr("Painting, fonts, images, the PDF writer"), lgpl },
        { tr("Qt Widgets"), qt, lgplName, tr("Windows, dialogs, tables and menus"), lgpl },
        { tr("Qt SQL"), qt, lgplName, tr("The book file, through the SQLite driver"), lgpl },
        { tr("Qt Network"), qt, lgplName, tr("Talking to the CRM"), lgpl },
        { tr("Qt Concurrent"), qt, lgplName, tr("Work in the background"), lgpl },
        { tr("Qt D-Bus"), qt, lgplName, tr("Reaching the system keychain and the desktop"), lgpl },
        { tr("Qt OpenGL and OpenGL Widgets"), qt, lgplName, tr("Needed by Qt Charts"), lgpl },
        { tr("Qt Charts"), QStringLiteral(QTCHARTS_VERSION_STR), gplName,
            tr("Every chart, on screen and in decks"), gpl },
        { tr("Qt Network Authorization"), QStringLiteral(QTNETWORKAUTH_VERSION_STR), gplName,
            tr("Signing in to the CRM with the browser (OAuth 2.0)"), gpl },
        { tr("Qt translations"), qt, QStringLiteral("GPL-3.0-only WITH Qt-GPL-exception-1.0"),
            tr("Qt's own texts (buttons, shortcuts) in German, French and Spanish"),
            { QStringLiteral(":/licenses/Qt-GPL-exception-1.0.txt"),
                QStringLiteral(":/licenses/GPL-3.0.txt") } },
        { tr("SQLite"), sqliteVersion(), tr("Public domain"), tr("The book file"),
            { QStringLiteral(":/licenses/SQLite-public-domain.txt") } },
        { tr("QtKeychain"), {}, QStringLiteral("BSD-2-Clause"),
            tr("Keeping CRM tokens in the system keychain"),
            { QStringLiteral(":/licenses/QtKeychain-BSD-2-Clause.txt") } },
        { tr("DejaVu fonts"), {}, QStringLiteral("Bitstream-Vera"),
            tr("The type of QBR decks, embedded in the PDF"),
            { QStringLiteral(":/licenses/DejaVu-Bitstream-Vera.txt") } },
        { tr("WenQuanYi Micro Hei"), {}, QStringLiteral("Apache-2.0 OR GPL-3.0-or-later WITH font exception"),
            tr("Chinese and Japanese names in QBR decks, embedded in the PDF"),
            { QStringLiteral(":/licenses/WenQuanYi-Micro-Hei.txt"),
                QStringLiteral(":/licenses/Apache-2.0.txt"), QStringLiteral(":/licenses/GPL-3.0.txt") } },
    };
}

QString AboutDialog::licenceText(const Component &component)
{
    QStringList texts;
    for (const QString &path : component.licenceFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(file.readAll()).trimmed();
        if (text.isEmpty())
            return {};
        texts << text;
    }
    return texts.join(QStringLiteral("\n\n\n"));
}

QString AboutDialog::sqliteVersion()
{
    // A connection of its own, closed at once: the book's connections are left alone.
    const QString name = QStringLiteral("about-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("select sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QString AboutDialog::versionInfo()
{
    QStringList lines { tr("CSM Workbench %1").arg(QStringLiteral(CSM_VERSION)) };
    for (const Fact &fact : facts())
        lines << tr("%1: %2").arg(fact.label, fact.value);
    return lines.join(u'\n');
}

} // namespace csm
