#include "cli/datacheck.h"

#include "data/datasetloader.h"

#include <QCoreApplication>
#include <QDir>

int checkDataDirectory(const QString &directory, QTextStream &out, QTextStream &err)
{
    const LoadResult result = DatasetLoader::loadDirectory(directory);
    for (const DataError &error : result.errors)
        err << error.toString() << Qt::endl;
    const QString where = QDir::toNativeSeparators(directory);
    if (!result.ok()) {
        err << QCoreApplication::translate("DataCheck", "%1: %n error(s)", nullptr, int(result.errors.size())).arg(where)
            << Qt::endl;
        return 1;
    }
    const Dataset &data = result.dataset;
    out << QCoreApplication::translate("DataCheck", "%1: valid (%2 countries, %3 organizations, %4 relations, %5 articles)")
               .arg(where)
               .arg(data.countries.size())
               .arg(data.organizations.size())
               .arg(data.relations.size())
               .arg(data.articles.size())
        << Qt::endl;
    return 0;
}
