// TEMPORARY: minimal implementation so the tree builds; being replaced.
#include "articlereader.h"

#include "linkbrowser.h"

#include <QVBoxLayout>

struct ArticleReader::Private
{
    std::shared_ptr<const Dataset> dataset;
    Language language = Language::English;
    QString id;
    Mode mode = Mode::Indonesian;
    bool sync = true;
    int zoom = 0;
    LinkBrowser *browser = nullptr;
};

ArticleReader::ArticleReader(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->browser = new LinkBrowser(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(d->browser);
    connect(d->browser, &LinkBrowser::targetActivated, this, &ArticleReader::linkActivated);
}
ArticleReader::~ArticleReader() = default;
void ArticleReader::setDataset(std::shared_ptr<const Dataset> dataset) { d->dataset = std::move(dataset); }
void ArticleReader::setLanguage(Language language) { d->language = language; }
void ArticleReader::showArticle(const QString &id, const QString &) { d->id = id; }
QString ArticleReader::articleId() const { return d->id; }
ArticleReader::Mode ArticleReader::mode() const { return d->mode; }
void ArticleReader::setMode(Mode mode) { d->mode = mode; }
bool ArticleReader::isScrollSyncEnabled() const { return d->sync; }
void ArticleReader::setScrollSyncEnabled(bool enabled) { d->sync = enabled; }
int ArticleReader::zoom() const { return d->zoom; }
void ArticleReader::setZoom(int steps) { d->zoom = steps; }
QByteArray ArticleReader::saveState() const { return {}; }
bool ArticleReader::restoreState(const QByteArray &) { return true; }
