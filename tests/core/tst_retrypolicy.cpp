#include "net/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace orc;
using namespace Qt::StringLiterals;

class TestRetryPolicy : public QObject {
    Q_OBJECT
private slots:
    void retryableStatuses_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        for (int s : {408, 429, 500, 502, 503, 504, 524, 529})
            QTest::addRow("%d", s) << s << true;
        for (int s : {200, 400, 401, 402, 403, 404, 413, 422, 501})
            QTest::addRow("%d", s) << s << false;
    }
    void retryableStatuses() {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
    }

    void exponentialBackoffWithoutJitter() {
        RetryPolicy p;
        p.maxAttempts = 6;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        p.jitter = 0.0;
        QCOMPARE(p.nextDelayMs(1, std::nullopt, 0.3), 100);
        QCOMPARE(p.nextDelayMs(2, std::nullopt, 0.3), 200);
        QCOMPARE(p.nextDelayMs(3, std::nullopt, 0.3), 400);
        QCOMPARE(p.nextDelayMs(4, std::nullopt, 0.3), 800);
        QCOMPARE(p.nextDelayMs(5, std::nullopt, 0.3), 1000); // capped
        QVERIFY(!p.nextDelayMs(6, std::nullopt, 0.3));       // attempts exhausted
    }

    void jitterBounds() {
        RetryPolicy p;
        p.baseDelayMs = 1000;
        p.jitter = 0.2;
        QCOMPARE(p.nextDelayMs(1, std::nullopt, 0.0), 800);
        QCOMPARE(p.nextDelayMs(1, std::nullopt, 0.5), 1000);
        QCOMPARE(p.nextDelayMs(1, std::nullopt, 0.999999), 1200);
    }

    void retryAfterWins() {
        RetryPolicy p;
        p.baseDelayMs = 10;
        QCOMPARE(p.nextDelayMs(1, 3000, 0.9), 3000);
        p.maxRetryAfterMs = 2000;
        QVERIFY(!p.nextDelayMs(1, 3000, 0.9)); // too long to wait: give the error back
        p.maxAttempts = 1;
        QVERIFY(!p.nextDelayMs(1, 100, 0.5));
    }

    void parseRetryAfter_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expectedMs"); // -1 = invalid
        QTest::newRow("seconds") << "3"_ba << 3000;
        QTest::newRow("spaces") << " 12 "_ba << 12000;
        QTest::newRow("fraction") << "1.5"_ba << 1500;
        QTest::newRow("zero") << "0"_ba << 0;
        QTest::newRow("negative") << "-5"_ba << 0;
        QTest::newRow("imf-date") << "Wed, 25 Nov 2026 12:00:30 GMT"_ba << 30000;
        QTest::newRow("rfc850") << "Wednesday, 25-Nov-26 12:01:00 GMT"_ba << 60000;
        QTest::newRow("asctime") << "Wed Nov 25 12:00:05 2026"_ba << 5000;
        QTest::newRow("past-date") << "Wed, 25 Nov 2026 11:00:00 GMT"_ba << 0;
        QTest::newRow("garbage") << "soon"_ba << -1;
        QTest::newRow("empty") << ""_ba << -1;
    }
    void parseRetryAfter() {
        QFETCH(QByteArray, value);
        QFETCH(int, expectedMs);
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0, 0), QTimeZone::utc());
        const auto ms = RetryPolicy::parseRetryAfter(value, now);
        if (expectedMs < 0)
            QVERIFY2(!ms, qPrintable(QString::number(ms.value_or(-2))));
        else
            QCOMPARE(ms.value_or(-1), expectedMs);
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
