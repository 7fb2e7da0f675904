// Endpoints table timing (offscreen unless QT_QPA_PLATFORM says otherwise): opening the
// providers table of a model with 10 providers (the fake's deepseek/deepseek-r1) from the routing
// cache, as the catalogue's details pane does when a model is selected: read and parse the
// cached listing and the ZDR listing, mark the ZDR endpoints, fill the model, sort, and repaint
// the view. No network: the cache is fresh. Target (issue 14): < 16 ms.
//
//   bench_endpointstable

#include "ModelCatalog.h"
#include "ProviderData.h"
#include "TestSupport.h"
#include "catalog/EndpointsPanel.h"
#include "catalog/EndpointsTableModel.h"
#include "store/RoutingCache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const orc::fake::ModelCatalog catalog;
    const orc::fake::ModelInfo *r1 = catalog.find(u"deepseek/deepseek-r1"_s);
    if (!r1)
        qFatal("deepseek/deepseek-r1 missing from the fake catalogue");
    orc::ModelEndpoints endpoints;
    QList<orc::ModelEndpoint> zdr;
    if (!orc::ModelEndpoints::parse(orc::fake::ProviderData::endpointsJson(*r1), &endpoints) ||
        !orc::parseZdrEndpoints(orc::fake::ProviderData::zdrJson(catalog.listed()), &zdr))
        qFatal("the fake listings do not parse");

    QTemporaryDir dir;
    const orc::RoutingCache cache(dir.path());
    if (!cache.saveModelEndpoints(endpoints) || !cache.saveZdrEndpoints(zdr))
        qFatal("cannot write the cache");

    orc::EndpointsPanel panel;
    panel.setSource(nullptr, cache);
    panel.resize(900, 420);
    panel.show();
    QApplication::processEvents();

    const auto open = [&] {
        panel.clear();
        panel.showModel(endpoints.id);
        panel.view()->viewport()->repaint();
    };
    QElapsedTimer first;
    first.start();
    open();
    const double firstMs = double(first.nsecsElapsed()) / 1e6;
    if (panel.tableModel()->rowCount() != 10)
        qFatal("expected 10 rows, got %d", panel.tableModel()->rowCount());
    const double warmMs = orc::test::medianMs(50, open);

    out << "endpoints table, 10 providers, " << zdr.size() << " ZDR endpoints, from cache\n";
    out << "  first open:  " << QString::number(firstMs, 'f', 2) << " ms\n";
    out << "  median open: " << QString::number(warmMs, 'f', 2) << " ms (50 runs; target < 16)\n";
    return 0;
}
