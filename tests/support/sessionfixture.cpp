#include "sessionfixture.h"

#include "data/datasetloader.h"

#include <QTest>

SessionFixture::SessionFixture(Language language)
{
    m_session.setLanguage(language);
    m_session.setDataset(bundledData());
}

std::shared_ptr<const Dataset> SessionFixture::bundledData()
{
    static const std::shared_ptr<const Dataset> data = [] {
        LoadResult result = DatasetLoader::loadDirectory(DatasetLoader::bundledDirectory());
        if (!result.ok())
            qWarning().noquote() << "the bundled data does not load:" << result.errors.constFirst().toString();
        return std::make_shared<const Dataset>(std::move(result.dataset));
    }();
    return data;
}
