#include "network/datasetupdater.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QVersionNumber>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

using namespace Qt::StringLiterals;

DatasetUpdater::DatasetUpdater(QObject *parent)
    : QObject(parent)
{
    connect(&m_validation, &QFutureWatcher<PublishedLoadResult>::finished, this, &DatasetUpdater::onValidated);
    m_deadlineTimer = new QTimer(this);
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, &DatasetUpdater::onDeadline);
}

DatasetUpdater::~DatasetUpdater()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QString DatasetUpdater::urlProblem(const QUrl &url)
{
    if (url.isEmpty())
        return tr("No update address is set.");
    if (!url.isValid())
        return tr("\"%1\" is not a valid address: %2").arg(url.toString(), url.errorString());
    if (url.scheme() != u"http" && url.scheme() != u"https")
        return tr("\"%1\" is not an http or https address; Sekutu downloads data only over http and https.")
            .arg(url.toDisplayString());
    if (url.host().isEmpty())
        return tr("\"%1\" names no server.").arg(url.toDisplayString());
    return {};
}

QString DatasetUpdater::insecureWarning(const QUrl &url)
{
    if (url.scheme() != u"http")
        return {};
    return tr("%1 is a plain http address: the connection is not encrypted, and anyone on the way could "
              "change the data Sekutu receives. Use an https address if the server offers one.")
        .arg(url.toDisplayString());
}

bool DatasetUpdater::isOlder(const QString &version, const QString &date, const QString &currentVersion,
                             const QString &currentDate)
{
    // Either is enough: a rollback could keep one of them and lower the other. Dates are YYYY,
    // YYYY-MM or YYYY-MM-DD, compared as far as both go.
    const qsizetype common = qMin(date.size(), currentDate.size());
    if (common > 0 && date.left(common) < currentDate.left(common))
        return true;
    qsizetype suffix = 0;
    qsizetype currentSuffix = 0;
    const QVersionNumber number = QVersionNumber::fromString(version, &suffix);
    const QVersionNumber currentNumber = QVersionNumber::fromString(currentVersion, &currentSuffix);
    // Versions are compared only when both are dotted numbers ("2026.11.25"), as --export-data writes them.
    if (number.isNull() || currentNumber.isNull() || suffix != version.size() || currentSuffix != currentVersion.size())
        return false;
    return number < currentNumber;
}

void DatasetUpdater::check(const DownloadInfo &inUse)
{
    if (isRunning())
        return;
    m_requestedUrl = m_url;
    m_current = inUse;
    m_inUse = inUse.url == m_requestedUrl.toString() ? inUse : DownloadInfo();
    if (const QString problem = urlProblem(m_requestedUrl); !problem.isEmpty()) {
        // Reported from the event loop, as every other outcome is.
        const UpdateResult result = failure(problem);
        QTimer::singleShot(0, this, [this, result] { emit finished(result); });
        return;
    }
    if (!m_manager)
        m_manager = new QNetworkAccessManager(this);

    QNetworkRequest request(m_requestedUrl);
    // Never from https down to http, and not round in circles; TLS errors are never ignored.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_maximumRedirects);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      u"Sekutu/%1"_s.arg(QCoreApplication::applicationVersion()).toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!m_extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    if (!m_inUse.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_inUse.etag.toLatin1());
    if (!m_inUse.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_inUse.lastModified.toLatin1());

    m_body.clear();
    m_abort = Abort::None;
    m_reply = m_manager->get(request);
    // The reply buffers no more than this ahead of onReadyRead(), which counts what arrived:
    // unbounded, a body without a length was read far past the limit before it was stopped.
    m_reply->setReadBufferSize(256 * 1024);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &DatasetUpdater::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &DatasetUpdater::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &DatasetUpdater::onDownloadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &DatasetUpdater::onFinished);
    m_deadlineTimer->start(m_deadline);
    emit started();
}

