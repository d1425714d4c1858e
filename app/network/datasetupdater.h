#pragma once

#include "data/dataerror.h"
#include "data/datasetloader.h"
#include "data/downloadeddataset.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>

class DataStore;
class QNetworkAccessManager;
class QNetworkReply;

// How a check for updates ended.
struct UpdateResult
{
    enum class Status {
        Updated,  // new data downloaded, validated, saved and now in use
        UpToDate, // the server answered 304 Not Modified: the data in use is current
        Failed,   // nothing changed; message says why
        Canceled, // the reader canceled; nothing changed
    };

    Status status = Status::Failed;
    QUrl url;
    QString message;   // translated, for the reader; names the address and what went wrong
    DataErrors errors; // when the download was not valid data: every problem in it
    QString version;   // of the data in use after an update or an up-to-date answer
    QString date;
};

// The one owner of the network: downloads a published dataset (DATA.md, "Published
// dataset"), has DatasetLoader validate it, saves it with DownloadedDataset and puts it in
// the DataStore. Anything less than valid data leaves both the store and the saved files as
// they were. Widgets talk to this class, never to QNetworkReply.
class DatasetUpdater final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaximumSize = DatasetLoader::MaxPublishedSize;
    static constexpr std::chrono::milliseconds DefaultTransferTimeout{30000};
    static constexpr int DefaultMaximumRedirects = 5;

    explicit DatasetUpdater(DataStore &store, QObject *parent = nullptr);
    ~DatasetUpdater() override;

    // Why url cannot be an update address (translated), or an empty string when it can.
    static QString urlProblem(const QUrl &url);

    QUrl url() const { return m_url; }
    void setUrl(const QUrl &url) { m_url = url; }
    // Where the last good download is kept (default: the app's data folder).
    const DownloadedDataset &storage() const { return m_storage; }
    void setStorage(const DownloadedDataset &storage) { m_storage = storage; }
    // Aborts when nothing arrives for this long.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setMaximumSize(qint64 bytes) { m_maximumSize = bytes; }
    void setMaximumRedirects(int redirects) { m_maximumRedirects = redirects; }
    // Certificate authorities trusted besides the system's (a self-hosted server's own CA;
    // the tests' server). Certificate errors are never ignored.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCaCertificates = certificates; }

    bool isRunning() const { return !m_reply.isNull(); }

public slots:
    // Starts a check of url(); does nothing while one runs. Ends with finished().
    void check();
    void cancel();

signals:
    void started();
    // total is -1 while the size is unknown.
    void progress(qint64 received, qint64 total);
    void finished(const UpdateResult &result);

private:
    enum class Abort { None, Canceled, TooLarge };

    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    UpdateResult failure(const QString &message) const;
    QString networkError(QNetworkReply *reply) const;
    QString tooLargeMessage() const;
    void finish(const UpdateResult &result);

    DataStore &m_store;
    DownloadedDataset m_storage;
    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    QUrl m_requestedUrl;
    QByteArray m_body;
    Abort m_abort = Abort::None;
    std::chrono::milliseconds m_timeout = DefaultTransferTimeout;
    qint64 m_maximumSize = DefaultMaximumSize;
    int m_maximumRedirects = DefaultMaximumRedirects;
    QList<QSslCertificate> m_extraCaCertificates;
};
