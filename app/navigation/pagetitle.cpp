#include "navigation/pagetitle.h"

#include "data/dataset.h"

QString PageTitle::of(const Dataset &data, const LinkTarget &target, Language language)
{
    switch (target.kind) {
    case LinkTarget::Kind::Country:
        if (const Country *country = data.country(target.key))
            return country->name.in(language);
        break;
    case LinkTarget::Kind::Organization:
        if (const Organization *org = data.organization(target.key))
            return org->abbreviation.in(language);
        break;
    case LinkTarget::Kind::Article:
        if (const Article *article = data.article(target.key))
            return article->title.in(language);
        break;
    case LinkTarget::Kind::Overview:
        return tr("Overview");
    case LinkTarget::Kind::Map:
        return tr("World map");
    case LinkTarget::Kind::None:
        break;
    }
    return {};
}
