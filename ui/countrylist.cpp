#include "countrylist.h"

#include "clearbutton.h"
#include "i18n/vocabulary.h"
#include "models/countryfiltermodel.h"
#include "models/countrymodel.h"
#include "session/session.h"
#include "widesttext.h"

#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTreeView>
#include <QVBoxLayout>

CountryList::CountryList(Session &session, CountryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_proxy(new CountryFilterModel(session, this))
{
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("countrySearch"));
    ClearButton::enableOnFirstText(m_search);
    m_organizationFilter = new QComboBox(this);
    m_organizationFilter->setObjectName(QStringLiteral("organizationFilter"));
    m_relationFilter = new QComboBox(this);
    m_relationFilter->setObjectName(QStringLiteral("relationFilter"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countryCount"));

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("countryView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CountryModel::NameColumn, Qt::AscendingOrder);
    m_view->setAllColumnsShowFocus(true);
    for (int column = CountryModel::RegionColumn; column < CountryModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CountryModel::NameColumn, QHeaderView::Stretch);
    // Sized from the few kinds of tie (retranslateUi), not from all the rows: ResizeToContents
    // asks every row for its size, which was a tenth of the work before the first frame.
    m_view->header()->setSectionResizeMode(CountryModel::TieColumn, QHeaderView::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_organizationFilter);
    layout->addWidget(m_relationFilter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { filter([this, &text] { m_proxy->setSearchText(text); }); });
    connect(m_organizationFilter, &QComboBox::currentIndexChanged, this, [this] {
        filter([this] { m_proxy->setOrganization(m_organizationFilter->currentData().toString()); });
    });
    connect(m_relationFilter, &QComboBox::currentIndexChanged, this, [this] {
        filter([this] { m_proxy->setRelationType(m_relationFilter->currentData().toString()); });
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CountryList::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CountryList::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CountryList::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CountryList::updateCount);
    // Keyboard and mouse both open the country: activation, and selecting a row. Not the current
    // row alone: a view gets one merely by taking the focus (Tab), and focus never navigates.
    connect(m_view, &QTreeView::activated, this, &CountryList::openRow);
    connect(m_view, &QTreeView::clicked, this, &CountryList::openRow); // the row open before a link was followed
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty() && !m_filtering)
            openRow(rows.constFirst());
    });
    // Typing searches; Enter opens the top match (or the row chosen with Down and Up).
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_chosenFromSearch = false; });
    connect(m_search, &QLineEdit::returnPressed, this, &CountryList::openSearchResult);
    m_search->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CountryList::fitColumns);
    connect(&m_session, &Session::languageChanged, this, &CountryList::fitColumns);

    setTabOrder(m_search, m_organizationFilter);
    setTabOrder(m_organizationFilter, m_relationFilter);
    setTabOrder(m_relationFilter, m_view);
    // The organization filter names organizations from the data: content, rebuilt with it.
    connect(&m_session, &Session::datasetChanged, this, &CountryList::fillOrganizationFilter);
    connect(&m_session, &Session::languageChanged, this, &CountryList::fillOrganizationFilter);
    fillOrganizationFilter();
    retranslateUi();
}

// A filter that hides the selected row makes the view select a neighbour: that is not the
// reader choosing it, and opens nothing.
void CountryList::filter(const std::function<void()> &change)
{
    const QScopedValueRollback<bool> filtering(m_filtering, true);
    change();
}

void CountryList::openRow(const QModelIndex &index)
{
    if (index.isValid())
        emit countryActivated(index.data(CountryModel::CodeRole).toString());
}

void CountryList::openSearchResult()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const QModelIndex index = m_chosenFromSearch && !selected.isEmpty() ? selected.constFirst()
                                                                          : m_proxy->index(0, CountryModel::NameColumn);
    showRow(index);
    openRow(index); // even when it was selected already: another pane may be open since
}

void CountryList::showRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->viewport()->update();
}

// Down and Up in the search field move through the list, as in a browser's address bar.
bool CountryList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_view->setColumnHidden(CountryModel::TieColumn, m_view->viewport()->width() < m_nameWidth + m_tieWidth);
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_proxy->rowCount() > 0) {
            const QModelIndexList selected = m_view->selectionModel()->selectedRows();
            int row = m_chosenFromSearch && !selected.isEmpty() ? selected.constFirst().row() + (key == Qt::Key_Down ? 1 : -1) : 0;
            row = qBound(0, row, m_proxy->rowCount() - 1);
            m_chosenFromSearch = true;
            const QModelIndex index = m_proxy->index(row, CountryModel::NameColumn);
            showRow(index);
            openRow(index);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CountryList::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CountryList::selectCountry(const QString &code)
{
    const QModelIndex source = m_model->indexOf(code);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid() && source.isValid()) {
        // The country is filtered out: clear the filters rather than show nothing selected.
        m_search->clear();
        m_organizationFilter->setCurrentIndex(0);
        m_relationFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(source);
    }
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row()))
        showRow(index);
}

