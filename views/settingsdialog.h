#pragma once

#include <QDialog>

class QComboBox;

namespace csm {

/// The app's settings: for now the interface language, applied the next time the app starts.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }

    /// Saves the choices (QSettings); called on OK.
    void save() const;

private:
    QComboBox *m_language;
};

} // namespace csm
