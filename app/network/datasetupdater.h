#pragma once

#include "data/dataerror.h"
#include "data/datasetloader.h"
#include "data/downloadeddataset.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// How a check for updates ended.
struct UpdateResult
{
    enum class Status {
        Updated,  // new data downloaded and validated (dataset, data, info); in use once adopted
        Older,    // valid data, but older than the download in use (a rollback): not adopted
                  // unless the reader chooses it (then set to Updated); dataset, data, info as Updated
        UpToDate, // the server answered 304 Not Modified: the data in use is current
        Failed,   // nothing changed; message says why
        Canceled, // the reader canceled; nothing changed
    };

    Status status = Status::Failed;
    QUrl url;
    QString message;   // translated, for the reader; names the address and what went wrong
    DataErrors errors; // when the download was not valid data: every problem in it
    QString version;   // of the data in use after an update or an up-to-date answer; Older: of the download
    QString date;
    QString currentVersion; // Older: of the data in use
    QString currentDate;

    // Updated only: the validated dataset, the bytes as downloaded (to be saved as they are)
    // and what the next check sends back. DataSources::adopt() saves them and puts them in use.
    std::shared_ptr<const Dataset> dataset;
    QByteArray data;
    DownloadInfo info;
};

// The one owner of the network: downloads a published dataset (DATA.md, "Published
// dataset") and has DatasetLoader validate it on a worker thread (at the size limit that takes
// over a second). It changes nothing itself: a valid download is handed over in finished()
// for DataSources to save and use. Widgets talk to this class, never to QNetworkReply.
class DatasetUpdater final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaximumSize = DatasetLoader::MaxPublishedSize;
    static constexpr std::chrono::milliseconds DefaultTransferTimeout{30000};
    // However steadily the bytes come: a server that drips them is stopped too.
    static constexpr std::chrono::milliseconds DefaultDeadline{3 * 60 * 1000};
    static constexpr int DefaultMaximumRedirects = 5;

    explicit DatasetUpdater(QObject *parent = nullptr);
    ~DatasetUpdater() override;

    // Why url cannot be an update address (translated), or an empty string when it can.
    static QString urlProblem(const QUrl &url);
    // A warning (translated) when url is plain http, which anyone on the way can change.
    static QString insecureWarning(const QUrl &url);
    // Whether a dataset of version and date is older than one of currentVersion and
    // currentDate: an earlier date, or an earlier version when both are dotted numbers (either
    // is enough). Not older when the current one is unknown.
    static bool isOlder(const QString &version, const QString &date, const QString &currentVersion,
                        const QString &currentDate);

    QUrl url() const { return m_url; }
    void setUrl(const QUrl &url) { m_url = url; }
    // Aborts when nothing arrives for this long.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Aborts a download that has not ended this long after it started.
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    void setMaximumSize(qint64 bytes) { m_maximumSize = bytes; }
    void setMaximumRedirects(int redirects) { m_maximumRedirects = redirects; }
    // Certificate authorities trusted besides the system's (a self-hosted server's own CA;
    // the tests' server). Certificate errors are never ignored.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCaCertificates = certificates; }

    // While downloading and while validating the download.
    bool isRunning() const { return !m_reply.isNull() || m_validating; }

public slots:
    // Starts a check of url(); does nothing while one runs. Ends with finished(). inUse is the
    // download the data in use came from (DataSources::downloadInUse()), empty when the data
    // in use was not downloaded: when it came from url(), the request is conditional, so that
    // "304 Not Modified" always means "what you are reading is current". A download older than
    // inUse (from whichever address) ends as Older.
    void check(const DownloadInfo &inUse = {});
    void cancel();

signals:
    void started();
    // total is -1 while the size is unknown.
    void progress(qint64 received, qint64 total);
    void finished(const UpdateResult &result);

private:
    enum class Abort { None, Canceled, TooLarge, Deadline };

    void onMetaDataChanged();
    void onReadyRead();
    void onDownloadProgress(qint64 received, qint64 total);
    void onDeadline();
    void onFinished();
    void onValidated();
    UpdateResult failure(const QString &message) const;
    UpdateResult canceled() const;
    QString networkError(QNetworkReply *reply) const;
    QString tooLargeMessage() const;
    QString deadlineMessage() const;
    void finish(const UpdateResult &result);

    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    QUrl m_requestedUrl;
    DownloadInfo m_inUse;
    DownloadInfo m_current; // the download in use, from any address: what a rollback is measured by
    QByteArray m_body;
    DownloadInfo m_received; // the download being validated: its ETag, Last-Modified and time
    QFutureWatcher<PublishedLoadResult> m_validation;
    bool m_validating = false; // until onValidated(), also after the worker is done
    Abort m_abort = Abort::None;
    std::chrono::milliseconds m_timeout = DefaultTransferTimeout;
    std::chrono::milliseconds m_deadline = DefaultDeadline;
    QTimer *m_deadlineTimer = nullptr;
    qint64 m_maximumSize = DefaultMaximumSize;
    int m_maximumRedirects = DefaultMaximumRedirects;
    QList<QSslCertificate> m_extraCaCertificates;
};
