#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A Qt Linguist catalogue (.ts) as the translation tests read it: Sekutu's own catalogues
// (tst_translations) and the one of Qt's strings (tst_qtstrings).
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool hasTranslation = false; // a <translation> element, even an empty one
    QString type;                // "" when finished; "unfinished", "vanished" or "obsolete"
    QStringList translations;    // one text, or the numerus forms

    bool finished() const { return type.isEmpty(); }
    QString translation() const { return translations.value(0); }
    // "Context: "source" (comment)", shortened, for failure messages.
    QString label() const;
    static QString shortened(const QString &text);
};

struct TsCatalogue
{
    QString language; // the TS element's language attribute, "id_ID"
    QList<TsMessage> messages;
};

// Reads a .ts file. Returns false and sets *error (naming the file and line) when it cannot,
// or when it holds no messages.
bool readTsCatalogue(const QString &path, TsCatalogue *catalogue, QString *error);
// The messages of a .ts file; empty, with a warning, when it cannot be read.
QList<TsMessage> tsMessages(const QString &path);

// "%1".."%9" (also "%L1") and "%n" as they occur, sorted: QString::arg() and tr()'s numerus
// argument replace them, so a translation must keep every one.
QStringList placeholders(const QString &text);
// Keyboard accelerators: "&" before a character, not "&&" (a literal ampersand) and not an
// HTML entity such as "&amp;".
int acceleratorCount(const QString &text);
// The HTML tags of a rich text, sorted: a translation keeps the markup.
QStringList htmlTags(const QString &text);