void CountryList::setRelationFilter(const QString &type)
{
    const int index = m_relationFilter->findData(type);
    m_relationFilter->setCurrentIndex(index < 0 ? 0 : index);
}

void CountryList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CountryList::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search countries (name, ISO name or code)"));
    m_search->setAccessibleName(tr("Search countries"));
    m_organizationFilter->setAccessibleName(tr("Filter by organization"));
    m_organizationFilter->setToolTip(tr("Show only members of an organization"));
    m_relationFilter->setAccessibleName(tr("Filter by tie to Russia"));
    m_relationFilter->setToolTip(tr("Show only countries with this tie to Russia"));
    m_view->setAccessibleName(tr("Countries"));

    const QString relation = m_relationFilter->currentData().toString();
    const QSignalBlocker blocker(m_relationFilter);
    m_relationFilter->clear();
    m_relationFilter->addItem(tr("Any tie to Russia"), QString());
    int tieWidth = m_view->header()->sectionSizeHint(CountryModel::TieColumn);
    const int textMargins = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 4;
    for (const QString &type : Vocabulary::relationTypes()) {
        m_relationFilter->addItem(Vocabulary::relationType(type), type);
        tieWidth = qMax(tieWidth, m_view->fontMetrics().horizontalAdvance(Vocabulary::relationType(type)) + textMargins);
    }
    m_tieWidth = tieWidth;
    m_view->header()->resizeSection(CountryModel::TieColumn, tieWidth);
    m_relationFilter->setCurrentIndex(qMax(0, m_relationFilter->findData(relation)));
    updateCount();
    fitColumns();
}

// The names win: the list is never narrower than the longest name, and the tie column is shown
// only beside names that fit whole (the tie is also in each name's tooltip and in the filter).
void CountryList::fitColumns()
{
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.widget = m_view;
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    option.decorationSize = m_view->iconSize().isValid() ? m_view->iconSize() : QSize(icon, icon);
    int nameWidth = m_view->header()->sectionSizeHint(CountryModel::NameColumn);
    // The delegate's size hint for one row gives the flag, margins and padding; the other rows
    // only differ by their text. Asking the delegate for every row would decode every flag
    // icon at startup (about a sixth of the time to the first frame).
    const QFontMetrics metrics(m_view->font());
    if (m_model->rowCount() > 0) {
        QStringList names;
        names.reserve(m_model->rowCount());
        for (int row = 0; row < m_model->rowCount(); ++row)
            names.append(m_model->index(row, CountryModel::NameColumn).data().toString());
        const QModelIndex first = m_model->index(0, CountryModel::NameColumn);
        const int overhead = m_view->itemDelegate()->sizeHint(option, first).width() - metrics.horizontalAdvance(names.constFirst());
        nameWidth = qMax(nameWidth, WidestText::width(metrics, names) + overhead);
    }
    m_nameWidth = nameWidth;
    const int frame = 2 * m_view->frameWidth();
    const int scrollBar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    m_view->setMinimumWidth(nameWidth + frame + scrollBar);
    m_view->setColumnHidden(CountryModel::TieColumn, m_view->viewport()->width() < m_nameWidth + m_tieWidth);
}

void CountryList::fillOrganizationFilter()
{
    const QString current = m_organizationFilter->currentData().toString();
    const QSignalBlocker blocker(m_organizationFilter);
    m_organizationFilter->clear();
    m_organizationFilter->addItem(tr("All countries"), QString());
    m_organizationFilter->addItem(tr("Members of any organization"), CountryFilterModel::AnyOrganization);
    const Language language = m_session.language();
    for (const Organization &org : m_session.dataset().organizations)
        m_organizationFilter->addItem(tr("Members of %1").arg(org.abbreviation.in(language)), org.id);
    m_organizationFilter->setCurrentIndex(qMax(0, m_organizationFilter->findData(current)));
}

void CountryList::updateCount()
{
    m_count->setText(tr("%1 of %n countries", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}
