#include "domain/Budget.h"
#include "domain/ChatRequest.h"
#include "domain/CostEstimate.h"
#include "domain/ImageRequest.h"
#include "domain/ModelInfo.h"
#include "store/Settings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

ModelPricing pricing(const char *json) {
    return ModelPricing::fromJson(QJsonDocument::fromJson(json).object());
}

ModelInfo model(const char *json) {
    return ModelInfo::fromJson(QJsonDocument::fromJson(json).object());
}

} // namespace

class TestCostEstimate : public QObject {
    Q_OBJECT

private slots:
    void textTokens() {
        QCOMPARE(CostEstimate::textTokens(u""), 4);      // the template alone
        QCOMPARE(CostEstimate::textTokens(u"abcd"), 5);  // four Latin characters a token
        QCOMPARE(CostEstimate::textTokens(u"abcde"), 6); // rounded up
        QCOMPARE(CostEstimate::textTokens(u"日本語のテキスト"), 4 + 8); // a token a character
        QCOMPARE(CostEstimate::textTokens(u"😀"), 5); // one code point, not two units
    }

    void range() {
        // $1/M prompt, $4/M completion, cache reads at $0.10/M, $0.01 a request.
        const ModelPricing p = pricing(R"({"prompt":"0.000001","completion":"0.000004",
            "input_cache_read":"0.0000001","request":"0.01"})");
        CostInputs in;
        in.promptTokens = 1'000'000;
        in.maxOutputTokens = 500'000;
        CostRange r = CostEstimate::range(p, in);
        QVERIFY(!r.variable);
        QCOMPARE(r.minUsd, 1.01);             // prompt + request, nothing generated
        QCOMPARE(r.maxUsd, 1.0 + 2.0 + 0.01); // + 500k completion tokens
        in.cachedPromptTokens = 1'000'000;    // every prompt token may be a cache hit
        r = CostEstimate::range(p, in);
        QCOMPARE(r.minUsd, 0.1 + 0.01);
        QCOMPARE(r.maxUsd, 3.01); // the bound assumes no hit
        // The calculator: exact N in / M out gives one number.
        in = CostInputs{};
        in.promptTokens = 2'000;
        in.minOutputTokens = in.maxOutputTokens = 1'000;
        in.requests = 3;
        r = CostEstimate::range(p, in);
        QCOMPARE(r.minUsd, r.maxUsd);
        QCOMPARE(CostEstimate::text(r), u"about $0.036"_s);
    }

    void images() {
        CostInputs in;
        in.promptTokens = 100;
        in.inputImages = 2;
        // Priced per image: two images, prompt tokens as typed.
        CostRange r = CostEstimate::range(
            pricing(R"({"prompt":"0.000001","completion":"0","image":"0.005"})"), in);
        QCOMPARE(r.promptTokens, 100);
        QCOMPARE(r.maxUsd, 0.0001 + 0.01);
        // No image price: images count as prompt tokens.
        r = CostEstimate::range(pricing(R"({"prompt":"0.000001","completion":"0"})"), in);
        QCOMPARE(r.promptTokens, 100 + 2 * CostEstimate::kTokensPerImage);
    }

    void variableAndTiered() {
        CostInputs in;
        in.promptTokens = 10;
        const CostRange r =
            CostEstimate::range(pricing(R"({"prompt":"-1","completion":"-1"})"), in);
        QVERIFY(r.variable);
        QCOMPARE(CostEstimate::text(r), u"variable price"_s);
        QVERIFY(CostEstimate::range(ModelPricing::fromJson(QJsonValue()), in).variable);
        // Tiered: prompts above 200k tokens cost twice as much.
        const ModelPricing tiered = pricing(R"({"prompt":"0.000001","completion":"0",
            "overrides":[{"min_prompt_tokens":200000,"prompt":"0.000002"}]})");
        in.promptTokens = 300'000;
        QCOMPARE(CostEstimate::range(tiered, in).maxUsd, 0.6);
        in.promptTokens = 100'000;
        QCOMPARE(CostEstimate::range(tiered, in).maxUsd, 0.1);
    }

    void outputBound() {
        const ModelInfo m = model(R"({"id":"a/b","context_length":1000,
            "top_provider":{"max_completion_tokens":300}})");
        QCOMPARE(CostEstimate::outputBound(m, 50, 10), 50);
        QCOMPARE(CostEstimate::outputBound(m, std::nullopt, 10), 300);
        const ModelInfo noMax = model(R"({"id":"a/c","context_length":1000})");
        QCOMPARE(CostEstimate::outputBound(noMax, std::nullopt, 400), 600);
        QCOMPARE(CostEstimate::outputBound(model(R"({"id":"a/d"})"), std::nullopt, 400), 0);
    }

    void chatAndImageRequests() {
        // $1/M prompt, $2/M completion, 4096 tokens of output at most.
        const ModelInfo m = model(R"({"id":"a/b","context_length":65536,
            "pricing":{"prompt":"0.000001","completion":"0.000002","image_output":"0.00003"},
            "top_provider":{"max_completion_tokens":4096}})");
        ChatRequest request;
        request.model = u"a/b"_s;
        request.messages << ChatMessage::system(u"terse"_s) << ChatMessage::user(u"hello"_s);
        CostRange r = CostEstimate::forChat(request, m);
        QCOMPARE(r.promptTokens, 6 + 6); // two messages, template tokens each
        QCOMPARE(r.minUsd, 12 * 1e-6);
        QCOMPARE(r.maxUsd, 12 * 1e-6 + 4096 * 2e-6); // the model's max output bounds it
        request.maxTokens = 10;
        QCOMPARE(CostEstimate::forChat(request, m).maxUsd, 12 * 1e-6 + 10 * 2e-6);
        // An attached image is a thousand prompt tokens (no per-image price); a document a
        // token per four bytes.
        request.messages.last().parts
            << ContentPart::makeImageData(QByteArray(10, 'x'), u"image/png"_s)
            << ContentPart::makePdf(u"a.pdf"_s, QByteArray(399, 'p'));
        QCOMPARE(CostEstimate::forChat(request, m).promptTokens, 12 + 1000 + 100);
        // Unknown price: no bound, the prompt still counted.
        r = CostEstimate::forChat(request, ModelInfo());
        QVERIFY(r.variable);
        QCOMPARE(r.promptTokens, 12 + 1000 + 100);

        ImageRequest image;
        image.model = u"a/b"_s;
        image.prompt = u"a fox"_s; // 4 + 2 tokens
        image.count = 3;
        r = CostEstimate::forImage(image, m);
        QCOMPARE(r.promptTokens, 3 * 6);
        QCOMPARE(r.minUsd, 3 * 6 * 1e-6);
        QVERIFY(qFuzzyCompare(r.maxUsd, 3 * (6 * 1e-6 + 4096 * 3e-5))); // image output price

        CostRange sum;
        sum += CostRange{1, 2, 3, false};
        sum += CostRange{0.5, 0.5, 1, false};
        QCOMPARE(sum, (CostRange{1.5, 2.5, 4, false}));
        sum += CostRange{0, 0, 0, true};
        QVERIFY(sum.variable);
    }

    void budget() {
        const BudgetLimits limits{5.0, 100.0};
        QCOMPARE(BudgetStatus::check(limits, 1.0, 10.0).level, BudgetStatus::Level::Ok);
        BudgetStatus s = BudgetStatus::check(limits, 4.1, 10.0);
        QCOMPARE(s.level, BudgetStatus::Level::Warn);
        QCOMPARE(s.period, BudgetStatus::Period::Day);
        QCOMPARE(s.message(), u"Today: $4.10 of $5.00 spent (82 %)"_s);
        // 0.000018 / 0.00002 is 89.999… in binary: still 90 %.
        QCOMPARE(BudgetStatus::check({0.00002, 0}, 0.000018, 0).message(),
                 u"Today: $0.000018 of $0.00002 spent (90 %)"_s);
        // The next request's upper bound counts.
        QCOMPARE(BudgetStatus::check(limits, 3.0, 10.0, 2.5).level, BudgetStatus::Level::Over);
        s = BudgetStatus::check(limits, 0.0, 100.0);
        QCOMPARE(s.level, BudgetStatus::Level::Over);
        QCOMPARE(s.period, BudgetStatus::Period::Month);
        QCOMPARE(BudgetStatus::check(BudgetLimits{}, 1e6, 1e6, 1e6).level, BudgetStatus::Level::Ok);
        QVERIFY(BudgetStatus::check(BudgetLimits{}, 1, 1).message().isEmpty());
        const QDateTime now(QDate(2026, 12, 7), QTime(15, 30));
        QCOMPARE(BudgetStatus::dayStart(now), QDateTime(QDate(2026, 12, 7), QTime(0, 0)));
        QCOMPARE(BudgetStatus::monthStart(now), QDateTime(QDate(2026, 12, 1), QTime(0, 0)));
    }

    void budgetInSettings() {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"s.ini"_s);
        {
            Settings s(std::make_unique<QSettings>(file, QSettings::IniFormat));
            QVERIFY(s.budgetLimits().isEmpty());
            s.setBudgetLimits({2.5, -3});
        }
        Settings s(std::make_unique<QSettings>(file, QSettings::IniFormat));
        QCOMPARE(s.budgetLimits().dailyUsd, 2.5);
        QCOMPARE(s.budgetLimits().monthlyUsd, 0.0); // negative reads as none
    }
};

QTEST_APPLESS_MAIN(TestCostEstimate)
#include "tst_costestimate.moc"
