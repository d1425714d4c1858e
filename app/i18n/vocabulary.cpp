#include "i18n/vocabulary.h"

using namespace Qt::StringLiterals;

QString Vocabulary::region(const QString &key)
{
    if (key == u"africa") return tr("Africa");
    if (key == u"americas") return tr("Americas");
    if (key == u"asia") return tr("Asia");
    if (key == u"europe") return tr("Europe");
    if (key == u"oceania") return tr("Oceania");
    return key;
}

QString Vocabulary::unStatus(const QString &key)
{
    if (key == u"member") return tr("UN member state");
    if (key == u"observer") return tr("UN observer state");
    return key;
}

QString Vocabulary::role(const QString &key)
{
    if (key == u"member") return tr("Member", "role in an organization");
    if (key == u"observer") return tr("Observer", "role in an organization");
    if (key == u"partner") return tr("Partner", "role in an organization");
    if (key == u"dialogue_partner") return tr("Dialogue partner", "role in an organization");
    if (key == u"associate") return tr("Associate", "role in an organization");
    if (key == u"participant") return tr("Participant (not a member)", "role in an organization");
    if (key == u"invited") return tr("Invited (not confirmed)", "role in an organization");
    if (key == u"party") return tr("Party", "a state that signed a treaty");
    return key;
}

QString Vocabulary::organizationKind(const QString &key)
{
    if (key == u"military_alliance") return tr("Military alliance");
    if (key == u"economic_union") return tr("Economic union");
    if (key == u"security_organization") return tr("Security organization");
    if (key == u"political_organization") return tr("Political organization");
    if (key == u"bilateral_treaty") return tr("Bilateral treaty");
    return key;
}

QString Vocabulary::obligationType(const QString &key)
{
    if (key == u"defense") return tr("Defence: help if a member is attacked");
    if (key == u"offense") return tr("Offence: joint military action");
    if (key == u"neutrality") return tr("Neutrality: not help an attacker");
    if (key == u"non_aggression") return tr("Non-aggression: not attack each other");
    if (key == u"consultation") return tr("Consultation: talk in a crisis");
    if (key == u"none") return tr("No mutual obligation");
    return key;
}

QString Vocabulary::relationType(const QString &key)
{
    if (key == u"treaty_ally") return tr("Treaty ally");
    if (key == u"strategic_partner") return tr("Strategic partner");
    if (key == u"partner") return tr("Partner", "tie to Russia");
    if (key == u"pragmatic") return tr("Pragmatic ties");
    if (key == u"strained") return tr("Strained");
    if (key == u"hostile") return tr("Hostile");
    return key;
}

QString Vocabulary::historyEventType(const QString &key)
{
    if (key == u"founded") return tr("Founded");
    if (key == u"treaty_signed") return tr("Treaty signed");
    if (key == u"in_force") return tr("In force");
    if (key == u"joined") return tr("Joined");
    if (key == u"left") return tr("Left");
    if (key == u"suspended") return tr("Suspended");
    if (key == u"renewed") return tr("Renewed");
    if (key == u"summit") return tr("Summit");
    if (key == u"deployment") return tr("Deployment");
    if (key == u"other") return tr("Event");
    return key;
}

const QStringList &Vocabulary::relationTypes()
{
    static const QStringList keys{u"treaty_ally"_s, u"strategic_partner"_s, u"partner"_s,
                                  u"pragmatic"_s, u"strained"_s, u"hostile"_s};
    return keys;
}
