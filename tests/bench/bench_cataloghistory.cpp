// Catalogue history benchmark: diffing two 1,000-model catalogues (target < 5 ms) and reading
// "what changed" from a store holding a year of daily refreshes (target < 50 ms). Prints
// numbers only; it never fails on timings.

#include "domain/CatalogDiff.h"
#include "store/CatalogHistory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using orc::CatalogChange;
using orc::CatalogDiff;
using orc::CatalogHistory;
using orc::ModelInfo;

#include "BenchTiming.h"

using namespace orc::bench;

namespace {

QString price(QRandomGenerator &rng) {
    return QString::number(double(rng.bounded(1, 20000)) * 1e-9, 'f', 12);
}

// A catalogue entry with the price units and limits the real ones carry.
QJsonObject model(int id, QRandomGenerator &rng) {
    QJsonObject pricing{{u"prompt"_s, price(rng)}, {u"completion"_s, price(rng)}};
    if (rng.bounded(2))
        pricing.insert(u"input_cache_read"_s, price(rng));
    if (rng.bounded(3) == 0)
        pricing.insert(u"web_search"_s, u"0.01"_s);
    if (rng.bounded(10) == 0)
        pricing.insert(u"image"_s, price(rng));
    const qint64 context = qint64(1) << rng.bounded(13, 21);
    return {{u"id"_s, u"vendor%1/model-%2"_s.arg(id % 40).arg(id)},
            {u"name"_s, u"Vendor %1: Model %2"_s.arg(id % 40).arg(id)},
            {u"created"_s, 1700000000 + id * 3600},
            {u"context_length"_s, context},
            {u"pricing"_s, pricing},
            {u"top_provider"_s, QJsonObject{{u"context_length"_s, context},
                                            {u"max_completion_tokens"_s, context / 4},
                                            {u"is_moderated"_s, false}}},
            {u"expiration_date"_s, QJsonValue::Null}};
}

// The next day's catalogue: ~3 % re-priced, ~1 % with a new context, 5 gone, 5 new, 1 dated.
QJsonArray nextDay(QJsonArray data, int &nextId, QRandomGenerator &rng) {
    for (int i = 0; i < 5; ++i)
        data.removeAt(rng.bounded(data.size()));
    for (int i = 0; i < 5; ++i)
        data.append(model(nextId++, rng));
    for (qsizetype i = 0; i < data.size(); ++i) {
        const int roll = rng.bounded(100);
        if (roll >= 5)
            continue;
        QJsonObject m = data.at(i).toObject();
        if (roll < 3) {
            QJsonObject pricing = m.value(u"pricing"_s).toObject();
            pricing.insert(u"prompt"_s, price(rng));
            m.insert(u"pricing"_s, pricing);
        } else if (roll < 4) {
            m.insert(u"context_length"_s, m.value(u"context_length"_s).toInteger() * 2);
        } else {
            m.insert(u"expiration_date"_s, u"2027-06-30"_s);
        }
        data.replace(i, m);
    }
    return data;
}

QList<ModelInfo> parse(const QJsonArray &data) {
    return ModelInfo::parseList(QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson());
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    QRandomGenerator rng(18);

    QJsonArray day0;
    int nextId = 0;
    while (day0.size() < 1000)
        day0.append(model(nextId++, rng));
    const QJsonArray day1 = nextDay(day0, nextId, rng);
    const QList<ModelInfo> a = parse(day0);
    const QList<ModelInfo> b = parse(day1);
    const QDateTime seen = QDateTime::currentDateTimeUtc();
    qsizetype changeCount = 0;
    const Timing diffMs =
        median(50, [&] { changeCount = CatalogDiff::compute(a, b, seen).size(); });
    const Timing sameMs = median(50, [&] { CatalogDiff::compute(a, a, seen); });
    out << "diff 1000 vs 1000 models (" << changeCount << " changes): " << diffMs
        << " (target < 5 ms)\n";
    out << "diff 1000 vs an equal copy: " << sameMs << '\n';

    // A year of daily refreshes, in a temporary file, or in the file given as the first
    // argument (kept, and reused when it exists: for profiling the reads alone).
    QTemporaryDir dir;
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(u"history.sqlite"_s);
    qsizetype stored = 0;
    QElapsedTimer fill;
    fill.start();
    if (!QFile::exists(path)) {
        CatalogHistory history(path);
        QString error;
        if (!history.open(&error)) {
            out << "cannot open the history: " << error << '\n';
            return 1;
        }
        QJsonArray today = day0;
        QList<ModelInfo> previous = parse(today);
        const QDateTime start = seen.addDays(-365);
        for (int d = 1; d <= 365; ++d) {
            today = nextDay(today, nextId, rng);
            const QList<ModelInfo> current = parse(today);
            const QList<CatalogChange> changes =
                CatalogDiff::compute(previous, current, start.addDays(d));
            stored += changes.size();
            if (!history.record(start.addDays(d), current.size(), changes, &error)) {
                out << "record failed: " << error << '\n';
                return 1;
            }
            previous = current;
        }
    }
    out << "a year of daily refreshes: 365 refreshes, " << stored << " changes stored in "
        << fill.elapsed() << " ms (parse + diff + record)\n";

    qsizetype rows = 0;
    const Timing yearMs = median(20, [&] {
        CatalogHistory history(path); // opened cold each time, as the view does
        rows = history.changesSince(seen.addDays(-366)).size();
    });
    out << "what changed over the year (open + read " << rows << " changes): " << yearMs
        << " (target < 50 ms)\n";
    const Timing weekMs = median(20, [&] {
        CatalogHistory history(path);
        rows = history.changesSince(seen.addDays(-7)).size();
    });
    out << "what changed in the last 7 days (open + read " << rows << " changes): " << weekMs
        << '\n';
    CatalogHistory history(path);
    const QString someone = b.at(10).id();
    const Timing modelMs = median(20, [&] { rows = history.changesOf(someone).size(); });
    out << "one model's history (" << rows << " changes): " << modelMs << '\n';
    return 0;
}
