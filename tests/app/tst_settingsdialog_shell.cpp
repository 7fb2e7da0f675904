// The desktop pieces joined to the real main window (DesktopIntegration) against the fake
// server: Edit > Settings/Account and Help > Keyboard Shortcuts/About, the shortcuts dialog
// listing every shortcut of the window, the About dialog's versions, the status-bar spending
// figure following the cost of a chat reply, a key typed into the chat's key dialog moving into
// the keychain, the first-run welcome, and settings reaching the chat page.
#include "CatalogTestData.h"
#include "FakeOpenRouter.h"
#include "FindChild.h"
#include "MainWindow.h"
#include "account/AccountController.h"
#include "account/SpendIndicator.h"
#include "account/WelcomeDialog.h"
#include "api/OpenRouterClient.h"
#include "catalog/CatalogPage.h"
#include "chat/ChatPage.h"
#include "chat/ChatSettingsPanel.h"
#include "chat/Composer.h"
#include "help/AboutDialog.h"
#include "help/ShortcutsDialog.h"
#include "image/ImageStudioPage.h"
#include "settings/SettingsDialog.h"
#include "shell/DesktopIntegration.h"
#include "store/CatalogCache.h"
#include "store/ConversationStore.h"
#include "store/CostLedger.h"
#include "store/KeyStore.h"
#include "store/Settings.h"
#include "usage/BudgetIndicator.h"
#include "usage/SpendTracker.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using orc::test::child;
using namespace orc;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

QMenu *menuTitled(QMainWindow *window, const QString &title) {
    for (QAction *top : window->menuBar()->actions())
        if (top->menu() && top->text() == title)
            return top->menu();
    return nullptr;
}

QAction *actionTitled(QMenu *menu, const QString &text) {
    for (QAction *action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

QString plain(QString text) {
    text.remove(u'&');
    if (text.endsWith(u'\u2026'))
        text.chop(1);
    return text;
}

// Clicks the button reading `text` in the next message box that opens.
void answerNextMessageBox(const QString &text) {
    QTimer::singleShot(50, qApp, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerNextMessageBox(text);
            return;
        }
        for (QAbstractButton *b : box->buttons())
            if (b->text() == text)
                b->click();
    });
}

struct Shell {
    Shell(fake::FakeOpenRouter &server, const QString &key) {
        settings = std::make_unique<Settings>(
            std::make_unique<QSettings>(dir.filePath(u"settings.ini"_s), QSettings::IniFormat));
        ClientConfig config;
        config.baseUrl = server.baseUrl();
        config.apiKey = key;
        config.keySource = key.isEmpty() ? KeySource::None : KeySource::Stored;
        client = std::make_unique<OpenRouterClient>(config);
        KeyStore::Options options;
        options.service = u"OR Studio shell test %1"_s.arg(QCoreApplication::applicationPid());
        options.filePath = dir.filePath(u"config/api-key"_s);
        store = std::make_unique<KeyStore>(options);
        accounts = std::make_unique<AccountController>(client.get(), settings.get(), store.get());
        accounts->setLegacyCleaner(&ApiKeyDialog::clearStoredKey);
        conversations = std::make_unique<ConversationStore>(dir.filePath(u"c.sqlite"_s));
        QString error;
        if (!conversations->open(&error))
            qWarning("%s", qPrintable(error));
        const QString cache = dir.filePath(u"cache"_s);
        CatalogCache(cache).save(test::smallCatalogJson());
        window =
            std::make_unique<MainWindow>(client.get(), CatalogCache(cache), conversations.get());
        desktop =
            std::make_unique<DesktopIntegration>(window.get(), accounts.get(), settings.get());
        window->show();
    }
    ~Shell() {
        desktop.reset();
        window.reset();
        QSignalSpy removed(store.get(), &KeyStore::removed);
        store->remove();
        removed.wait(kTimeoutMs);
    }
    QString storedKey() {
        QSignalSpy loaded(store.get(), &KeyStore::loaded);
        store->load();
        return loaded.wait(kTimeoutMs) ? loaded.first().at(0).toString() : u"<none>"_s;
    }
    template<typename T>
    T *visibleDialog() const {
        for (T *d : window->findChildren<T *>())
            if (d->isVisible())
                return d;
        return nullptr;
    }

    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<OpenRouterClient> client;
    std::unique_ptr<KeyStore> store;
    std::unique_ptr<AccountController> accounts;
    std::unique_ptr<ConversationStore> conversations;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<DesktopIntegration> desktop;
};

