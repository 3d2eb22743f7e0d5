#include "generalsettingspage.h"

#include "currencyratesedit.h"

#include "i18n/language.h"
#include "metrics/reportingcurrency.h"
#include "store/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace csm {

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

GeneralSettingsPage::GeneralSettingsPage(const QString &openBook, bool canCopyOpenBook, QWidget *parent)
    : QWidget(parent)
    , m_openBook(openBook)
    , m_canCopy(canCopyOpenBook && !openBook.isEmpty())
    , m_initialPath(QDir::toNativeSeparators(startupBookPath()))
    , m_language(new QComboBox(this))
    , m_bookPath(new QLineEdit(m_initialPath, this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_default(new QPushButton(tr("&Default"), this))
    , m_bookStatus(new QLabel(this))
    , m_copyBook(new QCheckBox(tr("&Copy the open book there"), this))
    , m_checkTimer(new QTimer(this))
    , m_currency(new CurrencyRatesEdit(reportingRates(), this))
{
    // Language.
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language (%1)").arg(languageEndonym(resolveLanguage({}))), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageEndonym(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageSetting())));
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(noteLabel(tr("The language changes the next time CSM Workbench starts."), languageBox));

    // Book location.
    m_bookPath->setAccessibleName(tr("Book opened at start"));
    m_bookPath->setClearButtonEnabled(true);
    m_bookPath->setPlaceholderText(QDir::toNativeSeparators(Database::defaultPath()));
    m_default->setToolTip(tr("The app's own folder: %1").arg(QDir::toNativeSeparators(Database::defaultPath())));
    m_bookStatus->setWordWrap(true);
    m_bookStatus->setTextFormat(Qt::PlainText);
    m_bookStatus->setAccessibleName(tr("Book location check"));
    m_copyBook->setToolTip(tr("Writes a consistent copy of the open book, as it is when you press OK, to the new "
                              "location; the book stays open where it is until the app starts again."));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_bookPath, 1);
    pathRow->addWidget(m_browse);
    pathRow->addWidget(m_default);
    auto *storeBox = new QGroupBox(tr("Book location"), this);
    auto *storeForm = new QFormLayout(storeBox);
    auto *openNow = new QLabel(openBook.isEmpty() ? tr("No book is open.") : QDir::toNativeSeparators(openBook), storeBox);
    openNow->setTextFormat(Qt::PlainText);
    openNow->setTextInteractionFlags(Qt::TextSelectableByMouse);
    openNow->setWordWrap(true);
    storeForm->addRow(tr("Open now:"), openNow);
    auto *pathLabel = new QLabel(tr("Book opened at &start:"), storeBox);
    pathLabel->setBuddy(m_bookPath);
    storeForm->addRow(pathLabel, pathRow);
    storeForm->addRow(QString(), m_bookStatus);
    storeForm->addRow(QString(), m_copyBook);
    storeForm->addRow(noteLabel(tr("Starting the app with --db opens another book for that run."), storeBox));

    // Reporting currency.
    auto *currencyBox = new QGroupBox(tr("Reporting currency"), this);
    auto *currencyLayout = new QVBoxLayout(currencyBox);
    currencyLayout->addWidget(m_currency, 1);
    currencyLayout->addWidget(noteLabel(tr("The team portfolio and its review convert every account's ARR into the "
                                           "reporting currency at these rates."),
                                        currencyBox));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(languageBox);
    layout->addWidget(storeBox);
    layout->addWidget(currencyBox, 1);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300);
    connect(m_checkTimer, &QTimer::timeout, this, &GeneralSettingsPage::checkBookPath);
    connect(m_bookPath, &QLineEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_browse, &QPushButton::clicked, this, &GeneralSettingsPage::browse);
    connect(m_default, &QPushButton::clicked, this,
            [this] { m_bookPath->setText(QDir::toNativeSeparators(Database::defaultPath())); });
    checkBookPath();
}

bool GeneralSettingsPage::bookPathChanged() const
{
    return m_bookPath->text().trimmed() != m_initialPath;
}

void GeneralSettingsPage::checkBookPath()
{
    m_checkTimer->stop();
    const QString typed = m_bookPath->text().trimmed();
    m_check = checkBookLocation(typed.isEmpty() ? Database::defaultPath() : typed);
    const bool isOpenBook = !m_openBook.isEmpty() && m_check.path == QDir::cleanPath(QFileInfo(m_openBook).absoluteFilePath());
    QString text = m_check.message;
    if (isOpenBook)
        text = tr("This is the book open now.");
    QPalette palette = m_bookStatus->palette();
    palette.setColor(QPalette::WindowText, m_check.ok() ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc0, 0x39, 0x2b));
    m_bookStatus->setPalette(palette);
    m_bookStatus->setText((m_check.ok() ? tr("✓ %1") : tr("⚠ %1")).arg(text));
    const bool copyable = m_canCopy && m_check.kind == BookLocationCheck::Kind::NewBook;
    m_copyBook->setEnabled(copyable);
    if (!copyable)
        m_copyBook->setChecked(false);
}

void GeneralSettingsPage::browse()
{
    const QString current = m_bookPath->text().trimmed().isEmpty() ? Database::defaultPath() : m_bookPath->text().trimmed();
    const QString path = QFileDialog::getSaveFileName(this, tr("Book Opened at Start"), current,
                                                      tr("Books (*.sqlite *.csmbook *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_bookPath->setText(QDir::toNativeSeparators(path));
    checkBookPath();
}

QString GeneralSettingsPage::problem()
{
    if (!bookPathChanged() && !m_copyBook->isChecked())
        return {};
    checkBookPath();
    return m_check.ok() ? QString() : m_check.message;
}

QString GeneralSettingsPage::copyTarget() const
{
    return m_copyBook->isEnabled() && m_copyBook->isChecked() ? m_check.path : QString();
}

void GeneralSettingsPage::save()
{
    setLanguageSetting(m_language->currentData().toString());
    // Untouched rates stay unsaved, so the built-in ones keep following the app.
    const CurrencyRates rates = m_currency->rates();
    const CurrencyRates saved = reportingRates();
    const auto asSaved = rates.rebased(saved.reporting());
    if (asSaved && asSaved->toText() == saved.toText()) {
        if (rates.reporting() != saved.reporting())
            setReportingCurrency(rates.reporting());
    } else {
        setReportingRates(rates);
    }
    if (!bookPathChanged())
        return;
    checkBookPath();
    if (m_check.ok() && copyTarget().isEmpty())
        setStartupBookPath(m_check.path);
}

} // namespace csm
