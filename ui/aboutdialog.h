#pragma once

#include <QDialog>

class QLabel;

// Version, purpose, and where the data comes from under which licence.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text = nullptr;
};
