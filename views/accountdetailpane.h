#pragma once

#include "book/accountdetails.h"

#include <QDate>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace csm {

class HealthContributionChart;
class HealthTrendChart;
class UsageChart;

/// The selected account: its name on top and tabs below, the first of them the overview with key
/// facts, health, contacts (champion marked), usage and the customer's voice.
class AccountDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDetailPane)

public:
    explicit AccountDetailPane(QWidget *parent = nullptr);

    void showDetails(const AccountDetails &details, const QDate &today);
    void showMessage(const QString &message);
    qint64 accountId() const { return m_accountId; }
    /// Overview first; the notes, playbooks and timeline of the account are added as further tabs.
    QTabWidget *tabs() const { return m_tabs; }
    HealthTrendChart *healthTrendChart() const { return m_healthChart; }
    HealthContributionChart *contributionChart() const { return m_contributionChart; }
    UsageChart *usageChart() const { return m_chart; }

private:
    QLabel *addFact(QFormLayout *form, const QString &label);
    void showHealth(const AccountDetails &details);

    qint64 m_accountId = 0;
    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_body;
    QTabWidget *m_tabs;
    QLabel *m_crmId;
    QLabel *m_owner;
    QLabel *m_arr;
    QLabel *m_contract;
    QLabel *m_renewal;
    QLabel *m_stage;
    QLabel *m_segment;
    QLabel *m_payment;
    QLabel *m_tags;
    QTreeWidget *m_contacts;
    QLabel *m_health;
    QTreeWidget *m_measures;
    HealthTrendChart *m_healthChart;
    HealthContributionChart *m_contributionChart;
    QLabel *m_usage;
    UsageChart *m_chart;
    QLabel *m_voice;
};

} // namespace csm
