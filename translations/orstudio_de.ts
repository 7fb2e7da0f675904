<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>McpToolResult</name>
    <message>
        <source>[%1 %2, %3 bytes]</source>
        <translation>[%1 %2, %3 Bytes]</translation>
    </message>
    <message>
        <source>[resource %1 %2]</source>
        <translation>[Ressource %1 %2]</translation>
    </message>
    <message>
        <source>[resource %1]</source>
        <translation>[Ressource %1]</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no model with id %1</source>
        <translation>kein Modell mit der ID %1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>OR Studio: a desktop client for OpenRouter.</source>
        <translation>OR Studio: ein Desktop-Client für OpenRouter.</translation>
    </message>
    <message>
        <source>OpenRouter API base URL (default: OPENROUTER_BASE_URL, else %1).</source>
        <translation>Basis-URL der OpenRouter-API (Standard: OPENROUTER_BASE_URL, sonst %1).</translation>
    </message>
    <message>
        <source>Once the catalog is on screen, save the window as an image to &lt;file&gt; and quit.</source>
        <translation>Sobald der Katalog angezeigt wird, das Fenster als Bild in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Select the model &lt;id&gt; in the catalog.</source>
        <translation>Das Modell &lt;id&gt; im Katalog auswählen.</translation>
    </message>
    <message>
        <source>OR Studio</source>
        <translation>OR Studio</translation>
    </message>
    <message>
        <source>Keep the conversations in &lt;dir&gt; instead of the standard app-data folder.</source>
        <translation>Unterhaltungen in &lt;dir&gt; statt im Standard-Datenordner der App ablegen.</translation>
    </message>
    <message>
        <source>Open the conversation &lt;id&gt; on the chat page.</source>
        <translation>Die Unterhaltung &lt;id&gt; auf der Chat-Seite öffnen.</translation>
    </message>
    <message>
        <source>Chat with the model &lt;id&gt;.</source>
        <translation>Mit dem Modell &lt;id&gt; chatten.</translation>
    </message>
    <message>
        <source>Send &lt;text&gt; in a new conversation once the window is up (with --grab: grab when the reply is done).</source>
        <translation>&lt;text&gt; in einer neuen Unterhaltung senden, sobald das Fenster offen ist (mit --grab: Bild aufnehmen, wenn die Antwort fertig ist).</translation>
    </message>
    <message>
        <source>Search the conversations for &lt;text&gt;.</source>
        <translation>Die Unterhaltungen nach &lt;text&gt; durchsuchen.</translation>
    </message>
    <message>
        <source>--conversation takes a conversation number, not "%1".</source>
        <translation>--conversation erwartet eine Unterhaltungsnummer, nicht „%1“.</translation>
    </message>
    <message>
        <source>The conversations cannot be opened: %1</source>
        <translation>Die Unterhaltungen können nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>no conversation with id %1</source>
        <translation>keine Unterhaltung mit der ID %1</translation>
    </message>
    <message>
        <source>Generate an image from &lt;text&gt; in the image studio once the window is up (with --grab: grab when it is done).</source>
        <translation>Ein Bild aus &lt;text&gt; im Bildstudio erzeugen, sobald das Fenster offen ist (mit --grab: Bild aufnehmen, wenn es fertig ist).</translation>
    </message>
    <message>
        <source>The image model &lt;id&gt; for --image-prompt.</source>
        <translation>Das Bildmodell &lt;id&gt; für --image-prompt.</translation>
    </message>
    <message>
        <source>Settings for --image-prompt, e.g. aspect=16:9,size=2K,count=2.</source>
        <translation>Einstellungen für --image-prompt, z. B. aspect=16:9,size=2K,count=2.</translation>
    </message>
    <message>
        <source>Open the dialog &lt;name&gt; at start: %1 (with --grab: save the dialog instead of the window).</source>
        <translation>Den Dialog &lt;name&gt; beim Start öffnen: %1 (mit --grab: den Dialog statt des Fensters speichern).</translation>
    </message>
    <message>
        <source>--dialog takes %1, not "%2".</source>
        <translation>--dialog erwartet %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Show internal messages (Qt warnings, orc.* logging) on stderr.</source>
        <translation>Interne Meldungen (Qt-Warnungen, orc.*-Protokollierung) auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Page to show at start: models, chat, images, usage or compare.</source>
        <translation>Seite, die beim Start angezeigt wird: models, chat, images, usage oder compare.</translation>
    </message>
    <message>
        <source>Compare &lt;targets&gt; (separated by spaces) on --prompt on the Compare page once the window is up (with --grab: grab when all have answered).</source>
        <translation>&lt;targets&gt; (durch Leerzeichen getrennt) mit --prompt auf der Seite „Vergleichen“ vergleichen, sobald das Fenster offen ist (mit --grab: Bild aufnehmen, wenn alle geantwortet haben).</translation>
    </message>
    <message>
        <source>Type &lt;text&gt; into the chat composer without sending it (its cost estimate shows).</source>
        <translation>&lt;text&gt; in das Chat-Eingabefeld schreiben, ohne es zu senden (die Kostenschätzung wird angezeigt).</translation>
    </message>
    <message>
        <source>--page takes models, chat, images, usage or compare, not "%1".</source>
        <translation>--page erwartet models, chat, images, usage oder compare, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>orc</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistent (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The answer to %1 is not valid JSON (at byte %2): %3</source>
        <translation>Die Antwort auf %1 ist kein gültiges JSON (bei Byte %2): %3</translation>
    </message>
    <message>
        <source>The answer to %1 has no "data".</source>
        <translation>Die Antwort auf %1 enthält kein "data".</translation>
    </message>
    <message>
        <source>The answer to %1 is not a list.</source>
        <translation>Die Antwort auf %1 ist keine Liste.</translation>
    </message>
    <message>
        <source>None of the allowed providers serves this model (it is served by %1): change the provider list or allow fallbacks.</source>
        <translation>Keiner der zugelassenen Anbieter bietet dieses Modell an (es wird von %1 angeboten): Ändern Sie die Anbieterliste oder erlauben Sie Fallbacks.</translation>
    </message>
    <message>
        <source>None of the allowed providers serves this model: change the provider list or allow fallbacks.</source>
        <translation>Keiner der zugelassenen Anbieter bietet dieses Modell an: Ändern Sie die Anbieterliste oder erlauben Sie Fallbacks.</translation>
    </message>
    <message>
        <source>Your privacy settings exclude every provider of this model: see https://openrouter.ai/settings/privacy.</source>
        <translation>Ihre Datenschutzeinstellungen schließen alle Anbieter dieses Modells aus: siehe https://openrouter.ai/settings/privacy.</translation>
    </message>
    <message>
        <source>No provider of this model supports what the request asks for: remove those parameters or choose another model.</source>
        <translation>Kein Anbieter dieses Modells unterstützt, was die Anfrage verlangt: Entfernen Sie diese Parameter oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>Every provider of this model costs more than the maximum price: raise it or choose another model.</source>
        <translation>Jeder Anbieter dieses Modells ist teurer als der Höchstpreis: Erhöhen Sie ihn oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>No provider of this model offers the requested quantizations: allow others or choose another model.</source>
        <translation>Kein Anbieter dieses Modells bietet die angeforderten Quantisierungen: Lassen Sie andere zu oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>No provider of this model satisfies the routing constraints: relax them or choose another model.</source>
        <translation>Kein Anbieter dieses Modells erfüllt die Routing-Vorgaben: Lockern Sie sie oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>Cannot read the routing cache %1: %2</source>
        <translation>Der Routing-Cache %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The routing cache %1 is corrupt: %2</source>
        <translation>Der Routing-Cache %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Not caching the routing listing: no fetch time.</source>
        <translation>Die Routing-Liste wird nicht zwischengespeichert: kein Abrufzeitpunkt.</translation>
    </message>
</context>
<context>
    <name>orc::AboutDialog</name>
    <message>
        <source>About OR Studio</source>
        <translation>Über OR Studio</translation>
    </message>
    <message>
        <source>A native desktop client for OpenRouter: browse every model, chat with streaming replies and create images. orcli offers the same to scripts and AI agents.</source>
        <translation>Ein nativer Desktop-Client für OpenRouter: alle Modelle durchsuchen, mit gestreamten Antworten chatten und Bilder erzeugen. orcli bietet dasselbe für Skripte und KI-Agenten.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>Models, prices and keys: %1</source>
        <translation>Modelle, Preise und Schlüssel: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>orc::AccountController</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>orc::AccountFormat</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 übrig</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>%1, reset %2</source>
        <extracomment>%1 is an amount, %2 "daily", "weekly" or "monthly"</extracomment>
        <translation>%1, Zurücksetzung %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) per %1</source>
        <extracomment>%n a number of requests, %1 an interval such as "1h" or "10s"</extracomment>
        <translation>
            <numerusform>%n Anfrage pro %1</numerusform>
            <numerusform>%n Anfragen pro %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Limit remaining</source>
        <translation>Verbleibendes Limit</translation>
    </message>
    <message>
        <source>Account credit</source>
        <translation>Guthaben des Kontos</translation>
    </message>
    <message>
        <source>Can still spend</source>
        <translation>Noch verfügbar</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>der Befehlszeile</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>der Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>a file readable only by you</source>
        <translation>einer Datei, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>this session only (not stored)</source>
        <translation>dieser Sitzung (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>orc::AccountPanel</name>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Spent today:</source>
        <translation>Heute ausgegeben:</translation>
    </message>
    <message>
        <source>Spent this week:</source>
        <translation>Diese Woche ausgegeben:</translation>
    </message>
    <message>
        <source>Spent this month:</source>
        <translation>Diesen Monat ausgegeben:</translation>
    </message>
    <message>
        <source>Spent in total:</source>
        <translation>Insgesamt ausgegeben:</translation>
    </message>
    <message>
        <source>Key limit:</source>
        <translation>Schlüssel-Limit:</translation>
    </message>
    <message>
        <source>Limit remaining:</source>
        <translation>Verbleibendes Limit:</translation>
    </message>
    <message>
        <source>Account credit:</source>
        <translation>Guthaben des Kontos:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Ratenlimit:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Change Key…</source>
        <translation>Schlüssel ändern …</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>No API key is set. Sign in or paste a key to chat and create images.</source>
        <translation>Es ist kein API-Schlüssel eingerichtet. Melden Sie sich an oder fügen Sie einen Schlüssel ein, um zu chatten und Bilder zu erzeugen.</translation>
    </message>
    <message>
        <source>The key in use comes from %1.</source>
        <translation>Der verwendete Schlüssel stammt aus %1.</translation>
    </message>
    <message>
        <source>Removes the saved key; the key from the environment stays in use while it is set.</source>
        <translation>Entfernt den gespeicherten Schlüssel; der Schlüssel aus der Umgebung bleibt in Gebrauch, solange er gesetzt ist.</translation>
    </message>
    <message>
        <source>Removes the key from the keychain and from this computer.</source>
        <translation>Entfernt den Schlüssel aus dem Schlüsselbund und von diesem Computer.</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source>The account could not be read: %1</source>
        <translation>Das Konto konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 von %2 übrig</translation>
    </message>
    <message>
        <source>Remove the OpenRouter key from this computer? You will need to sign in or paste a key again to chat.</source>
        <translation>Den OpenRouter-Schlüssel von diesem Computer entfernen? Zum Chatten müssen Sie sich dann erneut anmelden oder einen Schlüssel einfügen.</translation>
    </message>
</context>
<context>
    <name>orc::ActivityPanel</name>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Requests (here / account)</source>
        <translation>Anfragen (hier / Konto)</translation>
    </message>
    <message>
        <source>Reading the management key…</source>
        <translation>Verwaltungsschlüssel wird gelesen …</translation>
    </message>
    <message>
        <source>Comparing with the account's activity needs a management key: OpenRouter shows an account's activity to management keys only. Create one at openrouter.ai/settings/management-keys and add it on Settings &gt; Account.</source>
        <translation>Der Vergleich mit der Aktivität des Kontos erfordert einen Verwaltungsschlüssel: OpenRouter zeigt die Aktivität eines Kontos nur Verwaltungsschlüsseln. Einen unter openrouter.ai/settings/management-keys erstellen und unter Einstellungen &gt; Konto hinzufügen.</translation>
    </message>
    <message>
        <source>Asking OpenRouter for the account's activity…</source>
        <translation>Aktivität des Kontos wird bei OpenRouter abgefragt …</translation>
    </message>
    <message>
        <source>OpenRouter refused the management key (%1). The account's activity can be read with a management key only: check the key on Settings &gt; Account.</source>
        <translation>OpenRouter hat den Verwaltungsschlüssel abgelehnt (%1). Die Aktivität des Kontos kann nur mit einem Verwaltungsschlüssel gelesen werden: Schlüssel unter Einstellungen &gt; Konto prüfen.</translation>
    </message>
    <message>
        <source>The account's activity could not be read: %1</source>
        <translation>Die Aktivität des Kontos konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The cost ledger cannot be read: %1</source>
        <translation>Das Kostenprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Neither this computer nor the account has spent anything in the last %n completed UTC day(s).</source>
        <translation>
            <numerusform>Weder dieser Computer noch das Konto hat innerhalb des letzten %n abgeschlossenen UTC-Tages etwas ausgegeben.</numerusform><numerusform>Weder dieser Computer noch das Konto hat in den letzten %n abgeschlossenen UTC-Tagen etwas ausgegeben.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last %n completed UTC day(s): this computer %1, the account %2 (difference %3; other devices and keys count on the account only).</source>
        <translation>
            <numerusform>Letzter %n abgeschlossener UTC-Tag: dieser Computer %1, das Konto %2 (Differenz %3; andere Geräte und Schlüssel zählen nur beim Konto).</numerusform><numerusform>Letzte %n abgeschlossene UTC-Tage: dieser Computer %1, das Konto %2 (Differenz %3; andere Geräte und Schlüssel zählen nur beim Konto).</numerusform></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>orc::ApiCall</name>
    <message>
        <source>The response is larger than %1 MiB; refusing to buffer it.</source>
        <translation>Die Antwort ist größer als %1 MiB und wird nicht zwischengespeichert.</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page instead of OpenRouter's API.</source>
        <translation>Der Server antwortete mit HTTP %1 und einer Webseite statt mit der API von OpenRouter.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 with a web page ("%2") instead of OpenRouter's API.</source>
        <translation>Der Server antwortete mit HTTP %1 und einer Webseite („%2“) statt mit der API von OpenRouter.</translation>
    </message>
</context>
<context>
    <name>orc::ApiError</name>
    <message>
        <source>The server reported error %1.</source>
        <translation>Der Server meldete den Fehler %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Der Server antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Der Server antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>No data arrived from the server for %1 s.</source>
        <translation>Seit %1 s kamen keine Daten vom Server.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The stream ended before the reply was complete.</source>
        <translation>Der Stream endete, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>Check your OpenRouter API key: set OPENROUTER_API_KEY (or SKILL_OPENROUTER_API_KEY) or enter it in the settings. Keys are made at https://openrouter.ai/keys.</source>
        <translation>Prüfen Sie Ihren OpenRouter-API-Schlüssel: Setzen Sie OPENROUTER_API_KEY (oder SKILL_OPENROUTER_API_KEY) oder geben Sie ihn in den Einstellungen ein. Schlüssel erstellen Sie unter https://openrouter.ai/keys.</translation>
    </message>
    <message>
        <source>Add credits at https://openrouter.ai/settings/credits, or ask for fewer max tokens.</source>
        <translation>Laden Sie unter https://openrouter.ai/settings/credits Guthaben auf oder fordern Sie weniger maximale Tokens an.</translation>
    </message>
    <message>
        <source>The input was flagged by moderation (%1). Rephrase it or choose another model.</source>
        <translation>Die Eingabe wurde von der Moderation markiert (%1). Formulieren Sie sie um oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The request was refused (moderation, guardrail or permission). Rephrase the input or choose another model.</source>
        <translation>Die Anfrage wurde abgelehnt (Moderation, Schutzregel oder Berechtigung). Formulieren Sie die Eingabe um oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>Check the model id (the catalog lists every model) or choose another model.</source>
        <translation>Prüfen Sie die Modell-ID (der Katalog listet alle Modelle) oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>Rate limited: wait %1 s and try again. Free models have strict limits; the paid variant is not limited this way.</source>
        <translation>Ratenlimit erreicht: Warten Sie %1 s und versuchen Sie es erneut. Kostenlose Modelle haben strenge Limits; die kostenpflichtige Variante ist nicht so begrenzt.</translation>
    </message>
    <message>
        <source>Rate limited: wait a moment and try again. Free models have strict limits; the paid variant is not limited this way.</source>
        <translation>Ratenlimit erreicht: Warten Sie einen Moment und versuchen Sie es erneut. Kostenlose Modelle haben strenge Limits; die kostenpflichtige Variante ist nicht so begrenzt.</translation>
    </message>
    <message>
        <source>The provider had trouble (HTTP %1). Try again shortly or choose another model.</source>
        <translation>Der Anbieter hatte Probleme (HTTP %1). Versuchen Sie es gleich noch einmal oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The request was rejected as invalid; change the parameters or the input.</source>
        <translation>Die Anfrage wurde als ungültig abgelehnt; ändern Sie die Parameter oder die Eingabe.</translation>
    </message>
    <message>
        <source>Check the network connection and the base URL.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Basis-URL.</translation>
    </message>
    <message>
        <source>Try again, or raise the timeout.</source>
        <translation>Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit.</translation>
    </message>
    <message>
        <source>What arrived is kept; try again.</source>
        <translation>Was angekommen ist, bleibt erhalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The call took longer than its overall time limit of %1 s.</source>
        <translation>Der Aufruf dauerte länger als sein Gesamtzeitlimit von %1 s.</translation>
    </message>
    <message>
        <source>Check your OpenRouter API key: set OPENROUTER_API_KEY (or SKILL_OPENROUTER_API_KEY) in the environment. Keys are made at https://openrouter.ai/keys.</source>
        <translation>Prüfen Sie Ihren OpenRouter-API-Schlüssel: Setzen Sie OPENROUTER_API_KEY (oder SKILL_OPENROUTER_API_KEY) in der Umgebung. Schlüssel erstellen Sie unter https://openrouter.ai/keys.</translation>
    </message>
    <message>
        <source>The server did not answer like OpenRouter; check the base URL or proxy.</source>
        <translation>Der Server antwortete nicht wie OpenRouter; prüfen Sie die Basis-URL oder den Proxy.</translation>
    </message>
</context>
<context>
    <name>orc::ApiKeyDialog</name>
    <message>
        <source>OpenRouter API Key</source>
        <translation>OpenRouter-API-Schlüssel</translation>
    </message>
    <message>
        <source>&lt;p&gt;OR Studio needs an OpenRouter API key to chat. Create one at &lt;a href="https://openrouter.ai/keys"&gt;openrouter.ai/keys&lt;/a&gt; and paste it here.&lt;/p&gt;&lt;p&gt;The key is kept in the system keychain (or, where there is none and you agree, in a file only you can read). Setting OPENROUTER_API_KEY in the environment works too and takes precedence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;OR Studio benötigt zum Chatten einen OpenRouter-API-Schlüssel. Erstellen Sie einen unter &lt;a href="https://openrouter.ai/keys"&gt;openrouter.ai/keys&lt;/a&gt; und fügen Sie ihn hier ein.&lt;/p&gt;&lt;p&gt;Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt (oder, wo es keinen gibt und Sie zustimmen, in einer Datei, die nur Sie lesen können). OPENROUTER_API_KEY in der Umgebung funktioniert ebenfalls und hat Vorrang.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save Key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>Paste your OpenRouter API key.</source>
        <translation>Fügen Sie Ihren OpenRouter-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>An API key has no spaces or line breaks: paste only the key.</source>
        <translation>Ein API-Schlüssel enthält keine Leerzeichen oder Zeilenumbrüche: Fügen Sie nur den Schlüssel ein.</translation>
    </message>
    <message>
        <source>An API key is plain ASCII text: paste only the key.</source>
        <translation>Ein API-Schlüssel besteht aus reinem ASCII-Text: Fügen Sie nur den Schlüssel ein.</translation>
    </message>
    <message>
        <source>This is too short to be an API key: OpenRouter keys look like sk-or-v1-…</source>
        <translation>Das ist zu kurz für einen API-Schlüssel: OpenRouter-Schlüssel sehen aus wie sk-or-v1-…</translation>
    </message>
</context>
<context>
    <name>orc::AspectRatioButton</name>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Let the model choose the aspect ratio</source>
        <translation>Das Modell wählt das Seitenverhältnis</translation>
    </message>
    <message>
        <source>Aspect ratio %1</source>
        <translation>Seitenverhältnis %1</translation>
    </message>
</context>
<context>
    <name>orc::BudgetIndicator</name>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Spent on this computer by the app and orcli.</source>
        <translation>Auf diesem Computer von der App und orcli ausgegeben.</translation>
    </message>
    <message>
        <source>No budget is set (Settings &gt; General).</source>
        <translation>Kein Budget festgelegt (Einstellungen &gt; Allgemein).</translation>
    </message>
    <message>
        <source>Over 80 % of the budget.</source>
        <translation>Über 80 % des Budgets.</translation>
    </message>
    <message>
        <source>The budget is used up: chat messages and images are sent only after you confirm them.</source>
        <translation>Das Budget ist aufgebraucht: Chat-Nachrichten und Bilder werden erst nach Bestätigung gesendet.</translation>
    </message>
</context>
<context>
    <name>orc::BudgetStatus</name>
    <message>
        <source>Today: %1 of %2 spent (%3 %)</source>
        <translation>Heute: %1 von %2 ausgegeben (%3 %)</translation>
    </message>
    <message>
        <source>This month: %1 of %2 spent (%3 %)</source>
        <translation>Diesen Monat: %1 von %2 ausgegeben (%3 %)</translation>
    </message>
</context>
<context>
    <name>orc::CatalogCache</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Not caching the model list: %1</source>
        <translation>Die Modellliste wird nicht zwischengespeichert: %1</translation>
    </message>
    <message>
        <source>Not caching the model list: no fetch time.</source>
        <translation>Die Modellliste wird nicht zwischengespeichert: kein Abrufzeitpunkt.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder %1.</source>
        <translation>Der Cache-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read the model cache %1: %2</source>
        <translation>Der Modell-Cache %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The model cache %1 is corrupt: %2</source>
        <translation>Der Modell-Cache %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>The model catalogue from the server was refused: %1. The cached catalogue stays in use.</source>
        <translation>Der Modellkatalog vom Server wurde abgelehnt: %1. Der zwischengespeicherte Katalog bleibt in Gebrauch.</translation>
    </message>
    <message>
        <source>The model catalogue from the server was refused: %1.</source>
        <translation>Der Modellkatalog vom Server wurde abgelehnt: %1.</translation>
    </message>
</context>
<context>
    <name>orc::CatalogChangesView</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes in the:</source>
        <translation>Änderungen im Zeitraum:</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>The change history cannot be read: %1</source>
        <translation>Der Änderungsverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No refresh is recorded yet: changes appear from the second refresh of the catalogue on.</source>
        <translation>Noch keine Aktualisierung aufgezeichnet: Änderungen erscheinen ab der zweiten Aktualisierung des Katalogs.</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <source>No changes since %1.</source>
        <translation>Keine Änderungen seit %1.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed since %4.</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert seit %4.</translation>
    </message>
</context>
<context>
    <name>orc::CatalogDiff</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 price</source>
        <translation>Preis %1</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>Provider context length</source>
        <translation>Kontextlänge des Anbieters</translation>
    </message>
    <message>
        <source>Max output tokens</source>
        <translation>Max. Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Ablaufdatum</translation>
    </message>
</context>
<context>
    <name>orc::CatalogFilterBar</name>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Search name, id or description (Ctrl+F)</source>
        <translation>Name, ID oder Beschreibung suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Every word must appear in the model's id, name or description</source>
        <translation>Jedes Wort muss in ID, Name oder Beschreibung des Modells vorkommen</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Only models from this author (the part of the id before '/')</source>
        <translation>Nur Modelle dieses Anbieters (der Teil der ID vor „/“)</translation>
    </message>
    <message>
        <source>any price</source>
        <translation>ohne Limit</translation>
    </message>
    <message>
        <source>Highest input price in USD per million tokens; models with a variable price are hidden when a limit is set</source>
        <translation>Höchster Eingabepreis in USD pro Million Tokens; Modelle mit variablem Preis werden bei gesetztem Limit ausgeblendet</translation>
    </message>
    <message>
        <source>any context</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>≥ 8K tokens</source>
        <translation>≥ 8K Tokens</translation>
    </message>
    <message>
        <source>≥ 32K tokens</source>
        <translation>≥ 32K Tokens</translation>
    </message>
    <message>
        <source>≥ 64K tokens</source>
        <translation>≥ 64K Tokens</translation>
    </message>
    <message>
        <source>≥ 128K tokens</source>
        <translation>≥ 128K Tokens</translation>
    </message>
    <message>
        <source>≥ 200K tokens</source>
        <translation>≥ 200K Tokens</translation>
    </message>
    <message>
        <source>≥ 1M tokens</source>
        <translation>≥ 1M Tokens</translation>
    </message>
    <message>
        <source>Smallest context length</source>
        <translation>Kleinste Kontextlänge</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Suche und alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Bildeingabe</translation>
    </message>
    <message>
        <source>Accepts images as input</source>
        <translation>Akzeptiert Bilder als Eingabe</translation>
    </message>
    <message>
        <source>Image output</source>
        <translation>Bildausgabe</translation>
    </message>
    <message>
        <source>Generates images</source>
        <translation>Erzeugt Bilder</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Supports tool (function) calling</source>
        <translation>Unterstützt Werkzeugaufrufe (Funktionen)</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Can think before answering</source>
        <translation>Kann vor dem Antworten nachdenken</translation>
    </message>
    <message>
        <source>Structured</source>
        <translation>Strukturiert</translation>
    </message>
    <message>
        <source>Supports structured outputs (JSON schema)</source>
        <translation>Unterstützt strukturierte Ausgaben (JSON-Schema)</translation>
    </message>
    <message>
        <source>Audio in</source>
        <translation>Audio-Eingabe</translation>
    </message>
    <message>
        <source>Accepts audio as input</source>
        <translation>Akzeptiert Audio als Eingabe</translation>
    </message>
    <message>
        <source>Files in</source>
        <translation>Datei-Eingabe</translation>
    </message>
    <message>
        <source>Accepts files (PDF...) as input</source>
        <translation>Akzeptiert Dateien (PDF …) als Eingabe</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>Langer Kontext</translation>
    </message>
    <message>
        <source>At least 100K tokens of context</source>
        <translation>Mindestens 100K Tokens Kontext</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Costs nothing to use</source>
        <translation>Kostet nichts</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Only your starred models</source>
        <translation>Nur Ihre markierten Modelle</translation>
    </message>
    <message>
        <source>%1 of 1 model</source>
        <translation>%1 von 1 Modell</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%1 von %2 Modellen</translation>
    </message>
    <message>
        <source>/M</source>
        <translation>/M</translation>
    </message>
    <message>
        <source>Max input:</source>
        <translation>Max. Eingabe:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message numerus="yes">
        <source>Added to OpenRouter in the last %n day(s)</source>
        <translation>
            <numerusform>Innerhalb des letzten %n Tages zu OpenRouter hinzugefügt</numerusform>
            <numerusform>In den letzten %n Tagen zu OpenRouter hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Auslaufend</translation>
    </message>
    <message numerus="yes">
        <source>Being retired within %n day(s), or already gone</source>
        <translation>
            <numerusform>Wird innerhalb von %n Tag eingestellt oder ist bereits entfernt</numerusform>
            <numerusform>Wird innerhalb von %n Tagen eingestellt oder ist bereits entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::CatalogGuard</name>
    <message>
        <source>the response is not a model list (%1)</source>
        <translation>die Antwort ist keine Modellliste (%1)</translation>
    </message>
    <message>
        <source>the response lists no models</source>
        <translation>die Antwort listet keine Modelle</translation>
    </message>
    <message>
        <source>the response lists %1 models where the cached catalogue has %2, so it looks truncated</source>
        <translation>die Antwort listet %1 Modelle, der zwischengespeicherte Katalog dagegen %2; sie scheint also abgeschnitten</translation>
    </message>
</context>
<context>
    <name>orc::CatalogHistory</name>
    <message>
        <source>Cannot record the catalogue changes in %1: %2</source>
        <translation>Die Katalogänderungen können nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the catalogue changes from %1: %2</source>
        <translation>Die Katalogänderungen können nicht aus %1 gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>orc::CatalogPage</name>
    <message>
        <source>Can't reach OpenRouter</source>
        <translation>OpenRouter ist nicht erreichbar</translation>
    </message>
    <message>
        <source>OpenRouter did not answer in time</source>
        <translation>OpenRouter hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>OpenRouter refused the API key</source>
        <translation>OpenRouter hat den API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>OpenRouter is having trouble</source>
        <translation>OpenRouter hat Probleme</translation>
    </message>
    <message>
        <source>The server's answer is not a model list</source>
        <translation>Die Antwort des Servers ist keine Modellliste</translation>
    </message>
    <message>
        <source>The connection settings are not usable</source>
        <translation>Die Verbindungseinstellungen sind nicht verwendbar</translation>
    </message>
    <message>
        <source>The model catalog could not be loaded</source>
        <translation>Der Modellkatalog konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The saved catalog could not be used: %1</source>
        <translation>Der gespeicherte Katalog konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Find Model</source>
        <translation>Modell &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh Catalog</source>
        <translation>Katalog &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Download the model list again (F5)</source>
        <translation>Die Modellliste erneut herunterladen (F5)</translation>
    </message>
    <message>
        <source>Reset &amp;Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Toggle &amp;Favourite</source>
        <translation>&amp;Favorit umschalten</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>Refreshing the catalog from %1…</source>
        <translation>Katalog wird von %1 aktualisiert …</translation>
    </message>
    <message>
        <source>The catalog could not be refreshed: %1</source>
        <translation>Der Katalog konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Model catalog updated</source>
        <translation>Modellkatalog aktualisiert</translation>
    </message>
    <message>
        <source>Saved copy of unknown age</source>
        <translation>Gespeicherte Kopie unbekannten Alters</translation>
    </message>
    <message>
        <source>The cache does not say when it was downloaded</source>
        <translation>Der Cache gibt nicht an, wann er heruntergeladen wurde</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>Heruntergeladen %1</translation>
    </message>
    <message>
        <source>Loading the model catalog</source>
        <translation>Modellkatalog wird geladen</translation>
    </message>
    <message>
        <source>Downloading the list of models from %1…</source>
        <translation>Die Liste der Modelle wird von %1 heruntergeladen …</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The catalog is empty</source>
        <translation>Der Katalog ist leer</translation>
    </message>
    <message>
        <source>The server listed no models. Check the base URL, then retry.</source>
        <translation>Der Server hat keine Modelle aufgelistet. Prüfen Sie die Basis-URL und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No model matches</source>
        <translation>Kein Modell passt</translation>
    </message>
    <message>
        <source>No model passes these filters. Loosen them or reset them.</source>
        <translation>Kein Modell erfüllt diese Filter. Lockern Sie sie oder setzen Sie sie zurück.</translation>
    </message>
    <message>
        <source>No model matches “%1” with these filters. Change the search or reset the filters.</source>
        <translation>Kein Modell passt mit diesen Filtern zu „%1“. Ändern Sie die Suche oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>The catalog changed: %n change(s), see What Changed.</source>
        <translation>
            <numerusform>Der Katalog hat sich geändert: %n Änderung, siehe „Was sich geändert hat“.</numerusform>
            <numerusform>Der Katalog hat sich geändert: %n Änderungen, siehe „Was sich geändert hat“.</numerusform>
        </translation>
    </message>
    <message>
        <source>What &amp;Changed...</source>
        <translation>Was sich &amp;geändert hat …</translation>
    </message>
    <message>
        <source>Models added, removed and re-priced, from one refresh of the catalog to the next</source>
        <translation>Hinzugefügte, entfernte und neu bepreiste Modelle, von einer Katalogaktualisierung zur nächsten</translation>
    </message>
    <message>
        <source>What Changed in the Catalog</source>
        <translation>Was sich im Katalog geändert hat</translation>
    </message>
</context>
<context>
    <name>orc::ChatCodec</name>
    <message>
        <source>The server reported an error without a message.</source>
        <translation>Der Server meldete einen Fehler ohne Meldungstext.</translation>
    </message>
    <message>
        <source>invalid JSON in stream chunk: %1</source>
        <translation>ungültiges JSON in einem Stream-Abschnitt: %1</translation>
    </message>
    <message>
        <source>stream chunk is not a JSON object</source>
        <translation>Stream-Abschnitt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The server sent an empty response.</source>
        <translation>Der Server hat eine leere Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server sent a response that is not JSON (%1): %2</source>
        <translation>Der Server hat eine Antwort gesendet, die kein JSON ist (%1): %2</translation>
    </message>
    <message>
        <source>The model returned no choices (an empty response). Try again or choose another model.</source>
        <translation>Das Modell lieferte keine Auswahl (eine leere Antwort). Versuchen Sie es erneut oder wählen Sie ein anderes Modell.</translation>
    </message>
</context>
<context>
    <name>orc::ChatPage</name>
    <message>
        <source>What this conversation has cost so far</source>
        <translation>Was diese Unterhaltung bisher gekostet hat</translation>
    </message>
    <message>
        <source>Export or import conversations</source>
        <translation>Unterhaltungen exportieren oder importieren</translation>
    </message>
    <message>
        <source>Enter API Key…</source>
        <translation>API-Schlüssel eingeben …</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>Unterhaltungen &amp;durchsuchen</translation>
    </message>
    <message>
        <source>S&amp;top Reply</source>
        <translation>Antwort &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Export Conversation…</source>
        <translation>Unterhaltung &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import Conversation…</source>
        <translation>Unterhaltung &amp;importieren …</translation>
    </message>
    <message>
        <source>Conversation &amp;Settings</source>
        <translation>&amp;Einstellungen der Unterhaltung</translation>
    </message>
    <message>
        <source>System prompt, parameters and presets</source>
        <translation>Systemprompt, Parameter und Vorlagen</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren …</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren …</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message>
        <source>A reply is still streaming. Stop it (Esc) first.</source>
        <translation>Eine Antwort wird noch gestreamt. Stoppen Sie sie zuerst (Esc).</translation>
    </message>
    <message>
        <source>Pick a model to start: use the model button above, or browse the catalog.</source>
        <translation>Wählen Sie zum Start ein Modell: mit der Modell-Schaltfläche oben oder im Katalog.</translation>
    </message>
    <message>
        <source>Open the Model Catalog</source>
        <translation>Modellkatalog öffnen</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Modell: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pick Another Model</source>
        <translation>Anderes Modell wählen</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>The message could not be saved: %1</source>
        <translation>Die Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>OpenRouter refused the API key. Enter another key, then retry the reply.</source>
        <translation>OpenRouter hat den API-Schlüssel abgelehnt. Geben Sie einen anderen Schlüssel ein und wiederholen Sie dann die Antwort.</translation>
    </message>
    <message>
        <source>The key could not be saved in the settings.</source>
        <translation>Der Schlüssel konnte nicht in den Einstellungen gespeichert werden.</translation>
    </message>
    <message>
        <source>API key saved</source>
        <translation>API-Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Private routing: only zero-data-retention endpoints of providers that do not collect data serve this conversation</source>
        <translation>Privates Routing: Nur Endpunkte ohne Datenspeicherung von Anbietern, die keine Daten sammeln, bedienen diese Unterhaltung</translation>
    </message>
    <message>
        <source>The routing profile of this conversation</source>
        <translation>Das Routing-Profil dieser Unterhaltung</translation>
    </message>
    <message>
        <source>Only the last reply can be sent again this way.</source>
        <translation>Nur die letzte Antwort kann auf diese Weise erneut gesendet werden.</translation>
    </message>
    <message>
        <source>This conversation's routing does not set that limit; it may come from your account's privacy settings on openrouter.ai.</source>
        <translation>Das Routing dieser Unterhaltung setzt dieses Limit nicht; es stammt möglicherweise aus den Datenschutzeinstellungen Ihres Kontos auf openrouter.ai.</translation>
    </message>
    <message>
        <source>Routing relaxed for this conversation; sending again.</source>
        <translation>Routing für diese Unterhaltung gelockert; wird erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>orc::ChatRouting</name>
    <message>
        <source>Turn privacy mode off and resend</source>
        <translation>Privatmodus ausschalten und erneut senden</translation>
    </message>
    <message>
        <source>Drop the price cap and resend</source>
        <translation>Preisobergrenze entfernen und erneut senden</translation>
    </message>
    <message>
        <source>Allow every provider and resend</source>
        <translation>Alle Anbieter zulassen und erneut senden</translation>
    </message>
    <message>
        <source>Allow any quantization and resend</source>
        <translation>Jede Quantisierung zulassen und erneut senden</translation>
    </message>
    <message>
        <source>Stop requiring every parameter and resend</source>
        <translation>Nicht mehr alle Parameter verlangen und erneut senden</translation>
    </message>
</context>
<context>
    <name>orc::ChatSession</name>
    <message>
        <source>The model ran out of tokens while thinking. Raise max tokens or lower the reasoning effort.</source>
        <translation>Dem Modell gingen beim Nachdenken die Tokens aus. Erhöhen Sie die maximalen Tokens oder verringern Sie den Denkaufwand.</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>%1 does not accept %2; choose a model that does, or remove the attachment.</source>
        <translation>%1 akzeptiert keine %2; wählen Sie ein Modell, das es tut, oder entfernen Sie den Anhang.</translation>
    </message>
</context>
<context>
    <name>orc::ChatSettingsPanel</name>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Send with Enter (Shift+Enter for a new line)</source>
        <translation>Mit Eingabetaste senden (Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <source>Save the system prompt and parameters under a name</source>
        <translation>Systemprompt und Parameter unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Delete the selected preset</source>
        <translation>Die ausgewählte Vorlage löschen</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation</source>
        <translation>Anweisungen, denen das Modell in dieser Unterhaltung folgt</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Randomness: 0 is the most predictable, 2 the most varied</source>
        <translation>Zufälligkeit: 0 ist am vorhersehbarsten, 2 am abwechslungsreichsten</translation>
    </message>
    <message>
        <source>Longest reply, in tokens</source>
        <translation>Längste Antwort in Tokens</translation>
    </message>
    <message>
        <source>Nucleus sampling: only the most likely tokens up to this probability</source>
        <translation>Nucleus Sampling: nur die wahrscheinlichsten Tokens bis zu dieser Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Extra high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>How much a reasoning model thinks before it answers</source>
        <translation>Wie viel ein Reasoning-Modell vor dem Antworten nachdenkt</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>The same seed and parameters repeat a reply, where the provider supports it</source>
        <translation>Gleicher Seed und gleiche Parameter wiederholen eine Antwort, sofern der Anbieter das unterstützt</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatur</translation>
    </message>
    <message>
        <source>Max &amp;tokens</source>
        <translation>Max. &amp;Tokens</translation>
    </message>
    <message>
        <source>Top &amp;P</source>
        <translation>Top-&amp;P</translation>
    </message>
    <message>
        <source>&amp;Reasoning</source>
        <translation>&amp;Reasoning</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>System &amp;prompt</source>
        <translation>System&amp;prompt</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>max tokens</source>
        <translation>max. Tokens</translation>
    </message>
    <message>
        <source>top P</source>
        <translation>Top-P</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>%1 ignores: %2</source>
        <translation>%1 ignoriert: %2</translation>
    </message>
    <message>
        <source>No preset</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the preset (an existing preset with this name is replaced):</source>
        <translation>Name der Vorlage (eine vorhandene Vorlage mit diesem Namen wird ersetzt):</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the selected preset, with this chat's model and routing, as an OpenRouter preset (JSON)</source>
        <translation>Die ausgewählte Vorlage mit Modell und Routing dieses Chats als OpenRouter-Vorlage (JSON) speichern</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>There is no preset named %1.</source>
        <translation>Es gibt keine Vorlage namens %1.</translation>
    </message>
    <message>
        <source>Export Preset</source>
        <translation>Vorlage exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>orc::ChatStream</name>
    <message numerus="yes">
        <source>The stream held no readable data (%n event(s) were not JSON). Check the base URL.</source>
        <translation>
            <numerusform>Der Stream enthielt keine lesbaren Daten (%n Ereignis war kein JSON). Prüfen Sie die Basis-URL.</numerusform>
            <numerusform>Der Stream enthielt keine lesbaren Daten (%n Ereignisse waren kein JSON). Prüfen Sie die Basis-URL.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::ClientConfig</name>
    <message>
        <source>The base URL "%1" is not a valid http(s) URL. Use https://openrouter.ai/api/v1 or fix OPENROUTER_BASE_URL / --base-url.</source>
        <translation>Die Basis-URL „%1“ ist keine gültige http(s)-URL. Verwenden Sie https://openrouter.ai/api/v1 oder korrigieren Sie OPENROUTER_BASE_URL / --base-url.</translation>
    </message>
    <message>
        <source>Refusing to send the API key over plain http to %1. Use an https:// base URL (plain http is allowed only for loopback hosts such as 127.0.0.1).</source>
        <translation>Der API-Schlüssel wird nicht über unverschlüsseltes http an %1 gesendet. Verwenden Sie eine https://-Basis-URL (unverschlüsseltes http ist nur für Loopback-Hosts wie 127.0.0.1 erlaubt).</translation>
    </message>
    <message>
        <source>No OpenRouter API key found. Create one at https://openrouter.ai/keys, then set OPENROUTER_API_KEY (or SKILL_OPENROUTER_API_KEY) in the environment, or enter it in OR Studio's settings.</source>
        <translation>Kein OpenRouter-API-Schlüssel gefunden. Erstellen Sie einen unter https://openrouter.ai/keys und setzen Sie dann OPENROUTER_API_KEY (oder SKILL_OPENROUTER_API_KEY) in der Umgebung oder geben Sie ihn in den Einstellungen von OR Studio ein.</translation>
    </message>
    <message>
        <source>The base URL "%1" is not a valid URL (%2). Use https://openrouter.ai/api/v1 or fix OPENROUTER_BASE_URL / --base-url.</source>
        <translation>Die Basis-URL „%1“ ist keine gültige URL (%2). Verwenden Sie https://openrouter.ai/api/v1 oder korrigieren Sie OPENROUTER_BASE_URL / --base-url.</translation>
    </message>
</context>
<context>
    <name>orc::CompareColumn</name>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>Continue with this one: open it as a conversation in the chat</source>
        <translation>Mit dieser Antwort weitermachen: als Unterhaltung im Chat öffnen</translation>
    </message>
    <message>
        <source>Pick this answer as the winner (counted on your leaderboard)</source>
        <translation>Diese Antwort als Sieger wählen (zählt in der eigenen Rangliste)</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>Warten auf das erste Token …</translation>
    </message>
    <message>
        <source>First token after %1 ms</source>
        <translation>Erstes Token nach %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>First token after %1 ms · %n chunk(s) so far</source>
        <translation>
            <numerusform>Erstes Token nach %1 ms · bisher %n Chunk</numerusform><numerusform>Erstes Token nach %1 ms · bisher %n Chunks</numerusform></translation>
    </message>
    <message>
        <source>TTFT %1 ms</source>
        <translation>TTFT %1 ms</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 tok/s</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform><numerusform>%n Tokens</numerusform></translation>
    </message>
    <message>
        <source>%1 s in all</source>
        <translation>%1 s insgesamt</translation>
    </message>
    <message>
        <source>Stopped; the answer so far is kept.</source>
        <translation>Gestoppt; die bisherige Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Sieger</translation>
    </message>
    <message>
        <source>%1
served by %2</source>
        <translation>%1
bereitgestellt von %2</translation>
    </message>
</context>
<context>
    <name>orc::CompareLeaderboard</name>
    <message>
        <source>The leaderboard file %1 cannot be read; it is left as it is.</source>
        <translation>Die Ranglistendatei %1 kann nicht gelesen werden; sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>The leaderboard file %1 cannot be read, so the pick is not saved.</source>
        <translation>Die Ranglistendatei %1 kann nicht gelesen werden, daher wird die Wahl nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>orc::ComparePage</name>
    <message>
        <source>Same model across providers</source>
        <translation>Gleiches Modell bei allen Anbietern</translation>
    </message>
    <message>
        <source>Blind</source>
        <translation>Blind</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Add a model to the comparison</source>
        <translation>Ein Modell zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>Put the chosen model on each provider that serves it, one column each</source>
        <translation>Das gewählte Modell bei jedem Anbieter einsetzen, der es anbietet, je eine Spalte</translation>
    </message>
    <message>
        <source>Up to 6 targets, separated by spaces: model, model@provider or @preset/slug</source>
        <translation>Bis zu 6 Ziele, durch Leerzeichen getrennt: Modell, Modell@Anbieter oder @preset/slug</translation>
    </message>
    <message>
        <source>The prompt every target answers (Ctrl+Enter compares)</source>
        <translation>Der Prompt, den jedes Ziel beantwortet (Strg+Eingabe vergleicht)</translation>
    </message>
    <message>
        <source>Task tag (optional)</source>
        <translation>Aufgaben-Tag (optional)</translation>
    </message>
    <message>
        <source>Picks are counted per task tag on the leaderboard, e.g. code</source>
        <translation>Wahlen werden in der Rangliste je Aufgaben-Tag gezählt, z. B. code</translation>
    </message>
    <message>
        <source>Hide the model names until you pick a winner</source>
        <translation>Modellnamen ausblenden, bis ein Sieger gewählt ist</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Siege</translation>
    </message>
    <message>
        <source>Picks</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation>Eigene Rangliste</translation>
    </message>
    <message>
        <source>A comparison has at most %1 targets.</source>
        <translation>Ein Vergleich hat höchstens %1 Ziele.</translation>
    </message>
    <message>
        <source>Add at least one target: pick a model or type its id.</source>
        <translation>Mindestens ein Ziel hinzufügen: ein Modell wählen oder seine ID eingeben.</translation>
    </message>
    <message>
        <source>A comparison has at most %1 targets; remove %2.</source>
        <translation>Ein Vergleich hat höchstens %1 Ziele; %2 entfernen.</translation>
    </message>
    <message>
        <source>Write the prompt the targets should answer.</source>
        <translation>Den Prompt schreiben, den die Ziele beantworten sollen.</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Comparison done: %1 of %2 targets failed.</source>
        <translation>Vergleich abgeschlossen: %1 von %2 Zielen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Comparison done.</source>
        <translation>Vergleich abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 wins this round.</source>
        <translation>%1 gewinnt diese Runde.</translation>
    </message>
    <message>
        <source>The conversation could not be saved: %1</source>
        <translation>Die Unterhaltung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Pick a model first: its providers become the targets.</source>
        <translation>Zuerst ein Modell wählen: Seine Anbieter werden zu den Zielen.</translation>
    </message>
    <message>
        <source>Looking up the providers of %1…</source>
        <translation>Anbieter von %1 werden gesucht …</translation>
    </message>
    <message>
        <source>The providers of %1 cannot be listed: %2</source>
        <translation>Die Anbieter von %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>No provider serves %1 right now.</source>
        <translation>Derzeit bietet kein Anbieter %1 an.</translation>
    </message>
    <message>
        <source>%1 providers serve %2; the first %3 are compared.</source>
        <translation>%1 Anbieter bieten %2 an; die ersten %3 werden verglichen.</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
</context>
<context>
    <name>orc::CompareTarget</name>
    <message>
        <source>"%1" names no provider after "@" (write model@provider).</source>
        <translation>„%1“ nennt keinen Anbieter nach „@“ (schreiben Sie Modell@Anbieter).</translation>
    </message>
    <message>
        <source>A comparison target needs a model id.</source>
        <translation>Ein Vergleichsziel braucht eine Modell-ID.</translation>
    </message>
</context>
<context>
    <name>orc::Composer</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Attach images or PDFs (you can also drop or paste them)</source>
        <translation>Bilder oder PDFs anhängen (auch per Ziehen oder Einfügen)</translation>
    </message>
    <message>
        <source>Stop the reply (Esc); what arrived so far is kept</source>
        <translation>Antwort stoppen (Esc); was bisher angekommen ist, bleibt erhalten</translation>
    </message>
    <message>
        <source>Cancel Edit</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>An edited message keeps its attachments; cancel the edit to attach files.</source>
        <translation>Eine bearbeitete Nachricht behält ihre Anhänge; brechen Sie die Bearbeitung ab, um Dateien anzuhängen.</translation>
    </message>
    <message>
        <source>An edited message keeps its attachments; cancel the edit to attach images.</source>
        <translation>Eine bearbeitete Nachricht behält ihre Anhänge; brechen Sie die Bearbeitung ab, um Bilder anzuhängen.</translation>
    </message>
    <message>
        <source>pasted-image-%1.png</source>
        <translation>eingefuegtes-bild-%1.png</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Images and PDFs (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf);;All files (*)</source>
        <translation>Bilder und PDFs (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter to send</source>
        <translation>Eingabetaste zum Senden</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Strg+Eingabe zum Senden</translation>
    </message>
    <message>
        <source>Editing an earlier message. Sending starts a new branch; the old one stays available.</source>
        <translation>Sie bearbeiten eine frühere Nachricht. Beim Senden entsteht ein neuer Zweig; der alte bleibt verfügbar.</translation>
    </message>
    <message>
        <source>Send Edit</source>
        <translation>Bearbeitung senden</translation>
    </message>
</context>
<context>
    <name>orc::ComposerAttachments</name>
    <message>
        <source>%1 is not a file that can be attached.</source>
        <translation>%1 ist keine Datei, die angehängt werden kann.</translation>
    </message>
    <message>
        <source>%1 is %2; attachments can be at most %3.</source>
        <translation>%1 ist %2 groß; Anhänge dürfen höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>%1 is neither an image nor a PDF. Attach images (PNG, JPEG, WebP, GIF) or PDF documents.</source>
        <translation>%1 ist weder ein Bild noch ein PDF. Hängen Sie Bilder (PNG, JPEG, WebP, GIF) oder PDF-Dokumente an.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid PDF document.</source>
        <translation>%1 ist kein gültiges PDF-Dokument.</translation>
    </message>
    <message>
        <source>%1 could not be read as an image.</source>
        <translation>%1 konnte nicht als Bild gelesen werden.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>orc::ComposerEdit</name>
    <message>
        <source>Message the model. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Nachricht an das Modell. Eingabetaste sendet, Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Message the model. Ctrl+Enter sends.</source>
        <translation>Nachricht an das Modell. Strg+Eingabe sendet.</translation>
    </message>
</context>
<context>
    <name>orc::ComposerEstimate</name>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message numerus="yes">
        <source>What this message may cost with %1: about %n prompt token(s) (the conversation so far, your text and attachments) and up to %2 output tokens. The lower figure assumes a short answer and the conversation read from the provider's cache.</source>
        <translation>
            <numerusform>Was diese Nachricht mit %1 kosten kann: etwa %n Prompt-Token (die bisherige Unterhaltung, der eigene Text und Anhänge) und bis zu %2 Ausgabe-Tokens. Der niedrigere Wert setzt eine kurze Antwort und das Lesen der Unterhaltung aus dem Cache des Anbieters voraus.</numerusform><numerusform>Was diese Nachricht mit %1 kosten kann: etwa %n Prompt-Tokens (die bisherige Unterhaltung, der eigene Text und Anhänge) und bis zu %2 Ausgabe-Tokens. Der niedrigere Wert setzt eine kurze Antwort und das Lesen der Unterhaltung aus dem Cache des Anbieters voraus.</numerusform></translation>
    </message>
    <message>
        <source>%1 has no fixed price: the cost is known only after the reply.</source>
        <translation>%1 hat keinen festen Preis: Die Kosten sind erst nach der Antwort bekannt.</translation>
    </message>
</context>
<context>
    <name>orc::ConversationSidebar</name>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>New Chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Eine neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Cost $%1</source>
        <translation>Kosten $%1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>There is no conversation to export yet.</source>
        <translation>Es gibt noch keine Unterhaltung zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a conversation export.</source>
        <translation>%1 ist zu groß für einen Unterhaltungsexport.</translation>
    </message>
    <message>
        <source>%1 is not a JSON conversation export (an object with a "messages" list): %2</source>
        <translation>%1 ist kein JSON-Unterhaltungsexport (ein Objekt mit einer "messages"-Liste): %2</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON, API messages format (*.json)</source>
        <translation>JSON, Nachrichtenformat der API (*.json)</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>Unterhaltung importieren</translation>
    </message>
    <message>
        <source>JSON conversation (*.json);;All files (*)</source>
        <translation>JSON-Unterhaltung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>No message matches “%1”.</source>
        <translation>Keine Nachricht passt zu „%1“.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Full-text search over every message (Ctrl+Shift+F)</source>
        <translation>Volltextsuche in allen Nachrichten (Strg+Umschalt+F)</translation>
    </message>
</context>
<context>
    <name>orc::ConversationStore</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Angehängte Datei: %1</translation>
    </message>
    <message>
        <source>Attached image</source>
        <translation>Angehängtes Bild</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(gestoppt)</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(unterbrochen)</translation>
    </message>
    <message>
        <source>(failed: %1)</source>
        <translation>(fehlgeschlagen: %1)</translation>
    </message>
    <message>
        <source>The file holds no "messages" array; expected a conversation exported by OR Studio or an API request with messages.</source>
        <translation>Die Datei enthält kein "messages"-Array; erwartet wird eine von OR Studio exportierte Unterhaltung oder eine API-Anfrage mit Nachrichten.</translation>
    </message>
    <message>
        <source>Every entry of "messages" must be an object with a role.</source>
        <translation>Jeder Eintrag in "messages" muss ein Objekt mit einer Rolle sein.</translation>
    </message>
    <message>
        <source>A message has no role.</source>
        <translation>Eine Nachricht hat keine Rolle.</translation>
    </message>
    <message>
        <source>Importing failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The file was exported by a newer OR Studio (format version %1; this one reads up to %2). Update OR Studio to import it.</source>
        <translation>Die Datei wurde von einem neueren OR Studio exportiert (Formatversion %1; diese Version liest bis %2). Aktualisieren Sie OR Studio, um sie zu importieren.</translation>
    </message>
</context>
<context>
    <name>orc::CostEstimate</name>
    <message>
        <source>variable price</source>
        <translation>variabler Preis</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>orc::CostLedger</name>
    <message>
        <source>Cannot write to the cost ledger %1: %2</source>
        <translation>In das Kostenprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the cost ledger %1: %2</source>
        <translation>Das Kostenprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No request with the generation id %1 is in the cost ledger.</source>
        <translation>Im Kostenprotokoll gibt es keine Anfrage mit der Generierungs-ID %1.</translation>
    </message>
</context>
<context>
    <name>orc::DataFolderMove</name>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>The copy of %1 differs from the original.</source>
        <translation>Die Kopie von %1 weicht vom Original ab.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The data is already in %1.</source>
        <translation>Die Daten liegen bereits in %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The new folder cannot be inside the data it receives (%1).</source>
        <translation>Der neue Ordner darf nicht innerhalb der Daten liegen, die er aufnimmt (%1).</translation>
    </message>
    <message>
        <source>%1 already holds OR Studio data (%2); choose an empty folder or move it away first.</source>
        <translation>%1 enthält bereits Daten von OR Studio (%2); wählen Sie einen leeren Ordner oder verschieben Sie die Daten zuerst.</translation>
    </message>
    <message>
        <source>No temporary folder can be made in %1: %2</source>
        <translation>In %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>The data could not be put in place in %1.</source>
        <translation>Die Daten konnten in %1 nicht an ihren Platz gebracht werden.</translation>
    </message>
    <message>
        <source>%1 could not be put in place in %2.</source>
        <translation>%1 konnte in %2 nicht an seinen Platz gebracht werden.</translation>
    </message>
    <message>
        <source>The new data folder could not be saved in the settings.</source>
        <translation>Der neue Datenordner konnte nicht in den Einstellungen gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>orc::Database</name>
    <message>
        <source>The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber für Qt fehlt (Debian-Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer OR Studio (schema %2; this version knows up to %3). Update OR Studio or use another data folder.</source>
        <translation>Die Datenbank %1 wurde von einem neueren OR Studio geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie OR Studio oder verwenden Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema %2 failed: %3</source>
        <translation>Die Aktualisierung von %1 auf Schema %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row</source>
        <translation>eine Zeile von %1 verweist auf eine fehlende Zeile</translation>
    </message>
</context>
<context>
    <name>orc::DesktopIntegration</name>
    <message>
        <source>&amp;Account…</source>
        <translation>&amp;Konto …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About OR Studio</source>
        <translation>Ü&amp;ber OR Studio</translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so OR Studio cannot keep your key encrypted. It can keep it in a file that only your user account can read: %1

Otherwise the key is used until you quit.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund des Systems verfügbar, daher kann OR Studio Ihren Schlüssel nicht verschlüsselt aufbewahren. Es kann ihn in einer Datei ablegen, die nur Ihr Benutzerkonto lesen kann: %1

Andernfalls wird der Schlüssel bis zum Beenden verwendet.</translation>
    </message>
    <message>
        <source>Keep It in the File</source>
        <translation>In der Datei aufbewahren</translation>
    </message>
    <message>
        <source>Only Until I Quit</source>
        <translation>Nur bis zum Beenden</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>orc::EndpointsPanel</name>
    <message>
        <source>cached, age unknown</source>
        <translation>aus Cache, Alter unbekannt</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>gerade eben aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <translation>
            <numerusform>vor %n Min. aktualisiert</numerusform>
            <numerusform>vor %n Min. aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n h ago</source>
        <translation>
            <numerusform>vor %n Std. aktualisiert</numerusform>
            <numerusform>vor %n Std. aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin provider</source>
        <translation>Anbieter anheften</translation>
    </message>
    <message>
        <source>Block provider</source>
        <translation>Anbieter sperren</translation>
    </message>
    <message>
        <source>Providers of this model</source>
        <translation>Anbieter dieses Modells</translation>
    </message>
    <message>
        <source>Try this provider first: adds it to the routing profile “My providers”, which you can choose in the chat settings</source>
        <translation>Diesen Anbieter zuerst versuchen: fügt ihn dem Routing-Profil „Meine Anbieter“ hinzu, das Sie in den Chat-Einstellungen wählen können</translation>
    </message>
    <message>
        <source>Never route to this provider: adds it to the ignored providers of the routing profile “My providers”</source>
        <translation>Nie an diesen Anbieter weiterleiten: fügt ihn den ignorierten Anbietern des Routing-Profils „Meine Anbieter“ hinzu</translation>
    </message>
    <message>
        <source>Fetch the providers of this model again</source>
        <translation>Die Anbieter dieses Modells erneut abrufen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>No provider serves this model right now.</source>
        <translation>Derzeit bietet kein Anbieter dieses Modell an.</translation>
    </message>
    <message>
        <source>Not loaded: no connection is set up.</source>
        <translation>Nicht geladen: Es ist keine Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>Loading the providers…</source>
        <translation>Anbieter werden geladen …</translation>
    </message>
    <message>
        <source>Could not load the providers: %1</source>
        <translation>Die Anbieter konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 Showing the cached list.</source>
        <translation>%1 Die zwischengespeicherte Liste wird angezeigt.</translation>
    </message>
    <message>
        <source>My providers</source>
        <translation>Meine Anbieter</translation>
    </message>
    <message>
        <source>Unpin provider</source>
        <translation>Anbieter lösen</translation>
    </message>
    <message>
        <source>Unblock provider</source>
        <translation>Anbieter entsperren</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>%1 lösen</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>%1 anheften</translation>
    </message>
    <message>
        <source>Unblock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>%1 sperren</translation>
    </message>
</context>
<context>
    <name>orc::EndpointsTableModel</name>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <source>ZDR</source>
        <translation>ZDR</translation>
    </message>
    <message>
        <source>Zero data retention: this endpoint keeps no prompts or replies.</source>
        <translation>Keine Datenspeicherung (Zero Data Retention): Dieser Endpunkt speichert weder Prompts noch Antworten.</translation>
    </message>
    <message>
        <source>Not listed as zero data retention.</source>
        <translation>Nicht als Endpunkt ohne Datenspeicherung gelistet.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Quant.</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Max output</source>
        <translation>Max. Ausgabe</translation>
    </message>
    <message>
        <source>In $/M</source>
        <translation>Eing. $/M</translation>
    </message>
    <message>
        <source>Out $/M</source>
        <translation>Ausg. $/M</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>orc::FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the folder in the file manager</source>
        <translation>Den Ordner in der Dateiverwaltung zeigen</translation>
    </message>
    <message>
        <source>Choose a Folder</source>
        <translation>Ordner wählen</translation>
    </message>
</context>
<context>
    <name>orc::GalleryPanel</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Search prompts</source>
        <translation>Prompts durchsuchen</translation>
    </message>
    <message>
        <source>Use These Settings</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete Generation</source>
        <translation>Erzeugung löschen</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message numerus="yes">
        <source>%n generation</source>
        <translation>
            <numerusform>%n Erzeugung</numerusform>
            <numerusform>%n Erzeugungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n generations</source>
        <translation>
            <numerusform>%n Erzeugung</numerusform>
            <numerusform>%n Erzeugungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Delete this generation and its files (%1)?

%2</source>
        <translation>Diese Erzeugung und ihre Dateien (%1) löschen?

%2</translation>
    </message>
</context>
<context>
    <name>orc::GalleryStore</name>
    <message>
        <source>The gallery is not open.</source>
        <translation>Die Galerie ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>No generation %1 in the gallery.</source>
        <translation>Keine Erzeugung %1 in der Galerie.</translation>
    </message>
    <message>
        <source>No image %1 in the gallery.</source>
        <translation>Kein Bild %1 in der Galerie.</translation>
    </message>
</context>
<context>
    <name>orc::GeneralSettingsPage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Default &amp;chat model:</source>
        <translation>Standardmodell für &amp;Chat:</translation>
    </message>
    <message>
        <source>Default &amp;image model:</source>
        <translation>Standardmodell für &amp;Bilder:</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The model used last</source>
        <translation>Das zuletzt verwendete Modell</translation>
    </message>
    <message>
        <source>OR Studio starts the chat with the default chat model; leave it empty to continue with the model used last. The image studio starts with the default image model, which follows the model you pick there.</source>
        <translation>OR Studio startet den Chat mit dem Standardmodell für Chat; leer lassen, um mit dem zuletzt verwendeten Modell weiterzumachen. Das Bildstudio startet mit dem Standardmodell für Bilder, das dem dort gewählten Modell folgt.</translation>
    </message>
    <message>
        <source>Send chat messages with Enter</source>
        <translation>Chat-Nachrichten mit der Eingabetaste senden</translation>
    </message>
    <message>
        <source>Shift+Enter then starts a new line. When this is off, Ctrl+Enter sends and Enter starts a new line.</source>
        <translation>Umschalt+Eingabe beginnt dann eine neue Zeile. Ist dies aus, sendet Strg+Eingabe und die Eingabetaste beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>&amp;Daily budget:</source>
        <translation>&amp;Tagesbudget:</translation>
    </message>
    <message>
        <source>&amp;Monthly budget:</source>
        <translation>&amp;Monatsbudget:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>What this computer spends (the app and orcli). From 80 % the status bar warns; at 100 % a chat message or an image is sent only after you confirm it.</source>
        <translation>Was dieser Computer ausgibt (die App und orcli). Ab 80 % warnt die Statusleiste; bei 100 % wird eine Chat-Nachricht oder ein Bild erst nach Bestätigung gesendet.</translation>
    </message>
</context>
<context>
    <name>orc::GenerationStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation>Alle speichern …</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n image</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 requests done</source>
        <translation>%1 von %2 Anfragen erledigt</translation>
    </message>
</context>
<context>
    <name>orc::ImageActions</name>
    <message>
        <source>Save Image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;WebP image (*.webp)</source>
        <translation>PNG-Bild (*.png);;JPEG-Bild (*.jpg *.jpeg);;WebP-Bild (*.webp)</translation>
    </message>
    <message>
        <source>Save All Images To</source>
        <translation>Alle Bilder speichern in</translation>
    </message>
</context>
<context>
    <name>orc::ImageCodec</name>
    <message>
        <source>The image service sent a reply that is not a JSON object: %1</source>
        <translation>Der Bilddienst hat eine Antwort gesendet, die kein JSON-Objekt ist: %1</translation>
    </message>
    <message>
        <source>The image service sent a reply without a "data" list of images.</source>
        <translation>Der Bilddienst hat eine Antwort ohne "data"-Liste mit Bildern gesendet.</translation>
    </message>
    <message>
        <source>The event is not a JSON object.</source>
        <translation>Das Ereignis ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The model sent a link instead of image data (%1); OR Studio only accepts images sent inline.</source>
        <translation>Das Modell hat einen Link statt Bilddaten gesendet (%1); OR Studio akzeptiert nur direkt mitgesendete Bilder.</translation>
    </message>
</context>
<context>
    <name>orc::ImageControlsPanel</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Find an image model in the catalog</source>
        <translation>Ein Bildmodell im Katalog suchen</translation>
    </message>
    <message>
        <source>Describe the image, or the change to make to the input images. Ctrl+Enter generates; Ctrl+Up/Down browse earlier prompts.</source>
        <translation>Beschreiben Sie das Bild oder die Änderung an den Eingabebildern. Strg+Eingabe erzeugt; Strg+Auf/Ab blättert durch frühere Prompts.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Earlier prompts</source>
        <translation>Frühere Prompts</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Aspect ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Ausgabeformat</translation>
    </message>
    <message>
        <source>Number of images</source>
        <translation>Anzahl der Bilder</translation>
    </message>
    <message>
        <source>Input images</source>
        <translation>Eingabebilder</translation>
    </message>
    <message>
        <source>one request per image</source>
        <translation>eine Anfrage pro Bild</translation>
    </message>
    <message>
        <source>this model makes one image per request</source>
        <translation>dieses Modell erzeugt ein Bild pro Anfrage</translation>
    </message>
    <message>
        <source>up to %1 in one request</source>
        <translation>bis zu %1 in einer Anfrage</translation>
    </message>
    <message>
        <source>Images API · options as the model declares them</source>
        <translation>Images-API · Optionen, wie das Modell sie angibt</translation>
    </message>
    <message>
        <source>Chat completions · output %1</source>
        <translation>Chat Completions · Ausgabe %1</translation>
    </message>
    <message>
        <source>Chat completions · not in the catalog, trying %1</source>
        <translation>Chat Completions · nicht im Katalog, Versuch mit %1</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>about %1 × %2 px</source>
        <translation>etwa %1 × %2 px</translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation>Keine früheren Prompts</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
</context>
<context>
    <name>orc::ImageFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 is not an image (PNG, JPEG, WebP or GIF).</source>
        <translation>%1 ist kein Bild (PNG, JPEG, WebP oder GIF).</translation>
    </message>
    <message>
        <source>%1 carries no generation details (prompt, model...): it was not saved by OR Studio or orcli, or they were stripped.</source>
        <translation>%1 enthält keine Angaben zur Erzeugung (Prompt, Modell …): Es wurde nicht von OR Studio oder orcli gespeichert, oder die Angaben wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>orc::ImageGenerator</name>
    <message>
        <source>Image %1 was not kept: %2</source>
        <translation>Bild %1 wurde nicht behalten: %2</translation>
    </message>
    <message>
        <source>Add credits at https://openrouter.ai/settings/credits, or ask for fewer or smaller images.</source>
        <translation>Laden Sie unter https://openrouter.ai/settings/credits Guthaben auf oder fordern Sie weniger oder kleinere Bilder an.</translation>
    </message>
    <message>
        <source>The generation failed.</source>
        <translation>Die Erzeugung ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the requests failed: %1</source>
        <translation>
            <numerusform>%n Anfrage ist fehlgeschlagen: %1</numerusform>
            <numerusform>%n der Anfragen sind fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>One image in the reply could not be used.</source>
        <translation>Ein Bild der Antwort konnte nicht verwendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n images in the reply could not be used.</source>
        <translation>
            <numerusform>%n Bild der Antwort konnte nicht verwendet werden.</numerusform>
            <numerusform>%n Bilder der Antwort konnten nicht verwendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The gallery could not record this generation: %1</source>
        <translation>Die Galerie konnte diese Erzeugung nicht aufzeichnen: %1</translation>
    </message>
    <message>
        <source>Image %1 could not be stored: %2</source>
        <translation>Bild %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>orc::ImageJob</name>
    <message>
        <source>The image reply is larger than %1 MiB; it was stopped before it could exhaust memory.</source>
        <translation>Die Bildantwort ist größer als %1 MiB; sie wurde gestoppt, bevor sie den Speicher erschöpfen konnte.</translation>
    </message>
    <message>
        <source>%1 answered without an image. Try again, or rephrase the prompt.</source>
        <translation>%1 hat ohne Bild geantwortet. Versuchen Sie es erneut oder formulieren Sie den Prompt um.</translation>
    </message>
    <message>
        <source>%1 answered without an image; it said: "%2"</source>
        <translation>%1 hat ohne Bild geantwortet und schrieb: „%2“</translation>
    </message>
</context>
<context>
    <name>orc::ImageModel</name>
    <message>
        <source>%1 does not take the %2 option (asked: %3).</source>
        <translation>%1 kennt die Option %2 nicht (angefragt: %3).</translation>
    </message>
    <message>
        <source>%1 does not accept %2 "%3"; it accepts %4.</source>
        <translation>%1 akzeptiert %2 „%3“ nicht; es akzeptiert %4.</translation>
    </message>
    <message>
        <source>%1 does not take a seed.</source>
        <translation>%1 akzeptiert keinen Seed.</translation>
    </message>
    <message>
        <source>%1 makes at most %2 images per request (asked: %3).</source>
        <translation>%1 erzeugt höchstens %2 Bilder pro Anfrage (angefragt: %3).</translation>
    </message>
    <message>
        <source>%1 does not take input images.</source>
        <translation>%1 akzeptiert keine Eingabebilder.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 input images (given: %3).</source>
        <translation>%1 akzeptiert höchstens %2 Eingabebilder (angegeben: %3).</translation>
    </message>
</context>
<context>
    <name>orc::ImageModelOptions</name>
    <message>
        <source>Ask for at most %1 images at a time.</source>
        <translation>Fordern Sie höchstens %1 Bilder auf einmal an.</translation>
    </message>
    <message>
        <source>%1 does not take input images; remove them or choose a model with image input.</source>
        <translation>%1 akzeptiert keine Eingabebilder; entfernen Sie sie oder wählen Sie ein Modell mit Bildeingabe.</translation>
    </message>
</context>
<context>
    <name>orc::ImageModels</name>
    <message>
        <source>The image model list is not JSON: %1</source>
        <translation>Die Liste der Bildmodelle ist kein JSON: %1</translation>
    </message>
    <message>
        <source>The image model list has no "data" array.</source>
        <translation>Die Liste der Bildmodelle hat kein "data"-Array.</translation>
    </message>
    <message>
        <source>Choose an image model.</source>
        <translation>Wählen Sie ein Bildmodell.</translation>
    </message>
    <message>
        <source>%1 does not generate images (it outputs %2); choose a model with image output.</source>
        <translation>%1 erzeugt keine Bilder (es gibt %2 aus); wählen Sie ein Modell mit Bildausgabe.</translation>
    </message>
    <message>
        <source>%1 does not take the aspect ratio "%2"; the documented ratios are %3.</source>
        <translation>%1 akzeptiert das Seitenverhältnis „%2“ nicht; dokumentiert sind %3.</translation>
    </message>
    <message>
        <source>%1 does not take the size "%2"; the documented sizes are %3.</source>
        <translation>%1 akzeptiert die Größe „%2“ nicht; dokumentiert sind %3.</translation>
    </message>
</context>
<context>
    <name>orc::ImageRequest</name>
    <message>
        <source>Choose an image model.</source>
        <translation>Wählen Sie ein Bildmodell.</translation>
    </message>
    <message>
        <source>Write a prompt describing the image, or the change to make to the input images.</source>
        <translation>Schreiben Sie einen Prompt, der das Bild oder die Änderung an den Eingabebildern beschreibt.</translation>
    </message>
    <message>
        <source>"%1" is not an aspect ratio; use one of %2.</source>
        <translation>„%1“ ist kein Seitenverhältnis; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>"%1" is not an image size; use 1K, 2K or 4K (capital K).</source>
        <translation>„%1“ ist keine Bildgröße; verwenden Sie 1K, 2K oder 4K (großes K).</translation>
    </message>
    <message>
        <source>"%1" is not a background; use one of %2.</source>
        <translation>„%1“ ist kein Hintergrund; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>Ask for 1 to %1 images (not %2).</source>
        <translation>Fordern Sie 1 bis %1 Bilder an (nicht %2).</translation>
    </message>
    <message>
        <source>Every input image must be an image (a data: or https: URL).</source>
        <translation>Jedes Eingabebild muss ein Bild sein (eine data:- oder https:-URL).</translation>
    </message>
    <message>
        <source>"%1" is not an output format; use one of %2.</source>
        <translation>„%1“ ist kein Ausgabeformat; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>"%1" is not a quality; use one of %2.</source>
        <translation>„%1“ ist keine Qualitätsstufe; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>A %1 background needs a model served by the Images API; %2 generates through chat completions.</source>
        <translation>Ein Hintergrund „%1“ erfordert ein Modell der Images-API; %2 erzeugt über Chat Completions.</translation>
    </message>
    <message>
        <source>Choosing the output format needs a model served by the Images API; %1 generates through chat completions.</source>
        <translation>Die Wahl des Ausgabeformats erfordert ein Modell der Images-API; %1 erzeugt über Chat Completions.</translation>
    </message>
    <message>
        <source>Choosing the quality needs a model served by the Images API; %1 generates through chat completions.</source>
        <translation>Die Wahl der Qualität erfordert ein Modell der Images-API; %1 erzeugt über Chat Completions.</translation>
    </message>
</context>
<context>
    <name>orc::ImageSniffer</name>
    <message>
        <source>The image data is %1 bytes (%2 MiB), more than the %3 MiB (%4 bytes) limit; it was not decoded.</source>
        <translation>Die Bilddaten umfassen %1 Bytes (%2 MiB), mehr als das Limit von %3 MiB (%4 Bytes); sie wurden nicht dekodiert.</translation>
    </message>
    <message>
        <source>The %1 image declares a size of %2×%3 pixels, which is not a picture.</source>
        <translation>Das %1-Bild gibt eine Größe von %2×%3 Pixeln an, was kein Bild sein kann.</translation>
    </message>
    <message>
        <source>The image declares %1×%2 pixels (%3 megapixels), more than the %4 megapixel limit; it was not decoded.</source>
        <translation>Das Bild gibt %1×%2 Pixel an (%3 Megapixel), mehr als das Limit von %4 Megapixeln; es wurde nicht dekodiert.</translation>
    </message>
    <message>
        <source>The PNG data ends before its image header.</source>
        <translation>Die PNG-Daten enden vor dem Bild-Header.</translation>
    </message>
    <message>
        <source>The PNG data does not start with an image header.</source>
        <translation>Die PNG-Daten beginnen nicht mit einem Bild-Header.</translation>
    </message>
    <message>
        <source>The PNG header declares an impossible size.</source>
        <translation>Der PNG-Header gibt eine unmögliche Größe an.</translation>
    </message>
    <message>
        <source>The JPEG data has a broken marker at byte %1.</source>
        <translation>Die JPEG-Daten haben eine defekte Markierung bei Byte %1.</translation>
    </message>
    <message>
        <source>The JPEG data has no frame header before its image data.</source>
        <translation>Die JPEG-Daten haben keinen Frame-Header vor den Bilddaten.</translation>
    </message>
    <message>
        <source>The JPEG data has a segment of impossible length.</source>
        <translation>Die JPEG-Daten enthalten ein Segment unmöglicher Länge.</translation>
    </message>
    <message>
        <source>The JPEG data ends before its frame header.</source>
        <translation>Die JPEG-Daten enden vor dem Frame-Header.</translation>
    </message>
    <message>
        <source>The WebP data ends before its first chunk.</source>
        <translation>Die WebP-Daten enden vor dem ersten Chunk.</translation>
    </message>
    <message>
        <source>The data is a RIFF file but not a WebP image; OR Studio reads PNG, JPEG, WebP and GIF.</source>
        <translation>Die Daten sind eine RIFF-Datei, aber kein WebP-Bild; OR Studio liest PNG, JPEG, WebP und GIF.</translation>
    </message>
    <message>
        <source>The WebP data ends before its canvas size.</source>
        <translation>Die WebP-Daten enden vor der Leinwandgröße.</translation>
    </message>
    <message>
        <source>The WebP data ends before its image size.</source>
        <translation>Die WebP-Daten enden vor der Bildgröße.</translation>
    </message>
    <message>
        <source>The lossless WebP data has a bad signature.</source>
        <translation>Die verlustfreien WebP-Daten haben eine falsche Signatur.</translation>
    </message>
    <message>
        <source>The WebP data ends before its frame size.</source>
        <translation>Die WebP-Daten enden vor der Frame-Größe.</translation>
    </message>
    <message>
        <source>The lossy WebP data has a bad start code.</source>
        <translation>Die verlustbehafteten WebP-Daten haben einen falschen Startcode.</translation>
    </message>
    <message>
        <source>The WebP data starts with an unknown chunk.</source>
        <translation>Die WebP-Daten beginnen mit einem unbekannten Chunk.</translation>
    </message>
    <message>
        <source>The GIF data ends before its screen size.</source>
        <translation>Die GIF-Daten enden vor der Bildschirmgröße.</translation>
    </message>
    <message>
        <source>The image data is empty.</source>
        <translation>Die Bilddaten sind leer.</translation>
    </message>
    <message>
        <source>The PNG data ends inside its signature.</source>
        <translation>Die PNG-Daten enden innerhalb der Signatur.</translation>
    </message>
    <message>
        <source>The JPEG data ends inside its signature.</source>
        <translation>Die JPEG-Daten enden innerhalb der Signatur.</translation>
    </message>
    <message>
        <source>The data ends inside its RIFF header.</source>
        <translation>Die Daten enden innerhalb des RIFF-Headers.</translation>
    </message>
    <message>
        <source>The GIF data ends inside its signature.</source>
        <translation>Die GIF-Daten enden innerhalb der Signatur.</translation>
    </message>
    <message>
        <source>The data is not an image format OR Studio reads (PNG, JPEG, WebP, GIF).</source>
        <translation>Die Daten sind in keinem Bildformat, das OR Studio liest (PNG, JPEG, WebP, GIF).</translation>
    </message>
    <message>
        <source>(It was labelled %1.)</source>
        <translation>(Es war als %1 gekennzeichnet.)</translation>
    </message>
    <message>
        <source>The image data is not valid base64, so it cannot be decoded.</source>
        <translation>Die Bilddaten sind kein gültiges Base64 und können nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>The image is not a data: URL, so it carries no image bytes.</source>
        <translation>Das Bild ist keine data:-URL und enthält daher keine Bilddaten.</translation>
    </message>
    <message>
        <source>The data: URL has no comma before its data.</source>
        <translation>Die data:-URL hat kein Komma vor den Daten.</translation>
    </message>
    <message>
        <source>The data: URL holds %1, not an image.</source>
        <translation>Die data:-URL enthält %1, kein Bild.</translation>
    </message>
</context>
<context>
    <name>orc::ImageStudioPage</name>
    <message>
        <source>The gallery cannot be opened, so images are not kept: %1</source>
        <translation>Die Galerie kann nicht geöffnet werden, daher werden Bilder nicht aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Generating with %1…</source>
        <translation>Erzeugung mit %1 …</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>Copied the image to the clipboard.</source>
        <translation>Bild in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>These files could not be removed: %1</source>
        <translation>Diese Dateien konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>The Images API model list could not be loaded (%1); models are asked through chat completions.</source>
        <translation>Die Modellliste der Images-API konnte nicht geladen werden (%1); Modelle werden über Chat Completions angefragt.</translation>
    </message>
    <message>
        <source>The input images are still loading; generate again in a moment.</source>
        <translation>Die Eingabebilder werden noch geladen; erzeugen Sie gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Cancelled after %1.</source>
        <translation>Nach %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled; kept the %1 that had arrived.</source>
        <translation>Abgebrochen; die bereits angekommenen %1 wurden behalten.</translation>
    </message>
    <message>
        <source>Failed after %1.</source>
        <translation>Nach %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <source>The image could not be deleted: %1</source>
        <translation>Das Bild konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The input image %1 is gone; the settings were restored without it.</source>
        <translation>Das Eingabebild %1 ist nicht mehr vorhanden; die Einstellungen wurden ohne es wiederhergestellt.</translation>
    </message>
    <message>
        <source>Settings restored from %1</source>
        <translation>Einstellungen aus %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>The clipboard holds no image to use as an input image.</source>
        <translation>Die Zwischenablage enthält kein Bild, das als Eingabebild dienen könnte.</translation>
    </message>
    <message>
        <source>"%1" is not an image setting; use aspect=, size=, background=, quality=, format= or count=, separated by commas.</source>
        <translation>„%1“ ist keine Bildeinstellung; verwenden Sie aspect=, size=, background=, quality=, format= oder count=, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>This image is still being stored; delete it once the generation has finished.</source>
        <translation>Dieses Bild wird noch gespeichert; löschen Sie es, wenn die Erzeugung abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>orc::ImageTasks</name>
    <message>
        <source>The image cannot be decoded (%1).</source>
        <translation>Das Bild kann nicht dekodiert werden (%1).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the image was not stored</source>
        <translation>das Bild wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot encode the image as %1: %2</source>
        <translation>Das Bild kann nicht als %1 kodiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot save as "%1": end the file name with .png, .jpg or .webp.</source>
        <translation>Speichern als „%1“ nicht möglich: Der Dateiname muss auf .png, .jpg oder .webp enden.</translation>
    </message>
    <message>
        <source>This system cannot write %1 images (install qt6-image-formats-plugins).</source>
        <translation>Dieses System kann keine %1-Bilder schreiben (installieren Sie qt6-image-formats-plugins).</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is too large to send (%2 MB; the limit is %3 MB).</source>
        <translation>%1 ist zu groß zum Senden (%2 MB; das Limit ist %3 MB).</translation>
    </message>
    <message>
        <source>%1 cannot be used as an input image: %2</source>
        <translation>%1 kann nicht als Eingabebild verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>orc::ImageViewer</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to window (F)</source>
        <translation>In das Fenster einpassen (F)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size (1)</source>
        <translation>Originalgröße (1)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3</source>
        <translation>%1 × %2 px · %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>orc::InputImageStrip</name>
    <message>
        <source>%1 cannot be decoded as an image.</source>
        <translation>%1 kann nicht als Bild dekodiert werden.</translation>
    </message>
    <message>
        <source>%1 cannot be used as an input image: %2</source>
        <translation>%1 kann nicht als Eingabebild verwendet werden: %2</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Add input images to edit or vary (or drop or paste them here)</source>
        <translation>Eingabebilder zum Bearbeiten oder Variieren hinzufügen (oder hier ablegen oder einfügen)</translation>
    </message>
    <message>
        <source>Add Input Images</source>
        <translation>Eingabebilder hinzufügen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This model does not take input images.</source>
        <translation>Dieses Modell akzeptiert keine Eingabebilder.</translation>
    </message>
    <message>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>This model takes one input image.</source>
        <translation>Dieses Modell akzeptiert ein Eingabebild.</translation>
    </message>
    <message numerus="yes">
        <source>This model takes at most %n input images.</source>
        <translation>
            <numerusform>Dieses Modell akzeptiert höchstens %n Eingabebild.</numerusform>
            <numerusform>Dieses Modell akzeptiert höchstens %n Eingabebilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — click to remove</source>
        <translation>%1 – zum Entfernen klicken</translation>
    </message>
    <message>
        <source>This model takes no input images.</source>
        <translation>Dieses Modell akzeptiert keine Eingabebilder.</translation>
    </message>
    <message>
        <source>Optional: images to edit or vary. Drop or paste them here.</source>
        <translation>Optional: Bilder zum Bearbeiten oder Variieren. Hier ablegen oder einfügen.</translation>
    </message>
    <message>
        <source>One input image; click it to remove it.</source>
        <translation>Ein Eingabebild; zum Entfernen anklicken.</translation>
    </message>
    <message numerus="yes">
        <source>%n input images; click one to remove it.</source>
        <translation>
            <numerusform>%n Eingabebild; zum Entfernen anklicken.</numerusform>
            <numerusform>%n Eingabebilder; zum Entfernen eines anklicken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::KeyStore</name>
    <message>
        <source>nowhere</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>a file readable only by you</source>
        <translation>einer Datei, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the key file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>The keychain refused to store the key: %1</source>
        <translation>Der Schlüsselbund hat das Speichern des Schlüssels abgelehnt: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Install and unlock gnome-keyring or KWallet, or allow OR Studio to keep the key in a file readable only by you.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Installieren und entsperren Sie gnome-keyring oder KWallet, oder erlauben Sie OR Studio, den Schlüssel in einer Datei abzulegen, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>The keychain could not delete the key: %1</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht löschen: %1</translation>
    </message>
</context>
<context>
    <name>orc::MainWindow</name>
    <message>
        <source>OR Studio</source>
        <translation>OR Studio</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>OR Studio %1, Qt %2 (built with Qt %3)</source>
        <translation>OR Studio %1, Qt %2 (erstellt mit Qt %3)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Model ID</source>
        <translation>Modell-ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Bilder</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About OR Studio</source>
        <translation>Ü&amp;ber OR Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Chat model: %1</source>
        <translation>Chat-Modell: %1</translation>
    </message>
    <message>
        <source>Image model: %1</source>
        <translation>Bildmodell: %1</translation>
    </message>
    <message>
        <source>A native desktop client for OpenRouter: browse every model, chat and generate images.</source>
        <translation>Ein nativer Desktop-Client für OpenRouter: alle Modelle durchsuchen, chatten und Bilder erzeugen.</translation>
    </message>
    <message>
        <source>About OR Studio</source>
        <translation>Über OR Studio</translation>
    </message>
    <message>
        <source>OpenRouter API: %1</source>
        <translation>OpenRouter-API: %1</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Nutzung</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
</context>
<context>
    <name>orc::ManagementKeyBox</name>
    <message>
        <source>Management key (optional)</source>
        <translation>Verwaltungsschlüssel (optional)</translation>
    </message>
    <message>
        <source>The usage page compares what this computer spent with the account's own activity when a management key is stored here (create one at openrouter.ai/settings/management-keys). It is used for nothing else.</source>
        <translation>Die Seite „Nutzung“ vergleicht die Ausgaben dieses Computers mit der Aktivität des Kontos, wenn hier ein Verwaltungsschlüssel gespeichert ist (erstellen unter openrouter.ai/settings/management-keys). Er wird für nichts anderes verwendet.</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen …</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>No management key is stored.</source>
        <translation>Kein Verwaltungsschlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Management Key</source>
        <translation>Verwaltungsschlüssel</translation>
    </message>
    <message>
        <source>Paste the management key:</source>
        <translation>Verwaltungsschlüssel einfügen:</translation>
    </message>
</context>
<context>
    <name>orc::MarkdownRenderer</name>
    <message>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
</context>
<context>
    <name>orc::MarkdownView</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>Diesen Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>&amp;Linkadresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>Link ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>orc::McpClient</name>
    <message>
        <source>MCP server "%1": this session was already started.</source>
        <translation>MCP-Server „%1“: Diese Sitzung wurde bereits gestartet.</translation>
    </message>
    <message>
        <source>MCP server "%1" speaks protocol revision "%2"; OR Studio knows %3.</source>
        <translation>Der MCP-Server „%1“ spricht die Protokollrevision „%2“; OR Studio kennt %3.</translation>
    </message>
    <message>
        <source>MCP server "%1" is not connected.</source>
        <translation>Der MCP-Server „%1“ ist nicht verbunden.</translation>
    </message>
    <message>
        <source>MCP server "%1" did not answer %2 within %3 s.</source>
        <translation>Der MCP-Server „%1“ hat %2 nicht innerhalb von %3 s beantwortet.</translation>
    </message>
    <message>
        <source>MCP server "%1" answered a request that was never sent (id %2).</source>
        <translation>Der MCP-Server „%1“ hat eine Anfrage beantwortet, die nie gesendet wurde (ID %2).</translation>
    </message>
    <message>
        <source>MCP server "%1" refused %2: %3 (code %4).</source>
        <translation>Der MCP-Server „%1“ hat %2 abgelehnt: %3 (Code %4).</translation>
    </message>
    <message>
        <source>MCP server "%1" answered %2 without a result.</source>
        <translation>Der MCP-Server „%1“ hat %2 ohne Ergebnis beantwortet.</translation>
    </message>
    <message>
        <source>The session with MCP server "%1" was closed.</source>
        <translation>Die Sitzung mit dem MCP-Server „%1“ wurde geschlossen.</translation>
    </message>
    <message>
        <source>MCP server "%1" listed more than %2 pages of tools.</source>
        <translation>Der MCP-Server „%1“ hat mehr als %2 Seiten mit Werkzeugen aufgelistet.</translation>
    </message>
</context>
<context>
    <name>orc::McpHttpTransport</name>
    <message>
        <source>MCP server "%1" sent more than %2 bytes.</source>
        <translation>Der MCP-Server „%1“ hat mehr als %2 Bytes gesendet.</translation>
    </message>
    <message>
        <source>MCP server "%1" answered with something that is not a JSON-RPC message: "%2".</source>
        <translation>Der MCP-Server „%1“ antwortete mit etwas, das keine JSON-RPC-Nachricht ist: „%2“.</translation>
    </message>
    <message>
        <source>Cannot reach MCP server "%1" at %2: %3</source>
        <translation>Der MCP-Server „%1“ ist unter %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>MCP server "%1" refused the request (HTTP %2): check its token or headers.</source>
        <translation>Der MCP-Server „%1“ hat die Anfrage abgelehnt (HTTP %2): Prüfen Sie sein Token oder seine Header.</translation>
    </message>
    <message>
        <source>MCP server "%1" ended the session (HTTP 404); reconnect to start a new one.</source>
        <translation>Der MCP-Server „%1“ hat die Sitzung beendet (HTTP 404); verbinden Sie sich neu, um eine neue zu starten.</translation>
    </message>
    <message>
        <source>MCP server "%1" answered HTTP %2.</source>
        <translation>Der MCP-Server „%1“ antwortete mit HTTP %2.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Er meldete: %1</translation>
    </message>
    <message>
        <source>MCP server "%1" closed the response without answering the request.</source>
        <translation>Der MCP-Server „%1“ hat die Antwort geschlossen, ohne die Anfrage zu beantworten.</translation>
    </message>
</context>
<context>
    <name>orc::McpServerConfig</name>
    <message>
        <source>An MCP server needs a name.</source>
        <translation>Ein MCP-Server braucht einen Namen.</translation>
    </message>
    <message>
        <source>MCP server "%1" has no command to run.</source>
        <translation>Der MCP-Server „%1“ hat keinen auszuführenden Befehl.</translation>
    </message>
    <message>
        <source>MCP server "%1" needs an http:// or https:// URL, not "%2".</source>
        <translation>Der MCP-Server „%1“ braucht eine http://- oder https://-URL, nicht „%2“.</translation>
    </message>
    <message>
        <source>MCP server "%1" uses the old HTTP+SSE transport, which is not supported; use its Streamable HTTP URL instead.</source>
        <translation>Der MCP-Server „%1“ verwendet den alten HTTP+SSE-Transport, der nicht unterstützt wird; verwenden Sie stattdessen seine Streamable-HTTP-URL.</translation>
    </message>
    <message>
        <source>MCP server "%1": "args" must be a list of strings.</source>
        <translation>MCP-Server „%1“: "args" muss eine Liste von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>MCP server "%1": "env" must map names to strings.</source>
        <translation>MCP-Server „%1“: "env" muss Namen auf Zeichenketten abbilden.</translation>
    </message>
    <message>
        <source>MCP server "%1": "headers" must map names to strings.</source>
        <translation>MCP-Server „%1“: "headers" muss Namen auf Zeichenketten abbilden.</translation>
    </message>
    <message>
        <source>MCP server "%1" has neither a "command" nor a "url".</source>
        <translation>Der MCP-Server „%1“ hat weder "command" noch "url".</translation>
    </message>
</context>
<context>
    <name>orc::McpServerList</name>
    <message>
        <source>Not valid JSON: %1 at offset %2.</source>
        <translation>Kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>Expected a JSON object with "mcpServers".</source>
        <translation>Erwartet wurde ein JSON-Objekt mit "mcpServers".</translation>
    </message>
    <message>
        <source>MCP server "%1" is not a JSON object.</source>
        <translation>Der MCP-Server „%1“ ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>orc::McpServerStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>orc::McpStdioTransport</name>
    <message>
        <source>MCP server "%1" sent a message of %2 bytes (the limit is %3).</source>
        <translation>Der MCP-Server „%1“ hat eine Nachricht mit %2 Bytes gesendet (das Limit ist %3).</translation>
    </message>
    <message>
        <source>MCP server "%1" wrote something that is not a JSON-RPC message: "%2".</source>
        <translation>Der MCP-Server „%1“ hat etwas geschrieben, das keine JSON-RPC-Nachricht ist: „%2“.</translation>
    </message>
    <message>
        <source>MCP server "%1" sent a message of more than %2 bytes.</source>
        <translation>Der MCP-Server „%1“ hat eine Nachricht mit mehr als %2 Bytes gesendet.</translation>
    </message>
    <message>
        <source>MCP server "%1" crashed.</source>
        <translation>Der MCP-Server „%1“ ist abgestürzt.</translation>
    </message>
    <message>
        <source>MCP server "%1" exited with code %2.</source>
        <translation>Der MCP-Server „%1“ wurde mit Code %2 beendet.</translation>
    </message>
    <message>
        <source>%1 It said: %2</source>
        <translation>%1 Er meldete: %2</translation>
    </message>
    <message>
        <source>Cannot start MCP server "%1" (%2): %3</source>
        <translation>Der MCP-Server „%1“ kann nicht gestartet werden (%2): %3</translation>
    </message>
</context>
<context>
    <name>orc::McpToolbox</name>
    <message>
        <source>The tool reported an error: %1</source>
        <translation>Das Werkzeug meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>The tool could not run: %1</source>
        <translation>Das Werkzeug konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>The tool arguments are not a JSON object: %1</source>
        <translation>Die Werkzeugargumente sind kein JSON-Objekt: %1</translation>
    </message>
</context>
<context>
    <name>orc::MessageCard</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <source>Regenerate this reply (the menu offers another model)</source>
        <translation>Diese Antwort neu erzeugen (das Menü bietet ein anderes Modell an)</translation>
    </message>
    <message>
        <source>Edit this message and send it again (the current branch is kept)</source>
        <translation>Diese Nachricht bearbeiten und erneut senden (der aktuelle Zweig bleibt erhalten)</translation>
    </message>
    <message>
        <source>Delete this message</source>
        <translation>Diese Nachricht löschen</translation>
    </message>
    <message>
        <source>Copy as Markdown (the menu offers plain text)</source>
        <translation>Als Markdown kopieren (das Menü bietet reinen Text an)</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy as plain text</source>
        <translation>Als reinen Text kopieren</translation>
    </message>
    <message>
        <source>The app closed before this reply finished; what arrived is kept.</source>
        <translation>Die App wurde geschlossen, bevor diese Antwort fertig war; was angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach …</translation>
    </message>
    <message>
        <source>Hide reasoning</source>
        <translation>Gedankengang ausblenden</translation>
    </message>
    <message>
        <source>Show reasoning</source>
        <translation>Gedankengang anzeigen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Audio (%1)</source>
        <translation>Audio (%1)</translation>
    </message>
    <message>
        <source>With the same model</source>
        <translation>Mit demselben Modell</translation>
    </message>
    <message>
        <source>With another model</source>
        <translation>Mit einem anderen Modell</translation>
    </message>
    <message>
        <source>Another model…</source>
        <translation>Anderes Modell …</translation>
    </message>
    <message>
        <source>Regenerate with another model</source>
        <translation>Mit einem anderen Modell neu erzeugen</translation>
    </message>
    <message>
        <source>Model id (type one or pick a recent one):</source>
        <translation>Modell-ID (eingeben oder eine zuletzt verwendete wählen):</translation>
    </message>
    <message>
        <source>Lift the routing limit that excluded every provider, for this conversation, and send again</source>
        <translation>Die Routing-Beschränkung, die alle Anbieter ausgeschlossen hat, für diese Unterhaltung aufheben und erneut senden</translation>
    </message>
</context>
<context>
    <name>orc::MessageFormat</name>
    <message>
        <source>A stored message has no format version.</source>
        <translation>Eine gespeicherte Nachricht hat keine Formatversion.</translation>
    </message>
    <message>
        <source>A stored message uses format %1; this OR Studio reads up to %2. Update OR Studio.</source>
        <translation>Eine gespeicherte Nachricht verwendet Format %1; dieses OR Studio liest bis %2. Aktualisieren Sie OR Studio.</translation>
    </message>
    <message>
        <source>A stored message has an attachment of an unknown kind ("%1").</source>
        <translation>Eine gespeicherte Nachricht hat einen Anhang unbekannter Art („%1“).</translation>
    </message>
    <message>
        <source>A stored message is not readable JSON (%1).</source>
        <translation>Eine gespeicherte Nachricht ist kein lesbares JSON (%1).</translation>
    </message>
</context>
<context>
    <name>orc::ModelCatalogModel</name>
    <message>
        <source>variable</source>
        <translation>variabel</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation>Kein Favorit</translation>
    </message>
    <message>
        <source>Favourite: click to remove the star</source>
        <translation>Favorit: klicken, um den Stern zu entfernen</translation>
    </message>
    <message>
        <source>Click to mark as a favourite</source>
        <translation>Klicken, um als Favorit zu markieren</translation>
    </message>
    <message>
        <source>%1 tokens of context</source>
        <translation>%1 Tokens Kontext</translation>
    </message>
    <message>
        <source>Context length not published</source>
        <translation>Kontextlänge nicht veröffentlicht</translation>
    </message>
    <message>
        <source>The price depends on the model the router picks</source>
        <translation>Der Preis hängt vom Modell ab, das der Router wählt</translation>
    </message>
    <message>
        <source>USD per million input (prompt) tokens</source>
        <translation>USD pro Million Eingabe-Tokens (Prompt)</translation>
    </message>
    <message>
        <source>USD per million output (completion) tokens</source>
        <translation>USD pro Million Ausgabe-Tokens (Completion)</translation>
    </message>
    <message>
        <source>Input: %1
Output: %2</source>
        <translation>Eingabe: %1
Ausgabe: %2</translation>
    </message>
    <message>
        <source>Added to OpenRouter on %1</source>
        <translation>Am %1 zu OpenRouter hinzugefügt</translation>
    </message>
    <message>
        <source>Date added not published</source>
        <translation>Datum der Aufnahme nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Favourites (persisted); sort to list them first</source>
        <translation>Favoriten (gespeichert); sortieren, um sie zuerst aufzulisten</translation>
    </message>
    <message>
        <source>Input price, USD per million tokens</source>
        <translation>Eingabepreis, USD pro Million Tokens</translation>
    </message>
    <message>
        <source>Output price, USD per million tokens</source>
        <translation>Ausgabepreis, USD pro Million Tokens</translation>
    </message>
    <message>
        <source>Input and output modalities</source>
        <translation>Ein- und Ausgabemodalitäten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Input $/1M</source>
        <translation>Eing. $/1M</translation>
    </message>
    <message>
        <source>Output $/1M</source>
        <translation>Ausg. $/1M</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalitäten</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>orc::ModelDetailsDocument</name>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>Audio-Eingabe</translation>
    </message>
    <message>
        <source>Vision (image input)</source>
        <translation>Bildverständnis (Bildeingabe)</translation>
    </message>
    <message>
        <source>Image generation</source>
        <translation>Bilderzeugung</translation>
    </message>
    <message>
        <source>File input</source>
        <translation>Dateieingabe</translation>
    </message>
    <message>
        <source>Tool calling</source>
        <translation>Werkzeugaufrufe</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Structured outputs</source>
        <translation>Strukturierte Ausgaben</translation>
    </message>
    <message>
        <source>JSON mode</source>
        <translation>JSON-Modus</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>Langer Kontext</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt %1</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>The catalogue publishes no prices for this model.</source>
        <translation>Der Katalog veröffentlicht keine Preise für dieses Modell.</translation>
    </message>
    <message>
        <source>Variable prices depend on the model the router picks for each request.</source>
        <translation>Variable Preise hängen vom Modell ab, das der Router für jede Anfrage wählt.</translation>
    </message>
    <message>
        <source>Conditional prices</source>
        <translation>Bedingte Preise</translation>
    </message>
    <message>
        <source>prompts over %1</source>
        <translation>Prompts über %1</translation>
    </message>
    <message>
        <source>%1–%2 UTC</source>
        <translation>%1–%2 UTC</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>Max completion tokens</source>
        <translation>Max. Completion-Tokens</translation>
    </message>
    <message>
        <source>Prompt tokens per request</source>
        <translation>Prompt-Tokens pro Anfrage</translation>
    </message>
    <message>
        <source>Completion tokens per request</source>
        <translation>Completion-Tokens pro Anfrage</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Moderiert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Input modalities</source>
        <translation>Eingabemodalitäten</translation>
    </message>
    <message>
        <source>Output modalities</source>
        <translation>Ausgabemodalitäten</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Limits and capabilities</source>
        <translation>Limits und Fähigkeiten</translation>
    </message>
    <message>
        <source>Supported parameters</source>
        <translation>Unterstützte Parameter</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Keine angegeben.</translation>
    </message>
    <message>
        <source>Defaults:</source>
        <translation>Standardwerte:</translation>
    </message>
    <message>
        <source>always on (cannot be turned off)</source>
        <translation>immer aktiv (nicht abschaltbar)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Efforts</source>
        <translation>Aufwandsstufen</translation>
    </message>
    <message>
        <source>Default effort</source>
        <translation>Standardaufwand</translation>
    </message>
    <message>
        <source>On by default</source>
        <translation>Standardmäßig aktiv</translation>
    </message>
    <message>
        <source>Reasoning token budget</source>
        <translation>Token-Budget für Reasoning</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>unterstützt</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <source>Canonical slug</source>
        <translation>Kanonischer Slug</translation>
    </message>
    <message>
        <source>Alias of</source>
        <translation>Alias von</translation>
    </message>
    <message>
        <source>Hugging Face</source>
        <translation>Hugging Face</translation>
    </message>
    <message>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <source>Instruct type</source>
        <translation>Instruct-Typ</translation>
    </message>
    <message>
        <source>Knowledge cutoff</source>
        <translation>Wissensstand</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No description published.</source>
        <translation>Keine Beschreibung veröffentlicht.</translation>
    </message>
    <message>
        <source>This model was retired on %1 (%2).</source>
        <translation>Dieses Modell wurde am %1 eingestellt (%2).</translation>
    </message>
    <message>
        <source>This model is being retired on %1 (%2).</source>
        <translation>Dieses Modell wird am %1 eingestellt (%2).</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Artificial Analysis</source>
        <translation>Artificial Analysis</translation>
    </message>
    <message>
        <source>intelligence %1 · coding %2 · agentic %3</source>
        <translation>Intelligenz %1 · Programmierung %2 · Agenten %3</translation>
    </message>
    <message>
        <source>Design Arena: %1 / %2</source>
        <translation>Design Arena: %1 / %2</translation>
    </message>
    <message>
        <source>rank %1 · Elo %2 · win rate %3 %</source>
        <translation>Rang %1 · Elo %2 · Siegquote %3 %</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
</context>
<context>
    <name>orc::ModelDetailsPane</name>
    <message>
        <source>Chat with this model</source>
        <translation>Mit diesem Modell chatten</translation>
    </message>
    <message>
        <source>Generate images with this model</source>
        <translation>Bilder mit diesem Modell erzeugen</translation>
    </message>
    <message>
        <source>No model selected</source>
        <translation>Kein Modell ausgewählt</translation>
    </message>
    <message>
        <source>Select a model in the list to see its description, prices and limits.</source>
        <translation>Wählen Sie ein Modell in der Liste, um Beschreibung, Preise und Limits zu sehen.</translation>
    </message>
    <message>
        <source>Open the chat with this model selected (Enter in the list)</source>
        <translation>Den Chat mit diesem Modell öffnen (Eingabetaste in der Liste)</translation>
    </message>
    <message>
        <source>Open the image studio with this model selected</source>
        <translation>Das Bildstudio mit diesem Modell öffnen</translation>
    </message>
    <message>
        <source>Mark as a favourite (Ctrl+D)</source>
        <translation>Als Favorit markieren (Strg+D)</translation>
    </message>
    <message>
        <source>Copy the model id</source>
        <translation>Die Modell-ID kopieren</translation>
    </message>
</context>
<context>
    <name>orc::ModelEndpoints</name>
    <message>
        <source>The answer to %1 is not a model with endpoints.</source>
        <translation>Die Antwort auf %1 ist kein Modell mit Endpunkten.</translation>
    </message>
</context>
<context>
    <name>orc::ModelInfo</name>
    <message>
        <source>variable</source>
        <translation>variabel</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>The model list is empty.</source>
        <translation>Die Modellliste ist leer.</translation>
    </message>
    <message>
        <source>The model list is not valid JSON (at byte %1): %2</source>
        <translation>Die Modellliste ist kein gültiges JSON (bei Byte %1): %2</translation>
    </message>
    <message>
        <source>The server sent an error instead of the model list: %1</source>
        <translation>Der Server hat statt der Modellliste einen Fehler gesendet: %1</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>The model list has no "data" array.</source>
        <translation>Die Modellliste hat kein "data"-Array.</translation>
    </message>
</context>
<context>
    <name>orc::ModelLifecycle</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::ModelPicker</name>
    <message>
        <source>Model for the next reply</source>
        <translation>Modell für die nächste Antwort</translation>
    </message>
    <message>
        <source>Choose a Model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <source>Model for the next reply: %1</source>
        <translation>Modell für die nächste Antwort: %1</translation>
    </message>
    <message>
        <source>%1
Input %2, output %3</source>
        <translation>%1
Eingabe %2, Ausgabe %3</translation>
    </message>
    <message>
        <source>Search models by name or id, or type @preset/slug</source>
        <translation>Modelle nach Name oder ID suchen oder @preset/slug eingeben</translation>
    </message>
</context>
<context>
    <name>orc::ModelQuery</name>
    <message>
        <source>Unknown capability "%1". Accepted capabilities: %2.</source>
        <translation>Unbekannte Fähigkeit „%1“. Zulässige Fähigkeiten: %2.</translation>
    </message>
    <message>
        <source>Unknown sort key "%1". Accepted sort keys: %2.</source>
        <translation>Unbekannter Sortierschlüssel „%1“. Zulässige Sortierschlüssel: %2.</translation>
    </message>
</context>
<context>
    <name>orc::NetworkSettingsPage</name>
    <message>
        <source>API &amp;base URL:</source>
        <translation>&amp;Basis-URL der API:</translation>
    </message>
    <message>
        <source>App &amp;name (attribution):</source>
        <translation>App-&amp;Name (Zuordnung):</translation>
    </message>
    <message>
        <source>App &amp;URL (attribution):</source>
        <translation>App-&amp;URL (Zuordnung):</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy &amp;host and port:</source>
        <translation>Proxy-&amp;Host und -Port:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A request is abandoned when nothing arrives for this long.</source>
        <translation>Eine Anfrage wird abgebrochen, wenn so lange nichts ankommt.</translation>
    </message>
    <message>
        <source>How often a request that failed for a passing reason (rate limit, overloaded provider, dropped connection) is tried again.</source>
        <translation>Wie oft eine Anfrage, die aus vorübergehendem Grund fehlschlug (Ratenlimit, überlasteter Anbieter, abgebrochene Verbindung), erneut versucht wird.</translation>
    </message>
    <message>
        <source>Sent as X-Title: the name OpenRouter shows for this app in its rankings and your activity.</source>
        <translation>Wird als X-Title gesendet: der Name, den OpenRouter für diese App in Ranglisten und Ihrer Aktivität zeigt.</translation>
    </message>
    <message>
        <source>Sent as HTTP-Referer: the site OpenRouter links for this app.</source>
        <translation>Wird als HTTP-Referer gesendet: die Website, die OpenRouter für diese App verlinkt.</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>&amp;Keiner</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuell</translation>
    </message>
    <message>
        <source>Change this only for a compatible service or a local test server.</source>
        <translation>Ändern Sie dies nur für einen kompatiblen Dienst oder einen lokalen Testserver.</translation>
    </message>
    <message>
        <source>%1 overrides this setting while it is set.</source>
        <translation>%1 hat Vorrang vor dieser Einstellung, solange es gesetzt ist.</translation>
    </message>
    <message>
        <source>The base URL is not a web address: write it like %1.</source>
        <translation>Die Basis-URL ist keine Webadresse: Schreiben Sie sie wie %1.</translation>
    </message>
    <message>
        <source>The app URL must be a web address such as https://example.com.</source>
        <translation>Die App-URL muss eine Webadresse wie https://example.com sein.</translation>
    </message>
    <message>
        <source>O&amp;verall limit:</source>
        <translation>G&amp;esamtlimit:</translation>
    </message>
    <message>
        <source>Proxy u&amp;ser and password:</source>
        <translation>Proxy-&amp;Benutzer und -Passwort:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>A request, retries included, is abandoned after this long even while the server keeps the connection alive. None: no limit.</source>
        <translation>Eine Anfrage wird einschließlich Wiederholungen nach dieser Zeit aufgegeben, auch wenn der Server die Verbindung aufrechterhält. Keines: kein Limit.</translation>
    </message>
    <message>
        <source>User name (optional)</source>
        <translation>Benutzername (optional)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
</context>
<context>
    <name>orc::NoticeBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>orc::OAuthFlow</name>
    <message>
        <source>Sign-in was not completed in the browser in time.</source>
        <translation>Die Anmeldung wurde im Browser nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Sign-in is already in progress.</source>
        <translation>Eine Anmeldung läuft bereits.</translation>
    </message>
    <message>
        <source>Cannot listen for the browser's answer on 127.0.0.1: %1</source>
        <translation>Auf die Antwort des Browsers kann auf 127.0.0.1 nicht gewartet werden: %1</translation>
    </message>
    <message>
        <source>OR Studio is signed in</source>
        <translation>OR Studio ist angemeldet</translation>
    </message>
    <message>
        <source>OR Studio did not get a sign-in code</source>
        <translation>OR Studio hat keinen Anmeldecode erhalten</translation>
    </message>
    <message>
        <source>You can close this tab and return to OR Studio.</source>
        <translation>Sie können diesen Tab schließen und zu OR Studio zurückkehren.</translation>
    </message>
    <message>
        <source>Start the sign-in again from OR Studio.</source>
        <translation>Starten Sie die Anmeldung erneut in OR Studio.</translation>
    </message>
    <message>
        <source>The sign-in has no API client.</source>
        <translation>Der Anmeldung fehlt ein API-Client.</translation>
    </message>
    <message>
        <source>The sign-in answer held no key.</source>
        <translation>Die Antwort der Anmeldung enthielt keinen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>orc::OpenRouterClient</name>
    <message>
        <source>The server sent a response that is not a JSON object: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die kein JSON-Objekt ist: %1</translation>
    </message>
</context>
<context>
    <name>orc::PresetStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>orc::PriceTable</name>
    <message>
        <source>Input (prompt)</source>
        <translation>Eingabe (Prompt)</translation>
    </message>
    <message>
        <source>Output (completion)</source>
        <translation>Ausgabe (Completion)</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>Reasoning-Tokens</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Cache write (1 hour)</source>
        <translation>Cache-Schreiben (1 Stunde)</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>Audioeingabe</translation>
    </message>
    <message>
        <source>Audio cache read</source>
        <translation>Audio-Cache-Lesen</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Audioausgabe</translation>
    </message>
    <message>
        <source>Image input</source>
        <translation>Bildeingabe</translation>
    </message>
    <message>
        <source>per image</source>
        <translation>pro Bild</translation>
    </message>
    <message>
        <source>Image input tokens</source>
        <translation>Bildeingabe-Tokens</translation>
    </message>
    <message>
        <source>Image output tokens</source>
        <translation>Bildausgabe-Tokens</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>per request</source>
        <translation>pro Anfrage</translation>
    </message>
    <message>
        <source>Web search</source>
        <translation>Websuche</translation>
    </message>
    <message>
        <source>per search</source>
        <translation>pro Suche</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>per 1M tokens</source>
        <translation>pro 1M Tokens</translation>
    </message>
    <message>
        <source>per unit</source>
        <translation>pro Einheit</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variabel</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
</context>
<context>
    <name>orc::ProviderInfo</name>
    <message>
        <source>The answer to %1 is not a list.</source>
        <translation>Die Antwort auf %1 ist keine Liste.</translation>
    </message>
</context>
<context>
    <name>orc::ProxySettings</name>
    <message>
        <source>Enter the proxy's host name, for example proxy.example.com.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein, zum Beispiel proxy.example.com.</translation>
    </message>
    <message>
        <source>A proxy host name has no spaces.</source>
        <translation>Ein Proxy-Hostname enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>Write the proxy as a host name, or as socks5://host for a SOCKS proxy.</source>
        <translation>Schreiben Sie den Proxy als Hostnamen oder als socks5://host für einen SOCKS-Proxy.</translation>
    </message>
    <message>
        <source>The proxy port is a number from 1 to 65535.</source>
        <translation>Der Proxy-Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The proxy password is used until you quit but could not be stored: %1</source>
        <translation>Das Proxy-Passwort wird bis zum Beenden verwendet, konnte aber nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>orc::ResultCard</name>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt …</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Use as input</source>
        <translation>Als Eingabe verwenden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Click to view; drag to another program</source>
        <translation>Zum Ansehen klicken; in ein anderes Programm ziehen</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau …</translation>
    </message>
    <message>
        <source>Use as input (the chosen model takes no input images)</source>
        <translation>Als Eingabe verwenden (das gewählte Modell akzeptiert keine Eingabebilder)</translation>
    </message>
</context>
<context>
    <name>orc::ResultGrid</name>
    <message>
        <source>Generated images appear here. Write a prompt, pick an aspect ratio and size, and press Generate.</source>
        <translation>Erzeugte Bilder erscheinen hier. Schreiben Sie einen Prompt, wählen Sie Seitenverhältnis und Größe und klicken Sie auf Erzeugen.</translation>
    </message>
</context>
<context>
    <name>orc::RetryNotice</name>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Neuer Versuch in %n s</numerusform>
            <numerusform>Neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now</source>
        <translation>Neuer Versuch läuft</translation>
    </message>
    <message>
        <source>%1 (attempt %2)…</source>
        <translation>%1 (Versuch %2) …</translation>
    </message>
    <message>
        <source>%1. %2 (attempt %3)…</source>
        <translation>%1. %2 (Versuch %3) …</translation>
    </message>
</context>
<context>
    <name>orc::RoutingCache</name>
    <message>
        <source>Not caching the endpoints of a model without an id.</source>
        <translation>Die Endpunkte eines Modells ohne ID werden nicht zwischengespeichert.</translation>
    </message>
    <message>
        <source>The routing cache %1 holds another model.</source>
        <translation>Der Routing-Cache %1 enthält ein anderes Modell.</translation>
    </message>
    <message>
        <source>Cannot remove the routing cache %1.</source>
        <translation>Der Routing-Cache %1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>orc::RoutingProfile</name>
    <message>
        <source>A routing profile needs a name.</source>
        <translation>Ein Routing-Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Günstigste</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Schnellste</translation>
    </message>
    <message>
        <source>Lowest latency</source>
        <translation>Geringste Latenz</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Routing profile %1: "%2" is defined twice; the first is kept.</source>
        <translation>Routing-Profil %1: „%2“ ist doppelt definiert; das erste wird behalten.</translation>
    </message>
    <message>
        <source>Routing profile %1: %2</source>
        <translation>Routing-Profil %1: %2</translation>
    </message>
</context>
<context>
    <name>orc::RoutingSettingsBox</name>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Private (ZDR, no data collection)</source>
        <translation>Privat (ZDR, keine Datensammlung)</translation>
    </message>
    <message>
        <source>Most a provider may charge per million input tokens</source>
        <translation>Höchstpreis, den ein Anbieter pro Million Eingabe-Tokens verlangen darf</translation>
    </message>
    <message>
        <source>Most a provider may charge per million output tokens</source>
        <translation>Höchstpreis, den ein Anbieter pro Million Ausgabe-Tokens verlangen darf</translation>
    </message>
    <message>
        <source>Let other providers step in</source>
        <translation>Andere Anbieter einspringen lassen</translation>
    </message>
    <message>
        <source>How OpenRouter picks a provider for this conversation</source>
        <translation>Wie OpenRouter einen Anbieter für diese Unterhaltung wählt</translation>
    </message>
    <message>
        <source>Zero data retention: only endpoints that keep nothing, of providers that do not train on or store your data</source>
        <translation>Keine Datenspeicherung: nur Endpunkte, die nichts aufbewahren, von Anbietern, die mit Ihren Daten weder trainieren noch sie speichern</translation>
    </message>
    <message>
        <source>e.g. deepinfra, fireworks</source>
        <translation>z. B. deepinfra, fireworks</translation>
    </message>
    <message>
        <source>Providers to try first, in this order (comma-separated slugs)</source>
        <translation>Zuerst zu versuchende Anbieter, in dieser Reihenfolge (kommagetrennte Slugs)</translation>
    </message>
    <message>
        <source>any provider</source>
        <translation>beliebiger Anbieter</translation>
    </message>
    <message>
        <source>Use only these providers</source>
        <translation>Nur diese Anbieter verwenden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Never use these providers</source>
        <translation>Diese Anbieter nie verwenden</translation>
    </message>
    <message>
        <source>When the providers tried first fail or are busy, others may answer</source>
        <translation>Wenn die zuerst versuchten Anbieter ausfallen oder ausgelastet sind, dürfen andere antworten</translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation>Pro&amp;fil</translation>
    </message>
    <message>
        <source>Try &amp;first</source>
        <translation>Zuerst &amp;versuchen</translation>
    </message>
    <message>
        <source>O&amp;nly</source>
        <translation>&amp;Nur</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>I&amp;gnorieren</translation>
    </message>
    <message>
        <source>Max $/M in</source>
        <translation>Max. $/M Eingabe</translation>
    </message>
    <message>
        <source>Max $/M out</source>
        <translation>Max. $/M Ausgabe</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>OpenRouter lists no provider named %1.</source>
        <translation>OpenRouter führt keinen Anbieter namens %1.</translation>
    </message>
    <message>
        <source>No provider of this model charges less than $%1/M for input.</source>
        <translation>Kein Anbieter dieses Modells verlangt weniger als $%1/M für die Eingabe.</translation>
    </message>
    <message>
        <source>No provider of this model charges less than $%1/M for output.</source>
        <translation>Kein Anbieter dieses Modells verlangt weniger als $%1/M für die Ausgabe.</translation>
    </message>
</context>
<context>
    <name>orc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherorte</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>orc::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Image viewer</source>
        <translation>Bildbetrachter</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Die Nachricht senden</translation>
    </message>
    <message>
        <source>%1 (or %2 when Enter sends)</source>
        <translation>%1 (oder %2, wenn die Eingabetaste sendet)</translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation>Neue Zeile in der Nachricht</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>Das Bild in das Fenster einpassen</translation>
    </message>
    <message>
        <source>Show the image at actual size</source>
        <translation>Das Bild in Originalgröße zeigen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Image studio</source>
        <translation>Bildstudio</translation>
    </message>
    <message>
        <source>Paste an input image</source>
        <translation>Ein Eingabebild einfügen</translation>
    </message>
    <message>
        <source>Cancel the generation</source>
        <translation>Die Erzeugung abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>orc::SpendChart</name>
    <message>
        <source>Spend chart</source>
        <translation>Ausgabendiagramm</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>others</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>No spending in this period</source>
        <translation>Keine Ausgaben in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 in %n request(s)</source>
        <translation>
            <numerusform>%1
%2 in %n Anfrage</numerusform>
            <numerusform>%1
%2 in %n Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orc::SpendIndicator</name>
    <message>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <source>Sign in or paste a key to chat and create images.</source>
        <translation>Melden Sie sich an oder fügen Sie einen Schlüssel ein, um zu chatten und Bilder zu erzeugen.</translation>
    </message>
    <message>
        <source>Account unavailable</source>
        <translation>Konto nicht verfügbar</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Konto …</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>Konto wird gelesen …</translation>
    </message>
    <message>
        <source>Can still spend: %1</source>
        <translation>Noch verfügbar: %1</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Spent with this key: %1 (today %2)</source>
        <translation>Mit diesem Schlüssel ausgegeben: %1 (heute %2)</translation>
    </message>
    <message>
        <source>Key limit: %1</source>
        <translation>Schlüssel-Limit: %1</translation>
    </message>
    <message>
        <source>Account credit: %1</source>
        <translation>Guthaben des Kontos: %1</translation>
    </message>
    <message>
        <source>Click for the account details.</source>
        <translation>Für die Kontodetails klicken.</translation>
    </message>
</context>
<context>
    <name>orc::SpendTracker</name>
    <message>
        <source>Over your monthly budget (%1 of %2). Send anyway?</source>
        <translation>Monatsbudget überschritten (%1 von %2). Trotzdem senden?</translation>
    </message>
    <message>
        <source>Over your daily budget (%1 of %2). Send anyway?</source>
        <translation>Tagesbudget überschritten (%1 von %2). Trotzdem senden?</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Don't Send</source>
        <translation>Nicht senden</translation>
    </message>
</context>
<context>
    <name>orc::StorageSettingsPage</name>
    <message>
        <source>&amp;Conversations:</source>
        <translation>&amp;Unterhaltungen:</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Bilder:</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Cache:</translation>
    </message>
    <message>
        <source>Conversations and the image gallery's records live in this folder.</source>
        <translation>Unterhaltungen und die Einträge der Bildergalerie liegen in diesem Ordner.</translation>
    </message>
    <message>
        <source>Generated images are saved in this folder.</source>
        <translation>Erzeugte Bilder werden in diesem Ordner gespeichert.</translation>
    </message>
    <message>
        <source>C&amp;lear Cache</source>
        <translation>Cache &amp;leeren</translation>
    </message>
    <message>
        <source>%1 in %2 (the model catalog, downloaded again when needed)</source>
        <translation>%1 in %2 (der Modellkatalog, wird bei Bedarf erneut heruntergeladen)</translation>
    </message>
    <message>
        <source>%1 could not be removed; check its permissions.</source>
        <translation>%1 konnte nicht entfernt werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>Cache cleared.</source>
        <translation>Cache geleert.</translation>
    </message>
    <message>
        <source>Write folders as full paths, such as %1.</source>
        <translation>Geben Sie Ordner als vollständige Pfade an, etwa %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>When you change the conversations folder, OR Studio offers to move your conversations, gallery and images there. Folders changed without moving are used from the next start; the data stays where it was.</source>
        <translation>Wenn Sie den Ordner für Unterhaltungen ändern, bietet OR Studio an, Ihre Unterhaltungen, die Galerie und die Bilder dorthin zu verschieben. Ohne Verschieben geänderte Ordner werden ab dem nächsten Start verwendet; die Daten bleiben, wo sie waren.</translation>
    </message>
    <message>
        <source>Move Your Data?</source>
        <translation>Daten verschieben?</translation>
    </message>
    <message>
        <source>Move your conversations, gallery and images from %1 to %2?

If you do not move them, they stay in %1 and OR Studio starts with an empty history in %2 from its next start.</source>
        <translation>Ihre Unterhaltungen, die Galerie und die Bilder von %1 nach %2 verschieben?

Wenn Sie sie nicht verschieben, bleiben sie in %1, und OR Studio beginnt ab dem nächsten Start mit einem leeren Verlauf in %2.</translation>
    </message>
    <message>
        <source>Move Data</source>
        <translation>Daten verschieben</translation>
    </message>
    <message>
        <source>Do Not Move</source>
        <translation>Nicht verschieben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>orc::StudioShell</name>
    <message>
        <source>Wait for the reply or the image generation to finish, then change the folder again.</source>
        <translation>Warten Sie, bis die Antwort oder die Bilderzeugung fertig ist, und ändern Sie den Ordner dann erneut.</translation>
    </message>
    <message>
        <source>Your conversations and images are now in %1.</source>
        <translation>Ihre Unterhaltungen und Bilder befinden sich jetzt in %1.</translation>
    </message>
    <message>
        <source>Your data was not moved and OR Studio keeps using it where it is.

%1</source>
        <translation>Ihre Daten wurden nicht verschoben; OR Studio verwendet sie weiterhin am bisherigen Ort.

%1</translation>
    </message>
    <message>
        <source>Your data is now in %1, but the old copy could not be removed completely:
%2</source>
        <translation>Ihre Daten befinden sich jetzt in %1, aber die alte Kopie konnte nicht vollständig entfernt werden:
%2</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Datenordner</translation>
    </message>
</context>
<context>
    <name>orc::TranscriptFormat</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Wird gestreamt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 in · %2 out</source>
        <translation>%1 ein · %2 aus</translation>
    </message>
    <message>
        <source>(%1 reasoning)</source>
        <translation>(%1 Reasoning)</translation>
    </message>
    <message>
        <source>(%1 cached)</source>
        <translation>(%1 aus Cache)</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>erstes Token %1 ms</translation>
    </message>
    <message>
        <source>first token %1 s</source>
        <translation>erstes Token %1 s</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>served by %1</source>
        <translation>bereitgestellt von %1</translation>
    </message>
    <message>
        <source>Fallback: %1 answered instead of %2.</source>
        <translation>Fallback: %1 hat statt %2 geantwortet.</translation>
    </message>
    <message>
        <source>Fallback: %1 served this instead of %2, the provider pinned first.</source>
        <translation>Fallback: %1 hat dies anstelle von %2 geliefert, dem zuerst angehefteten Anbieter.</translation>
    </message>
</context>
<context>
    <name>orc::UsagePage</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Nach Modell</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Nach Anbieter</translation>
    </message>
    <message>
        <source>App and orcli</source>
        <translation>App und orcli</translation>
    </message>
    <message>
        <source>App only</source>
        <translation>Nur App</translation>
    </message>
    <message>
        <source>orcli only</source>
        <translation>Nur orcli</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Reading the cost ledger…</source>
        <translation>Kostenprotokoll wird gelesen …</translation>
    </message>
    <message>
        <source>The cost ledger cannot be read</source>
        <translation>Das Kostenprotokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that the data folder is readable, then try again.</source>
        <translation>Es wurde nichts geändert. Prüfen Sie, ob der Datenordner lesbar ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>$%1 in %n request(s)</source>
        <translation>
            <numerusform>$%1 in %n Anfrage</numerusform>
            <numerusform>$%1 in %n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not priced yet, marked *)</source>
        <translation>
            <numerusform>(%n noch ohne Preis, mit * markiert)</numerusform>
            <numerusform>(%n noch ohne Preis, mit * markiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>Nutzung exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Compare with the Account…</source>
        <translation>Mit dem Konto vergleichen …</translation>
    </message>
    <message>
        <source>Compare what this computer spent with the account's own activity of the last 30 days (needs a management key)</source>
        <translation>Die Ausgaben dieses Computers mit der Aktivität des Kontos in den letzten 30 Tagen vergleichen (erfordert einen Verwaltungsschlüssel)</translation>
    </message>
</context>
<context>
    <name>orc::UsageTableModel</name>
    <message numerus="yes">
        <source>%n request(s) without a known cost yet</source>
        <translation>
            <numerusform>%n Anfrage noch ohne bekannte Kosten</numerusform>
            <numerusform>%n Anfragen noch ohne bekannte Kosten</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Completion-Tokens</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>Reasoning-Tokens</translation>
    </message>
</context>
<context>
    <name>orc::WelcomeDialog</name>
    <message>
        <source>Welcome to OR Studio</source>
        <translation>Willkommen bei OR Studio</translation>
    </message>
    <message>
        <source>Connect your OpenRouter account to chat and to create images. You can browse the model catalog without one.</source>
        <translation>Verbinden Sie Ihr OpenRouter-Konto, um zu chatten und Bilder zu erzeugen. Den Modellkatalog können Sie auch ohne Konto durchsuchen.</translation>
    </message>
    <message>
        <source>or paste an API key</source>
        <translation>oder fügen Sie einen API-Schlüssel ein</translation>
    </message>
    <message>
        <source>Continue Without a Key</source>
        <translation>Ohne Schlüssel fortfahren</translation>
    </message>
    <message>
        <source>Save and Continue</source>
        <translation>Speichern und fortfahren</translation>
    </message>
    <message>
        <source>Sign in with OpenRouter</source>
        <translation>Mit OpenRouter anmelden</translation>
    </message>
    <message>
        <source>Your browser opens OpenRouter, where you approve a key for OR Studio. No password passes through this app.</source>
        <translation>Ihr Browser öffnet OpenRouter, wo Sie einen Schlüssel für OR Studio freigeben. Kein Passwort läuft über diese App.</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Cancel Sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Create a key at &lt;a href="%1"&gt;openrouter.ai/keys&lt;/a&gt; and paste it here. It is checked with OpenRouter at once.</source>
        <translation>Erstellen Sie einen Schlüssel unter &lt;a href="%1"&gt;openrouter.ai/keys&lt;/a&gt; und fügen Sie ihn hier ein. Er wird sofort bei OpenRouter geprüft.</translation>
    </message>
    <message>
        <source>Check Key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Keep my key in that file</source>
        <translation>Meinen Schlüssel in dieser Datei aufbewahren</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund des Systems verfügbar.</translation>
    </message>
    <message>
        <source>OR Studio cannot keep your key encrypted here. It can keep it in a file that only your user account can read: %1</source>
        <translation>OR Studio kann Ihren Schlüssel hier nicht verschlüsselt aufbewahren. Es kann ihn in einer Datei ablegen, die nur Ihr Benutzerkonto lesen kann: %1</translation>
    </message>
    <message>
        <source>Your key will be kept in the system keychain, not in a settings file.</source>
        <translation>Ihr Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nicht in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>%1 is set in the environment; it is used instead of a saved key for as long as it is set.</source>
        <translation>%1 ist in der Umgebung gesetzt; solange es gesetzt ist, wird es statt eines gespeicherten Schlüssels verwendet.</translation>
    </message>
    <message>
        <source>Without this, the key is used until you quit OR Studio and asked for again next time.</source>
        <translation>Ohne dies wird der Schlüssel bis zum Beenden von OR Studio verwendet und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Paste your OpenRouter API key.</source>
        <translation>Fügen Sie Ihren OpenRouter-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>A key has no spaces or line breaks: paste only the key.</source>
        <translation>Ein Schlüssel enthält keine Leerzeichen oder Zeilenumbrüche: Fügen Sie nur den Schlüssel ein.</translation>
    </message>
    <message>
        <source>A key is plain ASCII text: paste only the key.</source>
        <translation>Ein Schlüssel besteht aus reinem ASCII-Text: Fügen Sie nur den Schlüssel ein.</translation>
    </message>
    <message>
        <source>This is too short for an OpenRouter key; they look like sk-or-v1-…</source>
        <translation>Das ist zu kurz für einen OpenRouter-Schlüssel; diese sehen aus wie sk-or-v1-…</translation>
    </message>
    <message>
        <source>Checking the key with OpenRouter…</source>
        <translation>Schlüssel wird bei OpenRouter geprüft …</translation>
    </message>
    <message>
        <source>This key has nothing left to spend: add credits or raise its limit on openrouter.ai.</source>
        <translation>Mit diesem Schlüssel kann nichts mehr ausgegeben werden: Laden Sie Guthaben auf oder erhöhen Sie sein Limit auf openrouter.ai.</translation>
    </message>
    <message>
        <source>OpenRouter does not accept this key: %1</source>
        <translation>OpenRouter akzeptiert diesen Schlüssel nicht: %1</translation>
    </message>
    <message>
        <source>The key could not be checked: %1</source>
        <translation>Der Schlüssel konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>You can still save it.</source>
        <translation>Sie können ihn trotzdem speichern.</translation>
    </message>
    <message>
        <source>Use Until I Quit</source>
        <translation>Bis zum Beenden verwenden</translation>
    </message>
    <message>
        <source>OR Studio</source>
        <translation>OR Studio</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the link, open it in your browser and approve access there.</source>
        <translation>Es konnte kein Browser geöffnet werden. Kopieren Sie den Link, öffnen Sie ihn in Ihrem Browser und geben Sie dort den Zugriff frei.</translation>
    </message>
    <message>
        <source>Approved. Getting your key…</source>
        <translation>Freigegeben. Ihr Schlüssel wird abgerufen …</translation>
    </message>
    <message>
        <source>Approve access in the browser window that just opened; this dialog continues by itself.</source>
        <translation>Geben Sie den Zugriff im gerade geöffneten Browserfenster frei; dieser Dialog fährt dann von selbst fort.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed in. Checking the new key…</source>
        <translation>Angemeldet. Der neue Schlüssel wird geprüft …</translation>
    </message>
    <message>
        <source>Signed in. Tick the box below to keep the key in a file, or use it until you quit.</source>
        <translation>Angemeldet. Setzen Sie unten das Häkchen, um den Schlüssel in einer Datei aufzubewahren, oder verwenden Sie ihn bis zum Beenden.</translation>
    </message>
    <message>
        <source>OpenRouter accepts this key.</source>
        <translation>OpenRouter akzeptiert diesen Schlüssel.</translation>
    </message>
    <message>
        <source>Check that you copied all of it, or create a new key at openrouter.ai/keys.</source>
        <translation>Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder erstellen Sie einen neuen unter openrouter.ai/keys.</translation>
    </message>
</context>
</TS>
