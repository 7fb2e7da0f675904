<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>orc::AccountFormat</name>
    <message numerus="yes">
        <source>%n request(s) per %1</source>
        <extracomment>%n a number of requests, %1 an interval such as &quot;1h&quot; or &quot;10s&quot;</extracomment>
        <translation>
            <numerusform>%n request per %1</numerusform>
            <numerusform>%n requests per %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::CatalogChangesView</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::CatalogFilterBar</name>
    <message numerus="yes">
        <source>Added to OpenRouter in the last %n day(s)</source>
        <translation>
            <numerusform>Added to OpenRouter in the last %n day</numerusform>
            <numerusform>Added to OpenRouter in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Being retired within %n day(s), or already gone</source>
        <translation>
            <numerusform>Being retired within %n day, or already gone</numerusform>
            <numerusform>Being retired within %n days, or already gone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::CatalogPage</name>
    <message numerus="yes">
        <source>The catalog changed: %n change(s), see What Changed.</source>
        <translation>
            <numerusform>The catalog changed: %n change, see What Changed.</numerusform>
            <numerusform>The catalog changed: %n changes, see What Changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::ChatStream</name>
    <message numerus="yes">
        <source>The stream held no readable data (%n event(s) were not JSON). Check the base URL.</source>
        <translation>
            <numerusform>The stream held no readable data (%n event was not JSON). Check the base URL.</numerusform>
            <numerusform>The stream held no readable data (%n events were not JSON). Check the base URL.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::ConversationSidebar</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::EndpointsPanel</name>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <translation>
            <numerusform>updated %n min ago</numerusform>
            <numerusform>updated %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n h ago</source>
        <translation>
            <numerusform>updated %n h ago</numerusform>
            <numerusform>updated %n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::GalleryPanel</name>
    <message numerus="yes">
        <source>%n generation</source>
        <translation>
            <numerusform>%n generation</numerusform>
            <numerusform>%n generations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n generations</source>
        <translation>
            <numerusform>%n generation</numerusform>
            <numerusform>%n generations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::GenerationStatus</name>
    <message numerus="yes">
        <source>%n image</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::ImageGenerator</name>
    <message numerus="yes">
        <source>%n of the requests failed: %1</source>
        <translation>
            <numerusform>%n of the requests failed: %1</numerusform>
            <numerusform>%n of the requests failed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images in the reply could not be used.</source>
        <translation>
            <numerusform>%n image in the reply could not be used.</numerusform>
            <numerusform>%n images in the reply could not be used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::InputImageStrip</name>
    <message numerus="yes">
        <source>This model takes at most %n input images.</source>
        <translation>
            <numerusform>This model takes at most %n input image.</numerusform>
            <numerusform>This model takes at most %n input images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input images; click one to remove it.</source>
        <translation>
            <numerusform>%n input image; click it to remove it.</numerusform>
            <numerusform>%n input images; click one to remove it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::ModelLifecycle</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::RetryNotice</name>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Retrying in %n s</numerusform>
            <numerusform>Retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::SpendChart</name>
    <message numerus="yes">
        <source>%1
%2 in %n request(s)</source>
        <translation>
            <numerusform>%1
%2 in %n request</numerusform>
            <numerusform>%1
%2 in %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::UsagePage</name>
    <message numerus="yes">
        <source>$%1 in %n request(s)</source>
        <translation>
            <numerusform>$%1 in %n request</numerusform>
            <numerusform>$%1 in %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not priced yet, marked *)</source>
        <translation>
            <numerusform>(%n not priced yet, marked *)</numerusform>
            <numerusform>(%n not priced yet, marked *)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::UsageTableModel</name>
    <message numerus="yes">
        <source>%n request(s) without a known cost yet</source>
        <translation>
            <numerusform>%n request without a known cost yet</numerusform>
            <numerusform>%n requests without a known cost yet</numerusform>
        </translation>
    </message>
</context>
</TS>
