// ModelDetailsDocument: what the details pane says about a model, as plain text: prices per
// unit (from core's PriceTable), knowledge cutoff, expiration with the days left, benchmarks.

#include "catalog/ModelDetailsDocument.h"
#include "domain/ModelLifecycle.h"

#include <QJsonDocument>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using orc::ModelDetailsDocument;
using orc::ModelInfo;

namespace {

ModelInfo model(const QByteArray &json) {
    return ModelInfo::fromJson(QJsonDocument::fromJson(json).object());
}

QString render(const ModelInfo &m) {
    QTextDocument doc;
    ModelDetailsDocument::render(&doc, m);
    return doc.toPlainText();
}

} // namespace

class TestModelDetailsDocument : public QObject {
    Q_OBJECT

private slots:
    void lifecycleAndBenchmarks() {
        const QDate in12 = orc::ModelLifecycle::today().addDays(12);
        const ModelInfo m = model(R"({"id":"a/b","name":"A B","knowledge_cutoff":"2025-01-31",
            "expiration_date":")" +
                                  in12.toString(Qt::ISODate).toUtf8() + R"(",
            "pricing":{"prompt":"0.000001","completion":"0.000002","web_search":"0.01"},
            "benchmarks":{"artificial_analysis":{"intelligence_index":56,"coding_index":76.1,
            "agentic_index":null},"design_arena":[{"arena":"models","category":"3d","elo":1374,
            "win_rate":67.6,"rank":4}]}})");
        const QString text = render(m);
        QVERIFY2(text.contains(u"This model is being retired on "_s + in12.toString(Qt::ISODate) +
                               u" (in 12 day(s))."_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"Knowledge cutoff"_s));
        QVERIFY(text.contains(u"2025-01-31"_s));
        QVERIFY(text.contains(u"Benchmarks"_s));
        QVERIFY(text.contains(u"intelligence 56 \u00b7 coding 76.1 \u00b7 agentic n/a"_s));
        QVERIFY(text.contains(u"Design Arena: models / 3d"_s));
        QVERIFY(text.contains(u"rank 4 \u00b7 Elo "_s)); // 1374, grouped as the locale wants
        QVERIFY(text.contains(u"win rate 67.6 %"_s));
        QVERIFY(text.contains(u"per search"_s));

        const QList<ModelDetailsDocument::PriceRow> rows =
            ModelDetailsDocument::priceRows(m.pricing());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).label, u"Input (prompt)"_s);
        QCOMPARE(rows.at(0).price, u"$1.00"_s);
        QCOMPARE(rows.at(0).unit, u"per 1M tokens"_s);
        QCOMPARE(rows.at(2).label, u"Web search"_s);
        QCOMPARE(rows.at(2).unit, u"per search"_s);
    }

    void retiredAndPlain() {
        const ModelInfo gone = model(R"({"id":"a/old","expiration_date":"2020-01-01"})");
        QVERIFY(render(gone).contains(u"This model was retired on 2020-01-01 ("_s));
        const ModelInfo plain = model(R"({"id":"a/plain","benchmarks":{"design_arena":[]}})");
        const QString text = render(plain);
        QVERIFY(!text.contains(u"retired"_s));
        QVERIFY(!text.contains(u"Benchmarks"_s));
    }
};

QTEST_MAIN(TestModelDetailsDocument)
#include "tst_modeldetailsdocument.moc"
