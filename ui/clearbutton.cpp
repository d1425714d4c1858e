#include "clearbutton.h"

#include <QLineEdit>

void ClearButton::enableOnFirstText(QLineEdit *field)
{
    QObject::connect(field, &QLineEdit::textChanged, field, [field] { field->setClearButtonEnabled(true); },
                     Qt::SingleShotConnection);
}
