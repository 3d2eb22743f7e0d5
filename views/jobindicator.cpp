#include "jobindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace csm {

JobIndicator::JobIndicator(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running task"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &JobIndicator::cancelRequested);
    setVisible(false);
}

void JobIndicator::start(const QString &label)
{
    m_label->setText(label);
    m_bar->setRange(0, 0); // busy until the first progress report
    setVisible(true);
}

void JobIndicator::setProgress(int done, int total)
{
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(done);
    m_bar->setFormat(tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
}

void JobIndicator::finish()
{
    setVisible(false);
}

} // namespace csm