void DatasetUpdater::cancel()
{
    if (!isRunning())
        return;
    // A validation cannot be stopped half-way; its result is then dropped.
    m_abort = Abort::Canceled;
    if (m_reply)
        m_reply->abort();
}

void DatasetUpdater::onMetaDataChanged()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    // Refused before it arrives when the server says how large it is.
    if (status >= 200 && status < 300 && length.isValid() && length.toLongLong() > m_maximumSize) {
        m_abort = Abort::TooLarge;
        m_reply->abort();
    }
}

void DatasetUpdater::onReadyRead()
{
    if (!m_reply)
        return;
    m_body += m_reply->readAll();
    // ...and as it arrives when it does not (or says less than it sends).
    if (m_body.size() > m_maximumSize) {
        m_abort = Abort::TooLarge;
        m_body.clear();
        m_reply->abort();
    }
}

void DatasetUpdater::onDownloadProgress(qint64 received, qint64 total)
{
    // What actually arrived counts, whatever the server said it would send.
    if (m_reply && received > m_maximumSize) {
        m_abort = Abort::TooLarge;
        m_body.clear();
        m_reply->abort();
        return;
    }
    emit progress(received, total);
}

void DatasetUpdater::onDeadline()
{
    if (!m_reply)
        return;
    m_abort = Abort::Deadline;
    m_reply->abort();
}

void DatasetUpdater::onFinished()
{
    m_deadlineTimer->stop();
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    reply->disconnect(this);

    if (m_abort == Abort::Canceled) {
        finish(canceled());
        return;
    }
    if (m_abort == Abort::TooLarge) {
        finish(failure(tooLargeMessage()));
        return;
    }
    if (m_abort == Abort::Deadline) {
        finish(failure(deadlineMessage()));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        finish(failure(networkError(reply)));
        return;
    }
    m_body += reply->readAll();
    if (m_body.size() > m_maximumSize) {
        finish(failure(tooLargeMessage()));
        return;
    }

    const QString where = m_requestedUrl.toDisplayString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 304) {
        UpdateResult result;
        result.status = UpdateResult::Status::UpToDate;
        result.url = m_requestedUrl;
        result.version = m_inUse.version;
        result.date = m_inUse.date;
        result.message = tr("The data in use (version %1 of %2) is the latest at %3.")
                             .arg(result.version, result.date, where);
        finish(result);
        return;
    }
    if (status != 200) {
        finish(failure(tr("%1 answered %2 %3 instead of sending the data.")
                           .arg(where, QString::number(status),
                                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())));
        return;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() != m_body.size()) {
        finish(failure(tr("The download from %1 is incomplete: %2 of %3 bytes arrived.")
                           .arg(where, QString::number(m_body.size()), QString::number(length.toLongLong()))));
        return;
    }

    m_received = {m_requestedUrl.toString(),
                  QString::fromLatin1(reply->rawHeader("ETag")),
                  QString::fromLatin1(reply->rawHeader("Last-Modified")),
                  QString(),
                  QString(),
                  QDateTime::currentDateTimeUtc()};
    // Off the GUI thread: the window stays responsive while a large file is checked.
    m_validating = true;
    m_validation.setFuture(QtConcurrent::run([bytes = m_body] { return DatasetLoader::loadPublished(bytes); }));
}

