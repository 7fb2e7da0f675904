#include "ApiKeyDialog.h"

#include "Icons.h"
#include "api/OpenRouterClient.h"
#include "store/Settings.h"
#include "widgets/Named.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

const QByteArray kFormat = "obf1:"_ba;

// A fixed pad so the key is not readable in the settings file at a glance. This hides it from
// casual looks and greps, nothing more.
QByteArray pad(qsizetype size) {
    QByteArray out;
    QByteArray block = "orstudio-settings-pad"_ba;
    while (out.size() < size) {
        block = QCryptographicHash::hash(block, QCryptographicHash::Sha256);
        out += block;
    }
    out.truncate(size);
    return out;
}

QByteArray xorWithPad(const QByteArray &bytes) {
    const QByteArray p = pad(bytes.size());
    QByteArray out(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        out[i] = static_cast<char>(bytes.at(i) ^ p.at(i));
    return out;
}

} // namespace

ApiKeyDialog::ApiKeyDialog(QWidget *parent)
    : QDialog(parent)
    , m_key(named(new QLineEdit(this), u"apiKeyField"_s))
    , m_error(named(new QLabel(this), u"apiKeyError"_s))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(u"apiKeyDialog"_s);
    setWindowTitle(tr("OpenRouter API Key"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::action(u"key"_s).pixmap(32, 32));
    auto *intro = new QLabel(
        tr("<p>OR Studio needs an OpenRouter API key to chat. Create one at "
           "<a href=\"https://openrouter.ai/keys\">openrouter.ai/keys</a> and paste it "
           "here.</p><p>The key is kept in the system keychain (or, where there is none and you "
           "agree, in a file only you can read). "
           "Setting OPENROUTER_API_KEY in the environment works too and takes "
           "precedence.</p>"),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setOpenExternalLinks(true);

    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(u"sk-or-v1-\u2026"_s);
    m_key->setMinimumWidth(360);
    m_key->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(176, 32, 32));
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save Key"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(intro, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_key);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_key, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
        m_error->hide();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApiKeyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApiKeyDialog::reject);
}

QString ApiKeyDialog::key() const {
    return ClientConfig::cleanKey(m_key->text());
}

QString ApiKeyDialog::validationError(const QString &key) {
    const QString cleaned = ClientConfig::cleanKey(key);
    if (cleaned.isEmpty())
        return tr("Paste your OpenRouter API key.");
    for (const QChar c : cleaned) {
        if (c.isSpace())
            return tr("An API key has no spaces or line breaks: paste only the key.");
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return tr("An API key is plain ASCII text: paste only the key.");
    }
    if (cleaned.size() < 8)
        return tr("This is too short to be an API key: OpenRouter keys look like "
                  "sk-or-v1-\u2026");
    return {};
}

void ApiKeyDialog::accept() {
    const QString error = validationError(m_key->text());
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        m_key->setFocus();
        return;
    }
    QDialog::accept();
}

QString ApiKeyDialog::storedKey() {
    const QByteArray stored = Settings().string(Settings::Key::ObfuscatedChatKey).toLatin1();
    if (!stored.startsWith(kFormat))
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(stored.mid(kFormat.size()));
    if (!decoded)
        return {};
    return ClientConfig::cleanKey(QString::fromUtf8(xorWithPad(*decoded)));
}

bool ApiKeyDialog::storeKey(const QString &key) {
    const QString cleaned = ClientConfig::cleanKey(key);
    if (!validationError(cleaned).isEmpty())
        return false;
    Settings settings;
    settings.setValue(Settings::Key::ObfuscatedChatKey,
                      QString::fromLatin1(kFormat + xorWithPad(cleaned.toUtf8()).toBase64()));
    return settings.sync();
}

void ApiKeyDialog::clearStoredKey() {
    Settings().reset(Settings::Key::ObfuscatedChatKey);
}

bool ApiKeyDialog::applyKey(OpenRouterClient *client, const QString &key) {
    if (!storeKey(key))
        return false;
    ClientConfig config = client->config();
    const ClientConfig resolved =
        ClientConfig::fromEnvironment({}, config.baseUrl.toString(), storedKey());
    config.apiKey = resolved.apiKey;
    config.keySource = resolved.keySource;
    client->setConfig(config);
    return true;
}

} // namespace orc
