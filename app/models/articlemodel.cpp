#include "models/articlemodel.h"

#include "content/htmlwriter.h"
#include "session/session.h"

ArticleModel::ArticleModel(Session &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_dataset(session.sharedDataset())
    , m_language(session.language())
{
    connect(&m_session, &Session::datasetChanged, this, &ArticleModel::reload);
    connect(&m_session, &Session::languageChanged, this, &ArticleModel::retranslate);
}

void ArticleModel::reload()
{
    beginResetModel();
    m_dataset = m_session.sharedDataset();
    endResetModel();
}

void ArticleModel::retranslate()
{
    if (m_session.language() == m_language)
        return;
    m_language = m_session.language();
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

QModelIndex ArticleModel::indexOf(const QString &id) const
{
    if (!m_dataset)
        return {};
    for (int row = 0; row < m_dataset->articles.size(); ++row) {
        if (m_dataset->articles.at(row).id == id)
            return index(row);
    }
    return {};
}

int ArticleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->articles.size());
}

QVariant ArticleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = m_dataset->articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return article.title.in(m_language);
    case Qt::ToolTipRole: return Html::toolTip(tr("%1, edited by %2").arg(article.publisher, article.editor));
    case IdRole: return article.id;
    }
    return {};
}
