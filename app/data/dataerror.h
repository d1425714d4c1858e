#pragma once

#include <QList>
#include <QString>

// One problem found in a data file: which file, where in it (a JSON Pointer such as
// "/organizations/2/members/5/joined", empty for the whole file), and what is wrong.
struct DataError
{
    QString file;
    QString path;
    QString message;

    // "organizations.json: /organizations/2/members/5/joined: "1993-13-01" is not a date"
    QString toString() const;

    friend bool operator==(const DataError &a, const DataError &b)
    {
        return a.file == b.file && a.path == b.path && a.message == b.message;
    }
};

using DataErrors = QList<DataError>;
