#include "content/articlehtml.h"

#include "content/htmlwriter.h"
#include "i18n/formatting.h"
#include "navigation/linktarget.h"
#include "navigation/pagetitle.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;
using Html::escaped;

namespace {

const QString ParagraphPrefix = u"para-"_s;

QString anchor(const QString &name)
{
    return u"<a name=\"%1\"></a>"_s.arg(escaped(name));
}

// True when a match of surface at [start, end) does not cut a word in two: "Rusia" is not
// linked inside "Rusianya", but "Russia" is inside "Russia's".
bool isWholeWord(const QString &text, qsizetype start, qsizetype end, const QString &surface)
{
    const bool before = start == 0 || !text.at(start - 1).isLetterOrNumber() || !surface.front().isLetterOrNumber();
    const bool after = end >= text.size() || !text.at(end).isLetterOrNumber() || !surface.back().isLetterOrNumber();
    return before && after;
}

// The name of what a link leads to; empty when the data has no such thing. As the window's title
// names the page, except that a treaty's abbreviation ("RU–CN 2001") is a code, not a name a
// reader knows, and that the overview and the map are no places in an article.
QString targetName(const Dataset &data, const LinkTarget &target, Language language)
{
    switch (target.kind) {
    case LinkTarget::Kind::Organization:
        if (const Organization *org = data.organization(target.key)) {
            const bool treaty = org->kind == u"bilateral_treaty";
            return treaty || org->abbreviation.in(language).isEmpty() ? org->name.in(language)
                                                                      : org->abbreviation.in(language);
        }
        return {};
    case LinkTarget::Kind::Overview:
    case LinkTarget::Kind::Map:
        return {};
    case LinkTarget::Kind::Country:
    case LinkTarget::Kind::Article:
    case LinkTarget::Kind::None:
        break;
    }
    return PageTitle::of(data, target, language);
}

} // namespace

QString ArticleHtml::paragraphAnchor(const QString &paragraphId)
{
    return ParagraphPrefix + paragraphId;
}

QString ArticleHtml::paragraphFromAnchor(const QString &anchor)
{
    return anchor.startsWith(ParagraphPrefix) ? anchor.mid(ParagraphPrefix.size()) : QString();
}

QString ArticleHtml::headAnchor()
{
    return u"part-head"_s;
}

QString ArticleHtml::attributionAnchor()
{
    return u"part-attribution"_s;
}

bool ArticleHtml::isPartAnchor(const QString &anchor)
{
    return anchor.startsWith(ParagraphPrefix) || anchor == headAnchor() || anchor == attributionAnchor();
}

QString ArticleHtml::document(const Dataset &data, const Article &article, Language content, Language interface,
                              Notes notes)
{
    const bool original = article.language == languageCode(content);
    QString language;
    if (original)
        language = content == Language::Indonesian ? tr("Original text, in Indonesian") : tr("Original text, in English");
    else
        language = content == Language::Indonesian ? tr("Translation into Indonesian by Sekutu")
                                                   : tr("Translation into English by Sekutu");

    QString html = u"<p class=\"language\">%1%2</p>"_s.arg(anchor(headAnchor()), escaped(language));
    html += u"<h1>%1</h1>"_s.arg(escaped(article.title.in(content)));
    if (!article.lead.isEmpty())
        html += u"<p class=\"lead\">%1</p>"_s.arg(escaped(article.lead.in(content)));

    html += u"<table class=\"attribution\" width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" border=\"1\">"
            "<tr><td>%1%2</td></tr></table>"_s.arg(anchor(attributionAnchor()), attribution(article, content, interface));

    for (const Paragraph &p : article.paragraphs) {
        const QString text = anchor(paragraphAnchor(p.id)) + linkedText(p.text.in(content), p.mentions, content);
        html += p.heading ? u"<h2>%1</h2>"_s.arg(text) : u"<p class=\"text\">%1</p>"_s.arg(text);
        if (notes == Notes::Shown) {
            for (const FactNote &n : p.notes)
                html += note(data, n, content, interface);
        }
    }
    return html;
}

QString ArticleHtml::attribution(const Article &article, Language content, Language interface)
{
    QList<QPair<QString, QString>> rows;
    QString publisher = article.publisher;
    if (article.published.isValid())
        publisher = tr("%1, %2", "publisher, date of publication").arg(publisher, formatDate(article.published, interface));
    rows.append({tr("Publisher"), escaped(publisher)});
    rows.append({tr("Editor"), escaped(article.editor)});
    if (!article.originalSource.isEmpty()) {
        rows.append({tr("Original source"),
                     escaped(article.cites.isEmpty()
                                 ? article.originalSource
                                 : tr("%1, citing %2", "the original source of an article, and the source it cites")
                                       .arg(article.originalSource, article.cites))});
    } else if (!article.cites.isEmpty()) {
        rows.append({tr("Cites", "the source an article cites"), escaped(article.cites)});
    }
    if (article.page > 0 && article.pageCount > 0)
        rows.append({tr("Page", "of a web article split into pages"),
                     escaped(tr("%1 of %2", "page number of the page count, as in: page 1 of 4")
                                 .arg(article.page)
                                 .arg(article.pageCount))});
    const QUrl url(article.url, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty())
        rows.append({tr("Web page"), u"<a href=\"%1\">%2</a>"_s.arg(escaped(url.toString(QUrl::FullyEncoded)),
                                                                    escaped(tr("Open the original article")))});
    if (!article.imageCaption.isEmpty()) {
        const QString caption = article.imageCaption.in(content);
        rows.append({tr("Image", "the photo at the top of the article (not shown in Sekutu)"),
                     escaped(article.imageCredit.isEmpty()
                                 ? caption
                                 : tr("%1 (credit: %2)", "image caption, and who made the image").arg(caption, article.imageCredit))});
    }
    rows.append({tr("Copyright"), escaped(article.copyright)});
    if (!article.translationNote.isEmpty())
        rows.append({tr("Translation"), escaped(article.translationNote.in(content))});

    QString html = u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (const auto &[label, value] : rows) {
        if (!value.isEmpty())
            html += u"<tr><td class=\"label\" valign=\"top\"><p class=\"meta\">%1</p></td><td valign=\"top\"><p class=\"meta\">%2</p></td></tr>"_s
                        .arg(escaped(label), value);
    }
    return html + u"</table>"_s;
}

