#pragma once
// The settings dialog over a settings file, a client against the fake server, a test keychain
// entry and an account controller: shared by the settings dialog's tests.
#include "FakeOpenRouter.h"
#include "FindChild.h"
#include "account/AccountController.h"
#include "api/OpenRouterClient.h"
#include "settings/SettingsDialog.h"
#include "store/KeyStore.h"
#include "store/Settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace orc::test {

using namespace Qt::StringLiterals;

constexpr int kTimeoutMs = 20000;

struct Harness {
    explicit Harness(fake::FakeOpenRouter &server, const QString &key = {},
                     KeySource source = KeySource::None) {
        settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
        ClientConfig config;
        config.baseUrl = server.baseUrl();
        config.apiKey = key;
        config.keySource = source;
        client = std::make_unique<OpenRouterClient>(config);
        KeyStore::Options options;
        options.service = u"OR Studio settings test %1"_s.arg(QCoreApplication::applicationPid());
        options.filePath = dir.filePath(u"config/api-key"_s);
        store = std::make_unique<KeyStore>(options);
        accounts = std::make_unique<AccountController>(client.get(), settings.get(), store.get());
        startWithEmptyDataFolder();
    }
    ~Harness() {
        dialog.reset();
        QSignalSpy removed(store.get(), &KeyStore::removed);
        store->remove();
        removed.wait(kTimeoutMs);
    }
    // The data folder starts empty, so a changed folder asks nothing unless a test puts data in.
    void startWithEmptyDataFolder() {
        settings->setValue(Settings::Key::DataDir, dir.filePath(u"olddata"_s));
    }
    SettingsDialog *open() {
        dialog = std::make_unique<SettingsDialog>(settings.get(), accounts.get());
        dialog->show();
        return dialog.get();
    }
    QString storedKey() {
        QSignalSpy loaded(store.get(), &KeyStore::loaded);
        store->load();
        return loaded.wait(kTimeoutMs) ? loaded.first().at(0).toString() : u"<none>"_s;
    }

    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<OpenRouterClient> client;
    std::unique_ptr<KeyStore> store;
    std::unique_ptr<AccountController> accounts;
    std::unique_ptr<SettingsDialog> dialog;
};

// Clicks `buttonText` in the next message box that opens.
inline void answerNextMessageBox(const QString &buttonText) {
    QTimer::singleShot(0, qApp, [buttonText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(buttonText);
            return;
        }
        for (QAbstractButton *b : box->buttons())
            if (b->text() == buttonText)
                b->click();
    });
}

} // namespace orc::test
