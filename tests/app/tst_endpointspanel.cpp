// The catalogue's providers table (EndpointsPanel + EndpointsTableModel): loaded from the routing
// cache at once, refreshed from the fake server in the background, sortable, errors shown in the
// panel, providers pinned and blocked in the "My providers" routing profile.
#include "FakeOpenRouter.h"
#include "api/OpenRouterClient.h"
#include "catalog/EndpointsPanel.h"
#include "catalog/EndpointsTableModel.h"
#include "catalog/ModelDetailsPane.h"
#include "store/Settings.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {
const QString kR1 = u"deepseek/deepseek-r1"_s;
constexpr int kTimeoutMs = 10000;
} // namespace

class TestEndpointsPanel : public QObject {
    Q_OBJECT
    fake::FakeOpenRouter m_server;

    std::unique_ptr<OpenRouterClient> client(const QUrl &url) {
        ClientConfig c;
        c.baseUrl = url;
        c.retry.maxAttempts = 1;
        return std::make_unique<OpenRouterClient>(c);
    }
    // Shows R1's providers in `panel`, from a cache in `dir` and the fake server.
    void showR1(EndpointsPanel &panel, const QTemporaryDir &dir) {
        if (!m_client)
            m_client = client(m_server.baseUrl());
        panel.setSource(m_client.get(), RoutingCache(dir.path()));
        panel.showModel(kR1);
    }
    std::unique_ptr<OpenRouterClient> m_client;

