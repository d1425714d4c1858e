#pragma once

#include "data/language.h"
#include "navigation/linktarget.h"

#include <QCoreApplication>
#include <QString>

class Dataset;

// What a page is called, for the window title: the country's or the article's name, the
// organization's abbreviation, "Overview", "World map"; empty for no page or one the data
// does not have. Plain text from the data.
class PageTitle final
{
    Q_DECLARE_TR_FUNCTIONS(PageTitle)

public:
    static QString of(const Dataset &data, const LinkTarget &target, Language language);
};
