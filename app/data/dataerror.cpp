#include "data/dataerror.h"

using namespace Qt::StringLiterals;

QString DataError::toString() const
{
    QString text = file;
    if (!path.isEmpty())
        text += u": "_s + path;
    return text + u": "_s + message;
}
