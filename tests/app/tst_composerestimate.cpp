// The composer's cost estimate (offscreen): the range shown follows the text, the attachments,
// the conversation so far, max_tokens and the model; it waits for a pause in typing; a model
// without a fixed price says so.

#include "tst_chatpage_harness.h"

#include "chat/ChatSettingsPanel.h"
#include "chat/ComposerEstimate.h"

#include <QJsonDocument>
#include <QLabel>

using namespace orc;
using namespace orc::test;
using namespace Qt::StringLiterals;

namespace {

ModelInfo pricedModel(const QString &id, const QString &prompt, const QString &completion,
                      qint64 maxOutput, const QString &cacheRead = {}) {
    QJsonObject pricing{{u"prompt"_s, prompt}, {u"completion"_s, completion}};
    if (!cacheRead.isEmpty())
        pricing.insert(u"input_cache_read"_s, cacheRead);
    return ModelInfo::fromJson(
        {{u"id"_s, id},
         {u"name"_s, id},
         {u"context_length"_s, 128000},
         {u"pricing"_s, pricing},
         {u"top_provider"_s, QJsonObject{{u"max_completion_tokens"_s, maxOutput}}}});
}

bool settled(ComposerEstimate *estimate) {
    return QTest::qWaitFor([&] { return !estimate->isPending(); }, 5000);
}

} // namespace

class TestComposerEstimate : public QObject {
    Q_OBJECT

private slots:
    void rangeFollowsTextAndModel() {
        Composer composer;
        ComposerEstimate estimate(&composer);
        const ModelInfo cheap = pricedModel(u"t/cheap"_s, u"0.000001"_s, u"0.000002"_s, 1000);
        estimate.setModel(cheap);
        QVERIFY(settled(&estimate));
        QVERIFY(!estimate.isShown()); // nothing typed: nothing to estimate
        QVERIFY(composer.estimateLabel()->isHidden());

        composer.setText(u"Hello there"_s);
        QVERIFY(estimate.isPending()); // waits for a pause in typing
        QVERIFY(settled(&estimate));
        QVERIFY(estimate.isShown());
        const CostRange shortText = estimate.range();
        // 11 characters: 3 tokens + 4 for the message template; no output at least, 1000 at most
        QCOMPARE(shortText.promptTokens, 7);
        QCOMPARE(shortText.minUsd, 7 * 0.000001);
        QCOMPARE(shortText.maxUsd, 7 * 0.000001 + 1000 * 0.000002);
        const QString label = composer.estimateLabel()->text();
        QVERIFY2(label.startsWith(u"≈ $"_s), qPrintable(label));
        QVERIFY2(label.contains(u"$0.002007"_s), qPrintable(label));

        composer.setText(QString(4000, u'x'));
        QVERIFY(settled(&estimate));
        QVERIFY(estimate.range().minUsd > shortText.minUsd);
        QVERIFY(composer.estimateLabel()->text() != label);

        const CostRange longText = estimate.range();
        estimate.setModel(pricedModel(u"t/dear"_s, u"0.00001"_s, u"0.00003"_s, 4000));
        QVERIFY(settled(&estimate));
        QVERIFY(estimate.range().minUsd > longText.minUsd);
        QVERIFY(estimate.range().maxUsd > longText.maxUsd);

        estimate.setMaxTokens(10); // max_tokens bounds the output
        QVERIFY(settled(&estimate));
        QCOMPARE(estimate.range().maxUsd, estimate.range().minUsd + 10 * 0.00003);

        estimate.setModel(ModelInfo::fromJson(
            {{u"id"_s, u"openrouter/auto"_s},
             {u"pricing"_s, QJsonObject{{u"prompt"_s, u"-1"_s}, {u"completion"_s, u"-1"_s}}}}));
        QVERIFY(settled(&estimate));
        QCOMPARE(composer.estimateLabel()->text(), u"variable price"_s);
    }

    void historyAndCacheCount() {
        Composer composer;
        ComposerEstimate estimate(&composer);
        estimate.setModel(
            pricedModel(u"t/cache"_s, u"0.000001"_s, u"0.000002"_s, 100, u"0.0000001"_s));
        composer.setText(u"next question"_s);
        QVERIFY(settled(&estimate));
        const CostRange alone = estimate.range();

        StoredMessage earlier;
        earlier.role = u"user"_s;
        earlier.content = QString(800, u'a'); // 204 tokens
        StoredMessage reply;
        reply.role = u"assistant"_s;
        reply.content = QString(400, u'b'); // 104 tokens
        estimate.setHistory({earlier, reply}, u"Be brief."_s);
        QVERIFY(settled(&estimate));
        QCOMPARE(estimate.historyTokens(), 204 + 104 + 7);
        QCOMPARE(estimate.range().promptTokens, alone.promptTokens + estimate.historyTokens());
        // at best the history comes from the cache at a tenth of the price
        QVERIFY(qFuzzyCompare(estimate.range().minUsd,
                              alone.minUsd + estimate.historyTokens() * 0.0000001));
        QVERIFY(qFuzzyCompare(estimate.range().maxUsd,
                              alone.maxUsd + estimate.historyTokens() * 0.000001));
    }

    void chatPageShowsTheEstimateOfItsModel() {
        ChatHarness h;
        h.page->setModels({pricedModel(u"fake/echo"_s, u"0.000001"_s, u"0.000002"_s, 500)});
        h.useModel(u"fake/echo"_s);
        h.editor()->setFocus();
        QTest::keyClicks(h.editor(), u"How much?"_s);
        QVERIFY(settled(h.page->estimate()));
        QLabel *label = h.page->composer()->estimateLabel();
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().startsWith(u"≈ $"_s), qPrintable(label->text()));
        QVERIFY(!label->toolTip().isEmpty());
        QVERIFY(h.sendAndWait(QString())); // Ctrl+Enter sends what was typed
        QVERIFY(QTest::qWaitFor([&] { return h.page->composer()->text().isEmpty(); }, 5000));
        QVERIFY(settled(h.page->estimate()));
        QVERIFY(label->isHidden()); // an empty composer estimates nothing
        // The conversation now counts.
        QTest::keyClicks(h.editor(), u"How much?"_s);
        QVERIFY(settled(h.page->estimate()));
        QVERIFY(h.page->estimate()->historyTokens() > 0);
    }
};

ORC_CHAT_TEST_MAIN(TestComposerEstimate)
#include "tst_composerestimate.moc"
