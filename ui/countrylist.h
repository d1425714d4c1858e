#pragma once

#include <QWidget>

class CountryFilterModel;
class CountryModel;
class QComboBox;
class QLabel;
class QLineEdit;
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

private:
    void retranslateUi();
    void fillOrganizationFilter();
    void updateCount();

    Session &m_session;
    CountryModel *m_model;
    CountryFilterModel *m_proxy;
    QLineEdit *m_search = nullptr;
    QComboBox *m_organizationFilter = nullptr;
    QComboBox *m_relationFilter = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_view = nullptr;
};
