// Routing in the chat page against the fake: the settings panel's routing is stored with the
// conversation and sent as `provider`; the header shows the privacy badge; each reply's footer
// names the provider and marks a fallback; "no endpoint" offers a one-click relax that resends
// without losing the user's message; @preset/slug models from the picker; presets exported as
// OpenRouter preset JSON.
#include "tst_chatpage_harness.h"

#include "chat/ChatSettingsPanel.h"
#include "chat/PresetStore.h"
#include "chat/RoutingSettingsBox.h"
#include "chat/TranscriptFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>

using namespace orc;
using namespace orc::test;
using namespace Qt::StringLiterals;

namespace {
const QString kR1 = u"deepseek/deepseek-r1"_s;
}

class TestChatPageRouting : public QObject {
    Q_OBJECT

private slots:
    void settingsRoutingIsSentAndShown() {
        ChatHarness h;
        h.useModel(kR1);
        RoutingSettingsBox *box = h.page->settingsPanel()->routingBox();
        QVERIFY(!h.page->routingBadge()->isVisibleTo(h.page.get()));
        box->profileBox()->setCurrentIndex(box->profileBox()->findData(u"fastest"_s));
        box->privateBox()->setChecked(true);
        QVERIFY(h.page->routingBadge()->isVisibleTo(h.page.get()));
        QVERIFY(h.page->routingBadge()->text().contains(u"Private"_s));
        QVERIFY(h.page->routingBadge()->text().contains(u"Fastest"_s));
        QVERIFY(h.sendAndWait(u"hello"_s));
        QCOMPARE(h.server.lastRequest().json.value("provider"_L1).toObject(),
                 (QJsonObject{{u"sort"_s, u"throughput"_s},
                              {u"zdr"_s, true},
                              {u"data_collection"_s, u"deny"_s}}));
        const StoredMessage reply = h.last();
        QCOMPARE(reply.provider, u"SambaNova"_s);
        MessageCard *card = h.card(reply.id);
        QVERIFY(card);
        QVERIFY2(card->statsLabel()->text().contains(u"served by SambaNova"_s),
                 qPrintable(card->statsLabel()->text()));
        QVERIFY(card->noticeLabel()->text().isEmpty()); // served as asked
        QVERIFY(h.page->session()->params().routing.privateMode);
    }

    void fallbackIsMarked() {
        ChatHarness h;
        h.useModel(kR1);
        RoutingSettingsBox *box = h.page->settingsPanel()->routingBox();
        box->orderEdit()->setText(u"openai"_s); // does not serve R1: another provider steps in
        emit box->orderEdit()->editingFinished();
        QCOMPARE(h.page->session()->params().routing.overrides.order, QStringList{u"openai"_s});
        QVERIFY(h.sendAndWait(u"who serves?"_s));
        const StoredMessage reply = h.last();
        QCOMPARE(reply.state, StoredMessage::State::Complete);
        MessageCard *card = h.card(reply.id);
        QVERIFY(card);
        QTRY_VERIFY(card->noticeLabel()->isVisible());
        QVERIFY2(card->noticeLabel()->text().startsWith(u"Fallback:"_s),
                 qPrintable(card->noticeLabel()->text()));
        QVERIFY(card->noticeLabel()->text().contains(u"openai"_s));
    }

