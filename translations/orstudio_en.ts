<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>orc::AccountFormat</name>
    <message numerus="yes">
        <source>%n request(s) per %1</source>
        <extracomment>%n a number of requests, %1 an interval such as "1h" or "10s"</extracomment>
        <translation>
            <numerusform>%n request per %1</numerusform>
            <numerusform>%n requests per %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::ActivityPanel</name>
    <message numerus="yes">
        <source>Neither this computer nor the account has spent anything in the last %n completed UTC day(s).</source>
        <translation>
            <numerusform>Neither this computer nor the account has spent anything in the last %n completed UTC day.</numerusform><numerusform>Neither this computer nor the account has spent anything in the last %n completed UTC days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last %n completed UTC day(s): this computer %1, the account %2 (difference %3; other devices and keys count on the account only).</source>
        <translation>
            <numerusform>Last %n completed UTC day: this computer %1, the account %2 (difference %3; other devices and keys count on the account only).</numerusform><numerusform>Last %n completed UTC days: this computer %1, the account %2 (difference %3; other devices and keys count on the account only).</numerusform></translation>
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
    <name>orc::CompareColumn</name>
    <message numerus="yes">
        <source>First token after %1 ms · %n chunk(s) so far</source>
        <translation>
            <numerusform>First token after %1 ms · %n chunk so far</numerusform><numerusform>First token after %1 ms · %n chunks so far</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform><numerusform>%n tokens</numerusform></translation>
    </message>
</context>
<context>
    <name>orc::ComposerEstimate</name>
    <message numerus="yes">
        <source>What this message may cost with %1: about %n prompt token(s) (the conversation so far, your text and attachments) and up to %2 output tokens. The lower figure assumes a short answer and the conversation read from the provider's cache.</source>
        <translation>
            <numerusform>What this message may cost with %1: about %n prompt token (the conversation so far, your text and attachments) and up to %2 output tokens. The lower figure assumes a short answer and the conversation read from the provider's cache.</numerusform><numerusform>What this message may cost with %1: about %n prompt tokens (the conversation so far, your text and attachments) and up to %2 output tokens. The lower figure assumes a short answer and the conversation read from the provider's cache.</numerusform></translation>
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
