#pragma once

#include "data/dataset.h"

#include <QCoreApplication>

// The rich text of one article in one language, for the article reader: title, lead,
// attribution, then the paragraphs with their mentions as sekutu:// links and their fact
// notes below them: what changed since publication in a marked box, what is disputed in a
// plain box, what was checked and holds as a quiet line with the note as its tooltip, so
// that the real changes stand out. Every text from the data is escaped. It names classes
// only; the colours come from the view's one style sheet (content/panestyle.h).
//
// Each part of the text begins with a named anchor, so that a view can find where the
// paragraphs are laid out and keep the Indonesian and English texts in step.
class ArticleHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleHtml)

public:
    enum class Notes { Shown, Hidden };

    // The anchor that starts a paragraph ("para-p7"), and the ones of the parts before them.
    static QString paragraphAnchor(const QString &paragraphId);
    static QString paragraphFromAnchor(const QString &anchor); // empty when not a paragraph's
    static QString headAnchor();        // language line, title and lead
    static QString attributionAnchor(); // publisher, sources, copyright
    static bool isPartAnchor(const QString &anchor);

    // The whole article in the content language; labels are in the interface language
    // (tr()) and the dates of the notes are written as the interface language writes them.
    static QString document(const Dataset &data, const Article &article, Language content, Language interface,
                            Notes notes = Notes::Shown);

    // The text with every occurrence of each mention's surface text linked to its target.
    // Where two occurrences overlap, the longer one wins; everything else is escaped.
    static QString linkedText(const QString &text, const QList<Mention> &mentions, Language language);

private:
    static QString attribution(const Article &article, Language content, Language interface);
    static QString note(const Dataset &data, const FactNote &note, Language content, Language interface);
    static QString noteHeading(const FactNote &note, Language interface);
};
