#pragma once

#include "data/language.h"

#include <QCollator>
#include <QSortFilterProxyModel>

// A proxy that sorts texts by the current language's collation and anything else by value.
class CollatingProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CollatingProxyModel(QObject *parent = nullptr);

public slots:
    void setLanguage(Language language);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};