    void noEndpointOffersRelax() {
        ChatHarness h;
        h.useModel(kR1);
        RoutingSettingsBox *box = h.page->settingsPanel()->routingBox();
        box->privateBox()->setChecked(true);
        box->onlyEdit()->setText(u"novita"_s);
        emit box->onlyEdit()->editingFinished();
        QVERIFY(h.sendAndWait(u"my precious words"_s));
        StoredMessage failed = h.last();
        QCOMPARE(failed.state, StoredMessage::State::Failed);
        MessageCard *card = h.card(failed.id);
        QVERIFY(card);
        QVERIFY(card->errorLabel()->isVisible());
        QVERIFY2(!card->errorLabel()->text().isEmpty(), "the reason shows");
        QVERIFY(card->relaxButton()->isVisible());
        QCOMPARE(card->relaxButton()->text(), u"Turn privacy mode off and resend"_s);
        card->relaxButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!h.busy() && h.last().state == StoredMessage::State::Complete,
                                 kChatTimeoutMs);
        QCOMPARE(h.last().provider, u"Novita"_s);
        QCOMPARE(h.thread().first().content, u"my precious words"_s);
        QCOMPARE(h.thread().size(), 2);
        QVERIFY(!box->privateBox()->isChecked()); // the panel shows the relaxed routing
        QCOMPARE(box->onlyEdit()->text(), u"novita"_s);
        QVERIFY(!h.page->routingBadge()->isVisibleTo(h.page.get()));
    }

    void presetModelsArePickedAndSent() {
        ChatHarness h;
        h.pickModel(u"@preset/cheap-r1"_s);
        QCOMPARE(h.page->modelPicker()->currentModel(), u"@preset/cheap-r1"_s);
        QVERIFY(h.sendAndWait(u"hi preset"_s));
        QCOMPARE(h.server.lastRequest().json.value("model"_L1).toString(), u"@preset/cheap-r1"_s);
        QCOMPARE(h.last().state, StoredMessage::State::Complete);
        QVERIFY(!h.page->session()->fallbackOf(h.last().id)); // a preset is no fallback
    }

    void presetsExportAsOpenRouterPresets() {
        ChatHarness h;
        ChatPreset preset;
        preset.name = u"Code review (strict)"_s;
        preset.systemPrompt = u"Review the code."_s;
        preset.params.temperature = 0.2;
        preset.params.maxTokens = 800;
        preset.params.reasoningEffort = u"high"_s;
        preset.params.routing.profileId = u"cheapest"_s;
        preset.params.routing.privateMode = true;
        const QJsonObject o =
            PresetStore::toOpenRouterPreset(preset, kR1, RoutingProfile::builtIns());
        QCOMPARE(o.value("slug"_L1).toString(), u"code-review-strict"_s);
        QCOMPARE(o.value("name"_L1).toString(), preset.name);
        QCOMPARE(o.value("system_prompt"_L1).toString(), preset.systemPrompt);
        const QJsonObject config = o.value("config"_L1).toObject();
        QCOMPARE(config.value("model"_L1).toString(), kR1);
        QCOMPARE(config.value("temperature"_L1).toDouble(), 0.2);
        QCOMPARE(config.value("max_tokens"_L1).toInt(), 800);
        QCOMPARE(config.value("reasoning"_L1).toObject().value("effort"_L1).toString(), u"high"_s);
        QCOMPARE(config.value("provider"_L1).toObject(),
                 (QJsonObject{{u"sort"_s, u"price"_s},
                              {u"zdr"_s, true},
                              {u"data_collection"_s, u"deny"_s}}));
        QVERIFY(!config.contains("messages"_L1) && !config.contains("stream"_L1));

        // through the panel, to a file
        QVERIFY(PresetStore::save(preset));
        h.useModel(kR1);
        h.page->settingsPanel()->reloadPresets();
        const QString path = h.dir.filePath(u"preset.json"_s);
        QString error;
        QVERIFY2(h.page->settingsPanel()->exportPreset(preset.name, path, &error),
                 qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(written.value("config"_L1).toObject().value("model"_L1).toString(), kR1);
        QVERIFY(!h.page->settingsPanel()->exportPreset(u"nope"_s, path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!h.page->settingsPanel()->exportPreset(preset.name, u"/nonexistent/dir/x.json"_s,
                                                       &error));
        QVERIFY(error.contains(u"Cannot write"_s));
    }

    void routingWarnsFromTheCache() {
        ChatHarness h;
        QTemporaryDir dir;
        const RoutingCache cache(dir.path());
        ProviderInfo deepinfra;
        deepinfra.name = u"DeepInfra"_s;
        deepinfra.slug = u"deepinfra"_s;
        QVERIFY(cache.saveProviders({deepinfra}));
        ModelEndpoints endpoints;
        endpoints.id = kR1;
        ModelEndpoint e;
        e.providerName = u"DeepInfra"_s;
        e.tag = u"deepinfra"_s;
        e.promptPrice = 0.5e-6;
        e.completionPrice = 2e-6;
        endpoints.endpoints = {e};
        QVERIFY(cache.saveModelEndpoints(endpoints));
        RoutingSettingsBox box;
        box.setCache(cache);
        box.setModelId(kR1);
        QVERIFY2(box.warningLabel()->isHidden(), qPrintable(box.warningLabel()->text()));
        box.ignoreEdit()->setText(u"deepinfra, nosuchprovider"_s);
        emit box.ignoreEdit()->editingFinished();
        QVERIFY(!box.warningLabel()->isHidden());
        QVERIFY2(box.warningLabel()->text().contains(u"nosuchprovider"_s),
                 qPrintable(box.warningLabel()->text()));
        QVERIFY(!box.warningLabel()->text().contains(u"deepinfra,"_s));
        box.ignoreEdit()->clear();
        box.maxPromptBox()->setValue(0.1);
        QVERIFY2(box.warningLabel()->text().contains(u"input"_s),
                 qPrintable(box.warningLabel()->text()));
        box.maxPromptBox()->setValue(1.0);
        QVERIFY2(box.warningLabel()->isHidden(), qPrintable(box.warningLabel()->text()));
        // the routing read back is what the widgets show
        box.maxCompletionBox()->setValue(box.maxCompletionBox()->minimum());
        box.fallbacksBox()->setChecked(false);
        const ChatRouting r = box.routing();
        QCOMPARE(r.overrides.maxPrice.prompt, std::optional<double>(1.0));
        QVERIFY(!r.overrides.maxPrice.completion);
        QCOMPARE(r.overrides.allowFallbacks, std::optional<bool>(false));
        RoutingSettingsBox other;
        other.setRouting(r);
        QCOMPARE(other.routing(), r);
    }
};

ORC_CHAT_TEST_MAIN(TestChatPageRouting)
#include "tst_chatpage_routing.moc"
