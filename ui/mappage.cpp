#include "ui/mappage.h"

#include "data/yearstep.h"
#include "i18n/formatting.h"
#include "map/mapexport.h"
#include "map/worldmap.h"
#include "models/organizationmodel.h"
#include "session/session.h"
#include "ui/mapview.h"
#include "ui/widesttext.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QMimeData>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSlider>
#include <QStyleOptionComboBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// As wide as its longest item at most: an expanding box then grows into free room up to that,
// and never further.
void fitToLongestItem(QComboBox *box)
{
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items.append(box->itemText(i));
    const int text = WidestText::width(box->fontMetrics(), items);
    QStyleOptionComboBox option;
    option.initFrom(box);
    box->setMaximumWidth(box->style()->sizeFromContents(QStyle::CT_ComboBox, &option,
                                                         QSize(text, box->fontMetrics().height()), box).width());
}

constexpr int stepMs = 700;       // one year of the animation
constexpr int emphasisMs = 1200;  // how long joining and leaving countries stay outlined

} // namespace

MapPage::MapPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_organizations(new OrganizationModel(session, this))
    , m_welcome(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_first(new QComboBox(this))
    , m_second(new QComboBox(this))
    , m_zoomIn(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_fit(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_play(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_dateLabel(new QLabel(this))
    , m_range(new QLabel(this))
    , m_view(new MapView(session, this))
    , m_timer(new QTimer(this))
    , m_emphasisTimer(new QTimer(this))
{
    m_welcome->setObjectName(u"mapWelcome"_s);
    m_kind->setObjectName(u"mapColourBy"_s);
    m_first->setObjectName(u"mapFirstOrganization"_s);
    m_second->setObjectName(u"mapSecondOrganization"_s);
    m_play->setObjectName(u"mapPlayButton"_s);
    m_copy->setObjectName(u"mapCopyButton"_s);
    m_export->setObjectName(u"mapExportButton"_s);
    m_slider->setObjectName(u"mapYearSlider"_s);
    m_dateLabel->setObjectName(u"mapDate"_s);
    m_dateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_view->setObjectName(u"mapView"_s);
    m_welcome->setWordWrap(true);
    m_welcome->setTextFormat(Qt::RichText); // our own sentence and links, no data
    connect(m_welcome, &QLabel::linkActivated, this, &MapPage::openWelcomeLink);
    m_kindLabel->setBuddy(m_kind);
    m_kind->addItems({QString(), QString(), QString()});
    // Narrow enough for a 1024-pixel screen with the sidebar open; the kind grows into free room.
    for (QComboBox *box : {m_kind, m_first, m_second}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_kind ? 14 : 6);
    }
    m_kind->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Symbols, not words: the tooltips say what they do.
    m_zoomIn->setText(u"+"_s);
    m_zoomOut->setText(u"\u2212"_s);
    m_first->setModel(m_organizations);
    m_second->setModel(m_organizations);
    m_first->setModelColumn(OrganizationModel::AbbreviationColumn);
    m_second->setModelColumn(OrganizationModel::AbbreviationColumn);
    for (QToolButton *button : {m_zoomIn, m_zoomOut, m_fit, m_export, m_copy, m_play})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_slider->setPageStep(10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(10);
    m_timer->setInterval(stepMs);
    m_emphasisTimer->setSingleShot(true);
    m_emphasisTimer->setInterval(emphasisMs);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_kindLabel);
    controls->addWidget(m_kind, 1);
    controls->addWidget(m_first);
    controls->addWidget(m_second);
    controls->addStretch();
    controls->addWidget(m_export);
    controls->addWidget(m_copy);
    // The zoom goes below the map, beside the slider that can give up room: with two
    // organizations chosen, one row for all the controls was wider than a 1024-pixel screen.
    auto *time = new QHBoxLayout;
    time->addWidget(m_play);
    time->addWidget(m_slider, 1);
    time->addWidget(m_dateLabel);
    time->addWidget(m_range);
    time->addSpacing(m_play->sizeHint().height() / 2);
    for (QToolButton *button : {m_zoomOut, m_zoomIn, m_fit})
        time->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_welcome);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addLayout(time);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &MapPage::applyMode);
    connect(m_first, &QComboBox::currentIndexChanged, this, &MapPage::applyMode);
    connect(m_second, &QComboBox::currentIndexChanged, this, &MapPage::applyMode);
    connect(m_slider, &QSlider::valueChanged, this, &MapPage::setYear);
    connect(m_play, &QToolButton::clicked, this, &MapPage::togglePlay);
    connect(m_timer, &QTimer::timeout, this, &MapPage::step);
    connect(m_emphasisTimer, &QTimer::timeout, this, [this] { m_view->setEmphasised({}); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { m_view->zoomBy(1.5); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { m_view->zoomBy(1 / 1.5); });
    connect(m_fit, &QToolButton::clicked, m_view, &MapView::fitWorld);
    connect(m_export, &QToolButton::clicked, this, &MapPage::exportMap);
    connect(m_copy, &QToolButton::clicked, this, &MapPage::copyMap);
    connect(m_view, &MapView::linkActivated, this, &MapPage::linkActivated);
    // The model follows the session itself; the boxes pick their organizations again after it.
    connect(&m_session, &Session::datasetChanged, this, &MapPage::refreshOrganizations);
    connect(&m_session, &Session::languageChanged, this, &MapPage::showDate);

    retranslateUi();
    refreshOrganizations();
    showDate();
}

bool MapPage::isPlaying() const
{
    return m_timer->isActive();
}

void MapPage::refreshOrganizations()
{
    const QString first = m_view->mode().first;
    const QString second = m_view->mode().second.isEmpty() ? u"sco"_s : m_view->mode().second;
    m_first->setCurrentIndex(m_organizations->indexOf(first.isEmpty() ? u"csto"_s : first).row());
    m_second->setCurrentIndex(m_organizations->indexOf(second).row());
    applyMode();
}

// Today is left out: a map of the present, restored another day, shows that day's present.
LinkTarget MapPage::target() const
{
    const QDate day = m_view->date();
    return LinkTarget::map(m_view->mode(), day == QDate::currentDate() ? QDate() : day);
}

void MapPage::showTarget(const LinkTarget &target)
{
    if (target == LinkTarget::map())
        return;
    if (const std::optional<MapMode> mode = target.mapMode();
        mode && MapColouring::check(m_session.dataset(), *mode).isEmpty())
        setMode(*mode);
    setDate(target.date.isValid() ? target.date : QDate::currentDate());
}

// The boxes set at once: the map is coloured once, in the mode asked for.
void MapPage::setMode(const MapMode &mode)
{
    {
        const QSignalBlocker kind(m_kind);
        const QSignalBlocker first(m_first);
        const QSignalBlocker second(m_second);
        m_kind->setCurrentIndex(int(mode.kind));
        if (!mode.first.isEmpty())
            m_first->setCurrentIndex(m_organizations->indexOf(mode.first).row());
        if (!mode.second.isEmpty())
            m_second->setCurrentIndex(m_organizations->indexOf(mode.second).row());
    }
    applyMode();
}

void MapPage::setDate(QDate day)
{
    if (!day.isValid() || day == m_view->date())
        return;
    m_chosenDay = day;
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(std::clamp(day.year(), m_slider->minimum(), m_slider->maximum()));
    m_view->setDate(day);
    m_view->setEmphasised({});
    showDate();
    emit targetChanged();
}

QDate MapPage::date() const
{
    return m_view->date();
}

void MapPage::applyMode()
{
    MapMode mode;
    mode.kind = MapMode::Kind(std::max(0, m_kind->currentIndex()));
    const auto idAt = [this](const QComboBox *box) {
        return m_organizations->index(box->currentIndex(), 0).data(OrganizationModel::IdRole).toString();
    };
    mode.first = mode.kind == MapMode::Kind::Ties ? QString() : idAt(m_first);
    mode.second = mode.kind == MapMode::Kind::Overlap ? idAt(m_second) : QString();
    if (mode.kind == MapMode::Kind::Overlap && mode.second == mode.first)
        mode.second.clear();
    m_first->setVisible(mode.kind != MapMode::Kind::Ties);
    m_second->setVisible(mode.kind == MapMode::Kind::Overlap);
    const bool timed = mode.kind != MapMode::Kind::Ties; // Russia's ties are as of the data's date
    m_slider->setEnabled(timed);
    m_play->setEnabled(timed);
    m_dateLabel->setVisible(timed);
    m_view->setMode(mode);

    const QSignalBlocker blocker(m_slider);
    const int last = QDate::currentDate().year();
    m_slider->setRange(std::min(MapColouring::firstYear(m_session.dataset(), mode), last), last);
    m_slider->setValue(std::clamp(m_view->date().year(), m_slider->minimum(), last));
    m_range->setText(u"%1–%2"_s.arg(m_slider->minimum()).arg(last));
    emit targetChanged();
}

// The slider changes the year and keeps the day and month the reader chose (the pane's year
// stepper does the same), from the founding day to today.
void MapPage::setYear(int year)
{
    const QList<MapCategory> before = m_view->categories();
    m_view->setDate(sameDayInYear(m_chosenDay, year, MapColouring::firstDay(m_session.dataset(), m_view->mode()),
                                  QDate::currentDate()));
    showDate();
    const QList<MapCategory> after = m_view->categories();
    QSet<int> changed;
    for (int i = 0; i < after.size() && i < before.size(); ++i) {
        if (after.at(i) != before.at(i))
            changed.insert(i);
    }
    m_view->setEmphasised(changed);
    if (!changed.isEmpty())
        m_emphasisTimer->start();
    emit dateChanged(m_view->date());
    emit targetChanged();
}

void MapPage::showDate()
{
    // As wide as the longest month needs: the slider beside it does not jump as the date changes.
    QStringList months;
    for (int month = 1; month <= 12; ++month)
        months.append(formatDate(PartialDate::fromDate(QDate(2000, month, 28)), m_session.language()));
    m_dateLabel->setMinimumWidth(WidestText::width(m_dateLabel->fontMetrics(), months));
    m_dateLabel->setText(formatDate(PartialDate::fromDate(m_view->date()), m_session.language()));
}

void MapPage::togglePlay()
{
    if (m_timer->isActive()) {
        m_timer->stop();
    } else {
        if (m_slider->value() == m_slider->maximum())
            m_slider->setValue(m_slider->minimum());
        m_timer->start();
    }
    retranslateUi();
}

void MapPage::step()
{
    if (m_slider->value() >= m_slider->maximum()) {
        togglePlay();
        return;
    }
    m_slider->setValue(m_slider->value() + 1);
}

void MapPage::exportMap()
{
    QString filter;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the map"), tr("map.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (file.isEmpty())
        return;
    MapExport::Request request;
    request.mode = m_view->mode();
    request.date = m_view->date();
    request.language = m_session.language();
    QString error;
    if (!MapExport::write(file, m_session.dataset(), WorldMap::bundled(), request, &error)) {
        // The message names the file: shown as typed, whatever it looks like.
        QMessageBox box(QMessageBox::Warning, tr("Map Not Exported"), error, QMessageBox::Close, this);
        box.setObjectName(u"mapExportError"_s);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

// The picture the export writes, with its title and legend; the SVG beside it for the
// applications that take a drawing.
void MapPage::copyMap()
{
    MapExport::Request request;
    request.mode = m_view->mode();
    request.date = m_view->date();
    request.language = m_session.language();
    const WorldMap &map = WorldMap::bundled();
    auto *mime = new QMimeData;
    mime->setImageData(MapExport::image(m_session.dataset(), map, request));
    mime->setData(u"image/svg+xml"_s, MapExport::svg(m_session.dataset(), map, request));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void MapPage::openWelcomeLink(const QString &link)
{
    if (link == u"language")
        m_session.toggleLanguage();
    else if (link == u"article" && !m_session.dataset().articles.isEmpty())
        emit linkActivated(LinkTarget::article(m_session.dataset().articles.constFirst().id));
    else if (link == u"alliance")
        emit linkActivated(LinkTarget::organization(m_view->mode().first.isEmpty() ? u"csto"_s : m_view->mode().first));
}

void MapPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MapPage::retranslateUi()
{
    m_welcome->setText(tr("Sekutu shows who is allied with whom, and since when. "
                          "<a href=\"article\">Read the article</a> · <a href=\"alliance\">Explore an alliance</a> · "
                          "<a href=\"language\">%1</a>")
                           .arg(tr("Baca dalam bahasa Indonesia",
                                   "the link that switches the language: written in the other language")));
    m_kindLabel->setText(tr("&Colour by:"));
    m_kind->setItemText(0, tr("Organization"));
    m_kind->setItemText(1, tr("Russia's ties"));
    m_kind->setItemText(2, tr("Overlap of two organizations"));
    fitToLongestItem(m_kind);
    m_first->setToolTip(tr("Organization"));
    m_second->setToolTip(tr("Second organization"));
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_zoomOut->setToolTip(tr("Zoom out (-)"));
    m_fit->setText(tr("Whole world"));
    m_fit->setToolTip(tr("Show the whole world (Home)"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the map as a PNG image or an SVG drawing"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the map to the clipboard as an image"));
    m_play->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_play->setToolTip(tr("Play the membership year by year"));
    m_slider->setToolTip(tr("Year"));
    m_view->setAccessibleName(tr("World map"));
}