QString ArticleHtml::noteHeading(const FactNote &note, Language interface)
{
    const bool dated = note.asOf.isValid();
    const QString date = dated ? formatDate(note.asOf, interface) : QString();
    switch (note.kind) {
    case FactNote::Kind::Changed:
        return dated ? tr("Changed since publication (as of %1)", "heading of a note on facts that changed after the article appeared")
                           .arg(date)
                     : tr("Changed since publication", "heading of a note on facts that changed after the article appeared");
    case FactNote::Kind::Contested:
        return dated ? tr("Disputed or imprecise (as of %1)", "heading of a note on a claim of the article that is disputed or imprecise")
                           .arg(date)
                     : tr("Disputed or imprecise", "heading of a note on a claim of the article that is disputed or imprecise");
    case FactNote::Kind::Checked:
        break;
    }
    return dated ? tr("Checked (as of %1)", "a quiet mark under a paragraph whose facts were checked and hold").arg(date)
                 : tr("Checked", "a quiet mark under a paragraph whose facts were checked and hold");
}

QString ArticleHtml::note(const Dataset &data, const FactNote &note, Language content, Language interface)
{
    const QString heading = noteHeading(note, interface);
    QString more;
    const LinkTarget target = LinkTarget::parse(note.target);
    if (const QString name = targetName(data, target, interface); !name.isEmpty())
        more = Html::link(target.toString(), tr("More about %1", "link to the pane of a country or organization").arg(name));

    if (note.kind == FactNote::Kind::Checked) {
        // One quiet line: the mark and its heading carry the note as a tooltip (plain text
        // escaped into rich text, never the data's own markup).
        const QString mark = u"<span title=\"%1\">\u2713 %2</span>"_s.arg(
            escaped(Html::toolTip(note.text.in(content))), escaped(heading));
        return u"<p class=\"checked\">%1</p>"_s.arg(
            more.isEmpty() ? mark : mark + u" · "_s + more);
    }

    const bool changed = note.kind == FactNote::Kind::Changed;
    QString text = escaped(note.text.in(content));
    if (!more.isEmpty())
        text += u" "_s + more;
    const QString body = u"<p class=\"%1\">%2</p><p class=\"note\">%3</p>"_s.arg(
        changed ? u"changedhead"_s : u"notehead"_s, escaped(heading), text);
    // What changed is marked in the highlight colour; what is disputed sits in a plain box.
    return u"<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"%2\"><tr><td>%3</td></tr></table>"_s.arg(
        changed ? u"changed"_s : u"contested"_s, changed ? u"2"_s : u"1"_s, body);
}

QString ArticleHtml::linkedText(const QString &text, const QList<Mention> &mentions, Language language)
{
    struct Match
    {
        qsizetype start;
        qsizetype end;
        QString target;
    };
    QList<Match> candidates;
    for (const Mention &mention : mentions) {
        const QString &surface = mention.text.in(language);
        if (surface.isEmpty() || !LinkTarget::parse(mention.target).isValid())
            continue;
        for (qsizetype at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            if (isWholeWord(text, at, at + surface.size(), surface))
                candidates.append({at, at + surface.size(), mention.target});
        }
    }
    // Longest first, so that "Collective Security Treaty Organization" wins over a shorter
    // mention inside it; among equals, the earlier one.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Match &a, const Match &b) {
        const qsizetype la = a.end - a.start;
        const qsizetype lb = b.end - b.start;
        return la != lb ? la > lb : a.start < b.start;
    });
    QList<Match> chosen;
    for (const Match &candidate : candidates) {
        const bool overlaps = std::any_of(chosen.cbegin(), chosen.cend(), [&candidate](const Match &m) {
            return candidate.start < m.end && m.start < candidate.end;
        });
        if (!overlaps)
            chosen.append(candidate);
    }
    std::sort(chosen.begin(), chosen.end(), [](const Match &a, const Match &b) { return a.start < b.start; });

    QString html;
    qsizetype done = 0;
    for (const Match &m : chosen) {
        html += escaped(text.mid(done, m.start - done));
        html += Html::link(m.target, text.mid(m.start, m.end - m.start));
        done = m.end;
    }
    return html + escaped(text.mid(done));
}
