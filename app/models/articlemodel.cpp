#include "models/articlemodel.h"

ArticleModel::ArticleModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ArticleModel::setDataset(std::shared_ptr<const Dataset> dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    endResetModel();
}

void ArticleModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
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
    case Qt::ToolTipRole: return tr("%1, edited by %2").arg(article.publisher, article.editor);
    case IdRole: return article.id;
    }
    return {};
}