void DatasetUpdater::onValidated()
{
    // Taken, not copied: the future then no longer holds a second dataset.
    PublishedLoadResult loaded = m_validation.future().takeResult();
    m_validating = false;
    if (m_abort == Abort::Canceled) {
        finish(canceled());
        return;
    }
    const QString where = m_requestedUrl.toDisplayString();
    if (!loaded.ok()) {
        UpdateResult result = failure(tr("The file at %1 is not valid Sekutu data (%n problem(s), the first: %2). "
                                         "The data in use has not changed.",
                                         nullptr, int(loaded.errors.size()))
                                          .arg(where, loaded.errors.constFirst().toString()));
        result.errors = loaded.errors;
        finish(result);
        return;
    }
    UpdateResult result;
    result.status = UpdateResult::Status::Updated;
    result.url = m_requestedUrl;
    result.version = loaded.version;
    result.date = loaded.date;
    result.message = tr("Now using data version %1 of %2 from %3.").arg(loaded.version, loaded.date, where);
    // Whoever can answer on the address could otherwise roll the data back.
    if (isOlder(loaded.version, loaded.date, m_current.version, m_current.date)) {
        result.status = UpdateResult::Status::Older;
        result.currentVersion = m_current.version;
        result.currentDate = m_current.date;
        result.message = tr("The data at %1 (version %2 of %3) is older than the data in use (version %4 of %5), "
                            "so it was not used.")
                             .arg(where, loaded.version, loaded.date, m_current.version, m_current.date);
    }
    result.dataset = std::make_shared<const Dataset>(std::move(loaded.dataset));
    result.data = std::exchange(m_body, {});
    result.info = m_received;
    result.info.version = loaded.version;
    result.info.date = loaded.date;
    finish(result);
}

UpdateResult DatasetUpdater::canceled() const
{
    UpdateResult result = failure(tr("The check for updates at %1 was canceled; the data in use has not changed.")
                                      .arg(m_requestedUrl.toDisplayString()));
    result.status = UpdateResult::Status::Canceled;
    return result;
}

UpdateResult DatasetUpdater::failure(const QString &message) const
{
    UpdateResult result;
    result.status = UpdateResult::Status::Failed;
    result.url = m_requestedUrl;
    result.message = message;
    return result;
}

QString DatasetUpdater::tooLargeMessage() const
{
    return tr("The file at %1 is larger than %2 MiB, the most Sekutu accepts; it was not downloaded.")
        .arg(m_requestedUrl.toDisplayString(), QString::number(double(m_maximumSize) / (1024 * 1024), 'g', 3));
}

QString DatasetUpdater::deadlineMessage() const
{
    const auto seconds = int((m_deadline.count() + 999) / 1000);
    if (seconds % 60 == 0) {
        return tr("The download from %1 did not finish within %n minute(s) and was stopped; the data in use has not changed.",
                  nullptr, seconds / 60)
            .arg(m_requestedUrl.toDisplayString());
    }
    return tr("The download from %1 did not finish within %n second(s) and was stopped; the data in use has not changed.",
              nullptr, seconds)
        .arg(m_requestedUrl.toDisplayString());
}

QString DatasetUpdater::networkError(QNetworkReply *reply) const
{
    const QString where = m_requestedUrl.toDisplayString();
    const QString host = reply->url().host();
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return tr("The server %1 was not found (for %2). Check the update address and the network connection.")
            .arg(host, where);
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server %1 refused the connection (for %2).").arg(host, where);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply
        return tr("%1 did not answer within %n second(s).", nullptr, int((m_timeout.count() + 999) / 1000)).arg(where);
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection before all of %1 arrived.").arg(where);
    case QNetworkReply::TooManyRedirectsError:
        return tr("%1 redirects more than %n time(s) (a redirect loop?).", nullptr, m_maximumRedirects).arg(where);
    case QNetworkReply::InsecureRedirectError:
        return tr("%1 redirects from https to an insecure http address; Sekutu does not follow it.").arg(where);
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (reply->url().scheme() == u"https")
            return tr("The secure connection to %1 failed (for %2): %3").arg(host, where, reply->errorString());
        break;
    default:
        break;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 404)
        return tr("There is no file at %1 (HTTP 404 Not Found). Check the update address.").arg(where);
    if (status >= 400) {
        return tr("%1 answered with an error: HTTP %2 %3.")
            .arg(where, QString::number(status), reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    }
    return tr("%1 could not be downloaded: %2").arg(where, reply->errorString());
}

void DatasetUpdater::finish(const UpdateResult &result)
{
    m_body.clear();
    emit finished(result);
}