const QString kKey = u"sk-or-v1-shell-test-0123456789abcdef"_s;

} // namespace

class TestDesktopShell : public QObject {
    Q_OBJECT
    fake::FakeOpenRouter m_server;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
    }
    void init() {
        QSettings().clear();
        m_server.reset();
    }

    void menusGainSettingsAccountAndShortcuts() {
        Shell s(m_server, kKey);
        QMenu *edit = menuTitled(s.window.get(), u"&Edit"_s);
        QMenu *help = menuTitled(s.window.get(), u"&Help"_s);
        QVERIFY(edit && help);
        QCOMPARE(menuTitled(s.window.get(), u"&Settings"_s), nullptr); // no extra top menu
        QAction *settings = actionTitled(edit, u"&Settings\u2026"_s);
        QVERIFY(settings);
        QCOMPARE(settings->shortcut(), QKeySequence(u"Ctrl+,"_s));
        QVERIFY(actionTitled(edit, u"&Account\u2026"_s));
        QAction *shortcuts = help->actions().constFirst();
        QCOMPARE(shortcuts->text(), u"&Keyboard Shortcuts"_s);
        QCOMPARE(shortcuts->shortcut(), QKeySequence(u"Ctrl+/"_s));

        settings->trigger();
        auto *dialog = s.visibleDialog<SettingsDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->currentPage(), SettingsDialog::Page::General);
        dialog->reject();
        actionTitled(edit, u"&Account\u2026"_s)->trigger();
        dialog = s.visibleDialog<SettingsDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Account);
        // The keyboard reaches them too.
        dialog->reject();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        s.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(s.window.get()));
        QTest::keyClick(s.window.get(), Qt::Key_Slash, Qt::ControlModifier);
        QTRY_VERIFY(s.visibleDialog<ShortcutsDialog>());
    }

    void aboutShowsTheVersions() {
        Shell s(m_server, kKey);
        QMenu *help = menuTitled(s.window.get(), u"&Help"_s);
        QAction *about = nullptr;
        for (QAction *action : help->actions())
            if (action->menuRole() == QAction::AboutRole)
                about = action;
        QVERIFY(about);
        about->trigger(); // opens the About dialog, not the window's old message box
        QVERIFY(!qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *dialog = s.visibleDialog<AboutDialog>();
        QVERIFY(dialog);
        const QString versions = dialog->versionLabel()->text();
        QVERIFY2(versions.contains(QStringLiteral(ORC_VERSION)), qPrintable(versions));
        QVERIFY2(versions.contains(QString::fromLatin1(qVersion())), qPrintable(versions));
        QVERIFY2(versions.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(versions));
        QVERIFY(AboutDialog::versionDetails().startsWith(u"OR Studio "_s +
                                                         QStringLiteral(ORC_VERSION)));
        dialog->findChild<QPushButton *>(u"copyDetails"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), AboutDialog::versionDetails());
    }

    void shortcutsDialogListsEveryShortcut() {
        Shell s(m_server, kKey);
        ShortcutsDialog dialog(s.window.get());
        const QList<ShortcutsDialog::Entry> entries = dialog.entries();
        int checked = 0;
        for (const QAction *action : s.window->findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || plain(action->text()).isEmpty())
                continue;
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            const bool listed =
                std::any_of(entries.cbegin(), entries.cend(), [&](const ShortcutsDialog::Entry &e) {
                    return e.description == plain(action->text()) && e.keys.contains(keys);
                });
            QVERIFY2(listed, qPrintable(action->text() + u" "_s + keys));
            ++checked;
        }
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked))); // menus and pages
        // Keys the widgets handle themselves are listed too.
        for (const ShortcutsDialog::Entry &e : ShortcutsDialog::widgetKeys()) {
            const bool listed =
                std::any_of(entries.cbegin(), entries.cend(), [&](const ShortcutsDialog::Entry &x) {
                    return x.description == e.description && x.keys == e.keys;
                });
            QVERIFY2(listed, qPrintable(e.description));
        }
        // Grouped by menu, in menu order; the filter hides what does not match.
        QCOMPARE(entries.constFirst().section, u"File"_s);
        QTreeWidget *tree = dialog.tree();
        const auto visibleRows = [tree] {
            QStringList rows;
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                if (!tree->topLevelItem(i)->isHidden())
                    rows << tree->topLevelItem(i)->text(0).trimmed();
            return rows;
        };
        QVERIFY(visibleRows().contains(u"Settings"_s));
        dialog.filterField()->setText(u"settings"_s);
        QStringList rows = visibleRows();
        QVERIFY2(rows.contains(u"Settings"_s) && rows.contains(u"Edit"_s),
                 qPrintable(rows.join(u'|')));
        QVERIFY(!rows.contains(u"Quit"_s));
        dialog.filterField()->setText(u"no such action"_s);
        QVERIFY(visibleRows().isEmpty());
    }

    void spendingFigureFollowsReplyCosts() {
        Shell s(m_server, kKey);
        auto *spend = s.window->statusBar()->findChild<SpendIndicator *>();
        QVERIFY(spend);
        QTRY_COMPARE_WITH_TIMEOUT(spend->text(), u"$74.50 left"_s, kTimeoutMs);
        s.accounts->monitor()->setRefreshDelayMs(300);
        const int keyLookups = m_server.requestCount(u"/key"_s);
        ChatPage *chat = s.window->chatPage();
        QSignalSpy replied(chat, &ChatPage::replyFinished);
        std::optional<double> cost;
        connect(chat, &ChatPage::replyFinished, this,
                [&cost](const StoredMessage &message) { cost = message.cost; });
        chat->setModel(ModelInfo::fromJson(QJsonObject{{u"id"_s, u"fake/echo"_s}}));
        chat->composer()->setText(u"what does this cost?"_s);
        QVERIFY(chat->send());
        QVERIFY(replied.wait(kTimeoutMs));
        QVERIFY2(cost && *cost > 0, "the fake reports a cost");
        // At once: the estimate, before the server is asked again.
        const std::optional<double> estimate = s.accounts->monitor()->status().spendable;
        QVERIFY(estimate);
        QVERIFY2(qAbs(*estimate - (74.5 - *cost)) < 1e-9, qPrintable(QString::number(*estimate)));
        QVERIFY(spend->toolTip().contains(u"Can still spend"_s));
        // Then confirmed with the server (the fake's figures do not move).
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(u"/key"_s) > keyLookups, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(spend->text(), u"$74.50 left"_s, kTimeoutMs);
    }

    void chatKeyDialogKeyMovesIntoTheKeychain() {
        Shell s(m_server, QString());
        ChatPage *chat = s.window->chatPage();
        chat->setModel(ModelInfo::fromJson(QJsonObject{{u"id"_s, u"fake/echo"_s}}));
        chat->composer()->setText(u"hello"_s);
        chat->send(); // no key yet: the chat asks for one
        QTRY_VERIFY(chat->findChild<ApiKeyDialog *>() &&
                    chat->findChild<ApiKeyDialog *>()->isVisible());
        QSignalSpy saved(s.accounts.get(), &AccountController::keySaved);
        answerNextMessageBox(u"Keep It in the File"_s); // only asked where no keychain exists
        child<QLineEdit>(chat->findChild<ApiKeyDialog *>(), u"apiKeyField"_s)->setText(kKey);
        chat->findChild<ApiKeyDialog *>()
            ->findChild<QDialogButtonBox *>()
            ->button(QDialogButtonBox::Ok)
            ->click();
        QTRY_VERIFY_WITH_TIMEOUT(s.storedKey() == kKey, kTimeoutMs);
        QVERIFY(saved.count() >= 1);
        QVERIFY(s.accounts->storedIn() != KeyStore::Backend::None);
        // The chat's own settings entry is gone: the key lives in one place only.
        QTRY_VERIFY(ApiKeyDialog::storedKey().isEmpty());
        QVERIFY(!QSettings().contains(u"credentials/apiKey"_s));
        QCOMPARE(s.client->config().apiKey, kKey);
    }

    void welcomeOnlyOnTheFirstRunWithoutKey() {
        {
            Shell withKey(m_server, kKey);
            withKey.desktop->welcomeIfNeeded();
            QVERIFY(!withKey.visibleDialog<WelcomeDialog>());
        }
        Shell s(m_server, QString());
        s.desktop->welcomeIfNeeded();
        auto *welcome = s.visibleDialog<WelcomeDialog>();
        QVERIFY(welcome);
        child<QPushButton>(welcome, u"skipButton"_s)->click();
        QTRY_VERIFY(!s.visibleDialog<WelcomeDialog>());
        s.desktop->welcomeIfNeeded(); // dismissed once: the account menu is the way back
        QVERIFY(!s.visibleDialog<WelcomeDialog>());
    }

    void budgetsReachTheStatusBar() {
        Shell s(m_server, kKey);
        auto *indicator = s.window->statusBar()->findChild<BudgetIndicator *>();
        QVERIFY(indicator);
        SpendTracker *tracker = s.window->spendTracker();
        // One ledger for the window, beside the conversations, shared with the image studio.
        QCOMPARE(s.window->ledger(), tracker->ledger());
        QCOMPARE(s.window->chatPage()->ledger(), tracker->ledger());
        QCOMPARE(s.window->imagePage()->generator()->ledger(), tracker->ledger());
        QCOMPARE(QFileInfo(tracker->ledgerPath()).absolutePath(),
                 QFileInfo(s.conversations->path()).absolutePath());
        LedgerEntry entry;
        entry.generationId = u"gen-shell-1"_s;
        entry.at = QDateTime::currentDateTimeUtc();
        entry.costNanoUsd = Money::fromUsd(0.45);
        QVERIFY(s.window->ledger()->record(entry) > 0);
        tracker->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(tracker->spentToday(), Money::fromUsd(0.45), kTimeoutMs);

        s.desktop->showSettings();
        auto *dialog = s.visibleDialog<SettingsDialog>();
        QVERIFY(dialog);
        dialog->findChild<QDoubleSpinBox *>(u"dailyBudget"_s)->setValue(0.5);
        child<QPushButton>(dialog, u"okButton"_s)->click();
        QCOMPARE(tracker->limits().dailyUsd, 0.5);
        QCOMPARE(s.settings->budgetLimits().dailyUsd, 0.5);
        QCOMPARE(indicator->level(), BudgetStatus::Level::Warn); // 90 %
        QVERIFY2(indicator->text().contains(u"$0.45 of $0.50"_s), qPrintable(indicator->text()));
    }

    void settingsReachTheChat() {
        Shell s(m_server, kKey);
        s.settings->setValue(Settings::Key::DefaultChatModel, u"fake/tokens"_s);
        s.desktop->applyDefaultChatModel();
        QCOMPARE(s.window->chatPage()->model().id(), u"fake/tokens"_s);
        ChatSettingsPanel *panel = s.window->chatPage()->settingsPanel();
        const bool before = panel->sendWithEnter();
        s.desktop->showSettings();
        auto *dialog = s.visibleDialog<SettingsDialog>();
        QVERIFY(dialog);
        QCheckBox *box = dialog->findChild<QCheckBox *>(u"sendWithEnter"_s);
        box->setChecked(!before);
        child<QPushButton>(dialog, u"okButton"_s)->click();
        QCOMPARE(panel->sendWithEnter(), !before); // the chat's own checkbox follows
        QCOMPARE(s.settings->flag(Settings::Key::SendWithEnter), !before);
    }
};

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"orstudio-test"_s);
    QCoreApplication::setApplicationName(u"tst_settingsdialog_shell"_s);
    TestDesktopShell test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_settingsdialog_shell.moc"
