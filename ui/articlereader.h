#pragma once

#include "data/dataset.h"
#include "navigation/linktarget.h"

#include <QWidget>

#include <memory>

class LinkBrowser;
class QLineEdit;

// Reads an article in Indonesian, in English, or both side by side with the paragraphs
// aligned; mentions of countries and organizations are links, fact notes flag what has
// changed since publication.
class ArticleReader final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Indonesian, English, SideBySide };
    Q_ENUM(Mode)

    explicit ArticleReader(QWidget *parent = nullptr);
    ~ArticleReader() override;

    void setDataset(std::shared_ptr<const Dataset> dataset);
    void setLanguage(Language language);
    void showArticle(const QString &id, const QString &paragraphId = {});
    QString articleId() const;

    Mode mode() const;
    void setMode(Mode mode);
    bool isScrollSyncEnabled() const;
    void setScrollSyncEnabled(bool enabled);
    int zoom() const;
    void setZoom(int steps);

    // Mode, scroll sync and zoom, for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

    // The parts inside, for tests and assistive tools. The Indonesian view is the left one
    // side by side; in a single-language mode only that language's view is shown.
    LinkBrowser *indonesianView() const;
    LinkBrowser *englishView() const;
    QLineEdit *findField() const;
    QString findStatus() const;            // "3 of 7 matches"
    QString highlightedParagraph() const;  // paragraph id, empty when none

signals:
    void linkActivated(const LinkTarget &target);
    void modeChanged(ArticleReader::Mode mode);
    void zoomChanged(int steps);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();

    struct Private;
    std::unique_ptr<Private> d;
};
