#pragma once

#include "health/healthmodel.h"

#include <QAbstractTableModel>
#include <QList>

namespace csm {

/// A health model as an editable table, one row per measure, for the model editor. Groups are
/// edited as a column: measures that share a group name form one group, in order of first
/// appearance. The model can be in any state while being edited (weights not summing to 100,
/// thresholds out of order); validate() says what is wrong and healthModel() returns it as is.
class HealthModelEditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthModelEditModel)

public:
    enum Column { GroupColumn, MeasureColumn, SignalColumn, WeightColumn, KindColumn, DirectionColumn,
                  LowColumn, MidColumn, HighColumn, ColumnCount };
    enum Role {
        /// For the signal, scoring and direction columns: the display names to choose from; EditRole
        /// is then the index into them.
        ChoicesRole = Qt::UserRole + 1,
    };

    explicit HealthModelEditModel(QObject *parent = nullptr);

    void setHealthModel(const HealthModel &model);
    /// The edited model, regrouped; not necessarily valid.
    HealthModel healthModel() const;
    Status validate() const { return healthModel().validate(); }
    double totalWeight() const;

    /// Read-only shows the model without allowing edits (a segment using the standard model).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Adds a measure after `row` (or at the end) in the same group; returns its row.
    int addMeasure(int afterRow = -1);
    bool removeMeasure(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// Any change to the model's content, for the editor's validation and preview.
    void edited();

private:
    struct Row
    {
        QString groupKey;
        QString groupName;
        HealthMeasure measure;
    };
    static QStringList choices(int column);
    QString uniqueMeasureKey(const QString &base) const;
    QString groupKeyFor(const QString &groupName) const;

    QString m_key;
    QString m_name;
    QList<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace csm
