#include "tscatalogue.h"

#include <QDebug>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

QString TsMessage::label() const
{
    return u"%1: \"%2\"%3"_s.arg(context, shortened(source), comment.isEmpty() ? QString() : u" (%1)"_s.arg(comment));
}

QString TsMessage::shortened(const QString &text)
{
    return text.size() > 70 ? text.left(69) + u'…' : text;
}

namespace {

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.hasTranslation = true;
            message.type = xml.attributes().value(u"type"_s).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

bool readTsCatalogue(const QString &path, TsCatalogue *catalogue, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS")
            catalogue->language = xml.attributes().value(u"language"_s).toString();
        else if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            catalogue->messages.append(readMessage(xml, context));
    }
    if (xml.hasError()) {
        *error = u"%1:%2: %3"_s.arg(path, QString::number(xml.lineNumber()), xml.errorString());
        return false;
    }
    if (catalogue->messages.isEmpty()) {
        *error = u"%1 holds no messages"_s.arg(path);
        return false;
    }
    return true;
}

QList<TsMessage> tsMessages(const QString &path)
{
    TsCatalogue catalogue;
    QString error;
    if (!readTsCatalogue(path, &catalogue, &error))
        qWarning().noquote() << error;
    return catalogue.messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?([1-9]|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(u"%"_s + it.next().captured(1));
    found.sort();
    return found;
}

int acceleratorCount(const QString &text)
{
    static const QRegularExpression entity(u"\\A&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"_s);
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (entity.match(QStringView(text).mid(i)).hasMatch())
            continue;
        if (i + 1 < text.size() && !text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression tag(u"</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>"_s);
    QStringList found;
    for (auto it = tag.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}
