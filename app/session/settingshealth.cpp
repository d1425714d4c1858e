#include "session/settingshealth.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringDecoder>

namespace {
// A settings file is small; reading more than this to judge it is pointless.
constexpr qint64 MaxCheckedSize = 4 * 1024 * 1024;
} // namespace

QString SettingsHealth::problem(const QSettings &settings)
{
    const QString path = settings.fileName();
    bool broken = settings.status() != QSettings::NoError;
    const QFileInfo info(path);
    // Text files only (not the Windows registry, not a macOS property list).
    const bool text = path.endsWith(u".conf") || path.endsWith(u".ini");
    if (!broken && text && info.exists()) {
        // Only a regular file is opened (a named pipe would block the start).
        if (!info.isFile()) {
            broken = true;
        } else {
            QFile file(path);
            broken = !file.open(QIODevice::ReadOnly) || looksCorrupt(file.read(MaxCheckedSize))
                     || (info.size() > 0 && settings.allKeys().isEmpty());
        }
    }
    if (!broken)
        return {};
    return tr("The settings file %1 could not be read; default settings are used.").arg(QDir::toNativeSeparators(path));
}

bool SettingsHealth::looksCorrupt(const QByteArray &bytes)
{
    // QSettings escapes control characters and binary values ("\0", @ByteArray(...)): a
    // control character other than tab and line ends, or invalid UTF-8, was not written by it.
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7f)
            return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes); // decoded here: the result converts lazily
    Q_UNUSED(text)
    return decoder.hasError();
}
