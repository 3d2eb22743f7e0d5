#pragma once

#include "store/booklocation.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace csm {

class CurrencyRatesEdit;

/// Settings of the app rather than of a book: the interface language, the book opened at start,
/// and the reporting currency with its exchange rates. All of them live in QSettings.
class GeneralSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralSettingsPage)

public:
    /// `openBook`: the path of the book open now (empty: none); `canCopyOpenBook`: whether it may
    /// be copied to a new location (a writable book).
    GeneralSettingsPage(const QString &openBook, bool canCopyOpenBook, QWidget *parent = nullptr);

    /// Empty when every choice can be saved, else what is wrong.
    QString problem();
    /// Keeps the language, the reporting currency and rates, and the book location (unless the
    /// open book is to be copied there first: see copyTarget()).
    void save();
    /// Where the open book is to be copied on saving; empty when it is not.
    QString copyTarget() const;

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *bookPathEdit() const { return m_bookPath; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *defaultButton() const { return m_default; }
    QLabel *bookPathStatus() const { return m_bookStatus; }
    QCheckBox *copyBookBox() const { return m_copyBook; }
    CurrencyRatesEdit *currencyEdit() const { return m_currency; }
    /// Checks the book location now rather than after the typing pause.
    void checkBookPath();

private:
    void browse();
    bool bookPathChanged() const;

    QString m_openBook;
    bool m_canCopy;
    QString m_initialPath;
    BookLocationCheck m_check;
    QComboBox *m_language;
    QLineEdit *m_bookPath;
    QPushButton *m_browse;
    QPushButton *m_default;
    QLabel *m_bookStatus;
    QCheckBox *m_copyBook;
    QTimer *m_checkTimer;
    CurrencyRatesEdit *m_currency;
};

} // namespace csm
