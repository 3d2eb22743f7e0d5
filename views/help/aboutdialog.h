#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace csm {

/// Help ▸ About CSM Workbench: the version and what it was built with and runs on, and every
/// component it uses with its licence, whose full text is embedded (:/licenses/…).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    /// A library, font or data set the app uses, and the licence it is used under.
    struct Component
    {
        QString name;
        QString version; ///< empty when it cannot be known
        QString licence; ///< SPDX-style, as the licence text names it
        QString use; ///< what the app uses it for
        QStringList licenceFiles; ///< resource paths of the full texts, in reading order
    };

    enum Tab { AboutTab, LicencesTab };

    explicit AboutDialog(QWidget *parent = nullptr);

    static QList<Component> components();
    /// The full licence texts of `component`, one after the other; empty if one is missing.
    static QString licenceText(const Component &component);
    /// The SQLite library Qt's driver runs on, asked through an in-memory connection.
    static QString sqliteVersion();
    /// Version, Qt, SQLite, build and system, one fact per line: what a bug report needs.
    static QString versionInfo();

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *summary() const { return m_summary; }
    QTreeWidget *componentList() const { return m_components; }
    QPlainTextEdit *licenceView() const { return m_licence; }

private:
    QWidget *createAboutTab();
    QWidget *createLicencesTab();
    void showLicence();

    QTabWidget *m_tabs;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_components = nullptr;
    QLabel *m_componentInfo = nullptr;
    QPlainTextEdit *m_licence = nullptr;
    QList<Component> m_componentData;
};

} // namespace csm