    static QStringList column(const QTableView *view, int column) {
        QStringList out;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            out << view->model()->index(r, column).data().toString();
        return out;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"orstudio-tests"_s);
        QCoreApplication::setApplicationName(u"tst_endpointspanel"_s);
        QVERIFY(m_server.listen());
    }
    void init() {
        QSettings().clear();
        m_server.reset();
    }

    void loadsRefreshesAndCaches() {
        QTemporaryDir dir;
        const RoutingCache cache(dir.path());
        EndpointsPanel panel;
        showR1(panel, dir);
        QVERIFY(panel.isLoading()); // nothing cached: fetched in the background
        QVERIFY(panel.statusLabel()->text().contains(u"Loading"_s));
        QTRY_COMPARE_WITH_TIMEOUT(panel.tableModel()->rowCount(), 10, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading(), kTimeoutMs);
        QVERIFY(cache.modelEndpoints(kR1).isOk());
        // ZDR endpoints are marked once the ZDR listing arrived
        QTRY_VERIFY_WITH_TIMEOUT(cache.zdrEndpoints().isOk(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            column(panel.view(), EndpointsTableModel::PrivacyColumn).contains(u"ZDR"_s),
            kTimeoutMs);

        // a second panel shows the fresh cache without any request
        const int requests = m_server.requestCount();
        EndpointsPanel again;
        showR1(again, dir);
        QCOMPARE(again.tableModel()->rowCount(), 10);
        QVERIFY(!again.isLoading());
        QCOMPARE(m_server.requestCount(), requests);
        QVERIFY(again.statusLabel()->text().contains(u"updated"_s));
    }

    void sortsByNumbersWithUnknownLast() {
        QTemporaryDir dir;
        EndpointsPanel panel;
        showR1(panel, dir);
        QTRY_COMPARE_WITH_TIMEOUT(panel.tableModel()->rowCount(), 10, kTimeoutMs);
        auto *proxy = panel.view()->model();
        const auto numbers = [&](int col) {
            QList<double> out;
            for (int r = 0; r < proxy->rowCount(); ++r)
                out << proxy->index(r, col).data(EndpointsTableModel::SortRole).toDouble();
            return out;
        };
        panel.view()->sortByColumn(EndpointsTableModel::ThroughputColumn, Qt::DescendingOrder);
        QList<double> t = numbers(EndpointsTableModel::ThroughputColumn);
        QVERIFY(std::is_sorted(t.rbegin(), t.rend()));
        panel.view()->sortByColumn(EndpointsTableModel::InputPriceColumn, Qt::AscendingOrder);
        t = numbers(EndpointsTableModel::InputPriceColumn);
        QVERIFY(std::is_sorted(t.begin(), t.end()));
        QVERIFY(proxy->index(0, EndpointsTableModel::InputPriceColumn)
                    .data()
                    .toString()
                    .startsWith(u'$'));
        QCOMPARE(proxy->headerData(EndpointsTableModel::ContextColumn, Qt::Horizontal).toString(),
                 u"Context"_s);
    }

    void errorsShowInThePanel() {
        QTemporaryDir dir;
        auto c = client(QUrl(u"http://127.0.0.1:1"_s));
        EndpointsPanel panel;
        panel.setSource(c.get(), RoutingCache(dir.path()));
        panel.showModel(kR1);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading(), kTimeoutMs);
        QVERIFY2(panel.statusLabel()->text().contains(u"Could not load the providers"_s),
                 qPrintable(panel.statusLabel()->text()));
        QCOMPARE(panel.tableModel()->rowCount(), 0);

        // a corrupt cache file says so, and nothing crashes
        const RoutingCache cache(dir.path());
        QDir().mkpath(QFileInfo(cache.modelEndpointsPath(kR1)).absolutePath());
        QFile f(cache.modelEndpointsPath(kR1));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not json");
        f.close();
        EndpointsPanel offline;
        offline.setSource(nullptr, cache);
        offline.showModel(kR1);
        QVERIFY(offline.statusLabel()->text().contains(u"corrupt"_s));
    }

    void pinAndBlockEditMyProviders() {
        QList<RoutingProfile> profiles = RoutingProfile::builtIns();
        profiles = EndpointsPanel::withPin(profiles, u"fireworks"_s, true);
        const RoutingProfile *mine = RoutingProfile::find(profiles, u"my-providers"_s);
        QVERIFY(mine);
        QCOMPARE(mine->preferences.order, QStringList{u"fireworks"_s});
        profiles = EndpointsPanel::withPin(profiles, u"fireworks"_s, false); // block: unpins
        mine = RoutingProfile::find(profiles, u"my-providers"_s);
        QVERIFY(mine->preferences.order.isEmpty());
        QCOMPARE(mine->preferences.ignore, QStringList{u"fireworks"_s});
        profiles = EndpointsPanel::withPin(profiles, u"fireworks"_s, false); // toggles off
        QVERIFY(RoutingProfile::find(profiles, u"my-providers"_s)->preferences.ignore.isEmpty());

        QTemporaryDir dir;
        EndpointsPanel panel;
        showR1(panel, dir);
        QTRY_COMPARE_WITH_TIMEOUT(panel.tableModel()->rowCount(), 10, kTimeoutMs);
        QVERIFY(!panel.pinButton()->isEnabled()); // nothing selected
        panel.view()->selectRow(0);
        const QString slug = panel.selectedSlug();
        QVERIFY(!slug.isEmpty());
        QVERIFY(panel.pinButton()->isEnabled());
        QSignalSpy changed(&panel, &EndpointsPanel::routingProfilesChanged);
        panel.pinButton()->click();
        QCOMPARE(changed.count(), 1);
        mine = nullptr;
        const QList<RoutingProfile> stored = Settings().routingProfiles();
        mine = RoutingProfile::find(stored, u"my-providers"_s);
        QVERIFY(mine);
        QCOMPARE(mine->preferences.order, QStringList{slug});
        QVERIFY(panel.view()
                    ->model()
                    ->index(0, EndpointsTableModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(u"pinned"_s));
        QCOMPARE(panel.pinButton()->text(), u"Unpin provider"_s);
        panel.blockButton()->click();
        QCOMPARE(RoutingProfile::find(Settings().routingProfiles(), u"my-providers"_s)
                     ->preferences.ignore,
                 QStringList{slug});
    }

    void detailsPaneShowsTheTable() {
        QTemporaryDir dir;
        auto c = client(m_server.baseUrl());
        ModelDetailsPane pane;
        pane.setEndpointSource(c.get(), RoutingCache(dir.path())); // as the catalogue page does
        pane.resize(600, 700);
        pane.show();
        ModelInfo model = ModelInfo::fromJson(QJsonObject{{u"id"_s, kR1}, {u"name"_s, u"R1"_s}});
        pane.setModel(model, false);
        QTRY_COMPARE_WITH_TIMEOUT(pane.endpoints()->tableModel()->rowCount(), 10, kTimeoutMs);
        QVERIFY(pane.endpoints()->isVisible());
        pane.clear();
        QCOMPARE(pane.endpoints()->tableModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestEndpointsPanel)
#include "tst_endpointspanel.moc"
