#include "cli/datacheck.h"

#include "cli/terminaltext.h"
#include "data/datasetloader.h"

#include <QCoreApplication>
#include <QDir>

int checkDataDirectory(const QString &directory, QTextStream &out, QTextStream &err)
{
    const LoadResult result = DatasetLoader::loadDirectory(directory);
    for (const DataError &error : result.errors)
        err << TerminalText::safe(error.toString()) << Qt::endl;
    const QString where = QDir::toNativeSeparators(directory);
    if (!result.ok()) {
        err << QCoreApplication::translate("DataCheck", "%1: %n error(s)", nullptr, int(result.errors.size())).arg(where)
            << Qt::endl;
        return 1;
    }
    const Dataset &data = result.dataset;
    const QString countries = QCoreApplication::translate("DataCheck", "%n countries", nullptr, int(data.countries.size()));
    const QString organizations = QCoreApplication::translate("DataCheck", "%n organizations", nullptr, int(data.organizations.size()));
    const QString relations = QCoreApplication::translate("DataCheck", "%n relations", nullptr, int(data.relations.size()));
    const QString articles = QCoreApplication::translate("DataCheck", "%n articles", nullptr, int(data.articles.size()));
    // "…: valid (195 countries, 15 organizations, 38 relations, 1 article)"
    out << QCoreApplication::translate("DataCheck", "%1: valid (%2, %3, %4, %5)").arg(where, countries, organizations, relations, articles)
        << Qt::endl;
    return 0;
}
