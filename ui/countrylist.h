#pragma once

#include <QWidget>

#include <functional>

class CountryFilterModel;
class CountryModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;
class Session;

// The searchable, filterable list of countries with flags and a badge for the tie to Russia.
class CountryList final : public QWidget
{
    Q_OBJECT

public:
    CountryList(Session &session, CountryModel *model, QWidget *parent = nullptr);

    void selectCountry(const QString &code);
    void setRelationFilter(const QString &type);
    void focusSearch();

signals:
    void countryActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillOrganizationFilter();
    void updateCount();
    void openRow(const QModelIndex &index);
    void openSearchResult();
    void showRow(const QModelIndex &index);
    void fitColumns();
    void filter(const std::function<void()> &change);

    Session &m_session;
    CountryModel *m_model;
    CountryFilterModel *m_proxy;
    QLineEdit *m_search = nullptr;
    QComboBox *m_organizationFilter = nullptr;
    QComboBox *m_relationFilter = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_view = nullptr;
    int m_nameWidth = 0; // of the longest name
    int m_tieWidth = 0;  // of the longest kind of tie
    bool m_filtering = false;
    bool m_chosenFromSearch = false; // Down or Up chose a row since the search text changed
};
