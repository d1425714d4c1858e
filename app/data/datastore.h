#pragma once

#include "data/dataerror.h"
#include "data/dataset.h"

#include <QObject>

#include <memory>

// The data the app shows and where it came from. Loading a folder that turns out invalid
// leaves the data in use as it was and reports why.
class DataStore final : public QObject
{
    Q_OBJECT

public:
    enum class Origin { Bundled, Folder };

    explicit DataStore(QObject *parent = nullptr);

    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    Origin origin() const { return m_origin; }
    QString folder() const { return m_folder; }

    // Bundled data is part of the build and checked by its tests; errors here are a bug.
    DataErrors loadBundled();
    // On errors the current data stays in use and the errors are returned.
    DataErrors loadFolder(const QString &directory);

signals:
    void datasetChanged(const std::shared_ptr<const Dataset> &dataset);

private:
    void use(Dataset &&dataset, Origin origin, const QString &folder);

    std::shared_ptr<const Dataset> m_dataset = std::make_shared<const Dataset>();
    Origin m_origin = Origin::Bundled;
    QString m_folder;
};
