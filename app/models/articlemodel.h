#pragma once

#include "data/dataset.h"

#include <QAbstractListModel>

#include <memory>

class Session;

// The bundled articles, by title in the current language.
class ArticleModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ArticleModel(Session &session, QObject *parent = nullptr);

    QModelIndex indexOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void retranslate();

    Session &m_session;
    std::shared_ptr<const Dataset> m_dataset;
    Language m_language = Language::English;
};
