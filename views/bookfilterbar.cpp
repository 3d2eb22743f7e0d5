#include "bookfilterbar.h"

#include "itemmodels/bookmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QVBoxLayout>

namespace csm {

namespace {

// Tab index 0 is "All"; 1..3 follow AllSegments.
std::optional<Segment> segmentForTab(int tab)
{
    if (tab <= 0 || tab > int(AllSegments.size()))
        return std::nullopt;
    return AllSegments[std::size_t(tab - 1)];
}

int tabForSegment(std::optional<Segment> segment)
{
    return segment ? int(*segment) + 1 : 0;
}

} // namespace

BookFilterBar::BookFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabBar(this))
    , m_search(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_renewal(new QComboBox(this))
    , m_health(new QComboBox(this))
{
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    m_tabs->setAccessibleName(tr("Segments"));
    m_tabs->addTab(tr("All"));
    for (Segment s : AllSegments)
        m_tabs->addTab(segmentDisplayName(s));

    m_search->setPlaceholderText(tr("Search accounts, domains, owners, tags…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search accounts"));

    m_owner->setAccessibleName(tr("Owner filter"));
    m_owner->addItem(tr("All owners"), QString());
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_stage->setAccessibleName(tr("Lifecycle stage filter"));
    m_stage->addItem(tr("All stages"));
    for (LifecycleStage stage : AllLifecycleStages)
        m_stage->addItem(lifecycleStageDisplayName(stage), int(stage));

    m_renewal->setAccessibleName(tr("Renewal window filter"));
    m_renewal->addItem(tr("Any renewal date"));
    for (int days : { 30, 60, 90, 120, 180, 365 })
        m_renewal->addItem(tr("Renewing in %n day(s)", nullptr, days), days);

    m_health->setAccessibleName(tr("Health band filter"));
    m_health->addItem(tr("Any health"));
    for (HealthBand band : { HealthBand::Red, HealthBand::Amber, HealthBand::Green })
        m_health->addItem(healthBandDisplayName(band), int(band));
    m_health->addItem(tr("Not scored"), int(HealthBand::None));

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_owner);
    filters->addWidget(m_stage);
    filters->addWidget(m_renewal);
    filters->addWidget(m_health);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_tabs);
    layout->addLayout(filters);

    connect(m_tabs, &QTabBar::currentChanged, this, &BookFilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, this, &BookFilterBar::emitChanged);
    for (QComboBox *combo : { m_owner, m_stage, m_renewal, m_health })
        connect(combo, &QComboBox::currentIndexChanged, this, &BookFilterBar::emitChanged);
}

AccountFilter BookFilterBar::filter() const
{
    AccountFilter filter;
    filter.setSegment(segmentForTab(m_tabs->currentIndex()));
    filter.setText(m_search->text());
    filter.setOwner(m_owner->currentData().toString());
    const QVariant stage = m_stage->currentData();
    if (stage.isValid())
        filter.setStage(LifecycleStage(stage.toInt()));
    if (const QVariant band = m_health->currentData(); band.isValid())
        filter.setHealthBand(HealthBand(band.toInt()));
    const QVariant days = m_renewal->currentData();
    if (days.isValid())
        filter.setRenewalWithinDays(days.toInt());
    return filter;
}

void BookFilterBar::setFilter(const AccountFilter &filter)
{
    m_updating = true;
    m_tabs->setCurrentIndex(tabForSegment(filter.segment()));
    m_search->setText(filter.text());
    if (!filter.owner().isEmpty() && m_owner->findData(filter.owner()) < 0)
        m_owner->addItem(filter.owner(), filter.owner());
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(filter.owner())));
    m_stage->setCurrentIndex(filter.stage() ? std::max(0, m_stage->findData(int(*filter.stage()))) : 0);
    m_renewal->setCurrentIndex(filter.renewalWithinDays()
                                   ? std::max(0, m_renewal->findData(*filter.renewalWithinDays()))
                                   : 0);
    m_health->setCurrentIndex(filter.healthBand() ? std::max(0, m_health->findData(int(*filter.healthBand()))) : 0);
    m_updating = false;
    emitChanged();
}

void BookFilterBar::setOwners(const QStringList &owners)
{
    const QString current = m_owner->currentData().toString();
    m_updating = true;
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    for (const QString &owner : owners)
        m_owner->addItem(owner, owner);
    if (!current.isEmpty() && m_owner->findData(current) < 0)
        m_owner->addItem(current, current);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
    m_updating = false;
}

void BookFilterBar::setTotals(const BookProxyModel::Totals &totals)
{
    const QLocale locale;
    // A total that leaves accounts out (no exchange rate for their currency) is marked, and says so.
    auto label = [&](const QString &name, int i) -> QString {
        return tr("%1  %2 · %3").arg(name, locale.toString(totals.count[i]),
                                     formatMoneyShort(locale, totals.arrCents[i], totals.currency))
            + (totals.unconverted[i] > 0 ? QStringLiteral("*") : QString());
    };
    auto toolTip = [&](int i) -> QString {
        return totals.unconverted[i] > 0
            ? tr("ARR in %1. %n account(s) in a currency without an exchange rate are counted but left out of the ARR; "
                 "set the rates in Settings, General.",
                 nullptr, totals.unconverted[i])
                  .arg(totals.currency)
            : tr("ARR in %1, converted at the exchange rates in Settings, General.").arg(totals.currency);
    };
    m_tabs->setTabText(0, label(tr("All"), 3));
    m_tabs->setTabToolTip(0, toolTip(3));
    for (Segment s : AllSegments) {
        m_tabs->setTabText(tabForSegment(s), label(segmentDisplayName(s), int(s)));
        m_tabs->setTabToolTip(tabForSegment(s), toolTip(int(s)));
    }
}

void BookFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BookFilterBar::emitChanged()
{
    if (!m_updating)
        emit filterChanged(filter());
}

} // namespace csm
