#pragma once

#include <QCoreApplication>
#include <QString>

// Translated labels for the data's fixed keys (regions, roles, kinds, …). The data stores
// stable English keys; what readers see comes from here, in the current language.
class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QString region(const QString &key);
    static QString unStatus(const QString &key);
    static QString role(const QString &key);
    static QString organizationKind(const QString &key);
    static QString obligationType(const QString &key);
    static QString relationType(const QString &key);
    static QString historyEventType(const QString &key);
    // All keys of relation types, in order from closest to most hostile.
    static const QStringList &relationTypes();
};
