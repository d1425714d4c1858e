#pragma once

#include "data/dataset.h"

#include <QWidget>

#include <memory>

class CountryFilterModel;
class CountryModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

// The searchable, filterable list of countries with flags and a badge for the tie to Russia.
class CountryList final : public QWidget
{
    Q_OBJECT

public:
    explicit CountryList(CountryModel *model, QWidget *parent = nullptr);

    void setDataset(const std::shared_ptr<const Dataset> &dataset);
    void setLanguage(Language language);
    void selectCountry(const QString &code);
    void setRelationFilter(const QString &type);

    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    CountryFilterModel *proxy() const { return m_proxy; }

signals:
    void countryActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillOrganizationFilter();
    void updateCount();

    CountryModel *m_model;
    CountryFilterModel *m_proxy;
    std::shared_ptr<const Dataset> m_dataset;
    Language m_language = Language::English;
    QLineEdit *m_search = nullptr;
    QComboBox *m_organizationFilter = nullptr;
    QComboBox *m_relationFilter = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_view = nullptr;
};
