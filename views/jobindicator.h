#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace csm {

/// Status-bar progress for background work: what runs, how far it is, and a Cancel button.
class JobIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobIndicator)

public:
    explicit JobIndicator(QWidget *parent = nullptr);

    void start(const QString &label);
    void setProgress(int done, int total);
    void finish();

signals:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace csm
