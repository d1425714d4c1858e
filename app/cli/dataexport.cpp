#include "cli/dataexport.h"

#include "cli/terminaltext.h"
#include "data/datasetloader.h"
#include "data/datasetpublisher.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QSaveFile>

int exportDataset(const QString &directory, const QString &file, QTextStream &out, QTextStream &err)
{
    // The export's date is its version: a curator who publishes twice a day edits "version".
    const QDate today = QDate::currentDate();
    DataErrors errors;
    const QByteArray bytes = DatasetPublisher::publish(directory, today.toString(u"yyyy.MM.dd"),
                                                    today.toString(Qt::ISODate), &errors);
    const QString from = directory == DatasetLoader::bundledDirectory()
                             ? QCoreApplication::translate("DataExport", "the bundled data")
                             : QDir::toNativeSeparators(directory);
    if (!errors.isEmpty()) {
        for (const DataError &error : errors)
            err << TerminalText::safe(error.toString()) << Qt::endl;
        err << QCoreApplication::translate("DataExport", "%1: %n error(s); nothing was written", nullptr,
                                           int(errors.size()))
                   .arg(from)
            << Qt::endl;
        return 1;
    }
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly) || output.write(bytes) != bytes.size() || !output.commit()) {
        err << QCoreApplication::translate("DataExport", "%1 could not be written: %2")
                   .arg(QDir::toNativeSeparators(file), output.errorString())
            << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("DataExport", "Wrote %1 from %2 (version %3).")
               .arg(QDir::toNativeSeparators(file), from, today.toString(u"yyyy.MM.dd"))
        << Qt::endl;
    return 0;
}
