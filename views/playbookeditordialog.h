#pragma once

#include "playbooks/playbook.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace csm {

class AccountWork;

/// Edits the book's playbook templates, built-in ones included, and adds new ones: name,
/// description, the rule that starts it (with its window, percentage, stage and segments), whether
/// the rule is on, and the ordered checklist (title, guidance, due offset in days, owner role).
/// A template that does not validate names its fault and is not saved; runs already started keep
/// the steps they started with.
class PlaybookEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybookEditorDialog)

public:
    explicit PlaybookEditorDialog(AccountWork *work, QWidget *parent = nullptr);

    /// The template as the form shows it.
    Playbook playbook() const;
    void selectPlaybook(qint64 id);
    /// Saves the form; false with the reason shown when it does not validate.
    bool saveCurrent();
    void newPlaybook();

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *triggerBox() const { return m_trigger; }
    QSpinBox *daysBox() const { return m_days; }
    QTableWidget *stepsTable() const { return m_steps; }
    QLabel *statusLabel() const { return m_status; }
    void addStep(const PlaybookStep &step = {});

private:
    void reload(qint64 select);
    void showPlaybook(const Playbook &playbook);
    void updateTriggerFields();

    QPointer<AccountWork> m_work;
    Playbook m_current;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QCheckBox *m_enabled;
    QComboBox *m_trigger;
    QSpinBox *m_days;
    QSpinBox *m_percent;
    QComboBox *m_stage;
    QCheckBox *m_segments[3];
    QTableWidget *m_steps;
    QLabel *m_status;
};

} // namespace csm
