#include "models/collatingproxymodel.h"

#include "i18n/formatting.h"
#include "session/session.h"

CollatingProxyModel::CollatingProxyModel(Session &session, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_session(session)
{
    updateCollator();
    connect(&m_session, &Session::languageChanged, this, [this] {
        updateCollator();
        invalidate();
    });
}

void CollatingProxyModel::updateCollator()
{
    m_collator = QCollator(localeFor(m_session.language()));
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

bool CollatingProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}
