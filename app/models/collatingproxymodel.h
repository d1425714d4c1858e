#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

class Session;

// A proxy that sorts texts by the current language's collation and anything else by value.
class CollatingProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CollatingProxyModel(Session &session, QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void updateCollator();

    Session &m_session;
    QCollator m_collator;
};
