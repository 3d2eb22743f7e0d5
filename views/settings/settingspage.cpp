#include "settingspage.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace csm {

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SettingsPage::SettingsPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_notice(wrappingLabel(this))
    , m_problem(wrappingLabel(this))
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    heading->setFont(font);
    auto *about = wrappingLabel(this);
    about->setText(description);
    about->setForegroundRole(QPalette::PlaceholderText);

    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::AlternateBase);
    m_notice->hide();
    m_problem->setAccessibleName(tr("Problem"));
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_problem->setPalette(warning);
    m_problem->hide();

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(heading);
    m_layout->addWidget(about);
    m_layout->addSpacing(4);
    m_layout->addWidget(m_notice);
    m_layout->addWidget(m_problem);
}

void SettingsPage::setContent(QWidget *content, bool fill)
{
    m_content = content;
    m_layout->insertWidget(m_layout->indexOf(m_problem), content, fill ? 1 : 0);
    if (!fill)
        m_layout->addStretch(1);
    content->setEnabled(isAvailable());
}

void SettingsPage::setUnavailable(const QString &why)
{
    m_why = why;
    m_notice->setText(why);
    m_notice->setVisible(!why.isEmpty());
    if (m_content)
        m_content->setEnabled(why.isEmpty());
}

void SettingsPage::showProblem(const QString &problem)
{
    m_problem->setText(problem.isEmpty() ? QString() : tr("⚠ %1").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace csm
