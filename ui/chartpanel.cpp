#include "chartpanel.h"

#include "content/htmlwriter.h"
#include "i18n/formatting.h"
#include "session/session.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLegend>
#include <QDir>
#include <QMessageBox>
#include <QPainter>
#include <QScrollArea>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChartPanel::ChartPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_chart(new QChart)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(localeFor(language()));
    connect(&m_session, &Session::languageChanged, this, &ChartPanel::applyLanguage);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(260);

    m_savePng = new QAction(QIcon::fromTheme(u"image-x-generic"_s), QString(), this);
    m_saveSvg = new QAction(QIcon::fromTheme(u"document-save-as"_s), QString(), this);
    m_copy = new QAction(QIcon::fromTheme(u"edit-copy"_s), QString(), this);
    m_savePng->setObjectName(u"savePngAction"_s);
    m_saveSvg->setObjectName(u"saveSvgAction"_s);
    m_copy->setObjectName(u"copyChartAction"_s);
    connect(m_savePng, &QAction::triggered, this, [this] { saveAs(u"png"_s); });
    connect(m_saveSvg, &QAction::triggered, this, [this] { saveAs(u"svg"_s); });
    connect(m_copy, &QAction::triggered, this, &ChartPanel::copyToClipboard);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_savePng, m_saveSvg, m_copy});

    m_controls = new QHBoxLayout;
    m_controls->addStretch(1);
    for (QAction *action : {m_savePng, m_saveSvg, m_copy}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        m_controls->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_controls);
    // A chart taller than the pane (NATO's 32 bars) scrolls rather than squeezing its labels.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    // The scroll area is for charts taller than the pane, not for squeezing any chart.
    scroll->setMinimumHeight(m_view->minimumHeight());
    retranslateUi();
}

// The view owns the chart.
ChartPanel::~ChartPanel() = default;

Language ChartPanel::language() const
{
    return m_session.language();
}

void ChartPanel::applyLanguage()
{
    m_chart->setLocale(localeFor(language()));
    languageChanged();
    retranslateChart();
}

void ChartPanel::setTitle(const QString &title)
{
    m_title = title;
    m_chart->setTitle(Html::escaped(title));
}

bool ChartPanel::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void ChartPanel::applyPalette()
{
    const QPalette palette = this->palette();
    m_chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette.color(QPalette::Base));
    m_chart->setBackgroundRoundness(0);
    m_chart->setTitleBrush(palette.color(QPalette::Text));
    m_chart->legend()->setLabelColor(palette.color(QPalette::Text));
    styleAxes();
    styleSeries();
}

void ChartPanel::styleAxes()
{
    const QPalette palette = this->palette();
    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(0.15);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ChartPanel::retranslateUi()
{
    // No mnemonics: the panes around the charts already use most letters.
    m_savePng->setText(tr("Save as PNG…"));
    m_savePng->setToolTip(tr("Save the chart as a PNG image"));
    m_saveSvg->setText(tr("Save as SVG…"));
    m_saveSvg->setToolTip(tr("Save the chart as an SVG drawing"));
    m_copy->setText(tr("Copy Chart"));
    m_copy->setToolTip(tr("Copy the chart to the clipboard as an image"));
    m_view->setAccessibleName(tr("Chart"));
}

QString ChartPanel::chartText(const QString &plainText)
{
    return plainText.toHtmlEscaped();
}

QImage ChartPanel::toImage() const
{
    return m_view->grab().toImage();
}

bool ChartPanel::savePng(const QString &path) const
{
    return toImage().save(path, "PNG");
}

bool ChartPanel::saveSvg(const QString &path) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_view->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    // QSvgGenerator writes the title into the XML as it is.
    generator.setTitle(m_title.toHtmlEscaped());
    generator.setDescription(tr("A chart made with Sekutu"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_view->render(&painter);
    return painter.end();
}

void ChartPanel::copyToClipboard() const
{
    QApplication::clipboard()->setImage(toImage());
}

void ChartPanel::saveAs(const QString &format)
{
    const bool svg = format == u"svg";
    QString name = m_title.simplified();
    name.replace(u'/', u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Save Chart as SVG") : tr("Save Chart as PNG"), folder + u'/' + name + u'.' + format,
        svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!(svg ? saveSvg(path) : savePng(path))) {
        QMessageBox box(QMessageBox::Warning, tr("Chart Not Saved"),
                        tr("The chart could not be saved to %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Close, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}
