#include "accountdetailpane.h"

#include "itemmodels/bookmodel.h"
#include "healthcontributionchart.h"
#include "healthtrendchart.h"
#include "usagechart.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace csm {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

} // namespace

AccountDetailPane::AccountDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_body(new QWidget(this))
    , m_tabs(new QTabWidget(this))
{
    setAccessibleName(tr("Account details"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    m_crmId = addFact(form, tr("CRM id"));
    m_owner = addFact(form, tr("Owner"));
    m_arr = addFact(form, tr("ARR"));
    m_contract = addFact(form, tr("Contract start"));
    m_renewal = addFact(form, tr("Renewal"));
    m_stage = addFact(form, tr("Lifecycle stage"));
    m_segment = addFact(form, tr("Segment"));
    m_payment = addFact(form, tr("Payment"));
    m_tags = addFact(form, tr("Tags"));

    m_contacts = new QTreeWidget(m_body);
    m_contacts->setAccessibleName(tr("Contacts"));
    m_contacts->setRootIsDecorated(false);
    m_contacts->setColumnCount(4);
    m_contacts->setHeaderLabels({ tr("Name"), tr("Role"), tr("Title"), tr("Last touch") });
    m_contacts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contacts->setMinimumHeight(110);

    m_health = new QLabel(m_body);
    m_health->setWordWrap(true);
    m_health->setTextFormat(Qt::PlainText);
    m_measures = new QTreeWidget(m_body);
    m_measures->setAccessibleName(tr("Health measures"));
    m_measures->setRootIsDecorated(false);
    m_measures->setColumnCount(5);
    m_measures->setHeaderLabels({ tr("Measure"), tr("Value"), tr("Score"), tr("Weight"), tr("Points") });
    m_measures->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_measures->setMinimumHeight(200);

    m_healthChart = new HealthTrendChart(m_body);
    m_contributionChart = new HealthContributionChart(m_body);

    m_usage = new QLabel(m_body);
    m_usage->setWordWrap(true);
    m_usage->setTextFormat(Qt::PlainText);
    m_chart = new UsageChart(m_body);
    m_voice = new QLabel(m_body);
    m_voice->setWordWrap(true);
    m_voice->setTextFormat(Qt::PlainText);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(form);
    bodyLayout->addWidget(sectionTitle(tr("Health"), m_body));
    bodyLayout->addWidget(m_health);
    bodyLayout->addWidget(m_healthChart);
    bodyLayout->addWidget(m_contributionChart);
    bodyLayout->addWidget(m_measures);
    bodyLayout->addWidget(sectionTitle(tr("Contacts"), m_body));
    bodyLayout->addWidget(m_contacts);
    bodyLayout->addWidget(sectionTitle(tr("Usage"), m_body));
    bodyLayout->addWidget(m_usage);
    bodyLayout->addWidget(m_chart);
    bodyLayout->addWidget(sectionTitle(tr("Customer voice and support"), m_body));
    bodyLayout->addWidget(m_voice);
    bodyLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    scroll->setAccessibleName(tr("Account overview"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    m_tabs->addTab(scroll, tr("&Overview"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    showMessage(tr("Select an account to see its details."));
}

void AccountDetailPane::showHealth(const AccountDetails &details)
{
    const QLocale locale;
    const HealthResult &h = details.health;
    QStringList lines;
    if (h.score)
        lines << tr("%1 · %2 (model: %3)")
                     .arg(locale.toString(*h.score, 'f', 1), healthBandDisplayName(h.band), h.modelKey);
    else
        lines << tr("Not scored: no health data yet.");
    const HealthTrend &t = details.healthTrend;
    auto change = [&](const std::optional<double> &delta, int days) {
        if (!delta)
            return QString();
        const QString arrow = *delta > 0.5 ? QStringLiteral("▲") : *delta < -0.5 ? QStringLiteral("▼") : QStringLiteral("▶");
        return tr("%1 %2 in %3 days").arg(arrow, locale.toString(*delta, 'f', 1)).arg(days);
    };
    QStringList trends;
    for (const auto &[delta, days] : { std::pair { t.change7, 7 }, std::pair { t.change30, 30 }, std::pair { t.change90, 90 } })
        if (const QString text = change(delta, days); !text.isEmpty())
            trends << text;
    if (!trends.isEmpty())
        lines << trends.join(QStringLiteral(" · "));
    if (t.inBandSince.isValid())
        lines << tr("%1 since %2").arg(healthBandDisplayName(t.band), locale.toString(t.inBandSince, QLocale::ShortFormat));
    if (details.healthOverride) {
        const HealthOverride &o = *details.healthOverride;
        const QString what = o.band ? healthBandDisplayName(*o.band) : locale.toString(o.score.value_or(0), 'f', 0);
        lines << tr("Override: %1 until %2 — %3").arg(what, locale.toString(o.expiresOn, QLocale::ShortFormat), o.reason);
    }
    if (!h.weakestMeasure.isEmpty()) {
        for (const MeasureResult &m : h.measures)
            if (m.key == h.weakestMeasure)
                lines << tr("Pulling it down most: %1").arg(m.name);
    }
    if (!h.missing.isEmpty())
        lines << tr("Missing inputs (weight spread over the others): %1").arg(h.missing.join(QStringLiteral(", ")));
    m_health->setText(lines.join(u'\n'));

    m_healthChart->setHistory(details.healthHistory, details.healthOverrides, details.healthBands);
    m_contributionChart->setResult(h);

    m_measures->clear();
    for (const MeasureResult &m : h.measures) {
        auto *item = new QTreeWidgetItem(m_measures);
        item->setText(0, m.name.isEmpty() ? m.key : m.name);
        item->setToolTip(0, m.group);
        item->setText(1, m.raw ? locale.toString(*m.raw, 'f', 1) : tr("missing"));
        item->setText(2, m.score ? locale.toString(*m.score, 'f', 0) : tr("—"));
        item->setText(3, locale.toString(m.effectiveWeight, 'f', 1));
        item->setText(4, locale.toString(m.contribution, 'f', 1));
        for (int c = 1; c < 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
}

QLabel *AccountDetailPane::addFact(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel(m_body);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label + u':', value);
    return value;
}

void AccountDetailPane::showMessage(const QString &message)
{
    m_accountId = 0;
    m_title->setText(message);
    m_subtitle->clear();
    m_tabs->setVisible(false);
}

void AccountDetailPane::showDetails(const AccountDetails &details, const QDate &today)
{
    const Account &a = details.account;
    const QLocale locale;
    m_accountId = a.id;
    m_tabs->setVisible(true);
    m_title->setText(a.name);
    m_subtitle->setText(a.domain);

    m_crmId->setText(a.crmId);
    m_owner->setText(a.owner);
    m_arr->setText(formatMoney(locale, a.arrCents, a.currency) + u' ' + a.currency);
    m_contract->setText(a.contractStart.isValid() ? locale.toString(a.contractStart, QLocale::LongFormat) : tr("—"));
    if (a.renewalDate.isValid()) {
        const qint64 days = today.daysTo(a.renewalDate);
        const QString when = days >= 0 ? tr("in %n day(s)", nullptr, int(days))
                                       : tr("%n day(s) overdue", nullptr, int(-days));
        m_renewal->setText(locale.toString(a.renewalDate, QLocale::LongFormat) + QStringLiteral(" (") + when + u')');
    } else {
        m_renewal->setText(tr("—"));
    }
    m_stage->setText(lifecycleStageDisplayName(a.stage));
    m_segment->setText(a.segmentOverride ? tr("%1 (set by hand)").arg(segmentDisplayName(a.segment))
                                         : tr("%1 (by rules)").arg(segmentDisplayName(a.segment)));
    m_payment->setText(paymentStatusDisplayName(a.payment));
    m_tags->setText(a.tags.isEmpty() ? tr("—") : a.tags.join(QStringLiteral(", ")));

    showHealth(details);

    m_contacts->clear();
    for (const Contact &c : details.contacts) {
        auto *item = new QTreeWidgetItem(m_contacts);
        item->setText(0, c.champion ? QStringLiteral("★ ") + c.name : c.name);
        const bool roleSaysChampion = c.role.compare(tr("Champion"), Qt::CaseInsensitive) == 0
            || c.role.compare(QStringLiteral("Champion"), Qt::CaseInsensitive) == 0;
        item->setText(1, c.champion && !roleSaysChampion ? tr("Champion · %1").arg(c.role) : c.role);
        item->setText(2, c.title);
        item->setText(3, c.lastTouch.isValid() ? locale.toString(c.lastTouch, QLocale::ShortFormat) : tr("never"));
        item->setToolTip(0, c.email);
        if (c.champion) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }

    if (const auto usage = details.usageSummary()) {
        QString text = tr("%1 of %2 seats active (%3%) in the week of %4.")
                           .arg(locale.toString(usage->activeUsers), locale.toString(usage->licensedSeats),
                                locale.toString(usage->utilisation * 100.0, 'f', 0),
                                locale.toString(usage->latestPeriod, QLocale::ShortFormat));
        if (usage->utilisationTrend30d)
            text += u' ' + tr("30-day trend: %1 points.")
                               .arg((*usage->utilisationTrend30d >= 0 ? QStringLiteral("+") : QString())
                                    + locale.toString(*usage->utilisationTrend30d, 'f', 1));
        text += u' ' + tr("%1 logins in 30 days; %2 of %3 features adopted.")
                           .arg(locale.toString(usage->logins30d), locale.toString(usage->featuresAdopted),
                                locale.toString(usage->featuresAvailable));
        m_usage->setText(text);
    } else {
        m_usage->setText(tr("No usage recorded."));
    }
    m_chart->setSamples(details.usage);

    QStringList voice;
    if (const auto nps = details.latestNps())
        voice << tr("Latest NPS: %1").arg(*nps);
    voice << tr("%n open ticket(s)", nullptr, details.openTickets())
          << tr("%n ticket(s) in the last year", nullptr, int(details.tickets.size()));
    m_voice->setText(voice.join(QStringLiteral(" · ")));
}

} // namespace csm
