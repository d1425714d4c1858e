#pragma once

#include "data/dataset.h"

#include <QCoreApplication>
#include <QDate>

// The rich text of the country and organization panes, built from the data in one
// language. Widgets only show it; links use sekutu:// targets (navigation/linktarget.h).
class PaneHtml final
{
    Q_DECLARE_TR_FUNCTIONS(PaneHtml)

public:
    static QString country(const Dataset &data, const QString &code, Language language);
    static QString organization(const Dataset &data, const QString &id, Language language);
    // Members of two organizations on a day: shared, and those only in one of them.
    static QString comparison(const Dataset &data, const QString &first, const QString &second, QDate day,
                              Language language);
    // The countries two organizations share (OverlapModel's cell), as links.
    static QString sharedMembers(const Dataset &data, const QString &first, const QString &second,
                                 const QStringList &countries, Language language);

private:
    static QString memberships(const Dataset &data, const QString &code, Language language);
    static QString relation(const Relation &relation, const Dataset &data, Language language);
    static QString treaty(const Dataset &data, const Organization &org, Language language);
    static QString obligation(const Organization &org, Language language);
    static QString history(const Dataset &data, const Organization &org, Language language);
    static QString mentions(const Dataset &data, const QString &target, Language language);
};
