#include "KeyStore.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace orc {

KeyStore::KeyStore(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options)) {
    if (m_options.filePath.isEmpty())
        m_options.filePath = defaultFilePath();
}

KeyStore::KeyStore(QObject *parent)
    : KeyStore(Options{}, parent) {}

QString KeyStore::defaultFilePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/api-key"_s;
}

KeyStore::Options KeyStore::proxyPasswordOptions(Options keyOptions) {
    keyOptions.account = u"proxy-password"_s;
    const QString keyFile = keyOptions.filePath.isEmpty() ? defaultFilePath() : keyOptions.filePath;
    keyOptions.filePath = QFileInfo(keyFile).absoluteDir().filePath(u"proxy-password"_s);
    return keyOptions;
}

KeyStore::Options KeyStore::managementKeyOptions(Options keyOptions) {
    keyOptions.account = u"openrouter-management-key"_s;
    const QString keyFile = keyOptions.filePath.isEmpty() ? defaultFilePath() : keyOptions.filePath;
    keyOptions.filePath = QFileInfo(keyFile).absoluteDir().filePath(u"management-key"_s);
    return keyOptions;
}

QString KeyStore::backendName(Backend backend) {
    switch (backend) {
    case Backend::None:
        return tr("nowhere");
    case Backend::Keychain:
        return tr("the system keychain");
    case Backend::File:
        return tr("a file readable only by you");
    }
    return {};
}

void KeyStore::noteKeychainError(int code, const QString &text) {
    // Missing entries and a user saying no are answers; anything else means no usable keychain.
    m_keychainUnavailable =
        code != QKeychain::EntryNotFound && code != QKeychain::AccessDeniedByUser;
    m_keychainError = text;
    qCInfo(orcStore) << "keychain:" << code << text;
}

bool KeyStore::readFile(QString *key, QString *error) const {
    QFile f(m_options.filePath);
    if (!f.exists())
        return false;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the key file %1: %2").arg(m_options.filePath, f.errorString());
        return false;
    }
    *key = QString::fromUtf8(f.readAll()).trimmed();
    return !key->isEmpty();
}

bool KeyStore::writeFile(const QString &key, QString *error) const {
    const QString dir = QFileInfo(m_options.filePath).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the folder %1.").arg(dir);
        return false;
    }
    QSaveFile f(m_options.filePath);
    if (!f.open(QIODevice::WriteOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(key.toUtf8() + '\n') < 0 || !f.commit()) {
        *error = tr("Cannot write the key file %1: %2").arg(m_options.filePath, f.errorString());
        return false;
    }
    return true;
}

bool KeyStore::removeFile(QString *error) const {
    QFile f(m_options.filePath);
    if (f.exists() && !f.remove()) {
        *error = tr("Cannot remove the key file %1: %2").arg(m_options.filePath, f.errorString());
        return false;
    }
    return true;
}

void KeyStore::load() {
    auto *job = new QKeychain::ReadPasswordJob(m_options.service, this);
    job->setAutoDelete(true);
    job->setKey(m_options.account);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError && !job->textData().trimmed().isEmpty()) {
            m_keychainUnavailable = false;
            emit loaded(job->textData().trimmed(), Backend::Keychain, {});
            return;
        }
        if (job->error() != QKeychain::NoError)
            noteKeychainError(job->error(), job->errorString());
        QString key, error;
        if (readFile(&key, &error)) {
            emit loaded(key, Backend::File, {});
            return;
        }
        emit loaded({}, Backend::None, error);
    });
    job->start();
}

void KeyStore::save(const QString &key) {
    auto *job = new QKeychain::WritePasswordJob(m_options.service, this);
    job->setAutoDelete(true);
    job->setKey(m_options.account);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError) {
            m_keychainUnavailable = false;
            QString ignored;
            removeFile(&ignored); // one place only: no stale copy in a file
            emit saved(Backend::Keychain, {});
            return;
        }
        noteKeychainError(job->error(), job->errorString());
        if (!m_keychainUnavailable) {
            emit saved(Backend::None,
                       tr("The keychain refused to store the key: %1").arg(job->errorString()));
            return;
        }
        if (!m_options.allowFile) {
            emit saved(Backend::None,
                       tr("No system keychain is available (%1). Install and unlock "
                          "gnome-keyring or KWallet, or allow OR Studio to keep the key in a "
                          "file readable only by you.")
                           .arg(job->errorString()));
            return;
        }
        QString error;
        if (writeFile(key, &error))
            emit saved(Backend::File, {});
        else
            emit saved(Backend::None, error);
    });
    job->start();
}

void KeyStore::remove() {
    auto *job = new QKeychain::DeletePasswordJob(m_options.service, this);
    job->setAutoDelete(true);
    job->setKey(m_options.account);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        QString error;
        removeFile(&error);
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            noteKeychainError(job->error(), job->errorString());
            if (!m_keychainUnavailable && error.isEmpty())
                error = tr("The keychain could not delete the key: %1").arg(job->errorString());
        }
        emit removed(error);
    });
    job->start();
}

} // namespace orc
