#include "models/collatingproxymodel.h"

#include "i18n/formatting.h"

CollatingProxyModel::CollatingProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setLanguage(Language::English);
}

void CollatingProxyModel::setLanguage(Language language)
{
    m_collator = QCollator(localeFor(language));
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    invalidate();
}

bool CollatingProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}
