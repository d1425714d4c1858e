#pragma once

// A minimal HTTP/1.1 server on 127.0.0.1 for the tests of Check for Updates: each path gets a
// canned response (status, headers, body, a delay, a body cut short, a redirect), and every
// request is recorded with its headers.
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace {

using namespace Qt::StringLiterals;

// What the test server answers on one path.
struct CannedResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;

    void header(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
    QByteArray body;
    int delayMs = 0;            // wait this long before answering
    qint64 closeAfter = -1;     // send only this many bytes of the body, then hang up
    bool contentLength = true;  // false: no Content-Length, the body ends when the connection does
    int dripMs = 0;             // > 0: the body one byte at a time, this far apart, without end
    qint64 streamBytes = 0;     // > 0: this many bytes of body (no Content-Length), sent as fast as read

    static CannedResponse ok(const QByteArray &body, const QByteArray &etag = {})
    {
        CannedResponse r;
        r.body = body;
        r.header("Content-Type", "application/json");
        if (!etag.isEmpty()) {
            r.header("ETag", etag);
            r.header("Last-Modified", "Tue, 25 Nov 2026 08:00:00 GMT");
        }
        return r;
    }
    static CannedResponse error(int status, const QByteArray &reason)
    {
        CannedResponse r;
        r.status = status;
        r.reason = reason;
        r.body = "<html><body>" + reason + "</body></html>";
        r.header("Content-Type", "text/html");
        return r;
    }
    static CannedResponse redirect(const QByteArray &location)
    {
        CannedResponse r;
        r.status = 302;
        r.reason = "Found";
        r.header("Location", location);
        return r;
    }
};

struct RecordedRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
};

// A self-signed certificate for 127.0.0.1, valid 2000–2100, for the https server below.
// Trusted only by tests that pass it to DatasetUpdater::setExtraCaCertificates().
const char TestCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBbzCCARSgAwIBAgIBATAKBggqhkjOPQQDAjAdMRswGQYDVQQDDBJTZWt1dHUg
dGVzdCBzZXJ2ZXIwIBcNMDAwMTAxMDAwMDAwWhgPMjEwMDAxMDEwMDAwMDBaMB0x
GzAZBgNVBAMMElNla3V0dSB0ZXN0IHNlcnZlcjBZMBMGByqGSM49AgEGCCqGSM49
AwEHA0IABKnqw5olQ6FZJB2XMz+dd6+UWHY2qrRvWBo4I8QacEyWayGc6ZPKQDG1
vK8mwkpfoR+B5+l+x7x/qu/4hhM2/u2jQzBBMA8GA1UdEwEB/wQFMAMBAf8wDwYD
VR0RBAgwBocEfwAAATAdBgNVHQ4EFgQUX2iYUbtoUS6Gh6d/lqE0sfat8I0wCgYI
KoZIzj0EAwIDSQAwRgIhAKCKhKT0g1hH+jp/k02/uGNk20880hR/jzeezRv1fqNI
AiEA2w72Dzx3Q7zBTOaBt6YawZ3L07+l3eJS2E+rQzMeyGY=
-----END CERTIFICATE-----
)";
const char TestPrivateKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgczpv5RPBNwqhz50U
8IKxMhUb8GAB0H+ehWeYjD1GXHyhRANCAASp6sOaJUOhWSQdlzM/nXevlFh2Nqq0
b1gaOCPEGnBMlmshnOmTykAxtbyvJsJKX6Efgefpfse8f6rv+IYTNv7t
-----END PRIVATE KEY-----
)";

inline QSslCertificate testCertificate()
{
    return QSslCertificate(QByteArray(TestCertificate), QSsl::Pem);
}

// A minimal HTTP/1.1 server on 127.0.0.1 (https with the certificate above when asked) that
// answers each path with a canned response (404 for unknown paths) and records the requests
// it got. One request per connection.
class TestHttpServer final : public QObject
{
public:
    enum class Scheme { Http, Https };

    explicit TestHttpServer(Scheme scheme = Scheme::Http)
        : m_scheme(scheme)
    {
        if (scheme == Scheme::Https) {
            auto *tls = new QSslServer(this);
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificate(testCertificate());
            configuration.setPrivateKey(QSslKey(QByteArray(TestPrivateKey), QSsl::Ec));
            tls->setSslConfiguration(configuration);
            m_server = tls;
        } else {
            m_server = new QTcpServer(this);
        }
        // After the TLS handshake, for https.
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    bool listen() { return m_server->listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const { return url(path, m_scheme == Scheme::Https ? u"https"_s : u"http"_s); }
    QUrl url(const QString &path, const QString &scheme) const
    {
        return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(scheme).arg(m_server->serverPort()).arg(path));
    }
    void respond(const QByteArray &path, const CannedResponse &response) { m_responses.insert(path, response); }
    QList<RecordedRequest> requests;
    // Body bytes written so far for streamed (streamBytes) and dripped (dripMs) responses.
    qint64 bodyBytesSent = 0;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (buffer.startsWith('\x16')) { // a TLS handshake: answer as a plain HTTP server would
            m_buffers.remove(socket);
            socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(socket);
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        if (requestLine.size() < 2) {
            socket->disconnectFromHost();
            return;
        }
        RecordedRequest request{requestLine.at(0), requestLine.at(1), {}};
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        requests.append(request);
        const CannedResponse response = m_responses.value(request.path, CannedResponse::error(404, "Not Found"));
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(response.delayMs, socket, [this, guarded, response] {
            if (!guarded)
                return;
            if (response.dripMs > 0 || response.streamBytes > 0)
                sendSlowly(guarded, response);
            else
                send(guarded, response);
        });
    }

    // A body that never ends (one byte per dripMs) or a long one without a length, written
    // only as the client reads it, so that what was sent is about what it took.
    void sendSlowly(QTcpSocket *socket, const CannedResponse &response)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        socket->write(head + "Connection: close\r\n\r\n");
        if (response.dripMs > 0) {
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, socket] {
                if (socket->state() == QAbstractSocket::ConnectedState) {
                    socket->write(" ");
                    ++bodyBytesSent;
                }
            });
            timer->start(response.dripMs);
            return;
        }
        const qint64 total = response.streamBytes;
        auto more = [this, socket, total] {
            static const QByteArray chunk(64 * 1024, ' ');
            // Keeps at most a few chunks waiting in the socket's buffer.
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * chunk.size()
                   && m_streamed[socket] < total) {
                const qint64 n = qMin<qint64>(chunk.size(), total - m_streamed[socket]);
                socket->write(chunk.constData(), n);
                m_streamed[socket] += n;
                bodyBytesSent += n;
            }
            if (m_streamed[socket] >= total && socket->bytesToWrite() == 0)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_streamed.remove(socket); });
        more();
    }

    static void send(QTcpSocket *socket, const CannedResponse &response)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        if (response.contentLength && response.status != 304)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        if (response.status != 304)
            socket->write(response.closeAfter >= 0 ? response.body.left(response.closeAfter) : response.body);
        socket->disconnectFromHost();
    }

    Scheme m_scheme;
    QTcpServer *m_server = nullptr;
    QHash<QByteArray, CannedResponse> m_responses;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, qint64> m_streamed;
};

} // namespace
