// EnumNames: the one table of value names, both ways; and the tables core keeps with it name
// every value of their enum (a value added without a name would go out as an empty string).
#include "api/ClientConfig.h"
#include "domain/ApiError.h"
#include "domain/CatalogDiff.h"
#include "domain/ChatResult.h"
#include "domain/Conversation.h"
#include "domain/EnumNames.h"
#include "domain/ModelQuery.h"
#include "media/ImageSniffer.h"
#include "tools/McpTypes.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace orc;

namespace {

enum class Colour { Red, Green, Blue, Unnamed };
constexpr EnumName<Colour> kColourNames[] = {
    {Colour::Red, "red"_L1},
    {Colour::Green, "green"_L1},
    {Colour::Blue, "blue"_L1},
    {Colour::Red, "crimson"_L1}, // an accepted variant: read, never written
};

constexpr QLatin1String kDenseNames[] = {"red"_L1, "green"_L1, "blue"_L1}; // by Colour

// Every value from 0 to `last` has a name of its own.
template<typename E, typename NameOf>
bool allNamedAndDistinct(E last, NameOf nameOf) {
    QSet<QString> seen;
    for (int i = 0; i <= int(last); ++i) {
        const QString name = nameOf(E(i));
        if (name.isEmpty() || name == "unknown"_L1 || seen.contains(name)) {
            qWarning("value %d is named \"%s\"", i, qPrintable(name));
            return false;
        }
        seen.insert(name);
    }
    return true;
}

} // namespace

class TestEnumNames : public QObject {
    Q_OBJECT

private slots:
    void bothWays() {
        QCOMPARE(enumName(kColourNames, Colour::Green), u"green"_s);
        QCOMPARE(enumName(kColourNames, Colour::Red), u"red"_s); // the first name wins
        QCOMPARE(enumName(kColourNames, Colour::Unnamed), QString());
        QCOMPARE(enumName(kColourNames, Colour::Unnamed, "none"_L1), u"none"_s);
        QCOMPARE(enumFromName(kColourNames, u"blue"), std::optional(Colour::Blue));
        QCOMPARE(enumFromName(kColourNames, u"crimson"), std::optional(Colour::Red));
        QCOMPARE(enumFromName(kColourNames, u"Blue"), std::nullopt); // exact names only
        QCOMPARE(enumFromName(kColourNames, u""), std::nullopt);
        QCOMPARE(enumNames(kColourNames),
                 QStringList({u"red"_s, u"green"_s, u"blue"_s, u"crimson"_s}));
    }

    void denseList() {
        QCOMPARE(enumName(kDenseNames, Colour::Red), u"red"_s);
        QCOMPARE(enumName(kDenseNames, Colour::Blue), u"blue"_s);
        QCOMPARE(enumName(kDenseNames, Colour::Unnamed), QString()); // past the end
        QCOMPARE(enumName(kDenseNames, Colour::Unnamed, "unknown"_L1), u"unknown"_s);
    }

    void coreTablesNameEveryValue() {
        QVERIFY(allNamedAndDistinct(ApiError::Kind::Truncated, &ApiError::kindName));
        QVERIFY(allNamedAndDistinct(McpError::Kind::Closed, &McpError::kindName));
        QVERIFY(allNamedAndDistinct(ChatResult::State::Truncated, &ChatResult::stateName));
        QVERIFY(allNamedAndDistinct(ImageSniffer::Error::TooManyPixels, &ImageSniffer::errorName));
        QVERIFY(allNamedAndDistinct(KeySource::Stored, &ClientConfig::keySourceName));
        QVERIFY(allNamedAndDistinct(CatalogChange::Kind::Changed, &CatalogDiff::kindName));
        QVERIFY(allNamedAndDistinct(StoredMessage::State::Failed, &StoredMessage::stateName));
        QCOMPARE(ApiError::kindName(ApiError::Kind::RateLimited), u"rate_limited"_s);
        QCOMPARE(ApiError::kindName(ApiError::Kind(99)), u"unknown"_s);
        QCOMPARE(StoredMessage::stateFromName(u"stopped"_s), StoredMessage::State::Stopped);
        QCOMPARE(StoredMessage::stateFromName(u"nonsense"_s), StoredMessage::State::Complete);
        QCOMPARE(ModelQuery::capabilityName(ModelCapability::ImageOutput), u"image_gen"_s);
        QCOMPARE(ModelQuery::parseCapability(u"image-generation"),
                 std::optional(ModelCapability::ImageOutput));
        QCOMPARE(ModelQuery::parseSortKey(u" Newest "), std::optional(ModelQuery::SortKey::Newest));
    }
};

QTEST_APPLESS_MAIN(TestEnumNames)
#include "tst_enumnames.moc"
