#pragma once

#include "segmentation/segmentationrules.h"

#include <QDialog>
#include <QPointer>

#include <array>

class QComboBox;
class QDialogButtonBox;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace csm {

class BookSession;
class ConnectionsPage;
class GeneralSettingsPage;
class HealthModelEditor;
class SecretStore;
class SegmentationRulesEditor;
class SettingsPage;

/// The app's settings, page by page: General (language, the book opened at start, the reporting
/// currency and exchange rates: QSettings), and the open book's Segments, Health and CRM
/// connections (the book; tokens in the keychain). OK checks every page, then saves them all;
/// Cancel discards. The book's pages say why they are off when no book is open or it is read-only.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page { General, Segments, Health, CrmConnections };
    static constexpr int PageCount = 4;

    /// `session`: the open book, or null; `secrets`: where CRM tokens are kept.
    SettingsDialog(BookSession *session, SecretStore *secrets, QWidget *parent = nullptr);
    /// Without a book: only the General page can be used.
    explicit SettingsDialog(QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;

    /// Checks every page, then saves them: QSettings at once, the connections in one transaction
    /// with their tokens to the keychain, and the segment rules and health model in one
    /// transaction in the background, which also rescores the book. False, showing the page and
    /// what is wrong, when a page cannot be saved; then nothing is saved.
    bool save();
    /// OK: saves, and closes when that worked.
    void accept() override;

    /// Keeps the CRM connections from being changed, saying why (a sync is running).
    void setConnectionsLocked(const QString &why);

    QListWidget *pageList() const { return m_pageList; }
    SettingsPage *page(Page page) const { return m_pages.at(std::size_t(page)); }
    GeneralSettingsPage *generalPage() const { return m_general; }
    /// Null when no book is open.
    SegmentationRulesEditor *segmentsEditor() const { return m_segments; }
    HealthModelEditor *healthEditor() const { return m_health; }
    ConnectionsPage *connectionsPage() const { return m_connections; }
    QComboBox *languageBox() const;
    QPushButton *okButton() const;

signals:
    /// Everything was saved (the book's rules may still be applying in the background).
    void saved();

private:
    void addPage(Page page, const QIcon &icon, const QString &name, SettingsPage *content);
    void buildSegmentsPage();
    void buildHealthPage();
    QString bookUnavailable(Page page) const;
    bool refuse(Page page, const QString &problem);
    void startBookJob(bool segments, bool health, const QString &copyTarget);

    QPointer<BookSession> m_session;
    QListWidget *m_pageList;
    QStackedWidget *m_stack;
    QDialogButtonBox *m_buttons = nullptr;
    std::array<SettingsPage *, PageCount> m_pages {};
    GeneralSettingsPage *m_general = nullptr;
    SegmentationRulesEditor *m_segments = nullptr;
    SegmentationRules m_savedRules;
    bool m_segmentsEdited = false;
    HealthModelEditor *m_health = nullptr;
    ConnectionsPage *m_connections = nullptr;
};

} // namespace csm
