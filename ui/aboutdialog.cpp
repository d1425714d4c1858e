#include "aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Sekutu"));
    m_text->setText(tr("<h2>Sekutu %1</h2>"
                       "<p>Sekutu (Indonesian for “ally”) lets readers check and explore the news about "
                       "Russia's alliances: the CSTO and its members, NATO, the CIS, the SCO and Russia's treaties.</p>"
                       "<p><b>Data sources</b></p><ul>"
                       "<li>Country codes and ISO names: Debian iso-codes (LGPL-2.1+)</li>"
                       "<li>Country names: Unicode CLDR (Unicode licence)</li>"
                       "<li>Capitals, areas, regions: world-countries 5.1.0 (ODbL-1.0)</li>"
                       "<li>Population: World Bank, World Development Indicators (ODC-PDDL)</li>"
                       "<li>Flags: Debian iso-flags-svg (public domain)</li>"
                       "<li>Alliances, treaties and ties: compiled from published sources; every record names its sources</li>"
                       "<li>Article: Serambinews.com (© TRIBUNnews.com Network), quoted for review; the English translation is Sekutu's own</li>"
                       "</ul><p>Built with Qt %2.</p>")
                        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}
